"""The real Application, built by bot.app, with the Bot API faked at PTB's request layer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from telegram import Update

from bot.app import Runtime, build
from bot.config import Settings
from handlers.local_api import ApiCall, LocalBotApi, Updates
from storage.models import Customer, Task
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows

GROUP_ID = -100500


@dataclass
class Harness:
    """Feed Updates in, read the Bot API calls out."""

    runtime: Runtime
    api: LocalBotApi
    user: Updates
    clock: FrozenClock

    def updates_for(self, **user: Any) -> Updates:
        """Another Telegram user."""
        return Updates(self.runtime.app.bot, **user)

    async def feed(self, update: Update) -> list[ApiCall]:
        """Process one update; return the Bot API calls it caused."""
        before = len(self.api.calls)
        await self.runtime.app.process_update(update)
        return self.api.calls[before:]

    async def say(self, text: str, chat_id: int | None = None) -> list[ApiCall]:
        """The default user sends a message."""
        return await self.feed(self.user.message(text, chat_id))

    async def press(self, data: str, message: dict[str, Any]) -> list[ApiCall]:
        """The default user taps a button under the bot's `message`."""
        return await self.feed(self.user.press(data, message))

    async def tick(self) -> list[ApiCall]:
        """Run the reminder dispatcher job once, as the JobQueue would."""
        assert self.runtime.app.job_queue is not None
        (job,) = self.runtime.app.job_queue.get_jobs_by_name("dispatch_reminders")
        before = len(self.api.calls)
        await job.run(self.runtime.app)
        return self.api.calls[before:]


def sent_texts(calls: list[ApiCall]) -> list[str]:
    return [str(c.params["text"]) for c in calls if c.method in ("sendMessage",
                                                                  "editMessageText")]


def only(calls: list[ApiCall], method: str) -> ApiCall:
    """The one call of `method` among `calls` (the card sent, the card edited...)."""
    (call,) = [c for c in calls if c.method == method]
    return call


def only_sent(calls: list[ApiCall]) -> ApiCall:
    """The one message the bot sent (a card)."""
    return only(calls, "sendMessage")


def only_edited(calls: list[ApiCall]) -> ApiCall:
    """The one message the bot edited (a card after a press)."""
    return only(calls, "editMessageText")


def due_day(task: Task, clock: FrozenClock) -> date:
    """A task's due date in the clock's zone."""
    assert task.due_at is not None
    return task.due_at.astimezone(clock().tzinfo).date()


def answer_text(calls: list[ApiCall]) -> str:
    """What the bot answered a button press with (the toast)."""
    return str(only(calls, "answerCallbackQuery").params.get("text", ""))


async def customer_names(bot: Harness) -> dict[int, str]:
    """Every customer's name by id, read from the database."""
    return {c.id: c.name for c in await rows(bot.runtime.engine, Customer)}


def buttons(call: ApiCall) -> dict[str, str]:
    """Button label -> callback data of a call's inline keyboard."""
    rows = call.params.get("reply_markup", {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row}


@asynccontextmanager
async def running_bot(database: Database, clock: FrozenClock, **settings: Any
                      ) -> AsyncIterator[Harness]:
    """A started bot on the test's database (schema upgraded, menus set)."""
    api = LocalBotApi()
    config = Settings(_env_file=None, database_url=database.url, **settings)  # type: ignore[call-arg]
    runtime = build(config, clock=clock, request=api, engine=database.engine())
    async with runtime.app:
        await runtime.startup()
        try:
            yield Harness(runtime, api, Updates(runtime.app.bot), clock)
        finally:
            await runtime.engine.dispose()
