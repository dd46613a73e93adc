"""Memo in, card out, buttons, /today /tasks /customer /undo — through the real Application."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from telegram import Update

from storage.db import make_sessionmaker
from storage.enums import DeliveryState, TaskStatus
from storage.models import Customer, Note, ReminderDelivery, Task
from storage.repos import deliveries
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import buttons, running_bot, sent_texts

MEMO = "明天下午3点给张总打电话"


async def test_memo_becomes_note_task_and_card(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        calls = await bot.say(MEMO)
        (reply,) = [c for c in calls if c.method == "sendMessage"]
        assert reply.params["chat_id"] == bot.user.user_id
        assert reply.params["parse_mode"] == "HTML"
        text = reply.params["text"]
        assert "张总" in text and "明天 15:00" in text
        assert set(buttons(reply)) == {"✅ 完成", "👤 客户", "📅 无日期"}  # not due yet: no snooze
        engine = bot.runtime.engine
        (note,) = await rows(engine, Note)
        (task,) = await rows(engine, Task)
        (customer,) = await rows(engine, Customer)
        assert note.text == MEMO and note.customer_id == customer.id
        assert customer.name == "张总"
        assert task.note_id == note.id and task.customer_id == customer.id
        assert task.due_at == datetime(2026, 11, 19, 7, 0, tzinfo=UTC)  # 15:00 in Shanghai
        assert not task.all_day and task.status == TaskStatus.OPEN
        (delivery,) = await rows(engine, ReminderDelivery)
        assert delivery.fire_at == task.due_at and delivery.state == DeliveryState.PENDING


async def test_done_button_closes_task_and_cancels_reminder(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        (reply,) = [c for c in await bot.say(MEMO) if c.method == "sendMessage"]
        calls = await bot.press(buttons(reply)["✅ 完成"], reply.result)
        edited = [c for c in calls if c.method == "editMessageText"]
        assert edited and "已完成" in edited[0].params["text"]
        assert "↩️ 重新打开" in buttons(edited[0])
        (task,) = await rows(bot.runtime.engine, Task)
        assert task.status == TaskStatus.DONE and task.completed_at == clock()
        clock.advance(days=2)
        assert sent_texts(await bot.tick()) == []


async def test_pressing_done_twice_says_nothing_changed(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        (reply,) = [c for c in await bot.say(MEMO) if c.method == "sendMessage"]
        await bot.press(buttons(reply)["✅ 完成"], reply.result)
        calls = await bot.press(buttons(reply)["✅ 完成"], reply.result)
        (answer,) = [c for c in calls if c.method == "answerCallbackQuery"]
        assert "没有变化" in answer.params["text"]


async def test_reminder_fires_once_at_due_time(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say(MEMO)
        clock.set(datetime(2026, 11, 19, 6, 59, 59, tzinfo=UTC))
        assert sent_texts(await bot.tick()) == []
        clock.advance(seconds=1)
        calls = await bot.tick()
        (reminder,) = [c for c in calls if c.method == "sendMessage"]
        assert reminder.params["chat_id"] == bot.user.user_id
        assert "提醒" in reminder.params["text"] and "张总" in reminder.params["text"]
        assert "晚" not in reminder.params["text"]
        clock.advance(seconds=5)
        assert sent_texts(await bot.tick()) == []
        (delivery,) = await rows(bot.runtime.engine, ReminderDelivery)
        assert delivery.state == DeliveryState.SENT and delivery.attempts == 1


async def test_restart_between_scheduling_and_firing_fires_once(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as first:
        await first.say(MEMO)
    clock.set(datetime(2026, 11, 19, 9, 0, tzinfo=UTC))  # two hours late: the bot was down
    async with running_bot(database, clock) as second:
        calls = await second.tick()
        (reminder,) = [c for c in calls if c.method == "sendMessage"]
        assert "张总" in reminder.params["text"]
        assert "晚" in reminder.params["text"]  # marked late
        assert sent_texts(await second.tick()) == []
    async with running_bot(database, clock) as third:
        assert sent_texts(await third.tick()) == []


async def test_a_reminder_a_dead_bot_was_sending_goes_out_marked_as_a_possible_repeat(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as first:
        await first.say(MEMO)
        clock.set(datetime(2026, 11, 19, 7, 0, tzinfo=UTC))
        async with make_sessionmaker(first.runtime.engine).begin() as s:  # then it died
            await deliveries.claim_due(s, now=clock(), lease=timedelta(seconds=60), limit=10,
                                       skip_locked=False)
    async with running_bot(database, clock) as second:
        assert sent_texts(await second.tick()) == []  # its lease still runs
        clock.advance(seconds=61)
        (reminder,) = sent_texts(await second.tick())
        assert "张总" in reminder and "可能已经提醒过" in reminder
        assert "晚" not in reminder  # a minute after its time is not late
        assert sent_texts(await second.tick()) == []


async def test_snooze_on_a_card_due_soon_moves_the_reminder(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        (reply,) = [c for c in await bot.say("10点半给张总打电话") if c.method == "sendMessage"]
        assert "⏰ 明天 09:00" in buttons(reply)
        await bot.press(buttons(reply)["⏰ 1 小时"], reply.result)
        clock.set(datetime(2026, 11, 18, 2, 30, tzinfo=UTC))  # 10:30, the original time
        assert sent_texts(await bot.tick()) == []
        clock.set(datetime(2026, 11, 18, 3, 0, tzinfo=UTC))  # an hour after the press
        (reminder,) = sent_texts(await bot.tick())
        assert "张总" in reminder


async def test_snooze_on_a_reminder_reminds_again_tomorrow(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say(MEMO)
        clock.set(datetime(2026, 11, 19, 7, 0, tzinfo=UTC))
        (reminder,) = [c for c in await bot.tick() if c.method == "sendMessage"]
        calls = await bot.press(buttons(reminder)["⏰ 明天 09:00"], reminder.result)
        assert "已推迟到 明天 09:00" in sent_texts(calls)[0]
        clock.set(datetime(2026, 11, 20, 0, 59, tzinfo=UTC))  # 08:59 on the 20th
        assert sent_texts(await bot.tick()) == []
        clock.advance(minutes=1)
        assert len(sent_texts(await bot.tick())) == 1


async def test_unsure_customer_is_asked_with_buttons(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访张伟，聊了新项目")
        await bot.say("见了张强，聊得不错")
        (card,) = [c for c in await bot.say("明天给张总打电话") if c.method == "sendMessage"]
        assert "客户：张总？（推测" in card.params["text"]  # a guess: filed under no one yet
        assert {"👤 张伟?", "👤 张强?", "➕ 新客户：张总"} <= set(buttons(card))
        (note,) = [n for n in await rows(bot.runtime.engine, Note) if n.text == "明天给张总打电话"]
        assert note.customer_id is None and note.customer_guessed
        calls = await bot.press(buttons(card)["👤 张强?"], card.result)
        assert "客户：张强" in sent_texts(calls)[0]
        (task,) = await rows(bot.runtime.engine, Task)
        customers = {c.id: c.name for c in await rows(bot.runtime.engine, Customer)}
        assert customers[task.customer_id] == "张强"


async def test_change_customer_offers_known_and_new_ones(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访张伟，聊了新项目")
        (card,) = [c for c in await bot.say("明天给王经理打电话") if c.method == "sendMessage"]
        calls = await bot.press(buttons(card)["👤 客户"], card.result)
        (markup,) = [c for c in calls if c.method == "editMessageReplyMarkup"]
        choices = buttons(markup)
        assert "张伟" in choices and "🚫 无客户" in choices
        calls = await bot.press(choices["张伟"], card.result)
        assert "客户：张伟" in sent_texts(calls)[0]
        names = [c.name for c in await rows(bot.runtime.engine, Customer)]
        assert names == ["张伟"]  # 王经理, made by the memo and now unused, is gone
        calls = await bot.press(buttons(card)["👤 客户"], card.result)
        (markup,) = [c for c in calls if c.method == "editMessageReplyMarkup"]
        calls = await bot.press(buttons(markup)["➕ 新客户：王经理"], card.result)
        assert "客户：王经理" in sent_texts(calls)[0]


async def test_no_date_button_keeps_an_undated_task(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        (reply,) = [c for c in await bot.say(MEMO) if c.method == "sendMessage"]
        calls = await bot.press(buttons(reply)["📅 无日期"], reply.result)
        assert "无日期" in sent_texts(calls)[0]
        (task,) = await rows(bot.runtime.engine, Task)
        assert task.due_at is None and task.status == TaskStatus.OPEN
        clock.advance(days=1)
        assert sent_texts(await bot.tick()) == []


async def test_today_and_tasks_list_open_tasks(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say(MEMO)
        await bot.say("今天下午5点给李经理发报价")
        await bot.say("下周五给王总寄合同")
        await bot.say("今天凌晨1点提醒我给赵经理回电话")  # planned, already past: overdue
        (today,) = sent_texts(await bot.say("/today"))
        overdue, rest = today.split("<b>今天</b>")
        today_part, tomorrow = rest.split("<b>明天</b>")
        assert "已逾期" in overdue and "赵经理" in overdue
        assert "李经理" in today_part and "张总" in tomorrow
        assert "王总" not in today
        (listed,) = sent_texts(await bot.say("/tasks"))
        assert listed.index("李经理") < listed.index("张总")


async def test_customer_shows_the_timeline(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访了张总，对A产品感兴趣")
        clock.advance(hours=1)
        await bot.say(MEMO)
        (timeline,) = sent_texts(await bot.say("/customer 张总"))
        assert "对A产品感兴趣" in timeline and MEMO in timeline
        assert timeline.index(MEMO) < timeline.index("对A产品感兴趣")  # newest first
        (missing,) = sent_texts(await bot.say("/customer 赵六"))
        assert "赵六" in missing


async def test_undo_removes_the_last_memo(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访了王经理，聊得不错")
        await bot.say(MEMO)
        (undone,) = sent_texts(await bot.say("/undo"))
        assert MEMO in undone
        engine = bot.runtime.engine
        assert [n.text for n in await rows(engine, Note)] == ["拜访了王经理，聊得不错"]
        assert await rows(engine, Task) == []
        assert await rows(engine, ReminderDelivery) == []
        assert [c.name for c in await rows(engine, Customer)] == ["王经理"]
        clock.advance(days=2)
        assert sent_texts(await bot.tick()) == []


async def test_editing_a_memo_does_not_store_it_twice(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        sent = bot.user.message(MEMO)
        await bot.feed(sent)
        assert sent.message is not None
        edited = sent.message.to_dict() | {"text": MEMO + "，带上合同", "edit_date": 1}
        update = Update.de_json({"update_id": 10_000, "edited_message": edited},
                                bot.runtime.app.bot)
        assert await bot.feed(update) == []
        assert len(await rows(bot.runtime.engine, Note)) == 1
