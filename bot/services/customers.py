"""Customers: find one by what the user typed, and show its timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from rapidfuzz import fuzz, process
from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import InputError, NotFoundError
from bot.services.cards import CustomerRef, TaskView, task_view
from bot.services.deps import Deps
from bot.services.identity import Actor, Who, acting
from storage.enums import TaskStatus, Tier
from storage.models import Customer
from storage.repos import customers, notes, tasks, teams

TIMELINE_NOTES = 10
FUZZY_CUTOFF = 75
MAX_MATCHES = 6


@dataclass(frozen=True)
class NoteView:
    """A note on a customer's timeline."""

    at: datetime
    text: str
    amount: Decimal | None
    currency: str | None


@dataclass(frozen=True)
class Timeline:
    """A customer's open tasks and latest notes."""

    customer: CustomerRef
    tier: Tier
    owner: str | None
    details: tuple[tuple[str, str], ...]  # (field, value) of the contact fields that are set
    last_contact: datetime | None
    open_tasks: tuple[TaskView, ...]
    notes: tuple[NoteView, ...]
    today: date


DETAIL_FIELDS = ("company", "phone", "email", "wechat", "address", "industry", "stage")


def _details(c: Customer) -> tuple[tuple[str, str], ...]:
    pairs = [(f, str(getattr(c, f))) for f in DETAIL_FIELDS if getattr(c, f)]
    if c.aliases:
        pairs.append(("alias", ", ".join(c.aliases)))
    if c.tags:
        pairs.append(("tags", " ".join(f"#{tag}" for tag in c.tags)))
    if c.birthday_month and c.birthday_day:
        year = f"{c.birthday_year}-" if c.birthday_year else ""
        kind = "lunar" if c.birthday_lunar else "solar"
        pairs.append((f"birthday_{kind}", f"{year}{c.birthday_month:02d}-{c.birthday_day:02d}"))
    return tuple(pairs)


async def load_timeline(s: AsyncSession, actor: Actor, customer: Customer, now: datetime
                        ) -> Timeline:
    """A customer's card: details, open tasks and latest notes, in the team's time zone."""
    open_tasks = [t for t in await tasks.for_customer(s, customer.id, 50)
                  if t.status == TaskStatus.OPEN]
    recent = await notes.for_customer(s, customer.id, TIMELINE_NOTES)
    owner = await teams.get_member_by_id(s, customer.owner_id) if customer.owner_id else None
    return Timeline(
        customer=CustomerRef(customer.id, customer.name), tier=customer.tier,
        owner=owner.display_name if owner else None, details=_details(customer),
        last_contact=(customer.last_contact_at.astimezone(actor.tz)
                      if customer.last_contact_at else None),
        open_tasks=tuple(task_view(t, actor.tz, now) for t in open_tasks),
        notes=tuple(NoteView(n.created_at.astimezone(actor.tz), n.text, n.amount, n.currency)
                    for n in recent),
        today=now.astimezone(actor.tz).date(),
    )


async def team_customer(s: AsyncSession, actor: Actor, customer_id: int) -> Customer:
    """One of the actor's team's customers, or NotFoundError."""
    found = await customers.get(s, actor.team_id, customer_id)
    if found is None:
        raise NotFoundError("This customer is not in your team, or it is gone.")
    return found


def find_matches(query: str, rows: Sequence[Customer]) -> list[Customer]:
    """Customers whose name or alias is the query, contains it, or nearly matches it."""
    q = query.strip().casefold()
    names = {c.id: [c.name, *c.aliases] for c in rows}
    by_id = {c.id: c for c in rows}
    exact = [by_id[i] for i, ns in names.items() if any(n.casefold() == q for n in ns)]
    if exact:
        return exact
    partial = [by_id[i] for i, ns in names.items() if any(q in n.casefold() for n in ns)]
    if partial:
        return partial[:MAX_MATCHES]
    choices = {(i, n): n.casefold() for i, ns in names.items() for n in ns}
    scored = process.extract(q, choices, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF,
                             limit=MAX_MATCHES)
    ids = dict.fromkeys(key[0] for _, _, key in scored)
    return [by_id[i] for i in ids]


class Customers:
    """Look customers up."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps

    async def find(self, who: Who, query: str) -> list[CustomerRef]:
        """The team's customers matching what the user typed, best first."""
        if not query.strip():
            raise InputError("Say which customer, for example: %(example)s",
                             example="/customer 张伟")
        async with acting(self._d, who) as (s, actor, _now):
            rows = await customers.list_for_team(s, actor.team_id)
            found = find_matches(query, rows)
            if not found:
                raise NotFoundError("No customer matches %(query)s.", query=query.strip())
            return [CustomerRef(c.id, c.name) for c in found]

    async def timeline(self, who: Who, customer_id: int) -> Timeline:
        """A customer's open tasks and latest notes (only the user's team's)."""
        async with acting(self._d, who) as (s, actor, now):
            return await load_timeline(s, actor, await team_customer(s, actor, customer_id), now)
