"""Upcoming Chinese public holidays with their whole official break.

A festival's break is the run of consecutive non-workdays around the festival day,
provided the official schedule of that year lists at least one of those days as a
holiday (so a pre-2008 清明 on a Sunday is not a "break"). Without an official
schedule, or without a listed day, the break is the festival day itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot.care import lunar
from bot.care.festivals import FESTIVALS, Festival
from bot.care.schedule import official_year
from bot.care.workdays import has_official_schedule, is_workday

_ONE_DAY = timedelta(days=1)
_MAX_BREAK = 30


@dataclass(frozen=True)
class Holiday:
    """One festival's occurrence: names, the whole break `start`..`end` and the day.

    `official` tells whether `start`/`end` come from an official schedule; when
    False they are both the festival `day`. Breaks can be shared: in 2025 中秋节
    (Oct 6) fell inside the 国庆节 break, so both have Oct 1-8.
    """

    key: str
    name_zh: str
    name_en: str
    start: date
    end: date
    day: date
    official: bool


def _listed_off(day: date) -> bool:
    schedule = official_year(day.year)
    return schedule is not None and day in schedule.days_off


def _break_around(day: date) -> tuple[date, date] | None:
    if is_workday(day):
        return None
    start, end = day, day
    for _ in range(_MAX_BREAK):
        if is_workday(start - _ONE_DAY):
            break
        start -= _ONE_DAY
    for _ in range(_MAX_BREAK):
        if is_workday(end + _ONE_DAY):
            break
        end += _ONE_DAY
    span = (start + timedelta(days=offset) for offset in range((end - start).days + 1))
    return (start, end) if any(_listed_off(one) for one in span) else None


def holiday_in(festival: Festival, year: int) -> Holiday:
    """`festival`'s occurrence in solar `year`, with its official break when known."""
    day = festival.day_in(year)
    official = has_official_schedule(year)
    span = _break_around(day) if official else None
    start, end = span or (day, day)
    return Holiday(festival.key, festival.name_zh, festival.name_en, start, end, day, official)


def upcoming_holidays(today: date, within_days: int) -> list[Holiday]:
    """Holidays whose break overlaps `today` .. `today + within_days`, sorted by start.

    A break already under way on `today` is included (check `start >= today` to
    leave it out). A negative `within_days` gives an empty list.
    """
    if within_days < 0:
        return []
    last = today + timedelta(days=min(within_days, (date.max - today).days))
    found: list[Holiday] = []
    # A festival of next year can start its break this year (元旦 on Dec 30-31).
    for year in range(today.year, min(last.year + 1, lunar.MAX_LUNAR_YEAR) + 1):
        for festival in FESTIVALS:
            holiday = holiday_in(festival, year)
            if holiday.end >= today and holiday.start <= last:
                found.append(holiday)
    return sorted(found, key=lambda holiday: (holiday.start, holiday.day))
