"""Fixtures: every integration test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.support.clock import FrozenClock
from tests.support.databases import (
    PG_URL,
    Database,
    create_pg_schema,
    drop_pg_schema,
    sqlite_database,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Wednesday 2026-11-18 10:00 in Shanghai, the `now` of the benchmark memos.
START = datetime(2026, 11, 18, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture(params=["sqlite", "postgres"])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    if request.param == "sqlite":
        yield sqlite_database(tmp_path)
        return
    schema = await create_pg_schema()
    try:
        yield Database("postgres", PG_URL, schema)
    finally:
        await drop_pg_schema(schema)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)
