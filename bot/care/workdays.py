"""Working days in mainland China, honouring 调休 (make-up working weekends).

For a year with an official schedule (see `bot.care.schedule`) a day is a workday
when the schedule lists it as a 调休 working day, or it is a Monday-Friday the
schedule does not list as a day off. For a year without one (e.g. 2027 with
chinesecalendar 1.11.0 / lunar-python 1.4.8) it is a Monday-Friday that is not a
statutory day off under the 2025 rules (元旦, 除夕-初三, 清明, 5/1-5/2, 端午, 中秋,
10/1-10/3); before 2025 simply Monday-Friday. Nothing here raises for a year.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.care.festivals import statutory_days_off
from bot.care.schedule import official_year

_ONE_DAY = timedelta(days=1)
# No break in China's calendar has been longer than this many days off in a row.
_MAX_DAYS_OFF = 60


def has_official_schedule(year: int) -> bool:
    """Whether an official 放假调休 schedule for `year` is known to the installed data.

    When False, holidays fall back to the festival days themselves and workdays
    to Monday-Friday minus statutory days off: 调休 weekends are unknown.
    """
    return official_year(year) is not None


def is_workday(day: date) -> bool:
    """Whether people in mainland China work on `day` (调休 included where known)."""
    schedule = official_year(day.year)
    if schedule is not None:
        if day in schedule.work_days:
            return True
        return day.weekday() < 5 and day not in schedule.days_off
    return day.weekday() < 5 and day not in statutory_days_off(day.year)


def next_workday(day: date) -> date:
    """The first workday strictly after `day`."""
    candidate = day + _ONE_DAY
    for _ in range(_MAX_DAYS_OFF):
        if is_workday(candidate):
            return candidate
        candidate += _ONE_DAY
    raise AssertionError(f"no workday within {_MAX_DAYS_OFF} days after {day}")  # pragma: no cover


def workday_on_or_after(day: date) -> date:
    """`day` itself if it is a workday, else the next workday."""
    return day if is_workday(day) else next_workday(day)
