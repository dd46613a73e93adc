"""Aggregates for summaries and reports: one GROUP BY query each, on indexed columns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import TaskStatus, Tier
from storage.models import Customer, Member, Note, Task


@dataclass(frozen=True)
class Period:
    """A half-open span of time [start, end), UTC."""

    start: datetime
    end: datetime


async def members(s: AsyncSession, team_id: int) -> dict[int, str]:
    """Member id -> display name."""
    rows = await s.execute(
        select(Member.id, Member.display_name).where(Member.team_id == team_id))
    return dict(rows.all())


async def notes_per_author(s: AsyncSession, team_id: int, p: Period) -> dict[int, int]:
    """Notes written in the period, per author."""
    rows = await s.execute(
        select(Note.author_id, func.count())
        .where(Note.team_id == team_id, Note.created_at >= p.start, Note.created_at < p.end)
        .group_by(Note.author_id))
    return dict(rows.all())


async def new_customers_per_owner(s: AsyncSession, team_id: int, p: Period) -> dict[int, int]:
    """Customers created in the period, per owner (0: no owner)."""
    rows = await s.execute(
        select(Customer.owner_id, func.count())
        .where(Customer.team_id == team_id, Customer.created_at >= p.start,
               Customer.created_at < p.end)
        .group_by(Customer.owner_id))
    return {owner or 0: n for owner, n in rows}


async def tasks_created_per_assignee(s: AsyncSession, team_id: int, p: Period) -> dict[int, int]:
    """Tasks made in the period, per assignee."""
    rows = await s.execute(
        select(Task.assignee_id, func.count())
        .where(Task.team_id == team_id, Task.created_at >= p.start, Task.created_at < p.end)
        .group_by(Task.assignee_id))
    return dict(rows.all())


@dataclass(frozen=True)
class DoneStats:
    """Tasks completed in a period by one assignee."""

    done: int
    total_days: float  # summed days from task creation to completion


async def done_per_assignee(s: AsyncSession, team_id: int, p: Period) -> dict[int, DoneStats]:
    """Tasks completed in the period, per assignee, with the days they took."""
    rows = await s.execute(
        select(Task.assignee_id, Task.created_at, Task.completed_at)
        .where(Task.team_id == team_id, Task.completed_at >= p.start, Task.completed_at < p.end))
    stats: dict[int, DoneStats] = {}
    for assignee, created, completed in rows:
        old = stats.get(assignee, DoneStats(0, 0.0))
        days = (completed - created).total_seconds() / 86400 if completed else 0.0
        stats[assignee] = DoneStats(old.done + 1, old.total_days + days)
    return stats


async def overdue_per_assignee(s: AsyncSession, team_id: int, now: datetime) -> dict[int, int]:
    """Open tasks past their due time, per assignee."""
    rows = await s.execute(
        select(Task.assignee_id, func.count())
        .where(Task.team_id == team_id, Task.status == TaskStatus.OPEN, Task.due_at < now)
        .group_by(Task.assignee_id))
    return dict(rows.all())


async def due_per_assignee(s: AsyncSession, team_id: int, p: Period) -> dict[int, int]:
    """Tasks (open or done) that fell due in the period, per assignee."""
    rows = await s.execute(
        select(Task.assignee_id, func.count())
        .where(Task.team_id == team_id, Task.due_at >= p.start, Task.due_at < p.end,
               Task.status != TaskStatus.CANCELLED)
        .group_by(Task.assignee_id))
    return dict(rows.all())


# a purchase: a deal (签了, signed); a note from before amounts had kinds counts as before.
# The one rule: summaries, reports, the chart and the exports all count by it.
PURCHASE = or_(Note.amount_kind == "deal", Note.amount_kind.is_(None))


async def amounts_per_author(
    s: AsyncSession, team_id: int, p: Period
) -> dict[tuple[int, str], Decimal]:
    """Amounts in the period's notes, per (author, currency)."""
    rows = await s.execute(
        select(Note.author_id, Note.currency, func.sum(Note.amount))
        .where(Note.team_id == team_id, Note.created_at >= p.start, Note.created_at < p.end,
               Note.amount.is_not(None), PURCHASE)
        .group_by(Note.author_id, Note.currency))
    return {(a, c or ""): Decimal(v or 0) for a, c, v in rows}


async def amounts_per_customer(
    s: AsyncSession, team_id: int, p: Period, limit: int
) -> Sequence[tuple[str, str, Decimal]]:
    """The largest amounts in the period, per customer and currency: (name, currency, sum)."""
    total = func.sum(Note.amount)
    rows = await s.execute(
        select(Customer.name, Note.currency, total)
        .select_from(Note).join(Customer, Customer.id == Note.customer_id)
        .where(Note.team_id == team_id, Note.created_at >= p.start, Note.created_at < p.end,
               Note.amount.is_not(None), PURCHASE)
        .group_by(Customer.name, Note.currency)
        .order_by(total.desc()).limit(limit))
    return [(n, c or "", Decimal(v or 0)) for n, c, v in rows]


async def top_customers(
    s: AsyncSession, team_id: int, p: Period, limit: int
) -> Sequence[tuple[str, int]]:
    """The customers with the most notes in the period."""
    count = func.count()
    rows = await s.execute(
        select(Customer.name, count)
        .select_from(Note).join(Customer, Customer.id == Note.customer_id)
        .where(Note.team_id == team_id, Note.created_at >= p.start, Note.created_at < p.end)
        .group_by(Customer.name).order_by(count.desc(), Customer.name).limit(limit))
    return [(name, n) for name, n in rows]


async def stale_customers(
    s: AsyncSession, team_id: int, cutoffs: dict[Tier, datetime], limit: int
) -> Sequence[Customer]:
    """Customers not contacted since their tier's cutoff, longest-silent first."""
    contact = func.coalesce(Customer.last_contact_at, Customer.created_at)
    conditions = [and_(Customer.tier == tier, contact < cutoff)
                  for tier, cutoff in cutoffs.items()]
    rows = await s.scalars(
        select(Customer).where(Customer.team_id == team_id, or_(*conditions))
        .order_by(contact, Customer.id).limit(limit))
    return rows.all()


async def overdue_due_in(s: AsyncSession, team_id: int, p: Period, now: datetime
                         ) -> dict[int, int]:
    """Tasks that fell due in the period and are still open past due, per assignee."""
    rows = await s.execute(
        select(Task.assignee_id, func.count())
        .where(Task.team_id == team_id, Task.status == TaskStatus.OPEN,
               Task.due_at >= p.start, Task.due_at < p.end, Task.due_at < now)
        .group_by(Task.assignee_id))
    return dict(rows.all())
