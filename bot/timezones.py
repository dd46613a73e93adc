"""Time zone names and local-time helpers."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import InputError


def parse_tz(name: str) -> ZoneInfo:
    """A ZoneInfo for an IANA name, or InputError for an unknown one."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise InputError("Unknown time zone %(tz)s.", tz=name) from err


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """The aware instant a local day starts."""
    return datetime.combine(day, time(0), tzinfo=tz)


def end_of_local_day(now: datetime, tz: ZoneInfo, days_after: int = 0) -> datetime:
    """The UTC instant the local day containing `now` (or `days_after` it) ends."""
    today = now.astimezone(tz).date()
    return local_midnight(today + timedelta(days=1 + days_after), tz).astimezone(UTC)


def at_local_hour(day: date, hour: int, tz: ZoneInfo) -> datetime:
    """The UTC instant of `hour`:00 local time on `day`."""
    return datetime.combine(day, time(hour), tzinfo=tz).astimezone(UTC)
