"""Files: /export (.xlsx), /ics (open tasks), /import (a CSV of customers)."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import CommandHandler, MessageHandler, filters

from handlers._context import App, BotContext
from handlers.common import reply, require_message, who_of
from handlers.render import files

MAX_UPLOAD = 5 * 1024 * 1024


async def cmd_export(update: Update, context: BotContext) -> None:
    """/export: the customer management plan workbook, for owners and managers."""
    msg = require_message(update)
    progress = await msg.reply_text(context.t("⏳ Preparing the workbook…"))
    await msg.chat.send_action(ChatAction.UPLOAD_DOCUMENT)
    export = await context.services.exports.workbook(who_of(update))
    await msg.reply_document(export.content, filename=export.filename)
    await progress.delete()


async def cmd_ics(update: Update, context: BotContext) -> None:
    """/ics: your open tasks as a calendar file."""
    export = await context.services.exports.calendar(who_of(update))
    await require_message(update).reply_document(
        export.content, filename=export.filename,
        caption=context.t("Open it on your phone to add your tasks to its calendar."))


async def cmd_import(update: Update, context: BotContext) -> None:
    """/import: how to send the CSV."""
    await reply(update, context.t(
        "Send me a CSV file of customers (columns such as 姓名/name, 电话/phone, 邮箱/email, "
        "微信/wechat, 等级/tier, 标签/tags, 生日/birthday). In a group, add /import as its "
        "caption. Every row is checked first: either all are imported, or none."))


async def on_csv(update: Update, context: BotContext) -> None:
    """A CSV file: import its customers, all or nothing, and say what happened per row."""
    msg = require_message(update)
    doc = msg.document
    if doc is None:
        return
    if (doc.file_size or 0) > MAX_UPLOAD:
        await reply(update, context.t("That file is too large (5 MB at most)."))
        return
    data = bytes(await (await doc.get_file()).download_as_bytearray())
    report = await context.services.imports.customers_csv(who_of(update), data)
    await reply(update, files.import_report(context.t, report))


def register(app: App) -> None:
    """File commands; a CSV sent privately (or captioned /import in a group) is imported."""
    new = filters.UpdateType.MESSAGE
    for name, callback in (("export", cmd_export), ("ics", cmd_ics), ("import", cmd_import)):
        app.add_handler(CommandHandler(name, callback, filters=new))
    csv = filters.Document.FileExtension("csv") | filters.Document.MimeType("text/csv")
    captioned = filters.CaptionRegex(r"^/import\b")
    app.add_handler(MessageHandler(
        new & csv & (filters.ChatType.PRIVATE | captioned), on_csv))
