"""When a task's reminders fire, and putting them in the outbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from sqlalchemy.ext.asyncio import AsyncSession

from bot.timezones import at_local_hour, local_midnight
from storage.enums import DeliveryState
from storage.models import ReminderDelivery, Task
from storage.repos import deliveries, tasks, teams


def fire_time(task: Task, due: datetime, tz: ZoneInfo, reminder_hour: int) -> datetime:
    """When the reminder of the task's occurrence due at `due` goes out (UTC).

    A timed task is reminded at its due time less the lead time; an all-day task at the
    team's reminder hour on its day, less the lead time.
    """
    lead = timedelta(minutes=task.lead_minutes)
    if task.all_day:
        return at_local_hour(due.astimezone(tz).date(), reminder_hour, tz) - lead
    return due - lead


def next_occurrence(rrule: str, due: datetime, tz: ZoneInfo) -> datetime | None:
    """The occurrence after `due` (UTC) of an RRULE, counted in local wall time."""
    local = due.astimezone(tz).replace(tzinfo=None)
    try:
        rule = rrulestr(f"RRULE:{rrule}", dtstart=local)
    except (ValueError, TypeError):
        return None
    following = rule.after(local)
    if following is None:
        return None
    return following.replace(tzinfo=tz).astimezone(UTC)


async def _targets(s: AsyncSession, task: Task) -> list[int]:
    """The chats a task's reminders go to: where it was made, and the assignee's private chat."""
    chat_ids = [task.chat_id] if task.chat_id is not None else []
    private = await teams.private_chat_id_of_member(s, task.assignee_id)
    if private is not None and private not in chat_ids:
        chat_ids.append(private)
    return chat_ids


def _delivery(task: Task, chat_id: int, fire_at: datetime, occurrence: datetime | None,
              now: datetime) -> ReminderDelivery:
    return ReminderDelivery(task_id=task.id, chat_id=chat_id, fire_at=fire_at,
                            occurrence_due=occurrence, created_at=now)


async def enqueue(
    s: AsyncSession, task: Task, *, fire_at: datetime, occurrence: datetime | None,
    now: datetime,
) -> int:
    """Queue the task's reminders at `fire_at` unless already queued; returns how many.

    A reminder cancelled earlier for the same chat and time is revived rather than
    duplicated; one already sent is not queued again.
    """
    if fire_at <= now:
        return 0
    existing = {d.chat_id: d for d in await deliveries.for_task_at(s, task.id, fire_at)}
    added = 0
    for chat_id in await _targets(s, task):
        row = existing.get(chat_id)
        if row is None:
            s.add(_delivery(task, chat_id, fire_at, occurrence, now))
        elif row.state == DeliveryState.CANCELLED:
            row.state, row.occurrence_due = DeliveryState.PENDING, occurrence
        else:
            continue
        added += 1
    return added


def same_day_in(instant: datetime, old: ZoneInfo, new: ZoneInfo) -> datetime:
    """Midnight in `new` of the date `instant` falls on in `old` (UTC): an all-day date
    kept across a change of time zone."""
    return local_midnight(instant.astimezone(old).date(), new)


async def move_to_zone(
    s: AsyncSession, team_id: int, old: ZoneInfo, new: ZoneInfo, reminder_hour: int
) -> None:
    """A team changed its time zone. Its open all-day tasks keep their dates (the days the
    memos named), so their instants move, and their queued reminders move with them to
    the reminder hour in the new zone. Timed tasks and snoozes keep their instants."""
    found = {t.id: t for t in await tasks.open_all_day(s, team_id)}
    for task in found.values():
        task.due_at = same_day_in(task.due_at, old, new) if task.due_at else None
    for row in await deliveries.pending_of_tasks(s, found):
        if row.occurrence_due is not None:  # None: a snooze, at the instant asked for
            row.occurrence_due = same_day_in(row.occurrence_due, old, new)
            row.fire_at = fire_time(found[row.task_id], row.occurrence_due, new, reminder_hour)


def _current_fire(task: Task, tz: ZoneInfo, reminder_hour: int) -> datetime | None:
    return fire_time(task, task.due_at, tz, reminder_hour) if task.due_at else None


async def schedule_task(
    s: AsyncSession, task: Task, tz: ZoneInfo, reminder_hour: int, now: datetime
) -> int:
    """Queue the reminders of the task's current occurrence (nothing if undated or past)."""
    fire_at = _current_fire(task, tz, reminder_hour)
    if fire_at is None:
        return 0
    return await enqueue(s, task, fire_at=fire_at, occurrence=task.due_at, now=now)


async def schedule_new_task(
    s: AsyncSession, task: Task, tz: ZoneInfo, reminder_hour: int, now: datetime
) -> int:
    """`schedule_task` for a task made in this transaction: nothing of it is queued yet."""
    fire_at = _current_fire(task, tz, reminder_hour)
    if fire_at is None or fire_at <= now:
        return 0
    chat_ids = await _targets(s, task)
    s.add_all([_delivery(task, c, fire_at, task.due_at, now) for c in chat_ids])
    return len(chat_ids)
