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
from storage.db import make_engine, upgrade
from storage.enums import DeliveryState
from storage.models import ReminderDelivery
from tests.support.bot_api_server import BotApiServer
from tests.support.databases import PG_DSN, PG_URL, create_pg_schema, drop_pg_schema
from tests.support.db_view import rows
from tests.support.seed import seed_reminders

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
    due = datetime.now(UTC) - timedelta(seconds=1)
    await seed_reminders(engine, [due] * REMINDERS, [-10_000 - i for i in range(REMINDERS)])
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
