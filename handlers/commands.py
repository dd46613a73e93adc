"""Commands: /start /help /today /tasks /customer /undo /lang /tz, and the command menu."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.i18n import LANGS, N_, translator
from handlers._context import App, BotContext
from handlers.common import reply, require_press, who_of
from handlers.render import keyboards, texts

EXAMPLE = "明天下午3点给张总打电话"
MENU = (
    ("start", N_("Start: set up your team")),
    ("help", N_("How to write memos")),
    ("today", N_("Overdue, today's and tomorrow's tasks")),
    ("tasks", N_("All open tasks")),
    ("customer", N_("A customer's card: /customer name [field value]")),
    ("assign", N_("Give a customer to a rep: /assign name @user")),
    ("undo", N_("Take back your last memo")),
    ("memo", N_("Write a memo in a group: /memo text")),
    ("summary", N_("The team's summary: /summary week|month")),
    ("report", N_("Per-rep report, for managers: /report week|month")),
    ("stale", N_("Customers not contacted for too long")),
    ("role", N_("Set a role: /role @user owner|manager|rep")),
    ("export", N_("Excel workbook of customers, notes and tasks (managers)")),
    ("ics", N_("Your open tasks as a calendar file")),
    ("import", N_("Import customers from a CSV file (managers)")),
    ("lang", N_("Language: 中文 / English")),
    ("tz", N_("Time zone: /tz Asia/Shanghai")),
)


def menu(lang: str) -> list[BotCommand]:
    """The command menu in one language."""
    t = translator(lang)
    return [BotCommand(name, t(description)) for name, description in MENU]


async def set_menus(app: App) -> None:
    """Publish the command menu: English by default, Chinese for Chinese clients."""
    await app.bot.set_my_commands(menu("en"))
    for lang in LANGS:
        await app.bot.set_my_commands(menu(lang), language_code=lang)


async def cmd_start(update: Update, context: BotContext) -> None:
    """/start: make sure the team exists, then explain."""
    profile = await context.services.accounts.start(who_of(update))
    context.lang = profile.lang
    welcome = context.t("Hi! Write me memos like “%(example)s” and I will keep the notes, "
                        "make the tasks and remind you on time.", example=EXAMPLE)
    await reply(update, f"{welcome}\n\n{texts.settings(context.t, profile)}")


async def cmd_help(update: Update, context: BotContext) -> None:
    """/help: how memos are read, and the commands."""
    t = context.t
    lines = [t("Write a memo the way you would say it. Examples:"),
             "• 明天下午3点给张总打电话", "• 下周三跟进华为李经理的报价 3.5万",
             "• Met Jane at Acme, follow up Fri 10am", "",
             t("In a group, mention me or start with /memo."), ""]
    lines += [f"/{command.command} — {command.description}" for command in menu(context.lang)]
    await reply(update, "\n".join(lines))


async def cmd_today(update: Update, context: BotContext) -> None:
    """/today: overdue tasks, today's and tomorrow's."""
    tasks = await context.services.tasks.today(who_of(update))
    await reply(update, texts.agenda(context.t, tasks))


async def cmd_tasks(update: Update, context: BotContext) -> None:
    """/tasks: every open task."""
    tasks = await context.services.tasks.open_list(who_of(update))
    await reply(update, texts.task_list(context.t, context.t("Open tasks"), tasks))


async def cmd_undo(update: Update, context: BotContext) -> None:
    """/undo: take back the last memo."""
    gone = await context.services.memos.undo_last(who_of(update))
    await reply(update, texts.removed(context.t, gone))


async def cmd_lang(update: Update, context: BotContext) -> None:
    """/lang [zh|en]: set the language, or choose with buttons."""
    if not context.args:
        await reply(update, context.t("Choose a language:"), reply_markup=keyboards.languages())
        return
    profile = await context.services.accounts.set_lang(who_of(update), context.args[0].lower())
    context.lang = profile.lang
    await reply(update, texts.settings(context.t, profile))


async def on_lang_press(update: Update, context: BotContext) -> None:
    """中文 / English pressed."""
    query, press = require_press(update)
    profile = await context.services.accounts.set_lang(who_of(update), press.action)
    context.lang = profile.lang
    await query.answer()
    await query.edit_message_text(texts.settings(context.t, profile), parse_mode=ParseMode.HTML)


async def cmd_tz(update: Update, context: BotContext) -> None:
    """/tz [Area/City]: show or set the team's time zone."""
    accounts, who = context.services.accounts, who_of(update)
    if context.args:
        profile = await accounts.set_tz(who, context.args[0])
    else:
        profile = await accounts.profile(who)
    hint = context.t("Set it with /tz followed by a name such as Asia/Shanghai or Europe/London.")
    await reply(update, f"{texts.settings(context.t, profile)}\n\n{hint}")


def register(app: App) -> None:
    """Every command, and the presses their buttons make."""
    for name, callback in (("start", cmd_start), ("help", cmd_help), ("today", cmd_today),
                           ("tasks", cmd_tasks), ("undo", cmd_undo),
                           ("lang", cmd_lang), ("tz", cmd_tz)):
        app.add_handler(CommandHandler(name, callback, filters=filters.UpdateType.MESSAGE))
    app.add_handler(CallbackQueryHandler(on_lang_press, pattern=r"^l:"))
