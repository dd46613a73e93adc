"""A guessed customer is marked on the card, with the others it may be one tap away."""

from __future__ import annotations

from datetime import UTC, date, datetime

from storage.models import Customer, Note, Task
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

OTHER_GROUP = -200600


async def test_a_surname_and_title_that_fits_two_customers_offers_each(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访王芳，聊了新项目")
        await bot.say("见了王强，聊得不错")
        clock.advance(minutes=5)
        card = only_sent(await bot.say("明天下午3点给王经理打电话"))
        assert "👤 客户：王经理？（推测：是哪一位？" in card.params["text"]
        choices = buttons(card)
        assert {"👤 王芳?", "👤 王强?", "➕ 新客户：王经理"} <= set(choices)
        assert "✅ 完成" in choices  # the task's buttons stay

        calls = await bot.press(choices["👤 王强?"], card.result)
        edited = only_edited(calls)
        assert "👤 客户：王强\n" in edited.params["text"] and "推测" not in edited.params["text"]
        assert not any(b.startswith(("👤 王", "➕")) for b in buttons(edited))
        names = await customer_names(bot)
        note = (await rows(bot.runtime.engine, Note))[-1]
        (task,) = await rows(bot.runtime.engine, Task)
        assert names[note.customer_id or 0] == names[task.customer_id or 0] == "王强"
        assert not note.customer_guessed

        clock.set(datetime(2026, 11, 19, 7, 0, tzinfo=UTC))  # 15:00 the next day
        (reminder,) = sent_texts(await bot.tick())
        assert "王强" in reminder


async def test_a_guess_stays_marked_until_someone_picks(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访王芳，聊了新项目")
        clock.advance(minutes=5)
        card = only_sent(await bot.say("明天给王经理打电话"))
        assert "👤 客户：王芳（推测：不是这位？" in card.params["text"]
        assert "➕ 新客户：王经理" in buttons(card)
        calls = await bot.press(buttons(card)["✅ 完成"], card.result)
        done = only_edited(calls)
        assert "推测" in done.params["text"] and "➕ 新客户：王经理" in buttons(done)
        await bot.press(buttons(card)["👤 客户"], card.result)
        note_id = (await rows(bot.runtime.engine, Note))[-1].id
        back = only_edited(await bot.press(f"n:card:{note_id}", card.result))
        assert "推测" in back.params["text"]

        calls = await bot.press(buttons(card)["➕ 新客户：王经理"], card.result)
        assert "👤 客户：王经理" in only_edited(calls).params["text"]
        assert "推测" not in only_edited(calls).params["text"]
        names = await customer_names(bot)
        assert sorted(names.values()) == ["王经理", "王芳"]  # 王芳 keeps her own memo
        (task,) = await rows(bot.runtime.engine, Task)
        assert names[task.customer_id or 0] == "王经理"


async def test_a_guessed_past_contact_in_english_is_refiled_then_followed_up(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        jane = bot.updates_for(user_id=7, first_name="Jane", language_code="en-US")
        await bot.feed(jane.message("Met Jane Doe, wants a demo"))
        clock.advance(hours=1)
        first = only_sent(await bot.feed(jane.message("Had lunch with Jane Dow, nice chat")))
        assert "Customer: Jane Doe (a guess: someone else? Tap below)" in first.params["text"]
        calls = await bot.feed(jane.press(buttons(first)["➕ New customer: Jane Dow"],
                                          first.result))
        assert "Jane Dow" in only_edited(calls).params["text"]
        clock.advance(hours=1)

        card = only_sent(await bot.feed(jane.message("Called Jane Doh yesterday")))
        assert "(a guess: someone else? Tap below)" in card.params["text"]
        choices = buttons(card)
        guessed = "Jane Dow" if "👤 Jane Doe?" in choices else "Jane Doe"
        other = "Jane Doe" if guessed == "Jane Dow" else "Jane Dow"
        assert f"Customer: {guessed} (a guess" in card.params["text"]
        assert {f"👤 {other}?", "➕ New customer: Jane Doh", "📌 Next week"} <= set(choices)

        refiled = only_edited(await bot.feed(jane.press(choices[f"👤 {other}?"], card.result)))
        assert f"👤 Customer: {other}\n" in refiled.params["text"]
        assert "📌 Next week" in buttons(refiled)  # still a past contact, now surely theirs
        calls = await bot.feed(jane.press(buttons(refiled)["📌 Next week"], card.result))
        assert f"✅ Task: Follow up with {other}" in only_edited(calls).params["text"]
        (task,) = await rows(bot.runtime.engine, Task)
        assert (await customer_names(bot))[task.customer_id or 0] == other
        assert due_day(task, clock) == date(2026, 11, 23)


async def test_refiling_a_contact_moves_the_last_contact_with_it(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访王芳，聊了新项目")
        clock.advance(hours=1)
        await bot.say("见了王强，聊得不错")
        clock.advance(hours=1)
        card = only_sent(await bot.say("拜访了王经理，聊了报价"))
        by_name = {c.name: c for c in await rows(bot.runtime.engine, Customer)}
        before = {n: c.last_contact_at for n, c in by_name.items()}
        await bot.press(buttons(card)["👤 王芳?"], card.result)
        after = {c.name: c.last_contact_at for c in await rows(bot.runtime.engine, Customer)}
        assert after["王芳"] == clock() and after["王强"] == before["王强"]
        await bot.press(buttons(card)["👤 王强?"], card.result)  # changed her mind
        again = {c.name: c.last_contact_at for c in await rows(bot.runtime.engine, Customer)}
        assert again["王强"] == clock() and again["王芳"] == before["王芳"]


async def test_a_forged_alternative_from_another_team_is_refused(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        zhao = bot.updates_for(user_id=88, first_name="Zhao", username="zhao")
        await bot.feed(zhao.message("/memo 拜访王磊，聊了新项目", OTHER_GROUP))
        (theirs,) = await rows(bot.runtime.engine, Customer)
        await bot.say("拜访王芳，聊了新项目")
        card = only_sent(await bot.say("明天给王经理打电话"))
        assert "👤 王磊?" not in buttons(card)  # another team's customers are never offered
        note = (await rows(bot.runtime.engine, Note))[-1]
        calls = await bot.press(f"n:setc:{note.id}:{theirs.id}", card.result)
        assert [c.method for c in calls] == ["answerCallbackQuery"]
        assert "不在你的团队里" in answer_text(calls)
        (task,) = await rows(bot.runtime.engine, Task)
        assert task.customer_id == note.customer_id != theirs.id
