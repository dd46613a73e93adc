"""The parser's result types: plain frozen dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Literal

Lang = Literal["zh", "en"]
PriorityName = Literal["high", "normal", "low"]
# deal: a purchase (签了, signed); quote; budget; payment: money in (回款, paid); owed: money
# still due (尾款, outstanding); other
AmountKind = Literal["deal", "quote", "budget", "payment", "owed", "other"]
AMOUNT_KINDS: tuple[AmountKind, ...] = ("deal", "quote", "budget", "payment", "owed", "other")


@dataclass(frozen=True)
class KnownCustomer:
    """A customer the team already has: its canonical name and aliases (张总, zhang wei...)."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Amount:
    """A money amount read from a memo (3.5万 -> 35000 CNY)."""

    value: Decimal
    currency: str  # ISO 4217: CNY, USD, EUR
    kind: AmountKind = "other"


@dataclass(frozen=True)
class Birthday:
    """A customer's birthday a memo states (张总生日是农历八月十五)."""

    month: int
    day: int
    lunar: bool


@dataclass(frozen=True)
class ParsedMemo:
    """Everything read from one memo.

    `due` is an aware datetime in the memo's time zone; for an all-day task it is
    midnight of that date and `all_day` is True. `due` is None when the memo makes
    no task (`is_task` False).
    """

    text: str
    lang: Lang
    is_task: bool = False
    due: datetime | None = None
    all_day: bool = False
    due_is_past: bool = False
    recurrence: str | None = None  # RFC 5545 RRULE body, e.g. "FREQ=WEEKLY;BYDAY=MO"
    lead: timedelta | None = None  # remind this long before `due` (提前30分钟)
    priority: PriorityName = "normal"
    customer: str | None = None  # canonical name when known, else the name as written
    customer_is_new: bool = False
    customer_candidates: tuple[str, ...] = ()  # known customers it may be, best first
    customer_guessed: bool = False  # matched by surname + title or a near miss: a guess
    contact: str | None = None  # the person at a company customer (蓝海科技刘经理 -> 刘经理)
    contacted: bool = False  # the memo says an interaction with the customer happened
    past_event: bool = False  # it names only past times: a report, no task
    birthday: Birthday | None = None
    amount: Amount | None = None
    tags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()  # @usernames, without the @
    title: str = ""
    time_span: tuple[int, int] | None = None  # where the time expression is in `text`
    notes: tuple[str, ...] = field(default=())  # what the parser was unsure of, machine codes
