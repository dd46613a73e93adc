"""The outbox: claims never overlap, leases recover a dead dispatcher, failures settle."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.errors import DeliveryError
from bot.services.deps import Deps, TeamDefaults
from bot.services.reminders import DispatchPolicy, Outgoing, Reminders
from storage.db import is_sqlite, make_sessionmaker, upgrade
from storage.enums import ChatKind, DeliveryState
from storage.models import Chat, Member, ReminderDelivery, Task, Team
from storage.repos import deliveries
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows

T0 = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


async def _seed(engine: AsyncEngine, reminders: int) -> None:
    """A team with one task and `reminders` due deliveries to distinct chats."""
    await upgrade(engine)
    async with make_sessionmaker(engine).begin() as s:
        team = Team(name="t", created_at=T0)
        s.add(team)
        await s.flush()
        member = Member(team_id=team.id, tg_user_id=1, display_name="m", created_at=T0)
        chats = [Chat(tg_chat_id=-i - 1, team_id=team.id, kind=ChatKind.GROUP, created_at=T0)
                 for i in range(reminders)]
        s.add_all([member, *chats])
        await s.flush()
        task = Task(team_id=team.id, assignee_id=member.id, title="call", due_at=T0,
                    created_at=T0)
        s.add(task)
        await s.flush()
        s.add_all([ReminderDelivery(task_id=task.id, chat_id=c.id, fire_at=T0, created_at=T0)
                   for c in chats])


async def _seed_one_group(engine: AsyncEngine, reminders: int) -> None:
    """`reminders` due deliveries, all to one group chat."""
    await _seed(engine, 1)
    async with make_sessionmaker(engine).begin() as s:
        (first,) = await rows(engine, ReminderDelivery)
        s.add_all([ReminderDelivery(task_id=first.task_id, chat_id=first.chat_id,
                                    fire_at=T0 - timedelta(seconds=i + 1), created_at=T0)
                   for i in range(reminders - 1)])


def _reminders(engine: AsyncEngine, clock: FrozenClock) -> Reminders:
    deps = Deps(make_sessionmaker(engine), clock, TeamDefaults(), is_sqlite(engine))
    return Reminders(deps, DispatchPolicy(lease=timedelta(seconds=60), batch=50))


async def test_two_concurrent_claims_take_disjoint_rows(database: Database) -> None:
    engine = database.engine()
    try:
        await _seed(engine, 10)
        sessions = make_sessionmaker(engine)
        skip = not is_sqlite(engine)

        async def claim(limit: int) -> set[int]:
            async with sessions.begin() as s:
                taken = (await deliveries.claim_due(
                    s, now=T0, lease=timedelta(seconds=60), limit=limit, skip_locked=skip)).rows
                await asyncio.sleep(0.05)  # hold the locks while the other claims
                return {d.id for d in taken}

        first, second = await asyncio.gather(claim(6), claim(6))
        assert not first & second
        assert len(first | second) == 10
    finally:
        await engine.dispose()


async def test_every_due_reminder_is_sent_once_by_two_dispatchers(database: Database) -> None:
    engine, other = database.engine(), database.engine()
    clock = FrozenClock(T0)
    sent: list[int] = []

    async def send(out: Outgoing) -> None:
        await asyncio.sleep(0)
        sent.append(out.tg_chat_id)

    try:
        await _seed(engine, 30)
        a, b = _reminders(engine, clock), _reminders(other, clock)
        await asyncio.gather(a.dispatch_due(send), b.dispatch_due(send))
        await asyncio.gather(a.dispatch_due(send), b.dispatch_due(send))
        assert sorted(sent) == sorted(-i - 1 for i in range(30))
        assert {d.state for d in await rows(engine, ReminderDelivery)} == {DeliveryState.SENT}
    finally:
        await engine.dispose()
        await other.dispose()


async def test_a_claim_left_by_a_dead_dispatcher_is_taken_again_after_its_lease(
    database: Database,
) -> None:
    engine = database.engine()
    clock = FrozenClock(T0)
    sent: list[Outgoing] = []

    async def send(out: Outgoing) -> None:
        sent.append(out)

    try:
        await _seed(engine, 1)
        async with make_sessionmaker(engine).begin() as s:  # claimed, then the process died
            await deliveries.claim_due(s, now=T0, lease=timedelta(seconds=60), limit=10,
                                       skip_locked=False)
        reminders = _reminders(engine, clock)
        await reminders.dispatch_due(send)
        assert sent == []
        clock.advance(seconds=61)
        await reminders.dispatch_due(send)
        assert [(out.tg_chat_id, out.maybe_repeat) for out in sent] == [(-1, True)]
    finally:
        await engine.dispose()


async def test_only_a_reminder_left_unsettled_is_marked_as_a_possible_repeat(
    database: Database,
) -> None:
    engine = database.engine()
    clock = FrozenClock(T0)
    seen: list[Outgoing] = []
    failures = [DeliveryError("timed out", permanent=False)]

    async def send(out: Outgoing) -> None:
        seen.append(out)
        if failures:
            raise failures.pop()  # Telegram timed out: nothing went out

    try:
        await _seed_one_group(engine, 25)
        reminders = _reminders(engine, clock)
        first = await reminders.dispatch_due(send)
        assert (first.sent, first.retried, first.deferred) == (19, 1, 5)
        clock.advance(seconds=61)  # the failed one is retried, the 5 deferred go out
        assert (await reminders.dispatch_due(send)).sent == 6
        assert len(seen) == 26
        assert not any(out.maybe_repeat for out in seen)
    finally:
        await engine.dispose()


async def test_failures_retry_with_backoff_and_permanent_ones_stop(database: Database) -> None:
    engine = database.engine()
    clock = FrozenClock(T0)
    outcomes = [DeliveryError("timed out", permanent=False),
                DeliveryError("bot was blocked by the user", permanent=True)]

    async def send(out: Outgoing) -> None:
        raise outcomes.pop(0)

    try:
        await _seed(engine, 1)
        reminders = _reminders(engine, clock)
        assert (await reminders.dispatch_due(send)).retried == 1
        assert (await reminders.dispatch_due(send)).retried == 0  # backing off
        clock.advance(seconds=31)
        assert (await reminders.dispatch_due(send)).failed == 1
        (row,) = await rows(engine, ReminderDelivery)
        assert row.state == DeliveryState.FAILED and row.attempts == 2
        assert row.last_error == "bot was blocked by the user"
        clock.advance(days=1)
        assert (await reminders.dispatch_due(send)).failed == 0
    finally:
        await engine.dispose()


async def test_a_group_gets_at_most_its_limit_per_window(database: Database) -> None:
    engine = database.engine()
    clock = FrozenClock(T0)
    sent: list[tuple[int, datetime]] = []

    async def send(out: Outgoing) -> None:
        sent.append((out.tg_chat_id, clock()))

    try:
        await _seed_one_group(engine, 25)
        reminders = _reminders(engine, clock)
        assert (await reminders.dispatch_due(send)).sent == 20
        clock.advance(seconds=30)
        assert (await reminders.dispatch_due(send)).sent == 0  # still within the minute
        clock.advance(seconds=31)
        assert (await reminders.dispatch_due(send)).sent == 5
        for chat_id, at in sent:  # no minute window ever holds more than 20
            assert sum(1 for c, t in sent if c == chat_id and at <= t < at + timedelta(
                minutes=1)) <= 20
        states = {d.state for d in await rows(engine, ReminderDelivery)}
        assert states == {DeliveryState.SENT}
        assert max(d.attempts for d in await rows(engine, ReminderDelivery)) == 1
    finally:
        await engine.dispose()


async def test_reminders_another_dispatcher_is_sending_count_toward_a_groups_limit(
    database: Database,
) -> None:
    engine = database.engine()
    clock = FrozenClock(T0)
    sent: list[int] = []

    async def send(out: Outgoing) -> None:
        sent.append(out.delivery_id)

    try:
        await _seed_one_group(engine, 25)
        async with make_sessionmaker(engine).begin() as s:  # another instance took 15
            elsewhere = (await deliveries.claim_due(s, now=T0, lease=timedelta(seconds=60),
                                                    limit=15, skip_locked=False)).rows
        report = await _reminders(engine, clock).dispatch_due(send)
        assert report.sent == 5  # 20 a minute, 15 of them already on their way
        assert not set(sent) & {d.id for d in elsewhere}
    finally:
        await engine.dispose()


async def test_a_round_stops_after_the_batch_in_hand_when_the_bot_is_stopping(
    database: Database,
) -> None:
    engine = database.engine()
    sent: list[int] = []
    running = [True]

    async def send(out: Outgoing) -> None:
        sent.append(out.delivery_id)
        running[0] = False  # the bot is told to stop while the first batch goes out

    try:
        await _seed(engine, 120)
        reminders = _reminders(engine, FrozenClock(T0))
        assert (await reminders.dispatch_due(send, keep_going=lambda: running[0])).sent < 120
        running[0] = True
        await reminders.dispatch_due(send, keep_going=lambda: running[0])  # the next start
        assert sorted(sent) == sorted({d.id for d in await rows(engine, ReminderDelivery)})
    finally:
        await engine.dispose()
