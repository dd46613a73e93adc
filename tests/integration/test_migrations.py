"""The schema comes from Alembic, matches the models, and goes up and down cleanly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from storage.db import alembic_config, downgrade, upgrade
from storage.models import Base
from tests.support.databases import Database


def _diff(conn: Connection) -> list[object]:
    context = MigrationContext.configure(conn, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def _tables(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


async def test_models_match_migrations(database: Database) -> None:
    engine = database.engine()
    try:
        await upgrade(engine)
        async with engine.connect() as conn:
            assert await conn.run_sync(_diff) == []
    finally:
        await engine.dispose()


async def test_stairway_every_revision_goes_up_down_up(database: Database) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    engine = database.engine()
    try:
        for revision in revisions:
            previous = script.get_revision(revision).down_revision or "base"
            await upgrade(engine, revision)
            await downgrade(engine, str(previous))
            await upgrade(engine, revision)
        async with engine.connect() as conn:
            assert {"teams", "notes", "tasks", "reminder_deliveries"} <= await conn.run_sync(
                _tables)
        await downgrade(engine, "base")
        async with engine.connect() as conn:
            assert await conn.run_sync(_tables) <= {"alembic_version"}
    finally:
        await engine.dispose()
