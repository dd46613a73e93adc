"""The audit log."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditLog


async def record(s: AsyncSession, entry: AuditLog) -> None:
    """Write down who changed what, when."""
    s.add(entry)
