"""A recurring task reminds at every occurrence; Done moves it on, it never ends."""

from __future__ import annotations

from datetime import UTC, datetime

from storage.enums import TaskStatus
from storage.models import Task
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import buttons, running_bot, sent_texts

WEEKLY = "每周一上午10点给张总打电话"
MONDAY_10 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 Shanghai
NEXT_MONDAY_10 = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


async def test_each_occurrence_is_reminded_once(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        (card,) = sent_texts(await bot.say(WEEKLY))
        assert "每周一" in card
        clock.set(MONDAY_10)
        (first,) = sent_texts(await bot.tick())
        assert "11月23日" not in first  # due today: worded as today
        assert sent_texts(await bot.tick()) == []
        clock.set(NEXT_MONDAY_10)
        (second,) = sent_texts(await bot.tick())
        assert "张总" in second
        assert sent_texts(await bot.tick()) == []


async def test_done_moves_a_recurring_task_to_its_next_occurrence(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say(WEEKLY)
        clock.set(MONDAY_10)
        (reminder,) = [c for c in await bot.tick() if c.method == "sendMessage"]
        await bot.press(buttons(reminder)["✅ 完成"], reminder.result)
        (task,) = await rows(bot.runtime.engine, Task)
        assert task.status == TaskStatus.OPEN
        assert task.due_at == NEXT_MONDAY_10
        clock.set(NEXT_MONDAY_10)
        assert len(sent_texts(await bot.tick())) == 1  # once, though queued twice over
