"""Team commands: /summary /report /stale /role, and the bot joining a group."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.ext import CallbackQueryHandler, ChatMemberHandler, CommandHandler, filters

from bot.services.periods import Span
from handlers._context import App, BotContext
from handlers.commands import EXAMPLE
from handlers.common import NotForUsError, reply, require_message, require_press, who_of
from handlers.render import keyboards, summaries, texts

JOINED = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR)


def _span(context: BotContext) -> Span:
    return Span.MONTH if context.args and context.args[0].lower() in ("month", "月") else Span.WEEK


async def cmd_summary(update: Update, context: BotContext) -> None:
    """/summary [week|month]: the team's summary so far, with its chart."""
    summary = await context.services.summaries.summary(who_of(update), _span(context))
    await reply(update, summaries.summary(context.t, summary))
    title, labels = summaries.chart_texts(context.t, summary)
    png = await context.services.summaries.chart(summary, title, labels)
    await require_message(update).reply_photo(png)


async def cmd_report(update: Update, context: BotContext) -> None:
    """/report [week|month]: per-rep performance, for owners and managers."""
    report = await context.services.summaries.report(who_of(update), _span(context))
    await reply(update, summaries.report(context.t, report))


async def cmd_stale(update: Update, context: BotContext) -> None:
    """/stale: customers not contacted for longer than their tier allows."""
    rows = await context.services.stale.list(who_of(update))
    await reply(update, summaries.stale_list(context.t, rows),
                reply_markup=keyboards.stale_follow_ups(context.t, rows))


async def on_stale_press(update: Update, context: BotContext) -> None:
    """📌 pressed: a follow-up task for tomorrow."""
    query, press = require_press(update)
    task = await context.services.stale.follow_up(who_of(update), press.int_arg())
    await query.answer(context.t("Follow-up task made for tomorrow."))
    await reply(update, texts.task_list(context.t, context.t("New task"), task))


async def cmd_role(update: Update, context: BotContext) -> None:
    """/role @user manager."""
    if not context.args or len(context.args) != 2:
        await reply(update, context.t("Usage: /role @username owner|manager|rep"))
        return
    change = await context.services.teams.set_role(who_of(update), *context.args)
    await reply(update, context.t("%(name)s is now %(role)s.", name=change.name,
                                  role=context.t(summaries.ROLES[change.role])))


async def on_bot_added(update: Update, context: BotContext) -> None:
    """The bot was added to a group: the group becomes a team, the adder its owner."""
    change = update.my_chat_member
    if change is None or change.new_chat_member.status not in JOINED \
            or change.old_chat_member.status in JOINED:
        raise NotForUsError
    profile = await context.services.accounts.start(who_of(update))
    context.lang = profile.lang
    await context.bot.send_message(change.chat.id, context.t(
        "Hello team! Mention me or use /memo to write memos here, e.g. /memo %(example)s",
        example=EXAMPLE))


def register(app: App) -> None:
    """Team commands and events."""
    new = filters.UpdateType.MESSAGE
    for name, callback in (("summary", cmd_summary), ("report", cmd_report),
                           ("stale", cmd_stale), ("role", cmd_role)):
        app.add_handler(CommandHandler(name, callback, filters=new))
    app.add_handler(CallbackQueryHandler(on_stale_press, pattern=r"^s:"))
    app.add_handler(ChatMemberHandler(on_bot_added, ChatMemberHandler.MY_CHAT_MEMBER))
