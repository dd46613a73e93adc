"""Calendar periods in a team's time zone: this week, last week, this month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.timezones import local_midnight
from storage.repos.reports import Period


class Span(StrEnum):
    """Which stretch of time a summary covers."""

    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class LocalPeriod:
    """A period as the team reads it: first and last local day, and the UTC bounds."""

    span: Span
    first: date
    last: date  # inclusive
    utc: Period

    @property
    def key(self) -> str:
        """A stable name for the period: 2026-W48, 2026-11."""
        if self.span is Span.WEEK:
            year, week, _ = self.first.isocalendar()
            return f"{year}-W{week:02d}"
        return f"{self.first:%Y-%m}"


def _make(span: Span, first: date, after_last: date, tz: ZoneInfo) -> LocalPeriod:
    return LocalPeriod(span, first, after_last - timedelta(days=1), Period(
        local_midnight(first, tz).astimezone(UTC), local_midnight(after_last, tz).astimezone(UTC)))


def current(span: Span, now: datetime, tz: ZoneInfo) -> LocalPeriod:
    """The week (Monday first) or month containing `now`, so far and to its end."""
    today = now.astimezone(tz).date()
    if span is Span.WEEK:
        monday = today - timedelta(days=today.weekday())
        return _make(span, monday, monday + timedelta(days=7), tz)
    first = today.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return _make(span, first, following, tz)


def previous(span: Span, now: datetime, tz: ZoneInfo) -> LocalPeriod:
    """The full week or month before the one containing `now`."""
    this = current(span, now, tz)
    before = local_midnight(this.first - timedelta(days=1), tz)
    return current(span, before, tz)
