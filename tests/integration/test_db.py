"""The embedded default: a SQLite file under ./data/ with WAL and foreign keys on."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bot.config import Settings
from storage.db import make_engine


def test_default_database_is_a_sqlite_file_under_data() -> None:
    assert Settings(_env_file=None).database_url == "sqlite+aiosqlite:///data/memocrm.db"  # type: ignore[call-arg]


async def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'sub' / 'x.db'}")
    try:
        async with engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
            assert (await conn.execute(text("PRAGMA foreign_keys"))).scalar() == 1
            await conn.execute(text("CREATE TABLE p (id INTEGER PRIMARY KEY)"))
            await conn.execute(text("CREATE TABLE c (p_id INTEGER REFERENCES p(id))"))
            with pytest.raises(Exception, match="FOREIGN KEY"):
                await conn.execute(text("INSERT INTO c VALUES (7)"))
    finally:
        await engine.dispose()
    assert (tmp_path / "sub" / "x.db").exists()
