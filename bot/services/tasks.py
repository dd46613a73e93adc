"""Tasks: done, reopen, snooze, undate, and the lists /today and /tasks show."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.care import next_workday, workday_on_or_after
from bot.errors import InputError, NotFoundError
from bot.i18n import translator
from bot.services import schedule
from bot.services.cards import MemoCard, TaskList, TaskView, note_card, task_view
from bot.services.deps import Deps
from bot.services.history import log_change
from bot.services.identity import Actor, Who, acting
from bot.timezones import at_local_hour, end_of_local_day, local_midnight
from storage.enums import TaskStatus
from storage.models import Note, Task
from storage.repos import customers, deliveries, notes, tasks
from storage.repos.common import add

LIST_LIMIT = 30


class Snooze(StrEnum):
    """How long a snooze button puts a reminder off."""

    HOUR = "h"
    TOMORROW = "tm"


class FollowUp(StrEnum):
    """When the follow-up of a memo that reports a past contact is due."""

    NEXT_WORKDAY = "wd"
    NEXT_WEEK = "nw"
    TWO_WEEKS = "2w"


def follow_up_day(when: FollowUp, today: date) -> date:
    """The day a follow-up is due: the next workday, Monday of next week, or two weeks on
    (as 下周 and 两周后 read in a memo), each on a workday (China's 调休 honoured, as the
    daily agenda is)."""
    if when is FollowUp.NEXT_WORKDAY:
        return next_workday(today)
    if when is FollowUp.NEXT_WEEK:
        return workday_on_or_after(today + timedelta(days=7 - today.weekday()))
    return workday_on_or_after(today + timedelta(days=14))


@dataclass(frozen=True)
class TaskChange:
    """A task after a button press, and the memo card it belongs to."""

    task: TaskView
    card: MemoCard | None  # the memo card the task belongs to, refreshed
    reminder_hour: int
    today: date
    already: bool = False  # the press changed nothing (a stale button)


def _snooze_until(kind: Snooze, actor: Actor, now: datetime) -> datetime:
    if kind is Snooze.HOUR:
        return now + timedelta(hours=1)
    tomorrow = now.astimezone(actor.tz).date() + timedelta(days=1)
    return at_local_hour(tomorrow, actor.reminder_hour, actor.tz)


class Tasks:
    """Use cases on one task, and task lists."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps

    async def _change(
        self, who: Who, task_id: int, action: str,
        apply: Callable[[AsyncSession, Actor, Task, datetime], Awaitable[bool]],
    ) -> TaskChange:
        async with acting(self._d, who) as (s, actor, now):
            task = await tasks.get(s, actor.team_id, task_id, for_update=not self._d.single_writer)
            if task is None:
                raise NotFoundError("This task is not in your team, or it is gone.")
            changed = await apply(s, actor, task, now)
            if changed:
                await log_change(s, actor, f"task.{action}", task, now)
            await s.flush()
            card = await note_card(s, actor, task.note_id, now) if task.note_id else None
            return TaskChange(task_view(task, actor.tz, now), card, actor.reminder_hour,
                              now.astimezone(actor.tz).date(), already=not changed)

    async def done(self, who: Who, task_id: int) -> TaskChange:
        """Mark done; a recurring task moves on to its next occurrence instead."""
        return await self._change(who, task_id, "done", _mark_done)

    async def reopen(self, who: Who, task_id: int) -> TaskChange:
        """Open a done task again, with its reminder if still ahead."""
        return await self._change(who, task_id, "reopen", _reopen)

    async def snooze(self, who: Who, task_id: int, kind: Snooze) -> TaskChange:
        """Put the reminder off by an hour, or to tomorrow at the reminder hour."""

        async def apply(s: AsyncSession, actor: Actor, task: Task, now: datetime) -> bool:
            if task.status != TaskStatus.OPEN:
                return False
            until = _snooze_until(kind, actor, now)
            await deliveries.cancel_pending(s, task.id)
            task.snoozed_until = until
            await schedule.enqueue(s, task, fire_at=until, occurrence=None, now=now)
            return True

        return await self._change(who, task_id, "snooze", apply)

    async def clear_date(self, who: Who, task_id: int) -> TaskChange:
        """The memo named no real date: keep the task, undated, with no reminder."""
        return await self._change(who, task_id, "undate", _clear_date)

    async def follow_up(self, who: Who, note_id: int, when: FollowUp) -> TaskChange:
        """The follow-up task a memo reporting a past contact offers: all-day, for the
        memo's customer, assigned to its author, reminded in its chat. Once per memo: a
        memo that has a task already is left as it is."""
        async with acting(self._d, who) as (s, actor, now):
            note = await notes.get(s, actor.team_id, note_id,
                                   for_update=not self._d.single_writer)
            if note is None:
                raise NotFoundError("This memo is not in your team, or it is gone.")
            task = await tasks.for_note(s, note.id)
            already = task is not None
            if task is None:
                task = await _follow_up_task(s, actor, note, when, now)
            card = await note_card(s, actor, note.id, now)
            return TaskChange(task_view(task, actor.tz, now), card, actor.reminder_hour,
                              now.astimezone(actor.tz).date(), already=already)

    async def today(self, who: Who) -> TaskList:
        """The agenda: overdue open tasks, today's, and tomorrow's (team's time zone)."""
        async with acting(self._d, who) as (s, actor, now):
            until = end_of_local_day(now, actor.tz, days_after=1)
            return _listed(await tasks.open_due_before(s, actor.team_id, until), actor, now)

    async def open_list(self, who: Who) -> TaskList:
        """Open tasks, soonest first, undated last."""
        async with acting(self._d, who) as (s, actor, now):
            rows = await tasks.open_tasks(s, actor.team_id, LIST_LIMIT)
            return _listed(rows, actor, now)


def _listed(rows: Sequence[Task], actor: Actor, now: datetime) -> TaskList:
    return TaskList(now.astimezone(actor.tz).date(),
                    tuple(task_view(t, actor.tz, now) for t in rows))


async def _mark_done(s: AsyncSession, actor: Actor, task: Task, now: datetime) -> bool:
    if task.status != TaskStatus.OPEN:
        return False
    await deliveries.cancel_pending(s, task.id)
    following = (
        schedule.next_occurrence(task.rrule, task.due_at, actor.tz)
        if task.rrule and task.due_at else None
    )
    task.completed_at, task.snoozed_until = now, None
    if following is None:
        task.status = TaskStatus.DONE
        return True
    task.due_at = following
    await schedule.schedule_task(s, task, actor.tz, actor.reminder_hour, now)
    return True


async def _reopen(s: AsyncSession, actor: Actor, task: Task, now: datetime) -> bool:
    if task.status == TaskStatus.OPEN:
        return False
    task.status, task.completed_at = TaskStatus.OPEN, None
    await schedule.schedule_task(s, task, actor.tz, actor.reminder_hour, now)
    return True


async def _clear_date(s: AsyncSession, _actor: Actor, task: Task, _now: datetime) -> bool:
    if task.due_at is None:
        return False
    await deliveries.cancel_pending(s, task.id)
    task.due_at, task.all_day, task.snoozed_until, task.rrule = None, False, None, None
    return True


async def _follow_up_task(
    s: AsyncSession, actor: Actor, note: Note, when: FollowUp, now: datetime
) -> Task:
    if not note.past_event:
        raise NotFoundError("This button no longer works.")
    customer = await customers.get(s, actor.team_id, note.customer_id) \
        if note.customer_id else None
    if customer is None:
        raise InputError("Say whom the memo is about first (👤 Customer), then plan the "
                         "follow-up.")
    day = follow_up_day(when, now.astimezone(actor.tz).date())
    t = translator(actor.lang)
    task = await add(s, Task(
        team_id=actor.team_id, customer_id=customer.id, note_id=note.id,
        assignee_id=note.author_id, chat_id=note.chat_id, all_day=True,
        title=t("Follow up with %(name)s", name=customer.name),
        due_at=local_midnight(day, actor.tz), created_at=now,
    ))
    await schedule.schedule_new_task(s, task, actor.tz, actor.reminder_hour, now)
    await log_change(s, actor, "task.follow_up", task, now, note_id=note.id)
    await s.refresh(task, ["customer"])
    return task
