"""Groups (memos addressed to the bot), /start, /lang, /tz, the command menu."""

from __future__ import annotations

from datetime import UTC, datetime

from handlers.local_api import BOT_USERNAME
from storage.enums import Role
from storage.models import Chat, Member, Note, ReminderDelivery, Task, Team
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import GROUP_ID, buttons, running_bot, sent_texts


async def test_start_creates_team_and_member_in_the_users_language(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        english = bot.updates_for(user_id=7, first_name="Jane", language_code="en-US")
        (reply,) = sent_texts(await bot.feed(english.message("/start")))
        assert reply.startswith("Hi!") and "Asia/Shanghai" in reply
        (member,) = await rows(bot.runtime.engine, Member)
        (team,) = await rows(bot.runtime.engine, Team)
        assert (member.tg_user_id, member.role, member.lang) == (7, Role.OWNER, "en")
        assert team.name == "Jane"


async def test_command_menu_is_published_in_both_languages(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        menus = {c.params.get("language_code"): c.params["commands"]
                 for c in bot.api.calls if c.method == "setMyCommands"}
        assert set(menus) == {None, "zh", "en"}
        zh = {c["command"]: c["description"] for c in menus["zh"]}
        en = {c["command"]: c["description"] for c in menus["en"]}
        expected = {"start", "help", "today", "tasks", "customer", "undo", "lang", "tz"}
        assert expected <= set(zh) and zh.keys() == en.keys()
        assert zh["today"] == "已逾期、今天和明天的任务"
        assert en["today"] == "Overdue, today's and tomorrow's tasks"


async def test_lang_switches_the_replies(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        calls = await bot.say("/lang")
        choose = next(c for c in calls if c.method == "sendMessage")
        await bot.press(buttons(choose)["English"], choose.result)
        (card,) = sent_texts(await bot.say("call Jane tomorrow at 3pm"))
        assert "Saved" in card and "tomorrow 15:00" in card
        await bot.say("/lang zh")
        assert "未完成的任务" in sent_texts(await bot.say("/tasks"))[0]


async def test_tz_sets_the_team_time_zone(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        (reply,) = sent_texts(await bot.say("/tz Europe/London"))
        assert "Europe/London" in reply
        (refused,) = sent_texts(await bot.say("/tz Mars/Olympus"))
        assert "未知的时区" in refused
        (card,) = sent_texts(await bot.say("明天下午3点给张总打电话"))
        assert "明天 15:00" in card
        (team,) = await rows(bot.runtime.engine, Team)
        assert team.tz == "Europe/London"


async def test_a_new_time_zone_keeps_all_day_dates_and_timed_instants(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:  # now: 2026-11-18 10:00 in Shanghai
        await bot.say("后天给王总寄样品")  # all-day, Friday 20 November
        await bot.say("明天下午3点给张总打电话")  # 15:00 Shanghai: 07:00 UTC
        await bot.say("/tz Europe/London")
        day, timed = sorted(await rows(bot.runtime.engine, Task), key=lambda t: t.id)
        assert day.due_at == datetime(2026, 11, 20, 0, 0, tzinfo=UTC)  # London's midnight
        assert timed.due_at == datetime(2026, 11, 19, 7, 0, tzinfo=UTC)
        fires = {d.task_id: d.fire_at for d in await rows(bot.runtime.engine, ReminderDelivery)}
        assert fires == {day.id: datetime(2026, 11, 20, 9, 0, tzinfo=UTC),  # 09:00 London
                         timed.id: datetime(2026, 11, 19, 7, 0, tzinfo=UTC)}
        await bot.say("/tz Europe/London")  # the same zone again moves nothing
        (again, _) = sorted(await rows(bot.runtime.engine, Task), key=lambda t: t.id)
        assert again.due_at == day.due_at


async def test_group_memos_must_be_addressed_to_the_bot(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        assert await bot.say("大家中午吃什么", chat_id=GROUP_ID) == []
        (card,) = sent_texts(await bot.say(f"@{BOT_USERNAME} 明天上午拜访华为李经理",
                                           chat_id=GROUP_ID))
        assert "李经理" in card and "明天 09:00" in card
        (second,) = sent_texts(await bot.say("/memo 后天给王总寄样品", chat_id=GROUP_ID))
        assert "王总" in second
        notes = await rows(bot.runtime.engine, Note)
        assert [n.text for n in notes] == ["明天上午拜访华为李经理", "后天给王总寄样品"]
        chats = await rows(bot.runtime.engine, Chat)
        assert [c.tg_chat_id for c in chats] == [GROUP_ID]


async def test_group_reminder_goes_to_the_group_and_the_authors_private_chat(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("/start")  # the rep has a private chat with the bot
        await bot.say("/memo 明天下午3点给张总打电话", chat_id=GROUP_ID)
        clock.set(datetime(2026, 11, 19, 7, 0, tzinfo=UTC))
        calls = await bot.tick()
        chats = sorted(c.params["chat_id"] for c in calls if c.method == "sendMessage")
        assert chats == [GROUP_ID, bot.user.user_id]
        assert sent_texts(await bot.tick()) == []


async def test_a_reply_to_the_bot_in_a_group_is_a_memo(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        calls = await bot.say("/memo 拜访了华为李经理", chat_id=GROUP_ID)
        card = next(c for c in calls if c.method == "sendMessage")
        reply = bot.user.message("他们下周三要报价", GROUP_ID, reply_to_message=card.result)
        assert len(sent_texts(await bot.feed(reply))) == 1
        other = bot.user.message("收到", GROUP_ID, reply_to_message={
            **card.result, "from": {"id": 5, "is_bot": False, "first_name": "Wang"}})
        assert await bot.feed(other) == []
        notes = await rows(bot.runtime.engine, Note)
        assert [n.text for n in notes] == ["拜访了华为李经理", "他们下周三要报价"]
