"""Button presses on memo cards and reminders."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from bot.services.tasks import FollowUp, Snooze, TaskChange
from handlers._context import App, BotContext
from handlers.common import NotForUsError, require_press, who_of
from handlers.render import callbacks, keyboards, texts
from handlers.render.callbacks import Press


async def _show(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup) -> None:
    try:
        await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
    except BadRequest as err:  # pressing twice: Telegram refuses an edit that changes nothing
        if "not modified" not in err.message.lower():
            raise


async def _apply_task_press(context: BotContext, update: Update, press: Press) -> TaskChange:
    tasks, who, task_id = context.services.tasks, who_of(update), press.int_arg()
    if press.action == "done":
        return await tasks.done(who, task_id)
    if press.action == "reopen":
        return await tasks.reopen(who, task_id)
    if press.action == "snz":
        return await tasks.snooze(who, task_id, Snooze(press.args[1]))
    if press.action == "nodate":
        return await tasks.clear_date(who, task_id)
    raise NotForUsError


async def _show_change(context: BotContext, query: CallbackQuery, change: TaskChange,
                       *, on_reminder: bool = False) -> None:
    t = context.t
    await query.answer(t("Nothing changed: it was already so.") if change.already else None)
    if on_reminder or change.card is None:
        await _show(query, texts.task_state(t, change.task, change.today),
                    keyboards.reminder(t, change.task, change.reminder_hour))
    else:
        await _show(query, texts.memo_card(t, change.card), keyboards.memo_card(t, change.card))


async def on_task_press(update: Update, context: BotContext) -> None:
    """Done / snooze / reopen / no date, on a memo card or on a reminder."""
    query, press = require_press(update)
    change = await _apply_task_press(context, update, press)
    await _show_change(context, query, change, on_reminder=press.kind == callbacks.REMINDER)


async def on_follow_up_press(update: Update, context: BotContext) -> None:
    """A memo that reports a past contact: plan its follow-up; the card shows the task."""
    query, press = require_press(update)
    change = await context.services.tasks.follow_up(
        who_of(update), press.int_arg(), FollowUp(press.args[1]))
    await _show_change(context, query, change)


async def on_note_press(update: Update, context: BotContext) -> None:
    """Change the customer of a memo: show choices, pick one, or go back."""
    query, press = require_press(update)
    memos, who, t = context.services.memos, who_of(update), context.t
    note_id = press.int_arg()
    if press.action == "cust":
        choices = await memos.customer_choices(who, note_id)
        await query.answer()
        await query.edit_message_reply_markup(keyboards.customer_choices(t, note_id, choices))
        return
    if press.action == "setc":
        card = await memos.set_customer(who, note_id, press.int_arg(1) or None)
    elif press.action == "newc":
        card = await memos.new_customer(who, note_id)
    else:
        card = await memos.card(who, note_id)
    await query.answer()
    await _show(query, texts.memo_card(t, card), keyboards.memo_card(t, card))


def register(app: App) -> None:
    """Route presses by the kind in their data."""
    app.add_handler(CallbackQueryHandler(on_task_press, pattern=r"^[tr]:"))
    app.add_handler(CallbackQueryHandler(on_follow_up_press, pattern=r"^n:fu:"))
    app.add_handler(CallbackQueryHandler(on_note_press, pattern=r"^n:"))
