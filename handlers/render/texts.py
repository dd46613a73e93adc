"""Message bodies (HTML). Every word comes from the catalogs; user text is escaped."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape

from babel.numbers import format_decimal

from bot.i18n import N_, Translator
from bot.services.accounts import Profile
from bot.services.cards import MemoCard, Priority, TaskList, TaskStatus, TaskView
from bot.services.customers import Timeline
from bot.services.memos import Removed
from bot.services.reminders import Outgoing
from handlers.render.dates import BABEL_LOCALE, day, recurrence, when

TIER_NAMES = {"vip": N_("VIP"), "important": N_("important"), "normal": N_("normal"),
              "potential": N_("potential")}
FIELD_NAMES = {"company": N_("Company"), "phone": N_("Phone"), "email": N_("E-mail"),
               "wechat": N_("WeChat"), "address": N_("Address"), "industry": N_("Industry"),
               "stage": N_("Stage"), "alias": N_("Also called"), "tags": N_("Tags"),
               "birthday_solar": N_("Birthday"), "birthday_lunar": N_("Birthday (lunar)")}
PRIORITY = {Priority.HIGH: N_("high"), Priority.NORMAL: N_("normal"), Priority.LOW: N_("low")}
PRIORITY_MARK = {Priority.HIGH: "❗", Priority.NORMAL: "", Priority.LOW: "💤"}


def bold(text: str) -> str:
    """A heading line."""
    return f"<b>{text}</b>"


def money(t: Translator, value: Decimal, currency: str | None) -> str:
    """35,000 CNY."""
    amount = format_decimal(value.normalize(), locale=BABEL_LOCALE[t.lang])
    return f"{amount} {currency or ''}".strip()


def _task_lines(t: Translator, task: TaskView, today: date, past: bool) -> list[str]:
    lines = [t("✅ Task: %(title)s", title=escape(task.title))]
    if task.due is None:
        lines.append(t("📅 No date"))
    else:
        lines.append(t("⏰ Due: %(when)s", when=when(t, task.due, task.all_day, today)))
        if past:
            lines.append(t("⚠️ That time has already passed."))
    if task.rrule:
        lines.append(t("🔁 Repeats %(rule)s", rule=recurrence(t, task.rrule)))
    if task.priority != Priority.NORMAL:
        lines.append(t("Priority: %(priority)s", priority=t(PRIORITY[task.priority])))
    if task.snoozed_until is not None:
        lines.append(t("😴 Snoozed until %(when)s",
                       when=when(t, task.snoozed_until, False, today)))
    if task.status == TaskStatus.DONE:
        lines.append(t("🎉 Done."))
    return lines


AMOUNT_KINDS = {
    "deal": N_("deal"), "quote": N_("quote"), "budget": N_("budget"),
    "payment": N_("payment received"), "owed": N_("owed"),
}


def _head(t: Translator, card: MemoCard) -> str:
    if card.task:
        return t("📝 Saved.")
    if card.birthday is not None:
        return t("📝 Saved as a note: a birthday makes no one-off task; the yearly care "
                 "reminder takes it from here.")
    if card.past_event:
        return t("📝 Saved as a note: it tells what already happened, so no task.")
    return t("📝 Saved as a note (no date found).")


def _customer_line(t: Translator, card: MemoCard) -> str:
    if card.customer is None:
        if card.guessed and card.new_name:
            return t("👤 Customer: %(name)s? (a guess: which one is it? Tap below)",
                     name=escape(card.new_name))
        return t("👤 Customer: none")
    if card.customer_is_new:
        return t("👤 Customer: %(name)s (new)", name=escape(card.customer))
    if card.guessed:
        return t("👤 Customer: %(name)s (a guess: someone else? Tap below)",
                 name=escape(card.customer))
    return t("👤 Customer: %(name)s", name=escape(card.customer))


def _memo_facts(t: Translator, card: MemoCard) -> list[str]:
    lines = []
    if card.contact:
        lines.append(t("🧑 Contact: %(name)s", name=escape(card.contact)))
    if card.birthday is not None:
        month, day, lunar = card.birthday
        key = (N_("🎂 Birthday saved: lunar %(month)s/%(day)s") if lunar
               else N_("🎂 Birthday saved: %(month)s/%(day)s"))
        lines.append(t(key, month=month, day=day))
    if card.amount is not None:
        amount = money(t, card.amount, card.currency)
        kind = AMOUNT_KINDS.get(card.amount_kind or "")
        lines.append(t("💰 Amount: %(amount)s (%(kind)s)", amount=amount, kind=t(kind))
                     if kind else t("💰 Amount: %(amount)s", amount=amount))
    return lines


def memo_card(t: Translator, card: MemoCard) -> str:
    """The confirmation card of a memo."""
    lines = [f"<b>{_head(t, card)}</b>", _customer_line(t, card), *_memo_facts(t, card)]
    if card.tags:
        lines.append("🏷 " + " ".join(f"#{escape(tag)}" for tag in card.tags))
    if card.task is not None:
        lines += _task_lines(t, card.task, card.today, card.due_is_past)
    elif card.offers_follow_up:
        lines.append(t("📌 Plan the follow-up? Tap when below."))
    return "\n".join(lines)


def task_line(t: Translator, task: TaskView, today: date) -> str:
    """One task in a list."""
    due = when(t, task.due, task.all_day, today) if task.due else t("no date")
    who = f" · {escape(task.customer)}" if task.customer else ""
    late = " " + t("(overdue)") if task.overdue else ""
    mark = PRIORITY_MARK[task.priority]
    return f"{mark}<b>{due}</b>{late} {escape(task.title)}{who}"


def task_list(t: Translator, title: str, tasks: TaskList) -> str:
    """A heading and numbered tasks, or a line saying there are none."""
    if not tasks.items:
        return t("Nothing to do. 🎉")
    rows = [f"{i}. {task_line(t, task, tasks.today)}" for i, task in enumerate(tasks.items, 1)]
    return "\n".join([f"<b>{title}</b>", *rows])


AGENDA = (N_("Overdue"), N_("Today"), N_("Tomorrow"))


def agenda(t: Translator, tasks: TaskList) -> str:
    """/today: overdue, today's and tomorrow's tasks under their headings."""
    sections: dict[str, list[str]] = {heading: [] for heading in AGENDA}
    for task in tasks.items:
        if task.overdue:
            heading = AGENDA[0]
        else:
            heading = AGENDA[1] if task.due and task.due.date() <= tasks.today else AGENDA[2]
        sections[heading].append(f"• {task_line(t, task, tasks.today)}")
    lines = [part for heading, rows in sections.items() if rows
             for part in ("", bold(t(heading)), *rows)]
    return "\n".join(lines[1:]) if lines else t("Nothing due today or tomorrow. 🎉")


def reminder(t: Translator, out: Outgoing) -> str:
    """A reminder message."""
    task, today = out.task, out.today
    lines = [t("⏰ Reminder: %(title)s", title=escape(task.title))]
    if task.customer:
        lines.append(t("👤 Customer: %(name)s", name=escape(task.customer)))
    if task.due is not None:
        lines.append(t("Due %(when)s", when=when(t, task.due, task.all_day, today)))
    if out.late:
        lines.append(t("(Sent late: the bot was offline when this was due.)"))
    if out.maybe_repeat:
        lines.append(t("(You may have had this one already: the bot stopped while sending "
                       "it.)"))
    return "\n".join(lines)


def timeline(t: Translator, tl: Timeline) -> str:
    """A customer's open tasks and latest notes."""
    today = tl.today
    lines = [f"<b>👤 {escape(tl.customer.name)}</b> · {t(TIER_NAMES[tl.tier])}"]
    if tl.owner:
        lines.append(t("Owner: %(name)s", name=escape(tl.owner)))
    lines += [f"{t(FIELD_NAMES[field])}: {escape(value)}" for field, value in tl.details]
    if tl.last_contact is not None:
        lines.append(t("Last contact: %(day)s", day=day(t, tl.last_contact.date(), today)))
    if tl.open_tasks:
        lines.append("")
        lines.append(bold(t("Open tasks")))
        lines += [f"• {task_line(t, task, today)}" for task in tl.open_tasks]
    lines.append("")
    lines.append(bold(t("Notes")))
    if not tl.notes:
        lines.append(t("No notes yet."))
    for note in tl.notes:
        extra = f" ({money(t, note.amount, note.currency)})" if note.amount is not None else ""
        lines.append(f"• {day(t, note.at.date(), today)} {note.at:%H:%M} "
                     f"{escape(note.text)}{extra}")
    return "\n".join(lines)


def removed(t: Translator, gone: Removed) -> str:
    """What /undo took back."""
    key = (N_("↩️ Removed the memo and its task: %(text)s") if gone.had_task
           else N_("↩️ Removed the memo: %(text)s"))
    return t(key, text=escape(gone.text))


def settings(t: Translator, profile: Profile) -> str:
    """The user's language and the team's time zone."""
    lang = "中文" if profile.lang == "zh" else "English"
    return t("Team: %(team)s\nLanguage: %(lang)s\nTime zone: %(tz)s",
             team=escape(profile.team_name), lang=lang, tz=escape(profile.tz))


def task_state(t: Translator, task: TaskView, today: date) -> str:
    """A task after a button press on its reminder."""
    return "\n".join(_task_lines(t, task, today, past=False))
