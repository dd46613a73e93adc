"""Before every update: the user's language. After a failure: a clear reply."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import TypeHandler

from bot.errors import BotError
from handlers._context import App, BotContext
from handlers.common import NotForUsError, error_text

log = logging.getLogger(__name__)


async def on_any_update(update: Update, context: BotContext) -> None:
    """Pick the language to answer in, once per update."""
    user = update.effective_user
    if user is not None:
        context.lang = await context.services.accounts.lang_for(user.id, user.language_code)


async def _tell(update: Update, text: str) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(text, show_alert=True)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text)


async def on_error(update: object, context: BotContext) -> None:
    """Say what went wrong in the user's language; log what we did not expect."""
    err = context.error
    if isinstance(err, NotForUsError) or not isinstance(update, Update):
        if not isinstance(err, NotForUsError):
            log.error("error outside an update", exc_info=err)
        return
    if isinstance(err, BotError):
        await _tell(update, error_text(context, err))
        return
    if isinstance(err, (ValueError, IndexError)) and update.callback_query is not None:
        await _tell(update, context.t("This button no longer works."))
        return
    log.error("update %s failed", update.update_id, exc_info=err)
    await _tell(update, context.t("Sorry, something went wrong. Please try again."))


def register(app: App) -> None:
    """The language pre-handler runs first (group -1); the error handler catches the rest."""
    app.add_handler(TypeHandler(Update, on_any_update), group=-1)
    app.add_error_handler(on_error)
