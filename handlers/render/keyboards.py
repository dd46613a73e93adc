"""Inline keyboards: the taps that fix what the parser was unsure of."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.services.cards import CustomerRef, MemoCard, TaskStatus, TaskView
from bot.services.tasks import Snooze
from handlers.render.callbacks import CUSTOMER, LANG, NOTE, REMINDER, TASK, encode

Button = InlineKeyboardButton


def _task_row(
    t: Translator, task: TaskView, reminder_hour: int, kind: str = TASK
) -> list[Button]:
    return [
        Button(t("✅ Done"), callback_data=encode(kind, "done", task.id)),
        Button(t("⏰ 1 h"), callback_data=encode(kind, "snz", task.id, Snooze.HOUR)),
        Button(t("⏰ Tomorrow %(hour)s:00", hour=f"{reminder_hour:02d}"),
               callback_data=encode(kind, "snz", task.id, Snooze.TOMORROW)),
    ]


def memo_card(t: Translator, card: MemoCard) -> InlineKeyboardMarkup:
    """Done / snooze / customer / no date under a memo card."""
    customer = Button(t("👤 Customer"), callback_data=encode(NOTE, "cust", card.note_id))
    task = card.task
    if task is None:
        return InlineKeyboardMarkup([[customer]])
    if task.status != TaskStatus.OPEN:
        return InlineKeyboardMarkup(
            [[Button(t("↩️ Reopen"), callback_data=encode(TASK, "reopen", task.id))]])
    rows = [_task_row(t, task, card.reminder_hour) if task.due else
            [Button(t("✅ Done"), callback_data=encode(TASK, "done", task.id))]]
    second = [customer]
    if task.due is not None:
        second.append(Button(t("📅 No date"), callback_data=encode(TASK, "nodate", task.id)))
    rows.append(second)
    return InlineKeyboardMarkup(rows)


def reminder(t: Translator, task: TaskView, reminder_hour: int) -> InlineKeyboardMarkup:
    """Done / snooze under a reminder; once done, a way back."""
    if task.status != TaskStatus.OPEN:
        return InlineKeyboardMarkup(
            [[Button(t("↩️ Reopen"), callback_data=encode(REMINDER, "reopen", task.id))]])
    return InlineKeyboardMarkup([_task_row(t, task, reminder_hour, REMINDER)])


def customer_choices(
    t: Translator, note_id: int, choices: list[CustomerRef]
) -> InlineKeyboardMarkup:
    """One button per candidate customer, then none / back."""
    rows = [[Button(c.name, callback_data=encode(NOTE, "setc", note_id, c.id))]
            for c in choices]
    rows.append([
        Button(t("🚫 No customer"), callback_data=encode(NOTE, "setc", note_id, 0)),
        Button(t("« Back"), callback_data=encode(NOTE, "card", note_id)),
    ])
    return InlineKeyboardMarkup(rows)


def customer_matches(choices: list[CustomerRef]) -> InlineKeyboardMarkup:
    """Pick one of several customers matching /customer's query."""
    return InlineKeyboardMarkup(
        [[Button(c.name, callback_data=encode(CUSTOMER, "tl", c.id))] for c in choices])


def languages() -> InlineKeyboardMarkup:
    """中文 / English."""
    return InlineKeyboardMarkup([[
        Button("中文", callback_data=encode(LANG, "zh")),
        Button("English", callback_data=encode(LANG, "en")),
    ]])
