"""Two `memocrm run` processes on one PostgreSQL, one killed with SIGKILL mid-dispatch:
every due reminder still goes out, and only those in flight at the kill can repeat."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from bot.services.reminders import SENDS_IN_FLIGHT
from storage.db import make_engine, make_sessionmaker, upgrade
from storage.enums import ChatKind, DeliveryState
from storage.models import Chat, Member, ReminderDelivery, Task, Team
from tests.support.bot_api_server import BotApiServer
from tests.support.databases import PG_DSN, PG_URL, create_pg_schema, drop_pg_schema
from tests.support.db_view import rows

TOKEN = "4242:two-processes"
REMINDERS = 120


@pytest.fixture
async def pg_database() -> AsyncIterator[str]:
    await drop_pg_schema(await create_pg_schema())  # fails or skips when PostgreSQL is away
    name = f"memocrm_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(PG_DSN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def _seed(url: str) -> None:
    engine = make_engine(url)
    await upgrade(engine)
    now = datetime.now(UTC)
    async with make_sessionmaker(engine).begin() as s:
        team = Team(name="t", created_at=now)
        s.add(team)
        await s.flush()
        member = Member(team_id=team.id, tg_user_id=1, display_name="m", created_at=now)
        chats = [Chat(tg_chat_id=-10_000 - i, team_id=team.id, kind=ChatKind.GROUP,
                      created_at=now) for i in range(REMINDERS)]
        s.add_all([member, *chats])
        await s.flush()
        tasks = [Task(team_id=team.id, assignee_id=member.id, chat_id=c.id, title=f"r{i}",
                      due_at=now, created_at=now) for i, c in enumerate(chats)]
        s.add_all(tasks)
        await s.flush()
        s.add_all([ReminderDelivery(task_id=t.id, chat_id=t.chat_id or 0,
                                    fire_at=now - timedelta(seconds=1), created_at=now)
                   for t in tasks])
    await engine.dispose()


async def _start(url: str, api: BotApiServer, tmp: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.root,
           "DATABASE_URL": url, "DISPATCH_INTERVAL_SECONDS": "0.2",
           "DISPATCH_LEASE_SECONDS": "3", "RATE_LIMIT_PER_SECOND": "1000",
           "LOG_LEVEL": "WARNING"}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", env=env, cwd=tmp,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)


def _sent(api: BotApiServer) -> Counter[str]:
    return Counter(str(p["text"]).split("\n")[0] for p in api.sent())


async def test_sigkill_mid_dispatch_loses_nothing(pg_database: str, tmp_path: Path) -> None:
    await _seed(pg_database)
    async with BotApiServer(TOKEN, send_delay=0.02) as api:
        first = await _start(pg_database, api, tmp_path)
        second = await _start(pg_database, api, tmp_path)
        try:
            await api.wait_for("sendMessage", REMINDERS // 4, within=60)
            first.kill()  # SIGKILL: no cleanup, its claims stay behind
            await first.wait()
            for _ in range(600):
                if len(_sent(api)) >= REMINDERS:
                    break
                await asyncio.sleep(0.05)
        finally:
            second.send_signal(signal.SIGINT)
            await asyncio.wait_for(second.wait(), 30)
        sent = _sent(api)
    assert set(sent) == {f"⏰ 提醒：r{i}" for i in range(REMINDERS)}  # none lost
    repeats = sum(n - 1 for n in sent.values())
    assert repeats <= SENDS_IN_FLIGHT, sent.most_common(5)  # at most those in flight when killed
    engine = make_engine(pg_database)
    try:
        states = Counter(d.state for d in await rows(engine, ReminderDelivery))
    finally:
        await engine.dispose()
    assert states == {DeliveryState.SENT: REMINDERS}
