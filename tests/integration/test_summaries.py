"""Summary, report and stale figures against a seeded team, computed independently here."""

from __future__ import annotations

import struct
from collections import Counter, defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.errors import ForbiddenError
from bot.reports.charts import SIZE_PX, SIZE_WITH_AMOUNTS_PX
from bot.services.container import Services, build_services
from bot.services.deps import Deps, TeamDefaults
from bot.services.identity import Who
from bot.services.periods import Span
from storage.db import is_sqlite, make_sessionmaker, upgrade
from storage.enums import TaskStatus, Tier
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.seed import GROUP_TG, Seeded, seed_amounts, seed_team

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)  # Wednesday 12:00 in Shanghai
WEEK_START = datetime(2026, 11, 23, tzinfo=SHANGHAI)
WEEK_END = WEEK_START + timedelta(days=7)
ALLOWED = {Tier.VIP: 14, Tier.IMPORTANT: 30, Tier.NORMAL: 90}


@dataclass
class World:
    services: Services
    seeded: Seeded

    def who(self, rep: int = 0) -> Who:
        return Who(self.seeded.member_tg[rep], GROUP_TG, True, f"Rep{rep}")


@pytest.fixture
async def world(database: Database) -> AsyncIterator[World]:
    engine = database.engine()
    await upgrade(engine)
    seeded = await seed_team(engine, customers=80, notes=600, tasks=250,
                             start=NOW - timedelta(days=16), span=timedelta(days=16))
    deps = Deps(make_sessionmaker(engine), FrozenClock(NOW), TeamDefaults(), is_sqlite(engine))
    yield World(build_services(deps), seeded)
    await engine.dispose()


def _in_week(at: Any) -> bool:
    return at is not None and WEEK_START <= at < WEEK_END


def _per(rows: list[dict[str, Any]], key: str, keep: Any) -> Counter[int]:
    return Counter(r[key] for r in rows if keep(r))


def _purchase(note: dict[str, Any]) -> bool:
    """memo-conventions.md: only a deal is a purchase (no kind: a note from before kinds)."""
    return note["amount"] is not None and note["amount_kind"] in ("deal", None)


async def test_weekly_summary_figures(world: World) -> None:
    seeded, names = world.seeded, {m: f"Rep{i}" for i, m in enumerate(world.seeded.member_ids)}
    summary = await world.services.summaries.summary(world.who(), Span.WEEK)
    assert (summary.period.first.isoformat(), summary.period.last.isoformat()) == \
        ("2026-11-23", "2026-11-29")
    notes = _per(seeded.notes, "author_id", lambda n: _in_week(n["created_at"]))
    new = _per(seeded.customers, "owner_id", lambda c: _in_week(c["created_at"]))
    made = _per(seeded.tasks, "assignee_id", lambda t: _in_week(t["created_at"]))
    done = _per(seeded.tasks, "assignee_id", lambda t: _in_week(t["completed_at"]))
    overdue = _per(seeded.tasks, "assignee_id",
                   lambda t: t["status"] == TaskStatus.OPEN and t["due_at"] < NOW)
    got = {r.name: (r.notes, r.new_customers, r.tasks_created, r.done, r.overdue)
           for r in summary.reps}
    assert got == {names[m]: (notes[m], new[m], made[m], done[m], overdue[m])
                   for m in seeded.member_ids}
    assert sum(notes.values()) > 50  # the seed really has activity in the week
    sums: defaultdict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for n in seeded.notes:
        if _in_week(n["created_at"]) and _purchase(n):
            sums[(f"客户{n['customer_id'] - 1:05d}", str(n["currency"]))] += n["amount"]
    top = sorted(sums.items(), key=lambda kv: -kv[1])[:5]
    assert [(name, cur, value) for (name, cur), value in top] == list(summary.amounts)


def _stale_expected(seeded: Seeded) -> list[str]:
    rows = []
    for c in seeded.customers:
        if c["tier"] in ALLOWED:
            contact = c["last_contact_at"] or c["created_at"]
            if contact < NOW - timedelta(days=ALLOWED[c["tier"]]):
                rows.append((contact, c["id"], c["name"]))
    return [name for _, _, name in sorted(rows)]


async def test_stale_customers_by_tier(world: World) -> None:
    expected = _stale_expected(world.seeded)
    assert len(expected) > 5
    assert [c.name for c in await world.services.stale.list(world.who(), limit=500)] == expected
    summary = await world.services.summaries.summary(world.who(), Span.WEEK)
    assert [c.name for c in summary.stale] == expected[:5]


async def test_report_per_rep(world: World) -> None:
    seeded = world.seeded
    report = await world.services.summaries.report(world.who(0), Span.WEEK)
    by_name = {r.name: r for r in report.reps}
    for i, member in enumerate(seeded.member_ids):
        mine = [t for t in seeded.tasks if t["assignee_id"] == member]
        done = [t for t in mine if _in_week(t["completed_at"])]
        due = [t for t in mine if _in_week(t["due_at"])]
        late = [t for t in due if t["status"] == TaskStatus.OPEN and t["due_at"] < NOW]
        rep = by_name[f"Rep{i}"]
        assert (rep.done, rep.due, rep.overdue) == (len(done), len(due), len(late))
        days = [(t["completed_at"] - t["created_at"]).total_seconds() / 86400 for t in done]
        assert rep.avg_days_to_done == pytest.approx(sum(days) / len(days)) if days else \
            rep.avg_days_to_done is None
        amounts: defaultdict[str, Decimal] = defaultdict(Decimal)
        for n in seeded.notes:
            if n["author_id"] == member and _in_week(n["created_at"]) and _purchase(n):
                amounts[str(n["currency"])] += n["amount"]
        assert dict(rep.amounts) == dict(amounts)


async def test_report_is_for_managers_only(world: World) -> None:
    with pytest.raises(ForbiddenError):
        await world.services.summaries.report(world.who(1), Span.WEEK)


async def test_stale_follow_up_makes_a_task_for_tomorrow(world: World) -> None:
    stale = await world.services.stale.list(world.who(1))
    tasks = await world.services.stale.follow_up(world.who(1), stale[0].id)
    (task,) = tasks.items
    assert task.customer == stale[0].name and task.all_day
    assert task.due is not None and task.due.date().isoformat() == "2026-11-26"


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the PNG's IHDR chunk."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


async def test_chart_draws_deals_only(database: Database) -> None:
    engine = database.engine()
    await upgrade(engine)
    seeded = await seed_team(engine, customers=0, notes=0, tasks=0,
                             start=NOW - timedelta(days=1), span=timedelta(days=1))
    services = build_services(
        Deps(make_sessionmaker(engine), FrozenClock(NOW), TeamDefaults(), is_sqlite(engine)))
    who = Who(seeded.member_tg[0], GROUP_TG, True, "Rep0")
    today = NOW - timedelta(hours=1)
    try:
        await seed_amounts(engine, seeded, "星耀科技", [
            (today, Decimal(90000), "quote"), (today, Decimal(50000), "budget"),
            (today, Decimal(3000), "payment"), (today, Decimal(700), "owed")])
        summary = await services.summaries.summary(who, Span.WEEK)
        assert summary.amounts == ()
        png = await services.summaries.chart(summary, "Week", {})
        assert _png_size(png) == SIZE_PX  # no customers panel: nothing was bought
        await seed_amounts(engine, seeded, "蓝海科技", [(today, Decimal(1200), "deal")])
        summary = await services.summaries.summary(who, Span.WEEK)
        assert summary.amounts == (("蓝海科技", "CNY", Decimal(1200)),)
        png = await services.summaries.chart(summary, "Week", {})
        assert _png_size(png) == SIZE_WITH_AMOUNTS_PX
    finally:
        await engine.dispose()
