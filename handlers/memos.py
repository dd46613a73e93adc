"""Memos: a private message, or a group message addressed to the bot, becomes a note."""

from __future__ import annotations

import re

from telegram import Message, Update
from telegram.ext import CommandHandler, MessageHandler, filters

from handlers._context import App, BotContext
from handlers.common import reply, require_message, who_of
from handlers.render import keyboards, texts


class _AddressedToBot(filters.MessageFilter):
    """A group message that mentions the bot or replies to one of its messages."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None \
                and replied.from_user.id == bot.id:
            return True
        return f"@{bot.username}".casefold() in (message.text or "").casefold()


def _without_mention(text: str, username: str) -> str:
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()


async def _ingest(update: Update, context: BotContext, text: str) -> None:
    msg = require_message(update)
    card = await context.services.memos.ingest(who_of(update), text, msg.message_id)
    await reply(update, texts.memo_card(context.t, card), keyboards.memo_card(context.t, card))


async def on_memo_text(update: Update, context: BotContext) -> None:
    """A memo typed in a private chat, or addressed to the bot in a group."""
    msg = require_message(update)
    await _ingest(update, context, _without_mention(msg.text or "", context.bot.username))


async def cmd_memo(update: Update, context: BotContext) -> None:
    """/memo <text>: a memo in a group without mentioning the bot."""
    await _ingest(update, context, " ".join(context.args or []))


def register(app: App) -> None:
    """Private text, and group text addressed to the bot, are memos."""
    new = filters.UpdateType.MESSAGE  # an edited message is not a second memo
    app.add_handler(CommandHandler("memo", cmd_memo, filters=new))
    private = new & filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND
    group = (new & filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND
             & _AddressedToBot())
    app.add_handler(MessageHandler(private | group, on_memo_text))
