"""A memo that only reports a past contact: one tap on its card plans the follow-up."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from storage.enums import DeliveryState, TaskStatus
from storage.models import Note, ReminderDelivery, Task
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import (
    answer_text,
    buttons,
    customer_names,
    due_day,
    only_edited,
    only_sent,
    running_bot,
    sent_texts,
)

SHANGHAI_9AM_THURSDAY = datetime(2026, 11, 19, 1, 0, tzinfo=UTC)  # the clock starts Wed 10:00
OTHER_GROUP = -200600


async def test_a_past_call_offers_a_follow_up_that_becomes_the_cards_task(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        card = only_sent(await bot.say("昨天给杨帆打了电话"))
        text = card.params["text"]
        assert "已经发生的事" in text and "要安排跟进吗" in text
        assert set(buttons(card)) == {"📌 下个工作日", "📌 下周", "📌 两周后", "👤 客户"}
        assert await rows(bot.runtime.engine, Task) == []

        calls = await bot.press(buttons(card)["📌 下个工作日"], card.result)
        assert answer_text(calls) == ""
        edited = only_edited(calls)
        assert "✅ 任务：跟进 杨帆" in edited.params["text"]
        assert "⏰ 截止：明天（全天）" in edited.params["text"]  # Wednesday -> Thursday
        assert "要安排跟进吗" not in edited.params["text"]
        assert set(buttons(edited)) == {"✅ 完成", "👤 客户", "📅 无日期"}

        (note,) = await rows(bot.runtime.engine, Note)
        (task,) = await rows(bot.runtime.engine, Task)
        assert (await customer_names(bot))[task.customer_id or 0] == "杨帆"
        assert (task.note_id, task.customer_id, task.assignee_id, task.chat_id) == \
            (note.id, note.customer_id, note.author_id, note.chat_id)
        assert task.all_day and task.status == TaskStatus.OPEN
        assert due_day(task, clock) == date(2026, 11, 19)

        clock.set(SHANGHAI_9AM_THURSDAY)  # the reminder hour on the due day
        (reminder,) = sent_texts(await bot.tick())
        assert "跟进 杨帆" in reminder


async def test_pressing_follow_up_again_makes_no_second_task(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        card = only_sent(await bot.say("昨天给杨帆打了电话"))
        await bot.press(buttons(card)["📌 下周"], card.result)
        calls = await bot.press(buttons(card)["📌 两周后"], card.result)  # the old keyboard
        assert "没有变化" in answer_text(calls)
        (task,) = await rows(bot.runtime.engine, Task)
        assert due_day(task, clock) == date(2026, 11, 23)  # next week's Monday
        (delivery,) = await rows(bot.runtime.engine, ReminderDelivery)
        assert delivery.state == DeliveryState.PENDING


async def test_a_past_contact_in_english_is_followed_up_in_two_weeks(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        jane = bot.updates_for(user_id=7, first_name="Jane", language_code="en-US")
        card = only_sent(await bot.feed(jane.message("Called Jane at Acme yesterday")))
        assert "it tells what already happened" in card.params["text"]
        assert "Plan the follow-up? Tap when below." in card.params["text"]
        assert set(buttons(card)) == {"📌 Next workday", "📌 Next week", "📌 In 2 weeks",
                                      "👤 Customer"}
        calls = await bot.feed(jane.press(buttons(card)["📌 In 2 weeks"], card.result))
        text = only_edited(calls).params["text"]
        assert "✅ Task: Follow up with Acme" in text and "Wed 2 Dec (all day)" in text
        (task,) = await rows(bot.runtime.engine, Task)
        assert task.title == "Follow up with Acme"
        assert due_day(task, clock) == date(2026, 12, 2)


async def test_follow_up_presses_that_cannot_be_are_refused_cleanly(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        zhao = bot.updates_for(user_id=88, first_name="Zhao", username="zhao")
        theirs = only_sent(await bot.feed(zhao.message("/memo 昨天给杨帆打了电话", OTHER_GROUP)))
        no_customer = only_sent(await bot.say("昨天开了个会"))
        assert "要安排跟进吗" not in no_customer.params["text"]
        assert not any(b.startswith("📌") for b in buttons(no_customer))
        plan = only_sent(await bot.say("拜访张伟，聊了新项目"))  # no date, but not a past event
        mine = only_sent(await bot.say("昨天给杨帆打了电话"))
        notes = {n.text: n.id for n in await rows(bot.runtime.engine, Note)}

        async def refused(data: str, message: dict[str, Any]) -> str:
            calls = await bot.press(data, message)
            assert [c.method for c in calls] == ["answerCallbackQuery"], data
            return answer_text(calls)

        assert "不在你的团队里" in await refused(
            buttons(theirs)["📌 下个工作日"], mine.result)
        assert "请先选好这条备忘的客户" in await refused(
            f"n:fu:{notes['昨天开了个会']}:wd", no_customer.result)
        assert "失效" in await refused(f"n:fu:{notes['拜访张伟，聊了新项目']}:wd", plan.result)
        assert "失效" in await refused(buttons(mine)["📌 下周"][:-2] + "zz", mine.result)
        assert "失效" in await refused(f"n:fu:{notes['昨天给杨帆打了电话']}", mine.result)
        assert await rows(bot.runtime.engine, Task) == []
        await bot.say("/undo")
        assert "已经删除了" in await refused(buttons(mine)["📌 下周"], mine.result)
        assert await rows(bot.runtime.engine, Task) == []


