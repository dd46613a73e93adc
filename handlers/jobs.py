"""JobQueue callbacks: the reminder dispatcher's Telegram side."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ExtBot

from bot.errors import DeliveryError
from bot.i18n import translator
from bot.services.reminders import Outgoing
from handlers._context import App, BotContext
from handlers.render import keyboards, texts

PERMANENT_BAD_REQUESTS = ("chat not found", "user not found", "bot was kicked")


def sender(bot: ExtBot[None]) -> Callable[[Outgoing], Coroutine[Any, Any, None]]:
    """A send(...) for the dispatcher: renders a reminder and maps Telegram's refusals."""

    async def send(out: Outgoing) -> None:
        t = translator(out.lang)
        try:
            await bot.send_message(
                out.tg_chat_id, texts.reminder(t, out), parse_mode=ParseMode.HTML,
                reply_markup=keyboards.reminder(t, out.task, out.reminder_hour),
            )
        except Forbidden as err:
            raise DeliveryError(err.message, permanent=True) from err
        except BadRequest as err:
            permanent = any(p in err.message.lower() for p in PERMANENT_BAD_REQUESTS)
            raise DeliveryError(err.message, permanent=permanent) from err
        except TelegramError as err:
            raise DeliveryError(err.message, permanent=False) from err

    return send


async def job_dispatch_reminders(context: BotContext) -> None:
    """Send the reminders that are due (runs every few seconds, and once at start)."""
    await context.services.reminders.dispatch_due(sender(context.bot))


def register(app: App, interval: float) -> None:
    """Dispatch at start (what was missed while down goes out, marked late), then repeatedly."""
    if app.job_queue is None:
        msg = "the JobQueue is missing: install python-telegram-bot[job-queue]"
        raise RuntimeError(msg)
    app.job_queue.run_repeating(job_dispatch_reminders, interval=interval, first=0,
                                name="dispatch_reminders")
