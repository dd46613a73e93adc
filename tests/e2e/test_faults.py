"""Telegram refusing or failing, at the request layer, with PTB's real error handling."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from handlers.local_api import ApiCall
from storage.enums import DeliveryState, Role, TaskStatus
from storage.models import Member, Note, ReminderDelivery, Task
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import GROUP_ID, Harness, buttons, running_bot, sent_texts

DUE = datetime(2026, 11, 19, 7, 0, tzinfo=UTC)  # 15:00 in Shanghai, the memo's time


def _error(status: int, description: str, **parameters: Any) -> tuple[int, dict[str, Any]]:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return status, body


def _fail_sends_to(chat_id: int, status: int, description: str, times: int = 10**6,
                   **parameters: Any) -> Any:
    left = [times]

    def fail(call: ApiCall) -> tuple[int, dict[str, Any]] | None:
        if call.method == "sendMessage" and call.params.get("chat_id") == chat_id and left[0]:
            left[0] -= 1
            return _error(status, description, **parameters)
        return None
    return fail


def _delivered(bot: Harness, chat_id: int) -> list[str]:
    return [c.params["text"] for c in bot.api.calls if c.method == "sendMessage"
            and c.result is not None and c.params["chat_id"] == chat_id
            and c.params["text"].startswith("⏰ 提醒：")]


async def test_a_group_that_blocks_the_bot_is_marked_and_managers_told_once(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("/start")
        await bot.feed(bot.user.bot_added(GROUP_ID))
        await bot.say("/memo 明天下午3点给张总打电话", chat_id=GROUP_ID)
        await bot.say("/memo 明天下午3点给王总打电话", chat_id=GROUP_ID)
        bot.api.fail = _fail_sends_to(GROUP_ID, 403,
                                      "Forbidden: bot was kicked from the supergroup chat")
        clock.set(DUE)
        calls = await bot.tick()
        notices = [c for c in calls if c.method == "sendMessage" and "发不到" in
                   c.params["text"]]
        assert [c.params["chat_id"] for c in notices] == [bot.user.user_id]  # once, to Li
        assert len(_delivered(bot, bot.user.user_id)) == 2  # her private chat still gets them
        states = {(d.chat_id, d.state) for d in await rows(bot.runtime.engine,
                                                             ReminderDelivery)}
        assert {s for _, s in states} == {DeliveryState.SENT, DeliveryState.FAILED}
        assert len(await rows(bot.runtime.engine, Note)) == 2
        assert {t.status for t in await rows(bot.runtime.engine, Task)} == {TaskStatus.OPEN}
        (li,) = await rows(bot.runtime.engine, Member)
        assert li.role == Role.OWNER


async def test_flood_control_waits_and_sends_once(database: Database, clock: FrozenClock
                                                  ) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("明天下午3点给张总打电话")
        bot.api.fail = _fail_sends_to(bot.user.user_id, 429,
                                      "Too Many Requests: retry after 1", times=1,
                                      retry_after=1)
        clock.set(DUE)
        await bot.tick()
        assert len(_delivered(bot, bot.user.user_id)) == 1
        (row,) = await rows(bot.runtime.engine, ReminderDelivery)
        assert row.state == DeliveryState.SENT


async def test_server_errors_are_retried_with_backoff(database: Database, clock: FrozenClock
                                                      ) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("明天下午3点给张总打电话")
        bot.api.fail = _fail_sends_to(bot.user.user_id, 502, "Bad Gateway", times=2)
        clock.set(DUE)
        await bot.tick()
        await bot.tick()  # backing off: nothing
        clock.advance(seconds=31)
        await bot.tick()
        clock.advance(seconds=61)
        await bot.tick()
        await bot.tick()
        assert len(_delivered(bot, bot.user.user_id)) == 1
        (row,) = await rows(bot.runtime.engine, ReminderDelivery)
        assert (row.state, row.attempts) == (DeliveryState.SENT, 3)


async def test_a_long_message_is_split_and_keeps_its_buttons(database: Database,
                                                             clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        for _ in range(3):
            await bot.say("拜访张总，" + "报价细节" * 990)  # 3,965 characters each
        sends = [c for c in await bot.say("/customer 张总") if c.method == "sendMessage"]
        assert len(sends) == 3
        assert all(len(c.params["text"]) <= 4096 for c in sends)
        assert "reply_markup" not in sends[0].params and buttons(sends[-1])
        assert sum(c.params["text"].count("报价细节") for c in sends) == 3 * 990


async def test_refused_html_falls_back_to_plain_text(database: Database, clock: FrozenClock
                                                     ) -> None:
    async with running_bot(database, clock) as bot:
        def fail(call: ApiCall) -> tuple[int, dict[str, Any]] | None:
            if call.method == "sendMessage" and call.params.get("parse_mode") == "HTML":
                return _error(400, "Bad Request: can't parse entities: unsupported tag")
            return None
        bot.api.fail = fail
        calls = await bot.say("明天下午3点给张总打电话")
        (plain,) = [c for c in calls if c.method == "sendMessage" and c.result is not None]
        assert "parse_mode" not in plain.params and "<b>" not in plain.params["text"]
        assert "已记录" in plain.params["text"] and buttons(plain)
        clock.set(DUE)
        assert len([c for c in await bot.tick() if c.result is not None]) == 1


async def test_a_stale_button_on_a_deleted_memo_answers_clearly(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        (card,) = [c for c in await bot.say("明天下午3点给张总打电话")
                   if c.method == "sendMessage"]
        await bot.say("/undo")
        calls = await bot.press(buttons(card)["✅ 完成"], card.result)
        (answer,) = [c for c in calls if c.method == "answerCallbackQuery"]
        assert "不在你的团队里，或者已经删除了" in answer.params["text"]
        assert sent_texts(await bot.tick()) == []
        clock.advance(days=1)
        assert sent_texts(await bot.tick()) == []
