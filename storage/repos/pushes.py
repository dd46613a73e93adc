"""Scheduled pushes: claim one per team, kind and period, before sending it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import TeamPush


async def claim(s: AsyncSession, team_id: int, kind: str, period: str, now: datetime) -> bool:
    """Record the push; False when it was already made (by this or another instance)."""
    try:
        async with s.begin_nested():
            s.add(TeamPush(team_id=team_id, kind=kind, period=period, at=now))
    except IntegrityError:
        return False
    return True


async def made(s: AsyncSession, team_id: int, kind: str, period: str) -> bool:
    """Whether the push for that period went out already."""
    found = await s.scalar(select(TeamPush.id).where(
        TeamPush.team_id == team_id, TeamPush.kind == kind, TeamPush.period == period))
    return found is not None
