"""Customers: /customer (card and edits), /assign, card buttons, shared contacts, forwards."""

from __future__ import annotations

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.services.cards import Tier
from bot.services.customer_edits import split_edit
from bot.services.customers import Timeline
from handlers._context import App, BotContext
from handlers.common import reply, require_message, require_press, who_of
from handlers.render import keyboards, texts


async def _show_card(update: Update, context: BotContext, timeline: Timeline) -> None:
    await reply(update, texts.timeline(context.t, timeline),
                reply_markup=keyboards.customer_card(context.t, timeline))


async def cmd_customer(update: Update, context: BotContext) -> None:
    """/customer <name> [field value]: the card, a choice of matches, or an edit."""
    who, args = who_of(update), context.args or []
    edit = split_edit(args)
    if edit is not None:
        await _show_card(update, context, await context.services.customer_edits.set_field(
            who, *edit))
        return
    found = await context.services.customers.find(who, " ".join(args))
    if len(found) > 1:
        await reply(update, context.t("Which customer?"),
                    reply_markup=keyboards.customer_matches(found))
        return
    await _show_card(update, context, await context.services.customers.timeline(
        who, found[0].id))


async def cmd_assign(update: Update, context: BotContext) -> None:
    """/assign <name> @user: the customer's owner (managers); /assign <name>: take it."""
    args = context.args or []
    user = args[-1] if len(args) > 1 and args[-1].startswith("@") else None
    name = " ".join(args[:-1] if user else args)
    await _show_card(update, context, await context.services.customer_edits.assign(
        who_of(update), name, user))


async def on_customer_press(update: Update, context: BotContext) -> None:
    """A customer picked, a tier chosen, or 🙋 Mine on the card."""
    query, press = require_press(update)
    who, edits, cid = who_of(update), context.services.customer_edits, press.int_arg()
    if press.action == "tier":
        timeline = await edits.set_tier(who, cid, Tier(press.args[1]))
    elif press.action == "take":
        timeline = await edits.take(who, cid)
    else:
        timeline = await context.services.customers.timeline(who, cid)
    await query.answer()
    await query.edit_message_text(texts.timeline(context.t, timeline), parse_mode=ParseMode.HTML,
                                  reply_markup=keyboards.customer_card(context.t, timeline))


async def on_contact(update: Update, context: BotContext) -> None:
    """A shared contact becomes (or updates) a customer."""
    contact = require_message(update).contact
    if contact is None:
        return
    name = " ".join(p for p in (contact.first_name, contact.last_name) if p)
    await _show_card(update, context, await context.services.customer_edits.save_contact(
        who_of(update), name, contact.phone_number))


def _origin_name(message: Message) -> str:
    origin = message.forward_origin
    user = getattr(origin, "sender_user", None)
    if user is not None:
        return str(user.full_name)
    return str(getattr(origin, "sender_user_name", None) or getattr(
        getattr(origin, "chat", None), "title", None) or "")


async def on_forwarded(update: Update, context: BotContext) -> None:
    """A forwarded message: a note on the customer it names, or the card asks whom."""
    msg = require_message(update)
    card = await context.services.memos.ingest(
        who_of(update), msg.text or msg.caption or "", msg.message_id,
        forwarded_from=_origin_name(msg))
    await reply(update, texts.memo_card(context.t, card), keyboards.memo_card(context.t, card))


def register(app: App) -> None:
    """Customer commands, buttons, contacts and forwards (before plain memos)."""
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("customer", cmd_customer, filters=new))
    app.add_handler(CommandHandler("assign", cmd_assign, filters=new))
    app.add_handler(CallbackQueryHandler(on_customer_press, pattern=r"^c:"))
    private = new & filters.ChatType.PRIVATE
    app.add_handler(MessageHandler(private & filters.CONTACT, on_contact))
    app.add_handler(MessageHandler(private & filters.FORWARDED & (filters.TEXT | filters.CAPTION),
                                   on_forwarded))
