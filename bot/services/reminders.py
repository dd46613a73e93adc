"""Reminder out: claim due outbox rows, send each once, settle the outcome.

Every claim is a short transaction (rows locked `FOR UPDATE SKIP LOCKED` on
PostgreSQL; SQLite's write lock makes a single writer). A claimed row carries a
lease: if the dispatcher dies before settling it, the row is claimed again when the
lease runs out, so no reminder is lost. A failed send is retried with backoff by
extending the lease, up to MAX_ATTEMPTS; a permanent refusal (bot blocked) is final.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import DeliveryError
from bot.services import schedule
from bot.services.cards import TaskView, task_view
from bot.services.deps import Deps
from bot.timezones import parse_tz
from storage.enums import ChatKind, DeliveryState, Role, TaskStatus
from storage.models import Chat, Member, ReminderDelivery, Task
from storage.repos import deliveries, pushes, tasks, teams

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
MANAGERS = (Role.OWNER, Role.MANAGER)
MAX_BATCHES = 200
SENDS_IN_FLIGHT = 4  # chats sent to at once; the rate limiter spaces the sends themselves


@dataclass
class _Batch:
    """One claim's rows and what sending them needs, each read once for the whole batch."""

    ids: set[int]
    unsettled: frozenset[int]  # rows a dead dispatcher may have sent already
    chats: dict[int, Chat]
    tasks: dict[int, Task]
    members: dict[tuple[int, int], Member]  # (team id, Telegram user id) -> member
    room: dict[int, int] = field(default_factory=dict)  # group chat id -> sends left


@dataclass(frozen=True)
class Outgoing:
    """One reminder to send: where, in which language, about which task."""

    delivery_id: int
    tg_chat_id: int
    lang: str
    task: TaskView
    late: bool
    reminder_hour: int
    today: date
    maybe_repeat: bool = False  # a dispatcher died sending it: it may have gone out already


Send = Callable[[Outgoing], Awaitable[None]]


@dataclass(frozen=True)
class Notice:
    """Tell a manager that reminders can no longer reach one of the team's chats."""

    tg_chat_id: int
    lang: str
    unreachable: str  # the chat's title


@dataclass
class DispatchReport:
    """What one dispatch round did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    cancelled: int = 0
    deferred: int = 0  # held back by a group's rate limit
    undeliverable: list[int] = field(default_factory=list)  # chat ids refused for good


@dataclass(frozen=True)
class DispatchPolicy:
    """Timings of the dispatcher."""

    lease: timedelta = timedelta(seconds=60)
    late_after: timedelta = timedelta(minutes=5)
    batch: int = 50
    backoff: timedelta = timedelta(seconds=30)
    group_limit: int = 20  # reminders into one group per window (Telegram's 20 a minute)
    group_window: timedelta = timedelta(minutes=1)


class Reminders:
    """The outbox dispatcher."""

    def __init__(self, deps: Deps, policy: DispatchPolicy | None = None) -> None:
        self._d = deps
        self._p = policy or DispatchPolicy()
        self._running = asyncio.Lock()

    async def dispatch_due(self, send: Send,
                           keep_going: Callable[[], bool] = lambda: True) -> DispatchReport:
        """Send every reminder that is due now; safe to call as often as wanted.

        One round runs at a time in a process; a call while one runs returns at once.
        A round of a big backlog stops after the batch in hand once `keep_going` says no
        (the bot is stopping): what is left stays due for the next start.
        """
        report = DispatchReport()
        if self._running.locked():
            return report
        async with self._running:
            await self._rounds(send, report, keep_going)
        return report

    async def _rounds(self, send: Send, report: DispatchReport,
                      keep_going: Callable[[], bool]) -> None:
        """Batch after batch; the next is claimed while the last one is still going out,
        so that the sends never wait for a claim."""
        claimed, outgoing = await self._claim(report)
        for _ in range(MAX_BATCHES - 1):
            if claimed < self._p.batch or not keep_going():
                break
            going = asyncio.create_task(self._deliver_all(outgoing, send, report))
            try:
                claimed, outgoing = await self._claim(report)
            finally:
                await going
        await self._deliver_all(outgoing, send, report)

    async def _deliver_all(self, outgoing: list[Outgoing], send: Send,
                           report: DispatchReport) -> None:
        """Several chats at once, each chat's reminders in order.

        One at a time, the time spent around each send (recording it, preparing the next)
        was added to the rate limiter's spacing, and a burst went out at 0.9 of the limit;
        with a few in flight the limiter alone sets the pace.
        """
        by_chat: dict[int, list[Outgoing]] = defaultdict(list)
        for out in outgoing:
            by_chat[out.tg_chat_id].append(out)
        gate = asyncio.Semaphore(SENDS_IN_FLIGHT)

        async def chat_in_turn(queue: list[Outgoing]) -> None:
            async with gate:
                for out in queue:
                    await self._deliver(out, send, report)

        await asyncio.gather(*(chat_in_turn(q) for q in by_chat.values()))

    async def _claim(self, report: DispatchReport) -> tuple[int, list[Outgoing]]:
        now = self._d.clock()
        lock = not self._d.single_writer
        async with self._d.sessions.begin() as s:
            claim = await deliveries.claim_due(
                s, now=now, lease=self._p.lease, limit=self._p.batch, skip_locked=lock)
            rows = claim.rows
            chats = await teams.get_chats(s, {r.chat_id for r in rows}, for_update=lock)
            batch = _Batch(
                ids={r.id for r in rows}, unsettled=claim.unsettled, chats=chats,
                tasks=await tasks.get_many_any(s, {r.task_id for r in rows}, for_update=lock),
                members=await teams.members_in_private_chats(
                    s, [c for c in chats.values() if c.kind == ChatKind.PRIVATE]),
            )
            outgoing: list[Outgoing] = []
            for row in rows:
                if await self._group_is_full(s, row, now, batch):
                    report.deferred += 1
                    continue
                out = await self._prepare(s, row, now, batch)
                if out is None:
                    report.cancelled += 1
                else:
                    outgoing.append(out)
            return len(rows), outgoing

    async def _group_is_full(
        self, s: AsyncSession, row: ReminderDelivery, now: datetime, batch: _Batch
    ) -> bool:
        """Hold a reminder back while its group had `group_limit` in the last window.

        Counted from the outbox itself (sent rows, rows any dispatcher is sending now, and
        this batch's), with the chat row locked on PostgreSQL, so the limit holds across
        batches in flight and across instances, not just in one process.
        """
        chat = batch.chats[row.chat_id]
        if chat.kind != ChatKind.GROUP:
            return False
        if chat.id not in batch.room:
            going = await deliveries.sent_or_going(
                s, chat.id, since=now - self._p.group_window, now=now, excluding=batch.ids)
            batch.room[chat.id] = self._p.group_limit - going
        if batch.room[chat.id] > 0:
            batch.room[chat.id] -= 1
            return False
        row.claimed_until = now + self._p.group_window / self._p.group_limit
        row.attempts -= 1  # waiting for the window is not a failed attempt
        row.last_error = "waiting: the group had its reminders for this minute"
        return True

    async def _prepare(
        self, s: AsyncSession, row: ReminderDelivery, now: datetime, batch: _Batch
    ) -> Outgoing | None:
        task = batch.tasks.get(row.task_id)
        if task is None or task.status != TaskStatus.OPEN:
            row.state = DeliveryState.CANCELLED
            return None
        team = await teams.get_team(s, task.team_id)
        tz = parse_tz(team.tz)
        if task.rrule and row.occurrence_due is not None:
            following = schedule.next_occurrence(task.rrule, row.occurrence_due, tz)
            if following is not None:
                fire_at = schedule.fire_time(task, following, tz, team.reminder_hour)
                await schedule.enqueue(s, task, fire_at=fire_at, occurrence=following, now=now)
        row.late = now - row.fire_at > self._p.late_after
        chat = batch.chats[row.chat_id]
        lang = team.lang
        if chat.kind == ChatKind.PRIVATE:
            member = batch.members.get((team.id, chat.tg_chat_id))
            lang = member.lang if member else lang
        view = task_view(task, tz, now)
        if row.occurrence_due is not None:
            view = dataclasses.replace(view, due=row.occurrence_due.astimezone(tz))
        return Outgoing(row.id, chat.tg_chat_id, lang, view, row.late, team.reminder_hour,
                        now.astimezone(tz).date(), maybe_repeat=row.id in batch.unsettled)

    async def _deliver(self, out: Outgoing, send: Send, report: DispatchReport) -> None:
        try:
            await send(out)
        except DeliveryError as err:
            await self._settle_failure(out, err, report)
        except Exception as err:  # an unexpected failure must not lose the reminder
            log.exception("sending reminder %s failed", out.delivery_id)
            await self._settle_failure(out, DeliveryError(repr(err), permanent=False), report)
        else:
            await self._settle_sent(out)
            report.sent += 1

    async def _settle_sent(self, out: Outgoing) -> None:
        async with self._d.sessions.begin() as s:
            row = await deliveries.get(s, out.delivery_id)
            if row is not None:
                row.state, row.sent_at, row.claimed_until = (
                    DeliveryState.SENT, self._d.clock(), None)

    async def _settle_failure(
        self, out: Outgoing, err: DeliveryError, report: DispatchReport
    ) -> None:
        now = self._d.clock()
        async with self._d.sessions.begin() as s:
            row = await deliveries.get(s, out.delivery_id)
            if row is None:
                return
            row.last_error = err.reason[:1000]
            if err.permanent or row.attempts >= MAX_ATTEMPTS:
                row.state, row.claimed_until = DeliveryState.FAILED, None
                report.failed += 1
                if err.permanent:
                    report.undeliverable.append(row.chat_id)
                log.warning("reminder %s failed for good: %s", row.id, err.reason)
            elif err.retry_after is not None:  # flood control: wait as long as Telegram says
                row.claimed_until = now + timedelta(seconds=err.retry_after)
                report.retried += 1
            else:
                row.claimed_until = now + self._p.backoff * (2 ** (row.attempts - 1))
                report.retried += 1

    async def undeliverable_notices(self, chat_ids: list[int]) -> list[Notice]:
        """Who to tell, once per chat, that reminders can't reach a chat any more:
        the team's owners and managers, in their private chats."""
        now = self._d.clock()
        notices = []
        async with self._d.sessions.begin() as s:
            for chat_id in dict.fromkeys(chat_ids):
                chat = await teams.get_chat(s, chat_id)
                if not await pushes.claim(s, chat.team_id, "undeliverable",
                                          str(chat.tg_chat_id), now):
                    continue
                for member, private in await teams.members_with_private_chat(s, chat.team_id):
                    if member.role in MANAGERS and private.id != chat.id:
                        notices.append(Notice(private.tg_chat_id, member.lang,
                                              chat.title or str(chat.tg_chat_id)))
        return notices
