"""Birthdays on the solar (公历) or the Chinese lunar (农历) calendar.

Rules: a lunar birthday is kept in the normal month of its number (a leap month
of the same number is skipped); lunar day 30 in a 29-day month is kept on day 29;
solar Feb 29 is kept on Feb 28 in common years.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bot.care.lunar import MAX_LUNAR_YEAR, MIN_LUNAR_YEAR, lunar_to_solar, month_day_count

_LEAP_YEAR = 2000


@dataclass(frozen=True)
class BirthdayOf:
    """A customer's birthday: month and day on the solar or the lunar calendar."""

    customer_id: int
    name: str
    month: int
    day: int
    lunar: bool


def is_valid_birthday(month: int, day: int, lunar_calendar: bool) -> bool:
    """Whether `month`/`day` can be a birthday (lunar: month 1-12, day 1-30)."""
    if not 1 <= month <= 12:
        return False
    if lunar_calendar:
        return 1 <= day <= 30
    try:
        date(_LEAP_YEAR, month, day)
    except ValueError:
        return False
    return True


def _solar_in(year: int, month: int, day: int) -> date | None:
    if not 1 <= year <= date.max.year:
        return None
    if month == 2 and day == 29 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        day = 28
    return date(year, month, day)


def _lunar_in(year: int, month: int, day: int) -> date | None:
    """The birthday in lunar year `year`, None outside the supported range."""
    if not MIN_LUNAR_YEAR <= year <= MAX_LUNAR_YEAR:
        return None
    try:
        return lunar_to_solar(year, month, min(day, month_day_count(year, month)))
    except ValueError:  # past date.max
        return None


def next_birthday(month: int, day: int, lunar: bool, after: date) -> date:
    """The first solar date on or after `after` on which the birthday falls.

    `month`/`day` are lunar when `lunar` is true. Within 400 days of `after` from 1900 on
    (and in every year but the few historical lunar years that lack a month).
    Raises ValueError for an impossible month/day, OverflowError when the next
    birthday would be past `date.max` (9999-12-31).
    """
    if not is_valid_birthday(month, day, lunar):
        kind = "lunar" if lunar else "solar"
        raise ValueError(f"not a {kind} birthday: month {month}, day {day}")
    occurrence_in = _lunar_in if lunar else _solar_in
    # The 11th/12th lunar months of lunar year N-1 fall in January/February of N; a year
    # further on for the historical lunar years that lack a month (237, a calendar reform).
    for year in range(after.year - 1, after.year + 3):
        candidate = occurrence_in(year, month, day)
        if candidate is not None and candidate >= after:
            return candidate
    raise OverflowError(f"no birthday representable on or after {after}")


def _next_or_none(month: int, day: int, lunar: bool, after: date) -> date | None:
    try:
        return next_birthday(month, day, lunar, after)
    except OverflowError:
        return None


def birthdays_on(day: date, people: Iterable[BirthdayOf]) -> list[BirthdayOf]:
    """Those of `people` whose birthday falls on `day`, in their given order.

    People with an impossible birthday (month 13, lunar day 31, ...) are skipped.
    """
    falls_on: dict[tuple[int, int, bool], bool] = {}
    found: list[BirthdayOf] = []
    for person in people:
        key = (person.month, person.day, person.lunar)
        if key not in falls_on:
            falls_on[key] = is_valid_birthday(*key) and _next_or_none(*key, after=day) == day
        if falls_on[key]:
            found.append(person)
    return found
