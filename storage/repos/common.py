"""What every repository does the same way."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Base

Row = TypeVar("Row", bound=Base)


async def add(s: AsyncSession, row: Row) -> Row:
    """Store a new row and give it its id."""
    s.add(row)
    await s.flush()
    return row
