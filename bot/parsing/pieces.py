"""A piece of a time expression, as one rule reads it, and date helpers.

Rules return pieces (明天, 下午, 3点半, 下周三 ...); `times.py` joins adjacent pieces
into one expression and resolves it against `now`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

DateFn = Callable[[date], date | None]
Builder = Callable[[re.Match[str]], "Piece | None"]
Rule = tuple[re.Pattern[str], Builder]


@dataclass(frozen=True)
class Piece:
    """What one matched phrase says about the time; unset fields say nothing."""

    start: int
    end: int
    date_fn: DateFn | None = None  # the date, from today's date
    week: int | None = None  # calendar-week offset: 本周 0, 下周 1, 上周 -1
    weekday: int | None = None  # 0 = Monday
    hour: int | None = None
    minute: int = 0
    second: int = 0
    meridiem: str | None = None  # "am" / "pm" as written
    h24: bool = False  # written as 24-hour (05:00, 17点): no PM guess
    pod: str | None = None  # part of day: morning noon afternoon evening night eod
    exact: relativedelta | None = None  # now + exact, to the second
    weak: bool = False  # only counts next to a stronger piece (morning, 一点)
    month_day: int | None = None  # a bare day of the month (25号, the 25th)
    rrule: str | None = None  # recurrence, RFC 5545 RRULE body
    step: relativedelta | None = None  # how far one recurrence moves the due time

    def filled(self) -> frozenset[str]:
        """The slots this piece fills: date, week, weekday, clock, pod, exact, rrule."""
        names = {
            "date": self.date_fn is not None, "week": self.week is not None,
            "weekday": self.weekday is not None, "clock": self.hour is not None,
            "pod": self.pod is not None, "exact": self.exact is not None,
            "rrule": self.rrule is not None,
        }
        return frozenset(name for name, on in names.items() if on)


def monday_of(day: date) -> date:
    """The Monday starting the calendar week of `day` (weeks start on Monday)."""
    return day - timedelta(days=day.weekday())


def safe_date(year: int, month: int, day: int) -> date | None:
    """date(year, month, day), or None when there is no such day."""
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def last_day(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months (Jan 31 + 1 month -> Feb 28)."""
    return day + relativedelta(months=months)


def next_month_day(today: date, month: int, day: int) -> date | None:
    """The next `month`/`day` on or after today (this year if not yet past)."""
    for year in range(today.year, today.year + 9):
        found = safe_date(year, month, day)
        if found is not None and found >= today:
            return found
    return None


def next_day_of_month(today: date, day: int) -> date | None:
    """The next date with day-of-month `day` on or after today."""
    if not 1 <= day <= 31:
        return None
    for step in range(13):
        month_start = add_months(today.replace(day=1), step)
        found = safe_date(month_start.year, month_start.month, day)
        if found is not None and found >= today:
            return found
    return None


def weekday_month_day(today: date, weekday: int, day: int) -> date | None:
    """The next date on or after today that is both `weekday` and day `day` (Friday the 13th)."""
    for step in range(60):
        month_start = add_months(today.replace(day=1), step)
        found = safe_date(month_start.year, month_start.month, day)
        if found is not None and found >= today and found.weekday() == weekday:
            return found
    return None


def fixed(day: date | None) -> DateFn:
    """A date function that ignores today (an absolute date)."""
    return lambda _today: day


def shift_days(days: int) -> DateFn:
    """A date function: today plus `days`."""
    return lambda today: today + timedelta(days=days)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first (so 大后天 wins over 后天), a space in a
    word matching any run of whitespace (end  of day)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


def scan(rules: Iterable[Rule], text: str) -> Iterator[Piece]:
    """Every piece the rules find in `text`, in rule order."""
    for pattern, build in rules:
        for match in pattern.finditer(text):
            piece = build(match)
            if piece is not None:
                yield piece
