"""Engine and session factories, SQLite pragmas, and schema upgrade on start."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import aiosqlite
from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def is_sqlite(engine: AsyncEngine) -> bool:
    """Whether the engine talks to SQLite (a single writer) rather than PostgreSQL."""
    return engine.dialect.name == "sqlite"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, start transactions (see _sqlite_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


_MAY_WAIT = ("BEGIN", "PRAGMA")  # statements that may wait for another connection's lock


class _InlineSqlite(aiosqlite.Connection):
    """aiosqlite, but calls that cannot wait for a lock run at once on the loop's thread.

    aiosqlite hands every call (cursor, execute, fetch, close: four per statement) to its
    own thread and back, about 0.3 ms a hop on a small VM, where the call itself takes
    tens of microseconds: a memo's nine statements spent ~10 ms hopping. Every
    transaction here starts with BEGIN IMMEDIATE (see _sqlite_begin), which takes the
    write lock and so is the one statement that may wait, for another connection's
    transaction to end: it (and PRAGMAs) still go through the thread, so the loop runs on
    meanwhile and the other transaction can finish. Once a transaction holds the lock,
    nothing in it waits (WAL readers never block), so the rest runs in place.
    """

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if args and isinstance(args[0], str) and args[0].lstrip()[:6].upper().startswith(
                _MAY_WAIT):
            return await super()._execute(fn, *args, **kwargs)  # type: ignore[no-untyped-call]
        if not self._running or not self._connection:
            raise ValueError("Connection closed")  # what aiosqlite says
        return fn(*args, **kwargs)


def _inline_sqlite(database: str, **kwargs: Any) -> aiosqlite.Connection:
    """What SQLAlchemy's aiosqlite dialect awaits for a connection (`async_creator_fn`)."""
    kwargs["check_same_thread"] = False  # made on aiosqlite's thread, used on the loop's
    conn = _InlineSqlite(partial(sqlite3.connect, database, **kwargs), iter_chunk_size=64)
    conn._thread.daemon = True  # connects (and closes) on its thread, as aiosqlite does
    return conn


def _sqlite_begin(conn: Connection) -> None:
    """Every transaction takes SQLite's write lock up front: one writer at a time.

    The driver would otherwise begin only at the first write, after the reads, so two
    dispatchers could both read the same due reminder and both claim it.
    """
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, *, echo: bool = False, schema: str | None = None) -> AsyncEngine:
    """Build the async engine; SQLite gets WAL, foreign keys and a busy timeout.

    `schema` puts a PostgreSQL connection in that schema (its search_path).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        # One connection, shared in turn: SQLite has one writer anyway, and waiting in
        # the pool's queue is fair where SQLite's busy-wait can starve a writer for
        # longer than busy_timeout under a burst ("database is locked", memo lost).
        engine = create_async_engine(url, echo=echo, pool_size=1, max_overflow=0,
                                     pool_timeout=120,
                                     connect_args={"async_creator_fn": _inline_sqlite})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        event.listen(engine.sync_engine, "begin", _sqlite_begin)
        return engine
    connect_args = {"server_settings": {"search_path": schema}} if schema else {}
    return create_async_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded attributes after commit (they are read after it)."""
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config() -> Config:
    """An Alembic config that needs no alembic.ini: the scripts ship with the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _upgrade(connection: Connection, revision: str) -> None:
    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)


def _downgrade(connection: Connection, revision: str) -> None:
    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.downgrade(cfg, revision)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema to `revision` (the bot does this on every start)."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Take the schema back to `revision` (used by the stairway test)."""
    async with engine.begin() as conn:
        await conn.run_sync(_downgrade, revision)
