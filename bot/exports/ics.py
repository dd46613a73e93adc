"""Open tasks as an iCalendar (.ics) file that phone calendars import.

Apple Calendar and Google Calendar import VEVENTs from a file and mostly ignore
VTODOs, so each open task with a due time is a VEVENT: a timed event (30 minutes
from the due time, in the task's time zone with its VTIMEZONE) or an all-day
event (DATE values), its RRULE when it repeats, a stable UID so a re-import
updates instead of duplicating, and a VALARM at the due time (09:00 on the day
for all-day tasks).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vRecur

from bot.exports.model import TaskRow

EVENT_LENGTH = timedelta(minutes=30)
ALL_DAY_ALARM = timedelta(hours=9)  # from the all-day event's start: 09:00 that day
PRIORITIES = {"high": 1, "normal": 5, "low": 9}  # RFC 5545: 1 highest, 9 lowest
PRODID = "-//memocrm//task export//EN"


def build_calendar(
    tasks: Iterable[TaskRow],
    *,
    calendar_name: str,
    generated_at: datetime,
    domain: str = "memocrm",
    tz: tzinfo | None = None,
) -> bytes:
    """Build the .ics bytes: one VEVENT per open task that has a due time.

    Done, cancelled and undated tasks are left out. `tz`, when given, is the zone
    the events are written in (and the zone whose date an all-day task falls on);
    otherwise each `due` keeps its own zone. `generated_at` is every DTSTAMP.
    """
    calendar = Calendar.new(
        name=calendar_name, prodid=PRODID, uid=f"tasks@{domain}", method="PUBLISH"
    )
    calendar.add("calscale", "GREGORIAN")
    stamp = generated_at.astimezone(UTC).replace(microsecond=0)
    for task in tasks:
        if task.due is None or task.status.lower() != "open":
            continue
        calendar.add_component(_event(task, task.due, stamp, domain, tz))
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def task_uid(task_id: int, domain: str = "memocrm") -> str:
    """The event's UID: stable across exports, so a re-import updates the event."""
    return f"task-{task_id}@{domain}"


def task_summary(task: TaskRow) -> str:
    """The title, with the customer in brackets unless the title already names them."""
    title = " ".join(task.title.split()) or "-"
    if task.customer and task.customer not in title:
        return f"{title} ({task.customer})"
    return title


def _event(
    task: TaskRow, due: datetime, stamp: datetime, domain: str, tz: tzinfo | None
) -> Event:
    """The VEVENT of one open, dated task, with its alarm."""
    summary = task_summary(task)
    start, end, trigger = _span(task.all_day, _in_zone(due, tz))
    event = Event.new(
        uid=task_uid(task.id, domain),
        summary=summary,
        start=start,
        end=end,
        stamp=stamp,
        priority=PRIORITIES.get(task.priority.lower()),
    )
    recurrence = _recurrence(task.rrule, start)
    if recurrence is not None:
        event.add("rrule", recurrence)
    alarm = Alarm.new(description=summary)
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", trigger)
    event.add_component(alarm)
    return event


def _in_zone(due: datetime, tz: tzinfo | None) -> datetime:
    """`due` in `tz`; a zone with no IANA name (a fixed offset) is written as UTC."""
    local = due.astimezone(tz) if tz is not None else due
    if isinstance(local.tzinfo, ZoneInfo) or local.tzinfo is UTC:
        return local.replace(microsecond=0)
    return local.astimezone(UTC).replace(microsecond=0)


def _span(all_day: bool, due: datetime) -> tuple[date | datetime, date | datetime, timedelta]:
    """(DTSTART, DTEND, alarm offset from DTSTART) of a timed or an all-day event."""
    if all_day:
        day = due.date()
        return day, day + timedelta(days=1), ALL_DAY_ALARM
    return due, due + EVENT_LENGTH, timedelta(0)


def _recurrence(rrule: str | None, start: date | datetime) -> vRecur | None:
    """The RRULE as a vRecur fitted to DTSTART's type, or None when absent or unreadable."""
    body = (rrule or "").strip().removeprefix("RRULE:").strip()
    if not body:
        return None
    try:
        recur: vRecur = vRecur.from_ical(body)
    except ValueError:
        return None
    if "FREQ" not in recur:
        return None
    until = recur.get("UNTIL")
    if until:
        recur["UNTIL"] = [_fit_until(until[0], start)]
    return recur


def _fit_until(until: date | datetime, start: date | datetime) -> date | datetime:
    """RFC 5545: UNTIL is a DATE for a DATE start, else a UTC DATE-TIME."""
    if not isinstance(start, datetime):
        return until.date() if isinstance(until, datetime) else until
    if not isinstance(until, datetime):
        end_of_day = datetime.combine(until, time(23, 59, 59), tzinfo=start.tzinfo)
        return end_of_day.astimezone(UTC)
    if until.tzinfo is None:
        return until.replace(tzinfo=start.tzinfo).astimezone(UTC)
    return until.astimezone(UTC)
