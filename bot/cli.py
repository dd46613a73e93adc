"""The `memocrm` command: run, chat, parse, migrate."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence

from bot.config import Settings


def _parse(_: argparse.Namespace) -> int:
    from bot.parsing.jsonl import parse_json_line  # noqa: PLC0415 - parse needs no bot

    for line in sys.stdin:
        if line.strip():
            sys.stdout.write(json.dumps(parse_json_line(line), ensure_ascii=False) + "\n")
            sys.stdout.flush()
    return 0


def _run(args: argparse.Namespace) -> int:
    from bot.app import configure_logging, run_polling, run_webhook  # noqa: PLC0415

    settings = Settings()
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    configure_logging(settings.log_level, secrets=(settings.token or "", secret))
    if settings.token is None:
        sys.stderr.write("TELEGRAM_BOT_TOKEN is not set; try `memocrm chat` to use the bot "
                         "in this terminal.\n")
        return 2
    if args.webhook:
        run_webhook(settings)
    else:
        run_polling(settings)
    return 0


def _chat(args: argparse.Namespace) -> int:
    from bot.app import configure_logging, run_chat  # noqa: PLC0415

    settings = Settings(database_url=args.db) if args.db else Settings()
    configure_logging("WARNING")
    asyncio.run(run_chat(settings, lang=args.lang))
    return 0


def _migrate(_: argparse.Namespace) -> int:
    from bot.app import migrate  # noqa: PLC0415

    asyncio.run(migrate(Settings()))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    os.environ.setdefault("PTB_TIMEDELTA", "1")  # PTB 23's durations now: no deprecation noise
    parser = argparse.ArgumentParser(prog="memocrm", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the bot against Telegram (long polling)")
    run.add_argument("--webhook", action="store_true",
                     help="receive updates on WEBHOOK_URL instead (WEBHOOK_SECRET required)")
    run.set_defaults(func=_run)
    chat = sub.add_parser("chat", help="use the bot offline in this terminal")
    chat.add_argument("--lang", choices=["zh", "en"], default=None,
                      help="your language in the chat (default: DEFAULT_LANG)")
    chat.add_argument("--db", help="database URL (default: DATABASE_URL)")
    chat.set_defaults(func=_chat)
    sub.add_parser("parse", help="JSON Lines memos on stdin -> parsed memos on stdout"
                   ).set_defaults(func=_parse)
    sub.add_parser("migrate", help="upgrade the database schema").set_defaults(func=_migrate)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
