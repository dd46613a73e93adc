"""Button data: short `kind:action:arg` strings (≤ 64 bytes), decoded in one place."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.constants import InlineKeyboardButtonLimit

TASK, REMINDER, NOTE, CUSTOMER, LANG, STALE = "t", "r", "n", "c", "l", "s"


@dataclass(frozen=True)
class Press:
    """A decoded button press."""

    kind: str
    action: str
    args: tuple[str, ...]

    def int_arg(self, index: int = 0) -> int:
        """An argument as an id; ValueError when it is not one."""
        return int(self.args[index])


def encode(kind: str, action: str, *args: int | str) -> str:
    """Button data for a press."""
    data = ":".join([kind, action, *map(str, args)])
    if len(data.encode()) > InlineKeyboardButtonLimit.MAX_CALLBACK_DATA:
        msg = f"callback data too long: {data!r}"
        raise ValueError(msg)
    return data


def decode(data: str | None) -> Press | None:
    """The press behind button data, or None for data this bot never made."""
    if not data:
        return None
    parts = data.split(":")
    if len(parts) < 2 or not all(parts[:2]):
        return None
    return Press(parts[0], parts[1], tuple(parts[2:]))
