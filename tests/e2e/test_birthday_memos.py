"""A memo that says whose birthday falls on a day sets that customer's birthday and makes
no one-off task; its card says so, in the user's language."""

from __future__ import annotations

from storage.models import Customer, Task
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import running_bot, sent_texts


async def test_a_birthday_said_as_a_day_sets_the_birthday_and_makes_no_task(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:  # the clock starts Wed 2026-11-18
        (card,) = sent_texts(await bot.say("下周三是郑总生日，记得送花"))
        assert "生日不建一次性任务" in card
        english = bot.updates_for(user_id=7, first_name="Jane", language_code="en-US")
        said = english.message("Next Friday is Dana Cole's birthday")
        (reply,) = sent_texts(await bot.feed(said))
        assert "a birthday makes no one-off task" in reply
        assert await rows(bot.runtime.engine, Task) == []
        born = {c.name: (c.birthday_month, c.birthday_day, c.birthday_lunar)
                for c in await rows(bot.runtime.engine, Customer)}
        assert born == {"郑总": (11, 25, False), "Dana Cole": (11, 27, False)}
