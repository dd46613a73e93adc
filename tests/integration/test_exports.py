"""The plan workbook from a real database: only deals are purchases, every amount shows its
kind. Expected figures are computed here from what was seeded, not from the SQL."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.exports.xlsx import LABELS
from bot.services.container import Services, build_services
from bot.services.deps import Deps, TeamDefaults
from bot.services.identity import Who
from storage.db import is_sqlite, make_sessionmaker, upgrade
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.seed import GROUP_TG, Seeded, seed_amounts, seed_team

NOW = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)  # Wednesday 12:00 in Shanghai
EN = LABELS["en"]  # the seeded members write English


@dataclass
class World:
    services: Services
    seeded: Seeded
    engine: AsyncEngine

    def owner(self) -> Who:
        return Who(self.seeded.member_tg[0], GROUP_TG, True, "Rep0")


@pytest.fixture
async def world(database: Database) -> AsyncIterator[World]:
    engine = database.engine()
    await upgrade(engine)
    seeded = await seed_team(engine, customers=40, notes=400, tasks=0,
                             start=NOW - timedelta(days=60), span=timedelta(days=60))
    deps = Deps(make_sessionmaker(engine), FrozenClock(NOW), TeamDefaults(), is_sqlite(engine))
    yield World(build_services(deps), seeded, engine)
    await engine.dispose()


async def _sheets(world: World) -> tuple[Worksheet, Worksheet]:
    export = await world.services.exports.workbook(world.owner())
    plan, notes, _tasks = load_workbook(io.BytesIO(export.content)).worksheets
    return plan, notes


def _records(ws: Worksheet) -> list[dict[str, Any]]:
    """The sheet's rows as {header: value}."""
    header = [str(c.value) for c in ws[1]]
    return [dict(zip(header, (c.value for c in row), strict=True))
            for row in ws.iter_rows(min_row=2)]


def _purchase(note: dict[str, Any]) -> bool:
    """memo-conventions.md: only a deal is a purchase (no kind: a note from before kinds)."""
    return note["amount"] is not None and note["amount_kind"] in ("deal", None)


def _lines(text: str | None) -> Counter[tuple[Decimal, str]]:
    """"2026-11-01 35,000 CNY" lines as (amount, currency) counts."""
    out: Counter[tuple[Decimal, str]] = Counter()
    for line in (text or "").splitlines():
        _day, value, currency = line.split()
        out[(Decimal(value.replace(",", "")), currency)] += 1
    return out


async def test_only_deals_are_purchases_in_the_plan_table(world: World) -> None:
    day = NOW - timedelta(days=3)  # 2026-11-22 in Shanghai
    await seed_amounts(world.engine, world.seeded, "蓝海科技", [
        (day, Decimal(90000), "quote"), (day + timedelta(hours=1), Decimal(50000), "budget"),
        (day + timedelta(hours=2), Decimal(12000), "deal"),
        (day + timedelta(hours=3), Decimal(3000), "payment"),
        (day + timedelta(hours=4), Decimal(700), "owed"),
        (day + timedelta(hours=5), Decimal(400), "other"),
        (day - timedelta(days=30), Decimal(800), None),  # from before amounts had kinds
    ])
    plan, notes = await _sheets(world)
    (row,) = [r for r in _records(plan) if r[EN["customer"]] == "蓝海科技"]
    assert row[EN["purchases"]] == "2026-10-23 800 CNY\n2026-11-22 12,000 CNY"
    assert row[EN["total"]] == 12800
    assert row[EN["currency"]] == "CNY"
    listed = [(r[EN["amount"]], r[EN["amount_kind"]]) for r in _records(notes)
              if r[EN["customer"]] == "蓝海科技"]
    assert listed == [(800, None), (90000, "Quote"), (50000, "Budget"), (12000, "Deal"),
                      (3000, "Payment received"), (700, "Owed"), (400, "Other")]


async def test_a_customer_with_only_a_quote_has_no_purchases(world: World) -> None:
    await seed_amounts(world.engine, world.seeded, "星耀科技",
                       [(NOW - timedelta(days=1), Decimal(35000), "quote")])
    plan, notes = await _sheets(world)
    (row,) = [r for r in _records(plan) if r[EN["customer"]] == "星耀科技"]
    assert (row[EN["purchases"]], row[EN["total"]], row[EN["currency"]]) == (None, None, None)
    (note,) = [r for r in _records(notes) if r[EN["customer"]] == "星耀科技"]
    assert (note[EN["amount"]], note[EN["currency"]], note[EN["amount_kind"]]) == \
        (35000, "CNY", "Quote")


async def test_every_customers_purchases_are_its_deals(world: World) -> None:
    seeded_notes: list[dict[str, Any]] = [dict(n) for n in world.seeded.notes]
    assert {n["amount_kind"] for n in seeded_notes if n["amount"]} >= \
        {"deal", "quote", "budget", None}  # the seed really mixes kinds
    plan, notes = await _sheets(world)
    names = {c["id"]: str(c["name"]) for c in world.seeded.customers}
    expected: dict[str, Counter[tuple[Decimal, str]]] = {name: Counter() for name in
                                                          names.values()}
    for n in seeded_notes:
        if _purchase(n):
            expected[names[n["customer_id"]]][(n["amount"], n["currency"])] += 1
    got = {r[EN["customer"]]: _lines(r[EN["purchases"]]) for r in _records(plan)}
    assert got == expected
    ordered = sorted(seeded_notes, key=lambda n: (n["created_at"], n["id"]))
    kinds = [EN[f"kind.{n['amount_kind']}"] if n["amount_kind"] else None for n in ordered]
    assert [r[EN["amount_kind"]] for r in _records(notes)] == kinds
