"""Time as a dependency: the services ask a clock, so tests can move it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current aware UTC instant."""
    return datetime.now(UTC)
