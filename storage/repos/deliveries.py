"""The reminder outbox: add, cancel, claim, settle."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import DeliveryState
from storage.models import ReminderDelivery


async def cancel_pending(s: AsyncSession, task_id: int) -> None:
    """Cancel every reminder of the task that has not gone out yet."""
    await s.execute(
        update(ReminderDelivery)
        .where(
            ReminderDelivery.task_id == task_id,
            ReminderDelivery.state.in_([DeliveryState.PENDING, DeliveryState.CLAIMED]),
        )
        .values(state=DeliveryState.CANCELLED)
    )


async def pending_of_tasks(
    s: AsyncSession, task_ids: Collection[int]
) -> Sequence[ReminderDelivery]:
    """The reminders of these tasks that are waiting to go out."""
    rows = await s.scalars(select(ReminderDelivery).where(
        ReminderDelivery.task_id.in_(task_ids), ReminderDelivery.state == DeliveryState.PENDING))
    return rows.all()


async def for_task_at(
    s: AsyncSession, task_id: int, fire_at: datetime
) -> Sequence[ReminderDelivery]:
    """The task's reminders (in any state) that fire at `fire_at`."""
    rows = await s.scalars(
        select(ReminderDelivery).where(
            ReminderDelivery.task_id == task_id, ReminderDelivery.fire_at == fire_at
        )
    )
    return rows.all()


async def for_task(s: AsyncSession, task_id: int) -> Sequence[ReminderDelivery]:
    """All of a task's reminders, in firing order."""
    rows = await s.scalars(
        select(ReminderDelivery)
        .where(ReminderDelivery.task_id == task_id)
        .order_by(ReminderDelivery.fire_at, ReminderDelivery.id)
    )
    return rows.all()


@dataclass(frozen=True)
class Claim:
    """Reminders claimed for sending, and which of them a dispatcher may have sent already."""

    rows: Sequence[ReminderDelivery]
    # taken over from a claim that ended without a word (no sent, no failure, no deferral):
    # its dispatcher died, maybe after Telegram had the message
    unsettled: frozenset[int]


async def claim_due(
    s: AsyncSession, *, now: datetime, lease: timedelta, limit: int, skip_locked: bool
) -> Claim:
    """Take up to `limit` due reminders for this dispatcher.

    Due means pending with fire_at reached, or claimed by a dispatcher whose lease ran
    out (it died mid-send). Rows are locked `FOR UPDATE SKIP LOCKED` on PostgreSQL, so
    two dispatchers never take the same row; on SQLite the write lock serialises them.
    A failed send or a deferral records why in `last_error`; a claim clears it, so a row
    claimed again with none was left unsettled.
    """
    q = (
        select(ReminderDelivery)
        .where(
            or_(
                and_(
                    ReminderDelivery.state == DeliveryState.PENDING,
                    ReminderDelivery.fire_at <= now,
                ),
                and_(
                    ReminderDelivery.state == DeliveryState.CLAIMED,
                    ReminderDelivery.claimed_until <= now,
                ),
            )
        )
        .order_by(ReminderDelivery.fire_at, ReminderDelivery.id)
        .limit(limit)
    )
    if skip_locked:
        q = q.with_for_update(skip_locked=True)
    rows = (await s.scalars(q)).all()
    unsettled = frozenset(r.id for r in rows if r.state == DeliveryState.CLAIMED
                          and r.last_error is None and r.attempts > 0)
    for row in rows:
        row.state = DeliveryState.CLAIMED
        row.claimed_until = now + lease
        row.attempts += 1
        row.last_error = None
    await s.flush()
    return Claim(rows, unsettled)


async def get(s: AsyncSession, delivery_id: int) -> ReminderDelivery | None:
    """A delivery by id."""
    return await s.get(ReminderDelivery, delivery_id)


async def sent_or_going(
    s: AsyncSession, chat_id: int, *, since: datetime, now: datetime, excluding: Collection[int]
) -> int:
    """How many reminders went to the chat since `since`, or are being sent now: claimed,
    with a live lease, by any dispatcher (but not the rows in `excluding`)."""
    return int(await s.scalar(
        select(func.count()).select_from(ReminderDelivery).where(
            ReminderDelivery.chat_id == chat_id,
            or_(
                and_(ReminderDelivery.state == DeliveryState.SENT,
                     ReminderDelivery.sent_at >= since),
                and_(ReminderDelivery.state == DeliveryState.CLAIMED,
                     ReminderDelivery.claimed_until > now,
                     ReminderDelivery.id.not_in(excluding)),
            ))) or 0)
