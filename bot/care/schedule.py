"""Official holiday schedules (国务院办公厅 放假调休安排), read from the installed libraries.

Sources, in order of preference for a year that both cover:

1. chinesecalendar (`chinese_calendar.holidays` / `chinese_calendar.workdays`):
   the most complete data set (2004-2026 in 1.11.0).
2. lunar-python (`lunar_python.util.HolidayUtil`): 2002-2026 in 1.4.8. It fills
   2002-2003 and picks up a new year automatically if it is updated first.

A year is covered when a source lists holidays dated in that year. Nothing here
raises for a year no source covers: `official_year` simply returns None.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import chinese_calendar
from lunar_python.util import HolidayUtil

CHINESE_CALENDAR = "chinesecalendar"
LUNAR_PYTHON = "lunar-python"


@dataclass(frozen=True)
class OfficialYear:
    """One year's official schedule: listed rest days and 调休 working days."""

    year: int
    source: str
    days_off: frozenset[date]
    work_days: frozenset[date]


def _from_chinese_calendar(year: int) -> OfficialYear | None:
    days_off = frozenset(day for day in chinese_calendar.holidays if day.year == year)
    if not days_off:
        return None
    work_days = frozenset(day for day in chinese_calendar.workdays if day.year == year)
    return OfficialYear(year, CHINESE_CALENDAR, days_off, work_days)


def _from_lunar_python(year: int) -> OfficialYear | None:
    days_off: set[date] = set()
    work_days: set[date] = set()
    covered = False
    for entry in HolidayUtil.getHolidays(year) or ():
        day = date.fromisoformat(str(entry.getDay()))
        (work_days if entry.isWork() else days_off).add(day)
        # Entries dated late in the previous year belong to the next year's schedule.
        covered = covered or str(entry.getTarget()).startswith(f"{year:04d}-")
    if not covered:
        return None
    return OfficialYear(year, LUNAR_PYTHON, frozenset(days_off), frozenset(work_days))


@lru_cache(maxsize=256)
def official_year(year: int) -> OfficialYear | None:
    """The official schedule of `year` from the best source covering it, or None."""
    return _from_chinese_calendar(year) or _from_lunar_python(year)


def official_schedule_years() -> list[int]:
    """Every year some installed source has an official schedule for."""
    years = {day.year for day in chinese_calendar.holidays}
    years |= {year for year in range(min(years) - 10, max(years) + 10) if official_year(year)}
    return sorted(years)
