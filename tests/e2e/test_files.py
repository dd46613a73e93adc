"""/export, /ics and CSV import through the real Application."""

from __future__ import annotations

import io
from typing import Any

from icalendar import Calendar
from openpyxl import load_workbook
from telegram import Update

from handlers.local_api import EPOCH
from storage.enums import Tier
from storage.models import Customer
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import GROUP_ID, Harness, running_bot, sent_texts


def _document(bot: Harness, name: str, content: bytes, chat_id: int | None = None,
              caption: str | None = None) -> Update:
    file_id = f"f{len(bot.api.downloads)}"
    bot.api.downloads[file_id] = content
    chat = chat_id or bot.user.user_id
    extra: dict[str, Any] = {"caption": caption} if caption else {}
    return Update.de_json({"update_id": 7000 + len(bot.api.calls), "message": {
        "message_id": 800 + len(bot.api.calls), "date": EPOCH,
        "chat": {"id": chat, "type": "private" if chat > 0 else "supergroup"},
        "from": {"id": bot.user.user_id, "is_bot": False, "first_name": "Li",
                 "username": "li_sales"},
        "document": {"file_id": file_id, "file_unique_id": file_id, "file_name": name,
                     "mime_type": "text/csv", "file_size": len(content)}, **extra}},
        bot.runtime.app.bot)


async def test_export_sends_a_workbook_with_the_plan_table(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("拜访张伟，报价3.5万 #需求")
        await bot.say("明天下午3点给张伟打电话")
        await bot.say("张伟签了合同，1.2万")
        calls = await bot.say("/export")
        (doc,) = [c for c in calls if c.method == "sendDocument"]
        assert any(c.method == "deleteMessage" for c in calls)  # the progress note goes away
        book = load_workbook(io.BytesIO(doc.files["document"]))
        plan, notes, tasks = book.worksheets
        header = [c.value for c in plan[1]]
        assert header[0] == "客户"
        row = {h: c.value for h, c in zip(header, plan[2], strict=False)}
        assert row["客户"] == "张伟"
        # the deal is a purchase; the quote is no purchase
        assert row["购买记录"] == "2026-11-18 12,000 CNY" and row["购买总额"] == 12000
        assert "给张伟打电话" in str(row["待办事项"]) and "报价3.5万" in str(row["服务需求"])
        assert notes.max_row == 4 and tasks.max_row == 2
        amounts = [(r[4].value, r[6].value) for r in notes.iter_rows(min_row=2)]
        assert amounts == [(35000, "报价"), (None, None), (12000, "成交")]  # kinds shown


async def test_ics_has_the_users_open_tasks(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("明天下午3点给张伟打电话")
        await bot.say("每周一上午10点给王总发周报")
        (doc,) = [c for c in await bot.say("/ics") if c.method == "sendDocument"]
        calendar = Calendar.from_ical(doc.files["document"])
        events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
        assert len(events) == 2
        weekly = next(e for s, e in events.items() if "周报" in s)
        assert weekly["RRULE"]["FREQ"] == ["WEEKLY"]


async def test_import_stores_every_row_or_none(database: Database, clock: FrozenClock) -> None:
    async with running_bot(database, clock) as bot:
        good = "姓名,电话,等级,标签\n张伟,13800138000,VIP,老客户\n赵敏,13900139000,重要,\n"
        (report,) = sent_texts(await bot.feed(_document(bot, "c.csv", good.encode())))
        assert report == "✅ 已导入 2 位客户：新增 2 位，更新 0 位。"
        bad = "name,tier,email\n王五,vip,wang@example.com\n钱七,gold,\n孙八,vip,not-mail\n"
        (refused,) = sent_texts(await bot.feed(_document(bot, "d.csv", bad.encode())))
        assert "没有导入" in refused and "第 3 行" in refused and "第 4 行" in refused
        saved = {c.name: c for c in await rows(bot.runtime.engine, Customer)}
        assert set(saved) == {"张伟", "赵敏"}  # nothing of the bad file, not even 王五
        assert saved["张伟"].tier == Tier.VIP and saved["张伟"].tags == ["老客户"]


async def test_import_and_export_are_for_managers(database: Database, clock: FrozenClock
                                                  ) -> None:
    async with running_bot(database, clock) as bot:
        wang = bot.updates_for(user_id=77, first_name="Wang", username="wang_rep")
        await bot.feed(bot.user.bot_added(GROUP_ID))
        await bot.feed(wang.message("/memo 拜访张伟", GROUP_ID))
        refused = sent_texts(await bot.feed(wang.message("/export", GROUP_ID)))
        assert any("只有" in text for text in refused)
