"""What every service needs: sessions, a clock and the defaults for new teams."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock


@dataclass(frozen=True)
class TeamDefaults:
    """Settings a new team starts with."""

    tz: str = "Asia/Shanghai"
    lang: str = "zh"
    reminder_hour: int = 9


@dataclass(frozen=True)
class Deps:
    """Shared by the services; built once in `bot.app`."""

    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    defaults: TeamDefaults
    single_writer: bool  # SQLite: one dispatcher, no row locks
