"""Tasks."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from storage.enums import TaskStatus
from storage.models import Task


def _with_customer(q: Select[Task]) -> Select[Task]:
    return q.options(selectinload(Task.customer)).execution_options(populate_existing=True)


async def get(
    s: AsyncSession, team_id: int, task_id: int, *, for_update: bool = False
) -> Task | None:
    """A task with its customer, only if it belongs to the team."""
    q = _with_customer(select(Task).where(Task.id == task_id, Task.team_id == team_id))
    if for_update:
        q = q.with_for_update(of=Task)
    return await s.scalar(q)


async def get_many_any(
    s: AsyncSession, task_ids: Collection[int], *, for_update: bool = False
) -> dict[int, Task]:
    """Tasks by id, whatever their team, with their customers (for the dispatcher)."""
    q = _with_customer(select(Task).where(Task.id.in_(task_ids)).order_by(Task.id))
    if for_update:
        q = q.with_for_update(of=Task)
    return {t.id: t for t in await s.scalars(q)}


async def open_all_day(s: AsyncSession, team_id: int) -> Sequence[Task]:
    """The team's open tasks that are due on a date rather than at a time."""
    rows = await s.scalars(select(Task).where(
        Task.team_id == team_id, Task.status == TaskStatus.OPEN, Task.all_day.is_(True),
        Task.due_at.is_not(None)))
    return rows.all()


async def for_note(s: AsyncSession, note_id: int) -> Task | None:
    """The task a note made, if any."""
    return await s.scalar(_with_customer(select(Task).where(Task.note_id == note_id)))


async def open_due_before(
    s: AsyncSession, team_id: int, until: datetime, assignee_id: int | None = None
) -> Sequence[Task]:
    """Open dated tasks due before `until` (today's and overdue), soonest first."""
    q = select(Task).where(
        Task.team_id == team_id, Task.status == TaskStatus.OPEN,
        Task.due_at.is_not(None), Task.due_at < until,
    )
    if assignee_id is not None:
        q = q.where(Task.assignee_id == assignee_id)
    rows = await s.scalars(_with_customer(q.order_by(Task.due_at, Task.id)))
    return rows.all()


async def open_tasks(s: AsyncSession, team_id: int, limit: int) -> Sequence[Task]:
    """Open tasks: dated ones soonest first, then undated."""
    rows = await s.scalars(
        _with_customer(
            select(Task)
            .where(Task.team_id == team_id, Task.status == TaskStatus.OPEN)
            .order_by(Task.due_at.is_(None), Task.due_at, Task.id)
            .limit(limit)
        )
    )
    return rows.all()


async def for_customer(s: AsyncSession, customer_id: int, limit: int) -> Sequence[Task]:
    """A customer's tasks, newest first."""
    rows = await s.scalars(
        _with_customer(
            select(Task)
            .where(Task.customer_id == customer_id)
            .order_by(Task.created_at.desc(), Task.id.desc())
            .limit(limit)
        )
    )
    return rows.all()
