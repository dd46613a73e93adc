"""JobQueue callbacks: the reminder dispatcher's Telegram side."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import timedelta
from html import escape
from typing import Any

from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import ExtBot

from bot.errors import DeliveryError
from bot.i18n import translator
from bot.services.reminders import Outgoing
from handlers._context import App, BotContext
from handlers.render import keyboards, texts
from handlers.sending import send_text

PERMANENT_BAD_REQUESTS = ("chat not found", "user not found", "bot was kicked")


def sender(bot: ExtBot[None]) -> Callable[[Outgoing], Coroutine[Any, Any, None]]:
    """A send(...) for the dispatcher: renders a reminder and maps Telegram's refusals."""

    async def send(out: Outgoing) -> None:
        t = translator(out.lang)
        try:
            await send_text(bot, out.tg_chat_id, texts.reminder(t, out),
                            keyboards.reminder(t, out.task, out.reminder_hour))
        except RetryAfter as err:
            wait = err.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            raise DeliveryError(err.message, permanent=False, retry_after=seconds) from err
        except Forbidden as err:
            raise DeliveryError(err.message, permanent=True) from err
        except BadRequest as err:
            permanent = any(p in err.message.lower() for p in PERMANENT_BAD_REQUESTS)
            raise DeliveryError(err.message, permanent=permanent) from err
        except TelegramError as err:
            raise DeliveryError(err.message, permanent=False) from err

    return send


async def job_dispatch_reminders(context: BotContext) -> None:
    """Send the reminders that are due (runs every few seconds, and once at start); tell
    the team's managers, once, about a chat that refuses them for good."""
    reminders = context.services.reminders
    report = await reminders.dispatch_due(sender(context.bot),
                                          keep_going=lambda: context.application.running)
    if report.undeliverable:
        for notice in await reminders.undeliverable_notices(report.undeliverable):
            t = translator(notice.lang)
            await send_text(context.bot, notice.tg_chat_id, t(
                "⚠️ Reminders can't reach %(chat)s any more: the bot was blocked or removed "
                "there. Add it back to get them again.", chat=escape(notice.unreachable)))


def register(app: App, interval: float) -> None:
    """Dispatch at start (what was missed while down goes out, marked late), then repeatedly."""
    if app.job_queue is None:
        msg = "the JobQueue is missing: install python-telegram-bot[job-queue]"
        raise RuntimeError(msg)
    app.job_queue.run_repeating(job_dispatch_reminders, interval=interval, first=0,
                                name="dispatch_reminders")
