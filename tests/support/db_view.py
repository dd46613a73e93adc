"""Read what the bot stored, straight from the database."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_sessionmaker
from storage.models import Base

Row = TypeVar("Row", bound=Base)


async def rows(engine: AsyncEngine, model: type[Row]) -> Sequence[Row]:
    """Every row of a table, by id."""
    async with make_sessionmaker(engine)() as s:
        result = await s.scalars(select(model).order_by(model.id))  # type: ignore[attr-defined]
        return result.all()
