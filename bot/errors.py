"""The product's exceptions. Each carries a catalog message id for the user.

BotError
├── InputError       the user's input can't be used as it is (bad time zone, empty memo)
├── NotFoundError    the thing asked for is not there (any more), or not the user's team's
├── ForbiddenError   the user's role does not allow it
└── DeliveryError    Telegram would not take a reminder (permanent or worth retrying)
"""

from __future__ import annotations


class BotError(Exception):
    """Base of every error the bot reports to a user."""

    def __init__(self, message_id: str, **params: object) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.params = params


class InputError(BotError):
    """The user's input can't be used as it is."""


class NotFoundError(BotError):
    """The customer, task or note asked for is not there, or belongs to another team."""


class DeliveryError(Exception):
    """Sending a reminder failed; `permanent` when retrying cannot help (bot blocked)."""

    def __init__(self, reason: str, *, permanent: bool, retry_after: float | None = None
                 ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after  # Telegram's flood wait, in seconds


class ForbiddenError(BotError):
    """The user's role does not allow this (managers' commands, role changes)."""
