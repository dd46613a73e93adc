"""Seeded teams written straight to the database.

`seed_team`: known activity, used by the summary/report/export tests (which compute the
right answers from the same lists, independently of the SQL) and by bench/summary_bench.py
at full size; `seed_amounts` adds a customer with amounts of given kinds.
`seed_reminders`: reminders falling due, one per chat, for the dispatcher's two-process
test and bench/load_bench.py.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_sessionmaker
from storage.enums import ChatKind, Role, TaskStatus, Tier
from storage.models import Chat, Customer, Member, Note, ReminderDelivery, Task, Team

GROUP_TG = -1000777
TIERS = [Tier.VIP, Tier.IMPORTANT, Tier.NORMAL, Tier.POTENTIAL]
# what a seeded amount is, in turn by note index (the random stream is left as it was);
# None: a note from before amounts had kinds
AMOUNT_KINDS = [None, "deal", "quote", "budget", "payment", "owed", "other"]


@dataclass
class Seeded:
    """What was written: enough to compute any expected figure."""

    team_id: int
    chat_id: int
    member_ids: list[int]
    member_tg: list[int]
    customers: list[dict[str, object]] = field(default_factory=list)
    notes: list[dict[str, object]] = field(default_factory=list)
    tasks: list[dict[str, object]] = field(default_factory=list)


@dataclass(frozen=True)
class Window:
    """When the seeded activity happens."""

    start: datetime
    span: timedelta

    def at(self, rng: random.Random) -> datetime:
        return self.start + self.span * rng.random()


def _customer(rng: random.Random, i: int, seeded: Seeded, w: Window) -> dict[str, object]:
    created = w.at(rng) - timedelta(days=rng.randint(0, 200))
    contact = created + timedelta(days=rng.randint(0, 60)) if rng.random() < 0.8 else None
    return {"id": i + 1, "team_id": seeded.team_id, "name": f"客户{i:05d}", "aliases": [],
            "tags": [], "tier": rng.choice(TIERS), "owner_id": rng.choice(seeded.member_ids),
            "created_at": created, "last_contact_at": contact}


def _note(rng: random.Random, i: int, seeded: Seeded, w: Window) -> dict[str, object]:
    amount = Decimal(rng.randint(1, 500) * 100) if rng.random() < 0.2 else None
    return {"id": i + 1, "team_id": seeded.team_id, "author_id": rng.choice(seeded.member_ids),
            "customer_id": rng.randint(1, len(seeded.customers)), "chat_id": seeded.chat_id,
            "text": f"note {i}", "lang": "zh", "tags": [], "created_at": w.at(rng),
            "amount": amount, "currency": rng.choice(["CNY", "USD"]) if amount else None,
            "amount_kind": AMOUNT_KINDS[i % len(AMOUNT_KINDS)] if amount else None}


def _task(rng: random.Random, i: int, seeded: Seeded, w: Window) -> dict[str, object]:
    created = w.at(rng)
    due = created + timedelta(hours=rng.randint(-48, 240))
    done = rng.random() < 0.5
    return {"id": i + 1, "team_id": seeded.team_id, "assignee_id": rng.choice(seeded.member_ids),
            "customer_id": rng.randint(1, len(seeded.customers)), "title": f"task {i}",
            "due_at": due, "all_day": False, "created_at": created,
            "status": TaskStatus.DONE if done else TaskStatus.OPEN,
            "completed_at": created + timedelta(hours=rng.randint(1, 200)) if done else None}


async def seed_team(engine: AsyncEngine, *, customers: int, notes: int, tasks: int,
                    start: datetime, span: timedelta, seed: int = 7) -> Seeded:
    """Write one team (3 members, a group chat) with random but reproducible activity."""
    rng = random.Random(seed)
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    async with make_sessionmaker(engine).begin() as s:
        team = Team(name="Seeded", created_at=t0)
        s.add(team)
        await s.flush()
        chat = Chat(tg_chat_id=GROUP_TG, team_id=team.id, kind=ChatKind.GROUP, created_at=t0)
        people = [Member(team_id=team.id, tg_user_id=900 + i, display_name=f"Rep{i}",
                         role=Role.OWNER if i == 0 else Role.REP, lang="en", created_at=t0)
                  for i in range(3)]
        s.add_all([chat, *people])
        await s.flush()
        seeded = Seeded(team.id, chat.id, [m.id for m in people], [m.tg_user_id for m in people])
        w = Window(start, span)
        seeded.customers = [_customer(rng, i, seeded, w) for i in range(customers)]
        seeded.notes = [_note(rng, i, seeded, w) for i in range(notes)]
        seeded.tasks = [_task(rng, i, seeded, w) for i in range(tasks)]
        for model, rows in ((Customer, seeded.customers), (Note, seeded.notes),
                            (Task, seeded.tasks)):
            for offset in range(0, len(rows), 5000):
                await s.execute(insert(model), rows[offset:offset + 5000])
        if engine.dialect.name == "postgresql":  # ids were given: move the sequences on
            for table in ("customers", "notes", "tasks"):
                await s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))"))
    return seeded


async def seed_amounts(engine: AsyncEngine, seeded: Seeded, customer: str,
                       amounts: Sequence[tuple[datetime, Decimal, str | None]],
                       currency: str = "CNY") -> int:
    """A new customer of the seeded team with one note by Rep0 per (time, amount, kind);
    returns the customer's id."""
    async with make_sessionmaker(engine).begin() as s:
        row = Customer(team_id=seeded.team_id, name=customer,
                       created_at=min(at for at, _, _ in amounts))
        s.add(row)
        await s.flush()
        s.add_all([Note(team_id=seeded.team_id, customer_id=row.id, chat_id=seeded.chat_id,
                        author_id=seeded.member_ids[0], text=f"{kind}: {amount}", lang="zh",
                        amount=amount, currency=currency, amount_kind=kind, created_at=at)
                   for at, amount, kind in amounts])
    return row.id


async def seed_reminders(engine: AsyncEngine, fire_times: Sequence[datetime],
                         chat_ids: Sequence[int]) -> None:
    """One team and, for each chat id (negative: a group), a task titled r0, r1, ... due
    and reminded there at the matching fire time."""
    now = datetime.now(UTC)
    async with make_sessionmaker(engine).begin() as s:
        team = Team(name="reminders", created_at=now)
        s.add(team)
        await s.flush()
        member = Member(team_id=team.id, tg_user_id=1, display_name="m", created_at=now)
        chats = [Chat(tg_chat_id=tg, team_id=team.id,
                      kind=ChatKind.GROUP if tg < 0 else ChatKind.PRIVATE, created_at=now)
                 for tg in chat_ids]
        s.add_all([member, *chats])
        await s.flush()
        tasks = [Task(team_id=team.id, assignee_id=member.id, chat_id=c.id, title=f"r{i}",
                      due_at=fire, created_at=now)
                 for i, (c, fire) in enumerate(zip(chats, fire_times, strict=True))]
        s.add_all(tasks)
        await s.flush()
        s.add_all([ReminderDelivery(task_id=t.id, chat_id=c.id, fire_at=t.due_at,
                                    created_at=now)
                   for t, c in zip(tasks, chats, strict=True)])
