"""The seven Chinese public festivals and their dates in any year.

Solar festivals are fixed; 春节, 端午节 and 中秋节 are lunar dates and 清明节 is a
solar term, all computed with lunar-python, so they need no official data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from bot.care import lunar

# The current rules (国务院令第795号, in force since 2025-01-01) for years without
# an official schedule: which days are statutory days off.
STATUTORY_RULES_SINCE = 2025


@dataclass(frozen=True)
class Festival:
    """A public festival: stable key, names and how to find its day in a year."""

    key: str
    name_zh: str
    name_en: str
    day_in: Callable[[int], date]


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _lunar(month: int, day: int) -> Callable[[int], date]:
    return lambda year: lunar.lunar_to_solar(year, month, day)


FESTIVALS: tuple[Festival, ...] = (
    Festival("new_year", "元旦", "New Year's Day", _fixed(1, 1)),
    Festival("spring_festival", "春节", "Spring Festival", lunar.spring_festival),
    Festival("qingming", "清明节", "Qingming Festival", lunar.qingming),
    Festival("labour_day", "劳动节", "Labour Day", _fixed(5, 1)),
    Festival("dragon_boat", "端午节", "Dragon Boat Festival", _lunar(5, 5)),
    Festival("mid_autumn", "中秋节", "Mid-Autumn Festival", _lunar(8, 15)),
    Festival("national_day", "国庆节", "National Day", _fixed(10, 1)),
)
FESTIVALS_BY_KEY = {festival.key: festival for festival in FESTIVALS}


@lru_cache(maxsize=256)
def statutory_days_off(year: int) -> frozenset[date]:
    """The statutory days off of `year` under the 2025 rules (empty before 2025).

    元旦 1 day, 春节 4 (除夕 to 初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3. Used
    only for years with no official schedule, which says how days are moved around.
    """
    if year < STATUTORY_RULES_SINCE or year > lunar.MAX_LUNAR_YEAR:
        return frozenset()
    eve = lunar.new_years_eve(year)
    days = {date(year, 1, 1), date(year, 5, 1), date(year, 5, 2)}
    days |= {date(year, 10, 1), date(year, 10, 2), date(year, 10, 3)}
    days |= {eve + timedelta(days=offset) for offset in range(4)}
    days |= {lunar.qingming(year), lunar.lunar_to_solar(year, 5, 5)}
    days.add(lunar.lunar_to_solar(year, 8, 15))
    return frozenset(days)
