"""`memocrm chat`: the real Application in a terminal, through the local Bot API.

What the bot sends is printed; inline buttons are numbered, and typing the number
presses the button. Reminders print when they fall due while the chat is open.
"""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from telegram import Update

from handlers._context import App
from handlers.local_api import ApiCall, LocalBotApi, Updates

__all__ = ["LocalBotApi", "Screen", "Updates", "repl", "terminal_api"]

TAG = re.compile(r"<[^>]+>")
SHOWN = ("sendMessage", "editMessageText")


def plain(text: str) -> str:
    """HTML message text as it reads on screen."""
    return html.unescape(TAG.sub("", text))


@dataclass
class Screen:
    """Prints the bot's messages and remembers the buttons last shown."""

    out: TextIO
    buttons: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def show(self, call: ApiCall) -> None:
        """Print one Bot API call, if a person would see it."""
        p = call.params
        if call.method in SHOWN:
            prefix = "bot (edited)>" if call.method == "editMessageText" else "bot>"
            self.out.write(f"{prefix} {plain(str(p.get('text', '')))}\n")
            self._remember(p.get("reply_markup"), call.result)
        elif call.method == "editMessageReplyMarkup":
            self._remember(p.get("reply_markup"), call.result)
        elif call.method == "answerCallbackQuery" and p.get("text"):
            self.out.write(f"bot> ({p['text']})\n")
        self.out.flush()

    def _remember(self, markup: Any, message: Any) -> None:
        rows = (markup or {}).get("inline_keyboard", []) if isinstance(markup, dict) else []
        if not rows or not isinstance(message, dict):
            return
        self.buttons = [(b["callback_data"], message) for row in rows for b in row]
        labels = [f"[{i}] {b['text']}" for i, b in enumerate(
            (b for row in rows for b in row), 1)]
        self.out.write("     " + "  ".join(labels) + "\n")


def terminal_api(out: TextIO) -> tuple[LocalBotApi, Screen]:
    """A local Bot API whose sends show on `out`."""
    screen = Screen(out)
    return LocalBotApi(on_call=screen.show, record=False), screen


def _update_for(line: str, screen: Screen, updates: Updates) -> Update:
    if line.isdigit() and 1 <= int(line) <= len(screen.buttons):
        data, message = screen.buttons[int(line) - 1]
        return updates.press(data, message)
    return updates.message(line)


async def repl(
    app: App, screen: Screen, updates: Updates,
    read_line: Callable[[], str],
) -> None:
    """Read lines until end of input; each becomes an Update for the real handlers."""
    while True:
        line = await asyncio.to_thread(read_line)
        if not line:
            return
        line = line.strip()
        if line in ("/quit", "/exit"):
            return
        if line:
            await app.process_update(_update_for(line, screen, updates))
