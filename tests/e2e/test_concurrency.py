"""Many memos at once: each stored once, each answered, none lost to a busy database."""

from __future__ import annotations

import asyncio

from storage.models import Note, Task
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import running_bot

MEMOS = 120


async def test_a_burst_of_concurrent_memos_loses_none(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        users = [bot.updates_for(user_id=9000 + i, first_name=f"U{i}") for i in range(20)]
        updates = [users[i % 20].message(f"明天下午3点给张总{i}打电话") for i in range(MEMOS)]
        before = len(bot.api.calls)
        await asyncio.gather(*(bot.runtime.app.process_update(u) for u in updates))
        replies = [c.params["text"] for c in bot.api.calls[before:] if c.method == "sendMessage"]
        assert len(replies) == MEMOS
        assert all("已记录" in text for text in replies)
        assert len(await rows(bot.runtime.engine, Note)) == MEMOS
        assert len(await rows(bot.runtime.engine, Task)) == MEMOS
