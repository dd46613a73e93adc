"""Guards shared by the handlers: who sent an update, and replies to errors."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType

from bot.errors import BotError
from bot.services.identity import Who
from handlers._context import BotContext
from handlers.render import callbacks
from handlers.render.callbacks import Press
from handlers.sending import send_text


class NotForUsError(Exception):
    """The update has no user or message to act on (a channel post, a service message)."""


def require_message(update: Update) -> Message:
    """The update's message, or NotForUsError."""
    if update.effective_message is None:
        raise NotForUsError
    return update.effective_message


def require_press(update: Update) -> tuple[CallbackQuery, Press]:
    """The button press of an update, decoded, or NotForUsError."""
    query = update.callback_query
    press = callbacks.decode(query.data if query else None)
    if query is None or press is None:
        raise NotForUsError
    return query, press


def who_of(update: Update) -> Who:
    """The Telegram side of an update, for the services."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        raise NotForUsError
    return Who(
        tg_user_id=user.id, tg_chat_id=chat.id,
        is_group=chat.type in (ChatType.GROUP, ChatType.SUPERGROUP),
        display_name=user.full_name or str(user.id), username=user.username,
        language_code=user.language_code, chat_title=chat.title,
    )


def error_text(context: BotContext, err: BotError) -> str:
    """A service error in the user's language."""
    return context.t(err.message_id, **err.params)


async def reply(update: Update, text: str,
                reply_markup: InlineKeyboardMarkup | None = None) -> None:
    """Answer the update's message with HTML text (split when long, plain if refused)."""
    msg = require_message(update)
    await send_text(msg.get_bot(), msg.chat_id, text, reply_markup, reply_to=msg.message_id)
