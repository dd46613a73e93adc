"""Weekly summary and its chart for a big team, on SQLite and on PostgreSQL.

    .venv/bin/python bench/summary_bench.py [--runs 15] [--skip-postgres] [--json out.json]

Seeds one team with 10,000 customers, 200,000 notes and 50,000 tasks spread over 16
weeks (tests/support/seed.py), then times, warm, over --runs runs each:
- summary: Summaries.summary(week), the whole service call, DB queries included;
- chart: Summaries.chart(...) on that summary (matplotlib in a worker thread).
Targets: summary <= 300 ms and chart <= 500 ms (p50) on both databases.
PostgreSQL: the local server (TEST_POSTGRES_DSN), in a throwaway schema.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.services.container import build_services  # noqa: E402
from bot.services.deps import Deps, TeamDefaults  # noqa: E402
from bot.services.identity import Who  # noqa: E402
from bot.services.periods import Span  # noqa: E402
from storage.db import is_sqlite, make_sessionmaker, upgrade  # noqa: E402
from tests.support.databases import (  # noqa: E402
    PG_URL,
    Database,
    create_pg_schema,
    drop_pg_schema,
)
from tests.support.seed import GROUP_TG, seed_team  # noqa: E402

NOW = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)
SIZE = {"customers": 10_000, "notes": 200_000, "tasks": 50_000}
TARGETS = {"summary": 300.0, "chart": 500.0}
LABELS = {"notes": "笔记", "done": "完成", "overdue": "逾期", "more": "还有 {n} 人",
          "amounts": "各客户金额"}


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"p50": round(statistics.median(ordered), 1), "max": round(ordered[-1], 1),
            "min": round(ordered[0], 1)}


async def _timed(fn: Any, runs: int) -> tuple[list[float], Any]:
    samples, result = [], None
    await fn()  # warm-up
    for _ in range(runs):
        start = time.perf_counter()
        result = await fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples, result


async def bench(db: Database, runs: int) -> dict[str, Any]:
    engine = db.engine()
    try:
        await upgrade(engine)
        start = time.perf_counter()
        await seed_team(engine, **SIZE, start=NOW - timedelta(weeks=16),
                        span=timedelta(weeks=16))
        seeded_s = time.perf_counter() - start
        deps = Deps(make_sessionmaker(engine), lambda: NOW, TeamDefaults(), is_sqlite(engine))
        services = build_services(deps)
        who = Who(900, GROUP_TG, True, "Rep0")
        summary_ms, summary = await _timed(
            lambda: services.summaries.summary(who, Span.WEEK), runs)
        chart_ms, png = await _timed(
            lambda: services.summaries.chart(summary, "Seeded · 本周", LABELS), runs)
        return {"db": db.kind, "seed_s": round(seeded_s, 1), "summary_ms": _ms(summary_ms),
                "chart_ms": _ms(chart_ms), "png_kib": round(len(png) / 1024, 1),
                "notes_in_week": summary.total("notes")}
    finally:
        await engine.dispose()


async def main(args: argparse.Namespace) -> list[dict[str, Any]]:
    results = []
    with TemporaryDirectory() as tmp:
        results.append(await bench(
            Database("sqlite", f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"), args.runs))
    if not args.skip_postgres:
        schema = await create_pg_schema()
        try:
            results.append(await bench(Database("postgres", PG_URL, schema), args.runs))
        finally:
            await drop_pg_schema(schema)
    return results


def report(results: list[dict[str, Any]]) -> None:
    print(f"team: {SIZE['customers']:,} customers, {SIZE['notes']:,} notes, "
          f"{SIZE['tasks']:,} tasks; warm runs, ms")
    print(f"{'db':10} {'seed s':>7} {'summary p50':>12} {'max':>7} {'chart p50':>10} "
          f"{'max':>7}  notes this week")
    for r in results:
        s, c = r["summary_ms"], r["chart_ms"]
        print(f"{r['db']:10} {r['seed_s']:7} {s['p50']:12} {s['max']:7} {c['p50']:10} "
              f"{c['max']:7}  {r['notes_in_week']:,}")
    for r in results:
        for key, target in TARGETS.items():
            p50 = r[f"{key}_ms"]["p50"]
            verdict = "OK" if p50 <= target else "OVER"
            print(f"target {r['db']} {key} p50 {p50} ms <= {target:.0f} ms: {verdict}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    out = asyncio.run(main(options))
    report(out)
    if options.json:
        options.json.write_text(json.dumps(out, indent=2))
