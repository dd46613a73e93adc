"""Column-level enums, shared by storage and bot (the lowest layer owns them)."""

from enum import StrEnum


class Role(StrEnum):
    """A member's role in a team."""

    OWNER = "owner"
    MANAGER = "manager"
    REP = "rep"


class ChatKind(StrEnum):
    """What kind of Telegram chat a chat row is."""

    PRIVATE = "private"
    GROUP = "group"


class Tier(StrEnum):
    """A customer's tier: how often they must be contacted."""

    VIP = "vip"
    IMPORTANT = "important"
    NORMAL = "normal"
    POTENTIAL = "potential"


class NoteKind(StrEnum):
    """What a note records."""

    VISIT = "visit"
    CALL = "call"
    PURCHASE = "purchase"
    FEEDBACK = "feedback"
    OTHER = "other"


class Priority(StrEnum):
    """A task's priority."""

    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class TaskStatus(StrEnum):
    """A task's life cycle."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class DeliveryState(StrEnum):
    """A reminder delivery's state in the outbox.

    pending -> claimed -> sent; claimed rows whose lease ran out are claimed again;
    cancelled when the task is done, snoozed or deleted first; failed when Telegram
    refused it for good.
    """

    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    CANCELLED = "cancelled"
    FAILED = "failed"
