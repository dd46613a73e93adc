"""Writing the audit log from a use case."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.identity import Actor
from storage.models import AuditLog, Note, Task, Team
from storage.repos import audit


async def log_change(
    s: AsyncSession, actor: Actor, action: str, target: Note | Task | Team, at: datetime,
    **data: object,
) -> None:
    """Record that the actor did `action` to `target`."""
    await audit.record(s, AuditLog(
        team_id=actor.team_id, actor_id=actor.member_id, action=action,
        entity=target.__tablename__, entity_id=target.id, data=data, at=at,
    ))
