"""Whole-team reads for exports: plain column tuples, not ORM objects (200,000 notes)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import TaskStatus
from storage.models import Note, Task
from storage.repos.reports import PURCHASE


async def notes(s: AsyncSession, team_id: int) -> Sequence[Any]:
    """(at, author, customer, text, amount, currency, tags, amount_kind, purchase) of every
    note, oldest first; `purchase` says whether its amount counts as a purchase (the rule
    the summaries and reports sum by), False when it has no amount."""
    rows = await s.execute(
        select(Note.created_at.label("at"), Note.author_id.label("author"),
               Note.customer_id.label("customer"), Note.text, Note.amount, Note.currency,
               Note.tags, Note.amount_kind,
               and_(Note.amount.is_not(None), PURCHASE).label("purchase"))
        .where(Note.team_id == team_id).order_by(Note.created_at, Note.id))
    return rows.all()


async def tasks(s: AsyncSession, team_id: int, assignee_id: int | None = None,
                open_only: bool = False) -> Sequence[Any]:
    """Task columns for export: id, title, customer, assignee, due, all-day, priority,
    status, rrule, completed."""
    q = (select(Task.id, Task.title, Task.customer_id, Task.assignee_id, Task.due_at,
                Task.all_day, Task.priority, Task.status, Task.rrule, Task.completed_at)
         .where(Task.team_id == team_id))
    if assignee_id is not None:
        q = q.where(Task.assignee_id == assignee_id)
    if open_only:
        q = q.where(Task.status == TaskStatus.OPEN)
    return (await s.execute(q.order_by(Task.due_at, Task.id))).all()
