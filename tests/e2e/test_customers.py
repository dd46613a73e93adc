"""Customer fields, tiers and owners by command and button; contacts; forwarded messages."""

from __future__ import annotations

from typing import Any

from telegram import Update

from handlers.local_api import EPOCH
from storage.enums import Tier
from storage.models import Customer, Member, Note, Task
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import GROUP_ID, Harness, buttons, running_bot, sent_texts


async def _customer(bot: Harness, name: str) -> Customer:
    (found,) = [c for c in await rows(bot.runtime.engine, Customer) if c.name == name]
    return found


async def test_fields_are_set_by_command(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访张伟，聊了新项目")
        (card,) = sent_texts(await bot.say("/customer 张伟 tier vip"))
        assert "VIP" in card
        await bot.say("/customer 张伟 电话 13800138000")
        await bot.say("/customer 张伟 微信 zhangwei88")
        (birthday,) = sent_texts(await bot.say("/customer 张伟 生日 农历八月十五"))
        assert "生日（农历）: 08-15" in birthday and "13800138000" in birthday
        (bad,) = sent_texts(await bot.say("/customer 张伟 邮箱 not-an-email"))
        assert "不是邮箱" in bad
        c = await _customer(bot, "张伟")
        assert (c.tier, c.phone, c.wechat, c.email) == (Tier.VIP, "13800138000", "zhangwei88",
                                                        None)
        assert (c.birthday_month, c.birthday_day, c.birthday_lunar) == (8, 15, True)


async def test_a_memo_naming_a_customer_by_alias_is_about_them(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访张伟，聊了新项目")
        await bot.say("/customer 张伟 别名 Tony Zhang")
        (card,) = sent_texts(await bot.say("明天给Tony Zhang发报价"))
        assert "张伟" in card and "新客户" not in card
        notes = await rows(bot.runtime.engine, Note)
        assert notes[-1].customer_id == (await _customer(bot, "张伟")).id
        assert len(await rows(bot.runtime.engine, Customer)) == 1


async def test_tier_and_owner_buttons_on_the_card(database: Database, clock: FrozenClock
                                                  ) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访张伟，聊了新项目")
        (card,) = [c for c in await bot.say("/customer 张伟") if c.method == "sendMessage"]
        assert "✓ 普通" in buttons(card)
        calls = await bot.press(buttons(card)["重要"], card.result)
        (edited,) = [c for c in calls if c.method == "editMessageText"]
        assert "✓ 重要" in buttons(edited)
        assert (await _customer(bot, "张伟")).tier == Tier.IMPORTANT


async def test_assign_is_for_managers_and_taking_is_for_anyone(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        wang = bot.updates_for(user_id=77, first_name="Wang", username="wang_rep")
        await bot.feed(bot.user.bot_added(GROUP_ID))
        await bot.say("/memo 拜访张伟", chat_id=GROUP_ID)
        await bot.feed(wang.message("/memo 拜访赵敏", GROUP_ID))
        (refused,) = sent_texts(await bot.feed(wang.message("/assign 张伟 @li_sales", GROUP_ID)))
        assert "只有" in refused
        (took,) = sent_texts(await bot.feed(wang.message("/assign 张伟", GROUP_ID)))
        assert "负责人：Wang" in took
        (given,) = sent_texts(await bot.say("/assign 赵敏 @li_sales", chat_id=GROUP_ID))
        assert "负责人：Li" in given
        members = {m.id: m.display_name for m in await rows(bot.runtime.engine, Member)}
        owners = {c.name: members[c.owner_id or 0] for c in await rows(bot.runtime.engine,
                                                                          Customer)}
        assert owners == {"张伟": "Wang", "赵敏": "Li"}


def _message(bot: Harness, **extra: Any) -> Update:
    return Update.de_json({"update_id": 5000 + len(bot.api.calls), "message": {
        "message_id": 900 + len(bot.api.calls), "date": EPOCH,
        "chat": {"id": bot.user.user_id, "type": "private"},
        "from": {"id": bot.user.user_id, "is_bot": False, "first_name": "Li"}, **extra}},
        bot.runtime.app.bot)


async def test_a_shared_contact_makes_or_updates_a_customer(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        contact = {"phone_number": "+8613900001111", "first_name": "Jane", "last_name": "Doe"}
        (card,) = sent_texts(await bot.feed(_message(bot, contact=contact)))
        assert "Jane Doe" in card and "+8613900001111" in card
        contact["phone_number"] = "+8613900002222"
        await bot.feed(_message(bot, contact=contact))
        (jane,) = await rows(bot.runtime.engine, Customer)
        assert (jane.name, jane.phone) == ("Jane Doe", "+8613900002222")


async def test_a_forwarded_message_is_a_note_on_its_customer(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访张伟，聊了新项目")
        origin = {"type": "user", "date": EPOCH,
                  "sender_user": {"id": 555, "is_bot": False, "first_name": "张伟"}}
        calls = await bot.feed(_message(bot, text="明天下午3点我们开会定一下价格",
                                        forward_origin=origin))
        (card,) = [c for c in calls if c.method == "sendMessage"]
        assert "客户：张伟" in card.params["text"]
        assert await rows(bot.runtime.engine, Task) == []  # their words make no task
        stranger = {"type": "hidden_user", "date": EPOCH, "sender_user_name": "某人"}
        calls = await bot.feed(_message(bot, text="价格太高了", forward_origin=stranger))
        (card,) = [c for c in calls if c.method == "sendMessage"]
        assert "客户：无" in card.params["text"] and "👤 张伟?" in buttons(card)
        await bot.press(buttons(card)["👤 张伟?"], card.result)
        notes = {n.text: n.customer_id for n in await rows(bot.runtime.engine, Note)}
        assert notes["价格太高了"] == (await _customer(bot, "张伟")).id
