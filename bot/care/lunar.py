"""Typed, cached wrappers around lunar-python's Chinese lunisolar calendar.

lunar-python ships no type information, so every value that comes out of it is
converted to a plain `int`/`date` here and nowhere else. A conversion costs a few
milliseconds, so results are memoised (the key space is small: years x 12 x 30).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from lunar_python import Lunar, LunarMonth, Solar

# Lunar years accepted; the end of lunar year 9999 falls in 10000, past `date.max`.
MIN_LUNAR_YEAR = 1
MAX_LUNAR_YEAR = 9999


def _to_date(solar: Solar) -> date:
    return date(int(solar.getYear()), int(solar.getMonth()), int(solar.getDay()))


@lru_cache(maxsize=4096)
def month_day_count(year: int, month: int) -> int:
    """Days (29 or 30) in the normal (non-leap) lunar `month` of lunar `year`."""
    lunar_month = LunarMonth.fromYm(year, month)
    if lunar_month is None:
        raise ValueError(f"no lunar month {month} in lunar year {year}")
    return int(lunar_month.getDayCount())


@lru_cache(maxsize=8192)
def lunar_to_solar(year: int, month: int, day: int) -> date:
    """The solar date of lunar `year`-`month`-`day`, `month` being the normal month.

    Raises ValueError when the lunar month has fewer days than `day`, or when the
    solar date would be past `date.max`.
    """
    if not MIN_LUNAR_YEAR <= year <= MAX_LUNAR_YEAR:
        raise ValueError(f"lunar year {year} is out of range")
    if not 1 <= month <= 12 or not 1 <= day <= month_day_count(year, month):
        raise ValueError(f"no lunar date {year}-{month}-{day}")
    return _to_date(Lunar.fromYmd(year, month, day).getSolar())


@lru_cache(maxsize=1024)
def spring_festival(year: int) -> date:
    """春节: the first day of the first lunar month, in solar `year`."""
    return lunar_to_solar(year, 1, 1)


def new_years_eve(year: int) -> date:
    """除夕: the last day of the lunar year that ends in solar `year`."""
    return spring_festival(year) - timedelta(days=1)


@lru_cache(maxsize=1024)
def qingming(year: int) -> date:
    """清明: the day of the Qingming solar term (always early April) in `year`."""
    for day in range(1, 11):
        if Solar.fromYmd(year, 4, day).getLunar().getJieQi() == "清明":
            return date(year, 4, day)
    raise ValueError(f"no Qingming solar term found in April {year}")  # pragma: no cover
