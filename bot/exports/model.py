"""The exports' input rows: plain frozen dataclasses the caller fills from the DB.

Datetimes are aware; amounts are Decimals with an ISO 4217 currency. Nothing here
reads a database or knows about Telegram.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

TIERS = ("vip", "important", "normal", "potential")

Purchase = tuple[date, Decimal, str]  # (day, amount, currency)


@dataclass(frozen=True)
class CustomerRow:
    """One customer with what the plan table shows about them.

    `tier` is one of `TIERS`; `birthday` is already formatted for display;
    `last_contact` is aware; `purchases` are (day, amount, currency) triples of the
    customer's deals only (a quote, a budget or a payment is no purchase).
    """

    id: int
    name: str
    company: str | None = None
    phone: str | None = None
    email: str | None = None
    wechat: str | None = None
    address: str | None = None
    industry: str | None = None
    tier: str = "normal"
    stage: str | None = None
    owner: str | None = None
    tags: tuple[str, ...] = ()
    birthday: str | None = None
    last_contact: datetime | None = None
    purchases: tuple[Purchase, ...] = ()
    service_needs: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    todos: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoteRow:
    """One memo as written: when (aware), by whom, about whom, and any amount.

    `amount_kind` is what the amount is (deal, quote, budget, payment, owed, other: see
    memo-conventions.md), None for a note from before amounts had kinds.
    """

    at: datetime
    author: str
    customer: str | None
    text: str
    amount: Decimal | None = None
    currency: str | None = None
    amount_kind: str | None = None


@dataclass(frozen=True)
class TaskRow:
    """One task.

    `due` is aware; for an all-day task it is midnight of its day in the team's
    time zone and `all_day` is True. `priority` is high/normal/low, `status`
    open/done/cancelled, `rrule` an RFC 5545 RRULE body ("FREQ=WEEKLY;BYDAY=MO").
    """

    id: int
    title: str
    customer: str | None
    assignee: str
    due: datetime | None
    all_day: bool = False
    priority: str = "normal"
    status: str = "open"
    rrule: str | None = None
    completed: datetime | None = None
