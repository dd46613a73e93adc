"""Teams and roles through the real Application: groups, /role, /stale, isolation."""

from __future__ import annotations

from datetime import timedelta

from storage.enums import Role
from storage.models import Chat, Customer, Member, Note, Task, Team
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import GROUP_ID, buttons, running_bot, sent_texts

OTHER_GROUP = -200600


async def test_adding_the_bot_to_a_group_makes_a_team_with_the_adder_as_owner(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        (hello,) = sent_texts(await bot.feed(bot.user.bot_added(GROUP_ID, "华东销售组")))
        assert "/memo" in hello
        (team,) = await rows(bot.runtime.engine, Team)
        (member,) = await rows(bot.runtime.engine, Member)
        assert team.name == "华东销售组" and member.role == Role.OWNER


async def test_private_memos_move_into_the_team_the_rep_joins(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访张伟，聊了新项目")  # a private memo, before any group
        await bot.feed(bot.user.bot_added(GROUP_ID, "华东销售组"))
        await bot.say("/memo 明天给张伟打电话", chat_id=GROUP_ID)
        teams = await rows(bot.runtime.engine, Team)
        assert [t.name for t in teams] == ["华东销售组"]
        assert {n.team_id for n in await rows(bot.runtime.engine, Note)} == {teams[0].id}
        assert [c.name for c in await rows(bot.runtime.engine, Customer)] == ["张伟"]
        (private,) = [c for c in await rows(bot.runtime.engine, Chat) if c.tg_chat_id > 0]
        assert private.team_id == teams[0].id
        (timeline,) = sent_texts(await bot.say("/customer 张伟"))  # asked privately
        assert "聊了新项目" in timeline and "明天给张伟打电话" in timeline


async def test_role_is_set_by_owners_and_managers_only(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        wang = bot.updates_for(user_id=77, first_name="Wang", username="wang_rep")
        await bot.feed(bot.user.bot_added(GROUP_ID))
        await bot.feed(wang.message("/memo 拜访了李经理", GROUP_ID))
        (refused,) = sent_texts(await bot.feed(wang.message("/role @li_sales rep", GROUP_ID)))
        assert "只有" in refused
        (done,) = sent_texts(await bot.say("/role @wang_rep manager", chat_id=GROUP_ID))
        assert "Wang" in done and "经理" in done
        roles = {m.display_name: m.role for m in await rows(bot.runtime.engine, Member)}
        assert roles == {"Li": Role.OWNER, "Wang": Role.MANAGER}
        (last,) = sent_texts(await bot.say("/role @li_sales rep", chat_id=GROUP_ID))
        assert "负责人" in last  # the last owner can't step down


async def test_stale_lists_customers_and_makes_follow_ups(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访张伟，聊了新项目")
        clock.advance(days=91)
        calls = await bot.say("/stale")
        (listing,) = [c for c in calls if c.method == "sendMessage"]
        assert "张伟" in listing.params["text"] and "91" in listing.params["text"]
        follow = await bot.press(buttons(listing)["📌 跟进 张伟"], listing.result)
        assert "跟进 张伟" in sent_texts(follow)[0]  # the task title, in Chinese
        (task,) = await rows(bot.runtime.engine, Task)
        assert task.all_day and task.due_at is not None
        local = task.due_at.astimezone(clock().tzinfo)
        assert local.date() == (clock() + timedelta(days=1)).date() and local.hour == 0


async def test_a_member_of_one_team_can_touch_nothing_of_another(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        zhao = bot.updates_for(user_id=88, first_name="Zhao", username="zhao")
        calls = await bot.feed(zhao.message("/memo 明天下午3点给张伟打电话", OTHER_GROUP))
        (card,) = [c for c in calls if c.method == "sendMessage"]
        data = buttons(card)
        (their_task,) = await rows(bot.runtime.engine, Task)
        (their_customer,) = await rows(bot.runtime.engine, Customer)
        note_id = their_task.note_id
        await bot.say("/start")  # Li: a team of her own
        attempts = [data["✅ 完成"], data["📅 无日期"], f"t:snz:{their_task.id}:h",
                    f"t:reopen:{their_task.id}", f"r:done:{their_task.id}",
                    f"n:cust:{note_id}", f"n:setc:{note_id}:0", f"n:newc:{note_id}",
                    f"n:card:{note_id}", f"n:fu:{note_id}:wd", f"c:tl:{their_customer.id}",
                    f"c:tier:{their_customer.id}:vip", f"c:take:{their_customer.id}",
                    f"s:fu:{their_customer.id}"]
        for attempt in attempts:
            message = card.result | {"chat": {"id": bot.user.user_id, "type": "private"}}
            calls = await bot.press(attempt, message)
            assert [c.method for c in calls] == ["answerCallbackQuery"], attempt
            assert "不在你的团队里" in calls[0].params["text"], attempt
        for command in ("/customer 张伟", "/customer 张伟 tier vip", "/customer 张伟 电话 1",
                        "/assign 张伟", "/assign 张伟 @zhao"):
            (missing,) = sent_texts(await bot.say(command))
            assert "没有找到" in missing, command
        (customer,) = await rows(bot.runtime.engine, Customer)
        assert (customer.tier, customer.phone, customer.owner_id) == \
            (their_customer.tier, their_customer.phone, their_customer.owner_id)
        (task,) = await rows(bot.runtime.engine, Task)
        assert (task.status, task.due_at, task.customer_id) == \
            (their_task.status, their_task.due_at, their_task.customer_id)
        assert len(await rows(bot.runtime.engine, Task)) == 1


async def test_summary_and_report_on_demand(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        wang = bot.updates_for(user_id=77, first_name="Wang", username="wang_rep")
        await bot.feed(bot.user.bot_added(GROUP_ID, "华东销售组"))
        await bot.say("/memo 拜访了华为李经理，签了合同3.5万", chat_id=GROUP_ID)
        await bot.feed(wang.message("/memo 明天下午3点给张总打电话", GROUP_ID))
        calls = await bot.say("/summary", chat_id=GROUP_ID)
        (text,) = sent_texts(calls)
        (photo,) = [c for c in calls if c.method == "sendPhoto"]
        assert photo.files["photo"].startswith(b"\x89PNG\r\n\x1a\n")
        assert "笔记 2" in text and "Li：笔记 1" in text and "Wang：笔记 1" in text
        assert "华为 35,000 CNY" in text
        (month,) = sent_texts(await bot.say("/summary month", chat_id=GROUP_ID))
        assert "11月1日 周日 – 11月30日 周一 这个月" in month
        (report,) = sent_texts(await bot.say("/report", chat_id=GROUP_ID))
        assert "Wang：完成 0" in report and "35,000 CNY" in report
        (refused,) = sent_texts(await bot.feed(wang.message("/report", GROUP_ID)))
        assert "只有" in refused
