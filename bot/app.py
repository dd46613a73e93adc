"""The composition root: settings -> engine -> services -> Application with handlers and jobs.

The only module in bot/ that imports handlers/.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine
from telegram import Update
from telegram.ext import AIORateLimiter, Application
from telegram.request import BaseRequest

from bot.clock import Clock, system_clock
from bot.config import Settings
from bot.services.container import Services, build_services
from bot.services.deps import Deps, TeamDefaults
from bot.services.reminders import DispatchPolicy
from handlers import (
    buttons,
    commands,
    customers,
    errors,
    files,
    jobs,
    memos,
    pushes,
    teamwork,
    terminal,
)
from handlers._context import CONTEXT_TYPES, App
from storage.db import is_sqlite, make_engine, make_sessionmaker, upgrade

OFFLINE_TOKEN = "1:offline"  # noqa: S105 - the terminal chat and tests never reach Telegram


@dataclass(frozen=True)
class Runtime:
    """Everything `build` made, for the caller to start and to stop."""

    settings: Settings
    engine: AsyncEngine
    services: Services
    app: App

    async def startup(self) -> None:
        """Upgrade the schema and publish the command menu (before updates are handled)."""
        await upgrade(self.engine)
        await commands.set_menus(self.app)


def configure_logging(level: str, secrets: tuple[str, ...] = ()) -> None:
    """Log to stderr without ever writing the bot token.

    httpx logs every request URL at INFO, and the token is in the URL: it stays at
    WARNING. PTB itself logs the API URL at DEBUG, so every record is also redacted
    when it is made, whichever handler writes it.
    """
    logging.basicConfig(level=level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # a dispatch round longer than its interval is normal in a burst: no warning each second
    logging.getLogger("apscheduler.scheduler").setLevel(logging.ERROR)
    hidden = tuple(s for s in secrets if s)
    if not hidden:
        return
    make_record = logging.getLogRecordFactory()

    def redacting_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        message = record.getMessage()
        if any(secret in message for secret in hidden):
            for secret in hidden:
                message = message.replace(secret, "<token>")
            record.msg, record.args = message, None
        return record

    logging.setLogRecordFactory(redacting_record)


def _services(settings: Settings, engine: AsyncEngine, clock: Clock) -> Services:
    deps = Deps(
        sessions=make_sessionmaker(engine), clock=clock, single_writer=is_sqlite(engine),
        defaults=TeamDefaults(settings.default_tz, settings.default_lang,
                              settings.default_reminder_hour),
    )
    return build_services(deps, DispatchPolicy(
        late_after=timedelta(seconds=settings.late_after_seconds),
        lease=timedelta(seconds=settings.dispatch_lease_seconds),
        group_limit=settings.group_rate_limit_per_minute))


def _application(
    settings: Settings, request: BaseRequest | None,
    on_start: Callable[[App], Any], on_stop: Callable[[App], Any],
) -> App:
    builder = (
        Application.builder()
        .token(settings.token or OFFLINE_TOKEN)
        .context_types(CONTEXT_TYPES)
        .rate_limiter(AIORateLimiter(
            # overall: one message per 1/rate seconds rather than `rate` at once and then a
            # trickle (aiolimiter's bucket lets a burst through that Telegram answers with
            # 429); per group a burst is fine for replies, and reminders into a group are
            # held to the limit strictly by the outbox (bot/services/reminders.py)
            overall_max_rate=1, overall_time_period=1 / settings.rate_limit_per_second,
            group_max_rate=settings.group_rate_limit_per_minute, group_time_period=60,
            max_retries=3,  # a 429 waits retry_after and tries again
        ))
        .post_init(on_start)
        .post_shutdown(on_stop)
    )
    if settings.telegram_api_base_url:
        root = settings.telegram_api_base_url.rstrip("/")
        builder = builder.base_url(f"{root}/bot").base_file_url(f"{root}/file/bot")
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    return builder.build()


def build(
    settings: Settings, *, clock: Clock = system_clock, request: BaseRequest | None = None,
    engine: AsyncEngine | None = None,
) -> Runtime:
    """Build the whole bot. `request` replaces the HTTP layer (terminal chat, tests);
    `engine` one made elsewhere (tests give each its own PostgreSQL schema)."""
    engine = engine or make_engine(settings.database_url)
    services = _services(settings, engine, clock)
    holder: list[Runtime] = []

    async def on_start(_: App) -> None:
        await holder[0].startup()

    async def on_stop(_: App) -> None:
        await engine.dispose()

    app = _application(settings, request, on_start, on_stop)
    app.bot_data.services = services
    errors.register(app)
    commands.register(app)
    customers.register(app)
    files.register(app)
    memos.register(app)
    buttons.register(app)
    teamwork.register(app)
    pushes.register(app)
    jobs.register(app, settings.dispatch_interval_seconds)
    holder.append(Runtime(settings, engine, services, app))
    return holder[0]


def run_polling(settings: Settings) -> None:
    """`memocrm run`: long polling against Telegram (or TELEGRAM_API_BASE_URL)."""
    runtime = build(settings)
    runtime.app.run_polling(allowed_updates=Update.ALL_TYPES)


def run_webhook(settings: Settings) -> None:
    """`memocrm run --webhook`: Telegram posts updates to WEBHOOK_URL; every request must
    carry WEBHOOK_SECRET (PTB answers 403 otherwise). Several instances may run behind a
    load balancer on one PostgreSQL: the outbox claim keeps reminders exactly-once."""
    if not settings.webhook_url or settings.webhook_secret is None:
        msg = "webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET"
        raise ValueError(msg)
    runtime = build(settings)
    runtime.app.run_webhook(
        listen=settings.webhook_listen, port=settings.webhook_port,
        url_path=settings.webhook_path, webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret.get_secret_value(),
        allowed_updates=Update.ALL_TYPES)


async def migrate(settings: Settings) -> None:
    """`memocrm migrate`: bring the schema to the latest revision."""
    engine = make_engine(settings.database_url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()


async def run_chat(settings: Settings, *, lang: str | None = None) -> None:
    """`memocrm chat`: the whole bot in this terminal, no token, no network."""
    api, screen = terminal.terminal_api(sys.stdout)
    runtime = build(settings, request=api)
    updates = terminal.Updates(runtime.app.bot, user_id=10_001, first_name="You",
                               username="you", language_code=lang or settings.default_lang)
    async with runtime.app:
        await runtime.startup()
        await runtime.app.start()
        sys.stdout.write(f"memocrm chat — {settings.database_url}. "
                         "Type a memo or a command; a number presses a button; Ctrl-D quits.\n")
        try:
            await terminal.repl(runtime.app, screen, updates, sys.stdin.readline)
        finally:
            await runtime.app.stop()
    await runtime.engine.dispose()
