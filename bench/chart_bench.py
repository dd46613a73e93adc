"""Speed of the weekly summary chart (bot/reports/charts.py).

    .venv/bin/python bench/chart_bench.py [--runs 40] [--cold-runs 3] [--json out.json]

cold: a fresh interpreter per run (subprocess): import of bot.reports.charts, then the
first render (10 reps + 10 amount rows), which loads the CJK font; the median run is shown.
warm: renders in this process after a warm-up render, p50/p99 over --runs renders, for
1, 10 and 30 reps (30 reps draws the top 12 and a "+18" note), with and without the
10-row top-customers panel. Target: warm p50 <= 500 ms for 10 reps + 10 amounts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.reports.charts import RepBar, SummaryChart, render_summary_chart  # noqa: E402

TARGET_MS = 500.0
LABELS = {"notes": "跟进", "done": "完成", "overdue": "逾期", "empty": "本期没有活动。",
          "more": "还有 {n} 人", "amounts": "金额最高的客户"}
TITLE = "本周团队跟进 11月16日–11月22日"
NAMES = ("张伟", "李娜 Lina", "王芳🔥", "Zhao Lei", "陈静", "Christopher Hamilton", "刘洋",
         "黄敏", "周杰", "吴婷")
COLD_SNIPPET = """
import time
t0 = time.perf_counter()
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from bot.reports.charts import render_summary_chart
t1 = time.perf_counter()
from chart_bench import make_chart
chart = make_chart(10, amounts=True)
t1b = time.perf_counter()
png = render_summary_chart(chart)
t2 = time.perf_counter() - (t1b - t1)
with open("/proc/self/status") as status:
    rss = next(int(l.split()[1]) for l in status if l.startswith("VmHWM")) / 1024
print(f"{{(t1 - t0) * 1000:.1f}} {{(t2 - t1) * 1000:.1f}} {{rss:.1f}}")
"""


def make_chart(reps: int, *, amounts: bool) -> SummaryChart:
    """A week with ``reps`` reps (Chinese, English, emoji names) and maybe 10 customers."""
    bars = tuple(RepBar(f"{NAMES[i % len(NAMES)]}{i // len(NAMES) or ''}", 3 + (7 * i) % 23,
                        (5 * i) % 9, i % 4) for i in range(reps))
    rows = tuple((f"客户{i} 贸易有限公司", 8_000.0 * (10 - i) + 123.45) for i in range(10))
    return SummaryChart(TITLE, bars, LABELS, rows if amounts else ())


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def warm(reps: int, *, amounts: bool, runs: int) -> dict[str, Any]:
    chart = make_chart(reps, amounts=amounts)
    png = render_summary_chart(chart)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render_summary_chart(chart)
        times.append((time.perf_counter() - start) * 1000)
    return {"reps": reps, "amounts": 10 if amounts else 0, "runs": runs,
            "p50_ms": statistics.median(times), "p99_ms": percentile(times, 0.99),
            "min_ms": min(times), "png_kib": len(png) / 1024}


def cold(runs: int) -> dict[str, float]:
    code = COLD_SNIPPET.format(root=str(ROOT), bench=str(Path(__file__).resolve().parent))
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                             text=True, check=True)
        wall = (time.perf_counter() - start) * 1000
        imp, first, rss = (float(x) for x in out.stdout.split()[-3:])
        results.append((imp, first, wall, rss))
    pick = sorted(results, key=lambda r: r[0] + r[1])[len(results) // 2]
    return {"import_ms": pick[0], "first_render_ms": pick[1],
            "import_first_ms": pick[0] + pick[1], "process_wall_ms": pick[2],
            "max_rss_mib": pick[3]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="warm renders per case")
    parser.add_argument("--cold-runs", type=int, default=3, help="fresh interpreters")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    c = cold(args.cold_runs)
    print(f"cold (median of {args.cold_runs}, subprocess): import {c['import_ms']:.0f} ms + "
          f"first render {c['first_render_ms']:.0f} ms = {c['import_first_ms']:.0f} ms; "
          f"process wall {c['process_wall_ms']:.0f} ms; max RSS {c['max_rss_mib']:.0f} MiB")
    rows = [warm(n, amounts=a, runs=args.runs) for n in (1, 10, 30) for a in (False, True)]
    print(f"warm ({args.runs} renders each, after one warm-up):")
    print(f"{'reps':>5} {'amounts':>8} {'p50 ms':>8} {'p99 ms':>8} {'min ms':>8} {'PNG KiB':>8}")
    for r in rows:
        print(f"{r['reps']:>5} {r['amounts']:>8} {r['p50_ms']:>8.1f} {r['p99_ms']:>8.1f} "
              f"{r['min_ms']:>8.1f} {r['png_kib']:>8.1f}")
    target = next(r for r in rows if r["reps"] == 10 and r["amounts"])
    verdict = "OK" if target["p50_ms"] <= TARGET_MS else "OVER"
    print(f"target: 10 reps + 10 amounts warm p50 {target['p50_ms']:.0f} ms "
          f"<= {TARGET_MS:.0f} ms: {verdict}")
    if args.json:
        args.json.write_text(json.dumps({"cold": c, "warm": rows}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
