"""Real databases for tests: a temp SQLite file, or a fresh schema in the local PostgreSQL."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_engine

PG_DSN = os.environ.get("TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")
PG_URL = PG_DSN.replace("postgresql://", "postgresql+asyncpg://", 1)


@dataclass
class Database:
    """One test's database: engines made from it all see the same data."""

    kind: str
    url: str
    schema: str | None = None

    def engine(self) -> AsyncEngine:
        return make_engine(self.url, schema=self.schema)


async def _pg_connect() -> asyncpg.Connection:
    try:
        return await asyncpg.connect(PG_DSN, timeout=5)
    except (OSError, asyncpg.PostgresError) as err:
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required (REQUIRE_POSTGRES=1) but unreachable: {err}")
        pytest.skip(f"PostgreSQL unreachable: {err}")


async def create_pg_schema() -> str:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    conn = await _pg_connect()
    try:
        await conn.execute(f'CREATE SCHEMA "{schema}"')
    finally:
        await conn.close()
    return schema


async def drop_pg_schema(schema: str) -> None:
    conn = await _pg_connect()
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()


def sqlite_database(tmp: Path) -> Database:
    return Database("sqlite", f"sqlite+aiosqlite:///{tmp / 'memocrm.db'}")
