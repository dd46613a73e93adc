"""Notes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from storage.models import Note


async def get(
    s: AsyncSession, team_id: int, note_id: int, *, for_update: bool = False
) -> Note | None:
    """A note, only if it belongs to the team (locked for the transaction if asked)."""
    q = select(Note).where(Note.id == note_id, Note.team_id == team_id)
    return await s.scalar(q.with_for_update() if for_update else q)


async def last_by_author(s: AsyncSession, team_id: int, author_id: int) -> Note | None:
    """The author's most recent note in the team."""
    return await s.scalar(
        select(Note)
        .where(Note.team_id == team_id, Note.author_id == author_id)
        .order_by(Note.created_at.desc(), Note.id.desc())
        .limit(1)
    )


async def for_customer(s: AsyncSession, customer_id: int, limit: int) -> Sequence[Note]:
    """A customer's notes, newest first."""
    rows = await s.scalars(
        select(Note)
        .where(Note.customer_id == customer_id)
        .order_by(Note.created_at.desc(), Note.id.desc())
        .limit(limit)
        .options(selectinload(Note.customer))
    )
    return rows.all()


async def delete_note(s: AsyncSession, note_id: int) -> None:
    """Remove a note; its tasks and their deliveries go with it (ON DELETE CASCADE)."""
    await s.execute(delete(Note).where(Note.id == note_id))
