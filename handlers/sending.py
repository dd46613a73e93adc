"""Sending text that Telegram accepts: split at 4096 characters, plain text when the
HTML is refused, no keyboard when the keyboard is refused."""

from __future__ import annotations

import html
import re
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest

TAG = re.compile(r"<[^>]+>")
LIMIT = MessageLimit.MAX_TEXT_LENGTH


def split_text(text: str, limit: int = LIMIT) -> list[str]:
    """Pieces of at most `limit` characters, cut at line ends where possible."""
    pieces: list[str] = []
    current = ""
    for whole in text.split("\n"):
        line = whole
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        joined = f"{current}\n{line}" if current else line
        if len(joined) > limit:
            pieces.append(current)
            joined = line
        current = joined
    pieces.append(current)
    return [p for p in pieces if p] or [""]


def plain(text: str) -> str:
    """HTML message text as plain text."""
    return html.unescape(TAG.sub("", text))


async def _send_one(bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None,
                    reply_to: int | None) -> Message:
    options: dict[str, Any] = {"reply_markup": markup}
    if reply_to is not None:
        options["reply_parameters"] = ReplyParameters(reply_to, allow_sending_without_reply=True)
    try:
        return await bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, **options)
    except BadRequest as err:
        reason = err.message.lower()
        if "parse" in reason or "entit" in reason:
            return await bot.send_message(chat_id, plain(text), **options)
        if markup is not None and ("markup" in reason or "button" in reason):
            options["reply_markup"] = None
            return await bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, **options)
        raise


async def send_text(bot: Bot, chat_id: int, text: str,
                    markup: InlineKeyboardMarkup | None = None,
                    reply_to: int | None = None) -> Message:
    """Send HTML text in as many messages as it takes; the keyboard goes on the last."""
    first, *rest = split_text(text)
    sent = await _send_one(bot, chat_id, first, None if rest else markup, reply_to)
    for i, chunk in enumerate(rest, 1):
        sent = await _send_one(bot, chat_id, chunk, markup if i == len(rest) else None, None)
    return sent
