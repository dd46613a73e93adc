"""Inline keyboards: the taps that fix what the parser was unsure of."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import N_, Translator
from bot.services.cards import (
    CustomerChoices,
    CustomerRef,
    MemoCard,
    TaskStatus,
    TaskView,
    Tier,
)
from bot.services.customers import Timeline
from bot.services.stale import StaleCustomer
from bot.services.tasks import FollowUp, Snooze
from handlers.render.callbacks import CUSTOMER, LANG, NOTE, REMINDER, STALE, TASK, encode
from handlers.render.texts import TIER_NAMES

Button = InlineKeyboardButton
FOLLOW_UPS = {FollowUp.NEXT_WORKDAY: N_("📌 Next workday"), FollowUp.NEXT_WEEK: N_("📌 Next week"),
              FollowUp.TWO_WEEKS: N_("📌 In 2 weeks")}


def _task_row(
    t: Translator, task: TaskView, reminder_hour: int, kind: str = TASK
) -> list[Button]:
    return [
        Button(t("✅ Done"), callback_data=encode(kind, "done", task.id)),
        Button(t("⏰ 1 h"), callback_data=encode(kind, "snz", task.id, Snooze.HOUR)),
        Button(t("⏰ Tomorrow %(hour)s:00", hour=f"{reminder_hour:02d}"),
               callback_data=encode(kind, "snz", task.id, Snooze.TOMORROW)),
    ]


def _whom_rows(t: Translator, card: MemoCard) -> list[list[Button]]:
    """The customers the memo may be about, and the name it uses as a new customer."""
    rows = [[Button(t("👤 %(name)s?", name=c.name),
                    callback_data=encode(NOTE, "setc", card.note_id, c.id))]
            for c in card.candidates]
    if card.new_name:
        rows.append([Button(t("➕ New customer: %(name)s", name=card.new_name),
                            callback_data=encode(NOTE, "newc", card.note_id))])
    return rows


def memo_card(t: Translator, card: MemoCard) -> InlineKeyboardMarkup:
    """Whom it may be about when unsure, a follow-up to plan after a past contact, then
    done / snooze / customer / no date."""
    rows = _whom_rows(t, card)
    customer = Button(t("👤 Customer"), callback_data=encode(NOTE, "cust", card.note_id))
    task = card.task
    if task is None:
        if card.offers_follow_up:
            rows.append([Button(t(label), callback_data=encode(NOTE, "fu", card.note_id, when))
                         for when, label in FOLLOW_UPS.items()])
        return InlineKeyboardMarkup([*rows, [customer]])
    if task.status != TaskStatus.OPEN:
        return InlineKeyboardMarkup(
            [*rows, [Button(t("↩️ Reopen"), callback_data=encode(TASK, "reopen", task.id))]])
    done = Button(t("✅ Done"), callback_data=encode(TASK, "done", task.id))
    rows.append(_task_row(t, task, card.reminder_hour) if task.due_soon else [done])
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
    t: Translator, note_id: int, choices: CustomerChoices
) -> InlineKeyboardMarkup:
    """One button per candidate customer, a new one, then none / back."""
    rows = [[Button(c.name, callback_data=encode(NOTE, "setc", note_id, c.id))]
            for c in choices.known]
    if choices.new_name:
        rows.append([Button(t("➕ New customer: %(name)s", name=choices.new_name),
                            callback_data=encode(NOTE, "newc", note_id))])
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


def stale_follow_ups(t: Translator, rows: list[StaleCustomer]) -> InlineKeyboardMarkup:
    """One tap per stale customer: a follow-up task for tomorrow."""
    return InlineKeyboardMarkup(
        [[Button(t("📌 Follow up %(name)s", name=c.name), callback_data=encode(STALE, "fu", c.id))]
         for c in rows[:10]])


def customer_card(t: Translator, tl: Timeline) -> InlineKeyboardMarkup:
    """Tier buttons (the current one ticked), take the customer, follow up."""
    cid = tl.customer.id
    tiers = [Button(("✓ " if tl.tier == tier else "") + t(TIER_NAMES[tier]),
                    callback_data=encode(CUSTOMER, "tier", cid, tier)) for tier in Tier]
    return InlineKeyboardMarkup([tiers, [
        Button(t("🙋 Mine"), callback_data=encode(CUSTOMER, "take", cid)),
        Button(t("📌 Follow up"), callback_data=encode(STALE, "fu", cid)),
    ]])
