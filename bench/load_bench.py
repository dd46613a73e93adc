"""Load: memos through the real Application, and 10,000 reminders due at once.

    .venv/bin/python bench/load_bench.py [--memos 2000] [--reminders 10000] [--skip-postgres]

1. memos/s: the built Application (handlers, services, parser, DB) fed real Updates from
   100 users concurrently, on SQLite and on PostgreSQL; the Bot API is faked at PTB's
   request layer, and the rate limiter is opened up (this measures the bot, not Telegram).
2. burst: --reminders due at once to as many private chats, dispatched with the default
   limits (30 messages/s overall, AIORateLimiter) against a simulated Bot API that
   answers 429 whenever more than 30 sends land in one second: achieved rate as a
   fraction of the limit, 429s, lost and duplicated reminders.
3. delay: 60 reminders falling due one every 0.25 s, dispatched every second (the
   default): p50 and p95 delay from due time to send, uncongested.
Peak RSS of the whole run is reported last (the reminders are seeded from a child
process, so that only the bot's own objects count). Targets: >= 300 memos/s on each
database, >= 0.95 of the limit, 0 429s / lost / duplicated, p50 delay <= 1 s, peak RSS
<= 200 MiB.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import resource
import statistics
import sys
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import build  # noqa: E402
from bot.config import Settings  # noqa: E402
from handlers.local_api import ApiCall, LocalBotApi, Updates  # noqa: E402
from storage.db import upgrade  # noqa: E402
from tests.support.databases import (  # noqa: E402
    PG_URL,
    Database,
    create_pg_schema,
    drop_pg_schema,
)
from tests.support.seed import seed_reminders  # noqa: E402

MEMOS = ("明天下午3点给张总{n}打电话确认报价3.5万",
         "拜访了华为李经理{n}，对A产品感兴趣，下周三下午再跟进",
         "Met Jane{n} at Acme, wants a quote, follow up Fri 10am",
         "每周一上午10点给王总{n}发周报")


class TelegramLimits:
    """Answers 429 like Telegram when more than `per_second` sends land in one second."""

    def __init__(self, per_second: int) -> None:
        self.per_second = per_second
        self.times: deque[float] = deque()
        self.refused = 0
        self.sent: Counter[str] = Counter()
        self.sent_at: dict[str, float] = {}

    def __call__(self, call: ApiCall) -> tuple[int, dict[str, Any]] | None:
        if call.method != "sendMessage":
            return None
        now = time.monotonic()
        while self.times and now - self.times[0] >= 1.0:
            self.times.popleft()
        if len(self.times) >= self.per_second:
            self.refused += 1
            return 429, {"ok": False, "error_code": 429, "description": "Too Many Requests",
                         "parameters": {"retry_after": 1}}
        self.times.append(now)
        key = str(call.params["text"]).split("\n")[0]
        self.sent[key] += 1
        self.sent_at.setdefault(key, time.time())
        return None


async def memos_per_second(db: Database, count: int) -> float:
    cards = 0

    def count_card(call: ApiCall) -> None:
        nonlocal cards
        text = str(call.params.get("text", ""))
        cards += call.method == "sendMessage" and ("已记录" in text or "Saved" in text)

    api = LocalBotApi(on_call=count_card, record=False)
    settings = Settings(_env_file=None, database_url=db.url,  # type: ignore[call-arg]
                        rate_limit_per_second=100_000, group_rate_limit_per_minute=100_000)
    runtime = build(settings, request=api, engine=db.engine())
    async with runtime.app:
        await runtime.startup()
        users = [Updates(runtime.app.bot, user_id=5000 + i, first_name=f"U{i}")
                 for i in range(100)]
        for user in users:  # each user's team exists before the clock starts
            await runtime.app.process_update(user.message("/start"))
        gate = asyncio.Semaphore(32)

        async def one(i: int) -> None:
            async with gate:
                user = users[i % len(users)]
                await runtime.app.process_update(user.message(MEMOS[i % 4].format(n=i)))

        start = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(count)))
        elapsed = time.perf_counter() - start
    await runtime.engine.dispose()
    if cards < count:
        msg = f"only {cards} cards for {count} memos"
        raise RuntimeError(msg)
    return count / elapsed


async def _seed_due(db: Database, fire_times: list[datetime]) -> None:
    engine = db.engine()
    await upgrade(engine)
    await seed_reminders(engine, fire_times, [1_000_000 + i for i in range(len(fire_times))])
    await engine.dispose()


async def _dispatching(db: Database, limits: TelegramLimits, until_sent: int,
                       give_up_after: float) -> float:
    settings = Settings(_env_file=None, database_url=db.url)  # type: ignore[call-arg]
    runtime = build(settings, request=LocalBotApi(fail=limits, record=False),
                    engine=db.engine())
    start = time.perf_counter()
    async with runtime.app:
        await runtime.startup()
        await runtime.app.start()  # the JobQueue dispatches every second, as in production
        while len(limits.sent) < until_sent and time.perf_counter() - start < give_up_after:
            await asyncio.sleep(0.2)  # polling a counter the fake API bumps
        elapsed = time.perf_counter() - start
        await runtime.app.stop()
    await runtime.engine.dispose()
    return elapsed


def _seed_in_child(db: Database, fire_times: list[datetime]) -> None:
    asyncio.run(_seed_due(db, fire_times))


async def _seed_apart(db: Database, fire_times: list[datetime]) -> None:
    """Seed from a child process, so that the 10,000 rows' objects made for the test are
    not counted in the bot's peak RSS."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        await asyncio.get_running_loop().run_in_executor(pool, _seed_in_child, db, fire_times)


async def burst(db: Database, count: int) -> dict[str, Any]:
    due = datetime.now(UTC) - timedelta(seconds=1)
    await _seed_apart(db, [due] * count)
    limits = TelegramLimits(30)
    elapsed = await _dispatching(db, limits, count, give_up_after=count / 30 * 2 + 60)
    first, last = min(limits.sent_at.values()), max(limits.sent_at.values())
    rate = (len(limits.sent) - 1) / (last - first) if len(limits.sent) > 1 else 0.0
    return {"sent": len(limits.sent), "lost": count - len(limits.sent),
            "duplicated": sum(n - 1 for n in limits.sent.values()),
            "rate_per_s": round(rate, 2), "fraction_of_limit": round(rate / 30, 3),
            "refused_429": limits.refused, "elapsed_s": round(elapsed, 1)}


async def delays(db: Database, count: int = 60) -> dict[str, float]:
    start = datetime.now(UTC) + timedelta(seconds=10)  # seeded and started by then
    fires = [start + timedelta(seconds=0.25 * i) for i in range(count)]
    await _seed_apart(db, fires)
    limits = TelegramLimits(30)
    await _dispatching(db, limits, count, give_up_after=count * 0.25 + 30)
    lag = sorted(limits.sent_at[f"⏰ 提醒：r{i}"] - fires[i].timestamp() for i in range(count))
    return {"p50_s": round(statistics.median(lag), 3),
            "p95_s": round(lag[int(len(lag) * 0.95) - 1], 3)}


def _rss() -> str:
    return f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"


async def main(args: argparse.Namespace) -> None:
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # as the bot's own logging does
    print("memos/s through the real Application (100 users, 32 at a time):")
    with TemporaryDirectory() as tmp:
        sqlite = Database("sqlite", f"sqlite+aiosqlite:///{Path(tmp) / 'memos.db'}")
        print(f"  sqlite    {await memos_per_second(sqlite, args.memos):8.1f}  (target 300)"
              f"   peak RSS so far {_rss()}")
    if not args.skip_postgres:
        schema = await create_pg_schema()
        try:
            pg = Database("postgres", PG_URL, schema)
            print(f"  postgres  {await memos_per_second(pg, args.memos):8.1f}  (target 300)"
                  f"   peak RSS so far {_rss()}")
        finally:
            await drop_pg_schema(schema)
    with TemporaryDirectory() as tmp:
        db = Database("sqlite", f"sqlite+aiosqlite:///{Path(tmp) / 'burst.db'}")
        print(f"burst of {args.reminders} due at once (SQLite, limit 30/s): "
              f"{await burst(db, args.reminders)}   peak RSS so far {_rss()}")
    with TemporaryDirectory() as tmp:
        db = Database("sqlite", f"sqlite+aiosqlite:///{Path(tmp) / 'delay.db'}")
        print(f"delay from due to send, uncongested (target p50 <= 1 s): {await delays(db)}")
    print(f"peak RSS {_rss()} (target 200 MiB)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memos", type=int, default=2000)
    parser.add_argument("--reminders", type=int, default=10_000)
    parser.add_argument("--skip-postgres", action="store_true")
    asyncio.run(main(parser.parse_args()))
