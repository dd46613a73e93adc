"""Accuracy and speed of the memo parser on the shared date/time benchmark sets, on our own
memo corpus (bench/corpus: dev and test splits) and on the public realistic memos.

    .venv/bin/python bench/parse_bench.py [--data ../shared/bench/datetime] [--json out.json]

memo_times_*: parse_memo's task due must be exactly right (an expected date: an all-day
task on that date; an expected date-time: a timed task at that time). memo_negatives_*:
parse_memo must make no task. rt_*: the first time find_time reads, scored as the README
says (a date compares the date only; "any" accepts any listed reading). dateparser's
search_dates runs on the same inputs in the same run (scored by date/date-time only, as
it has no all-day notion).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.parsing import find_time, parse_memo  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
MEMO_SETS = ("memo_times_zh", "memo_times_en", "memo_negatives_zh", "memo_negatives_en")
RT_SETS = ("rt_model_zh", "rt_parser_zh", "rt_model_en", "rt_parser_en", "rt_negative_en",
           "rt_negative_zh")
Hit = tuple[datetime, bool] | None  # (due as local wall time, all_day)
COLD_SNIPPET = """
import time, resource
t0 = time.perf_counter()
from datetime import datetime
from zoneinfo import ZoneInfo
{imports}
t1 = time.perf_counter()
{call}
t2 = time.perf_counter()
try:  # VmHWM: this process's own peak (ru_maxrss can carry the parent's over exec)
    with open("/proc/self/status") as status:
        rss = next(int(l.split()[1]) for l in status if l.startswith("VmHWM")) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{{(t1 - t0) * 1000:.1f}} {{(t2 - t1) * 1000:.1f}} {{rss:.1f}}")
"""
OURS_COLD = ("from bot.parsing import parse_memo",
             "parse_memo('明天下午3点给张总打电话', datetime(2026, 11, 18, 10, "
             "tzinfo=ZoneInfo('Asia/Shanghai')))")
DATEPARSER_COLD = ("from dateparser.search import search_dates",
                   "search_dates('明天下午3点给张总打电话', languages=['zh'])")


def load(data: Path, name: str) -> list[dict[str, Any]]:
    with (data / f"{name}.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def correct(expected: str, hit: Hit, *, strict_all_day: bool) -> bool:
    """One expected value against one hit (README scoring; see module doc)."""
    if hit is None:
        return False
    due, all_day = hit
    if len(expected) == 10:
        return due.date().isoformat() == expected and (all_day or not strict_all_day)
    return not (all_day and strict_all_day) and due.isoformat() == expected


def score(case: dict[str, Any], hit: Hit, *, strict_all_day: bool) -> tuple[bool, bool]:
    """(strict, any) for one case."""
    expected: list[str] = case["expected"]
    if not expected:
        return hit is None, hit is None
    strict = correct(expected[0], hit, strict_all_day=strict_all_day)
    return strict, any(correct(e, hit, strict_all_day=strict_all_day) for e in expected)


def _now(case: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(case["now"]).replace(tzinfo=TZ)


def ours(case: dict[str, Any], *, memo_set: bool) -> Hit:
    now = _now(case)
    if memo_set:
        memo = parse_memo(case["text"], now)
        return None if memo.due is None else (memo.due.replace(tzinfo=None), memo.all_day)
    found = find_time(case["text"], now)
    return None if found is None else (found.due.replace(tzinfo=None), found.all_day)


def dateparser_hit(case: dict[str, Any]) -> Hit:
    from dateparser.search import search_dates  # noqa: PLC0415 - timed separately

    settings = {"RELATIVE_BASE": datetime.fromisoformat(case["now"]),
                "PREFER_DATES_FROM": "future"}
    lang = case.get("lang") or ("zh" if any("\u4e00" <= c <= "\u9fff" for c in case["text"])
                                else "en")
    try:
        found = search_dates(case["text"], languages=[lang], settings=settings)
    except Exception:
        return None
    return None if not found else (found[0][1].replace(tzinfo=None), False)


def run_set(cases: list[dict[str, Any]], parse: Callable[[dict[str, Any]], Hit],
            *, strict_all_day: bool) -> dict[str, Any]:
    strict = any_ok = 0
    misses: list[dict[str, Any]] = []
    times: list[float] = []
    for case in cases:
        start = time.perf_counter()
        hit = parse(case)
        times.append((time.perf_counter() - start) * 1000)
        ok, ok_any = score(case, hit, strict_all_day=strict_all_day)
        strict += ok
        any_ok += ok_any
        if not ok:
            misses.append({"id": case["id"], "text": case["text"], "expected": case["expected"],
                           "got": None if hit is None else [hit[0].isoformat(), hit[1]]})
    return {"n": len(cases), "strict": strict, "any": any_ok, "misses": misses,
            "ms": times}


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def warm_speed(texts: list[str], rounds: int) -> dict[str, float]:
    now = datetime(2026, 11, 18, 10, tzinfo=TZ)
    for text in texts:
        parse_memo(text, now)
    times: list[float] = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            parse_memo(text, now)
            times.append((time.perf_counter() - start) * 1000)
    return {"p50_ms": statistics.median(times), "p99_ms": percentile(times, 99),
            "max_ms": max(times), "memos_per_s": len(times) / (sum(times) / 1000)}


def dateparser_speed(cases: list[dict[str, Any]], rounds: int) -> dict[str, float]:
    for case in cases:
        dateparser_hit(case)
    times: list[float] = []
    for _ in range(rounds):
        for case in cases:
            start = time.perf_counter()
            dateparser_hit(case)
            times.append((time.perf_counter() - start) * 1000)
    return {"p50_ms": statistics.median(times), "p99_ms": percentile(times, 99),
            "max_ms": max(times), "memos_per_s": len(times) / (sum(times) / 1000)}


def cold_start(imports: str, call: str, repeats: int = 3) -> dict[str, float]:
    runs: list[tuple[float, float, float, float]] = []
    for _ in range(repeats):
        code = COLD_SNIPPET.format(imports=imports, call=call)
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                             text=True, check=True)
        wall = (time.perf_counter() - start) * 1000
        imp, first, rss = (float(x) for x in out.stdout.split()[-3:])
        runs.append((imp, first, wall, rss))
    pick = sorted(runs, key=lambda r: r[0] + r[1])[len(runs) // 2]
    return {"import_ms": pick[0], "first_call_ms": pick[1], "import_first_ms": pick[0] + pick[1],
            "process_wall_ms": pick[2], "max_rss_mib": pick[3]}


def memory_peak(texts: list[str]) -> float:
    """tracemalloc peak (KiB) while parsing every memo once, warm."""
    import tracemalloc  # noqa: PLC0415

    now = datetime(2026, 11, 18, 10, tzinfo=TZ)
    tracemalloc.start()
    for text in texts:
        parse_memo(text, now)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024


def accuracy(data: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in MEMO_SETS + RT_SETS:
        if not (data / f"{name}.jsonl").exists():
            continue
        cases = load(data, name)
        memo_set = name in MEMO_SETS
        mine = run_set(cases, partial(ours, memo_set=memo_set), strict_all_day=memo_set)
        theirs = run_set(cases, dateparser_hit, strict_all_day=False)
        rows.append({"set": name, "ours": mine, "dateparser": theirs})
    return rows


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "-"


def print_accuracy(rows: list[dict[str, Any]]) -> None:
    print(f"{'set':<20}{'ours strict':>18}{'ours any':>18}{'dateparser':>18}"
          f"{'dp any':>18}{'ratio':>8}")
    for row in rows:
        mine, theirs = row["ours"], row["dateparser"]
        ratio = mine["strict"] / theirs["strict"] if theirs["strict"] else float("inf")
        print(f"{row['set']:<20}{_pct(mine['strict'], mine['n']):>18}"
              f"{_pct(mine['any'], mine['n']):>18}{_pct(theirs['strict'], theirs['n']):>18}"
              f"{_pct(theirs['any'], theirs['n']):>18}{ratio:>8.2f}")


def print_speed(speed: dict[str, Any]) -> None:
    mine, theirs = speed["ours_warm"], speed["dateparser_warm"]
    print(f"\n{'warm, per memo':<22}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}{'memos/s':>12}")
    for label, row in (("parse_memo", mine), ("dateparser search", theirs)):
        print(f"{label:<22}{row['p50_ms']:>10.3f}{row['p99_ms']:>10.3f}{row['max_ms']:>10.3f}"
              f"{row['memos_per_s']:>12.0f}")
    print(f"speed ratio (dateparser p50 / ours p50): {theirs['p50_ms'] / mine['p50_ms']:.1f}x")
    print(f"\n{'cold start':<22}{'import':>10}{'first':>10}{'imp+1st':>10}{'wall':>10}"
          f"{'RSS MiB':>10}")
    for label, key in (("parse_memo (+jieba)", "ours_cold"), ("dateparser", "dateparser_cold")):
        row = speed[key]
        print(f"{label:<22}{row['import_ms']:>10.1f}{row['first_call_ms']:>10.1f}"
              f"{row['import_first_ms']:>10.1f}{row['process_wall_ms']:>10.1f}"
              f"{row['max_rss_mib']:>10.1f}")
    print(f"warm tracemalloc peak over all memos: {speed['tracemalloc_peak_kib']:.0f} KiB")


CORPUS = ROOT / "bench" / "corpus"
MEMO_FILES = ROOT.parent / "shared" / "bench" / "memos"


def _scorer() -> Any:
    """The shared memo scorer (../shared/bench/memos/score_memos.py): one judge for every set."""
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.spec_from_file_location("score_memos", MEMO_FILES / "score_memos.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {MEMO_FILES}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def memo_accuracy() -> list[tuple[str, str, dict[str, list[int]]]]:
    """Every field of every memo with gold: our corpus's dev and test splits and the public
    realistic memos, per language. (set, lang, {field: [right, of]})."""
    from bot.parsing.jsonl import parse_json_line  # noqa: PLC0415

    score = _scorer()
    sets = [(f"corpus {split}", CORPUS / f"memos_{split}.jsonl") for split in ("dev", "test")]
    sets += [("public", path) for path in sorted(MEMO_FILES.glob("memos_*.jsonl"))]
    out: dict[tuple[str, str], dict[str, list[int]]] = {}
    for name, path in sets:
        if not path.exists():
            continue
        for case in score.load(str(path)):
            got = parse_json_line(json.dumps(score.request(case), ensure_ascii=False))
            judged = score.judge(case, got)
            judged["overall"] = all(judged.values())
            for lang in (case["lang"], "all"):
                cell = out.setdefault((name, lang), {})
                for field, ok in judged.items():
                    right_of = cell.setdefault(field, [0, 0])
                    right_of[0] += ok
                    right_of[1] += 1
    return [(name, lang, cells) for (name, lang), cells in out.items()]


def print_memo_accuracy(rows: list[tuple[str, str, dict[str, list[int]]]]) -> None:
    fields = ("overall", "task", "due", "customer", "contact", "amount", "kind", "priority",
              "recur", "contacted", "birthday")
    print(f"\n{'memos with gold':<14}{'lang':>6}  " + " ".join(f"{f:>9}" for f in fields))
    for name, lang, cells in sorted(rows):
        def pct(field: str, cells: dict[str, list[int]] = cells) -> str:
            right, of = cells.get(field, [0, 0])
            return f"{100 * right / of:8.1f}%" if of else f"{'-':>9}"
        n = cells["overall"][1]
        print(f"{name:<14}{lang:>6}  " + " ".join(pct(f) for f in fields) + f"  n={n}")


def fallback_check(data: Path) -> list[tuple[str, int, int, int]]:
    """What dateparser behind the own rules changes: each memo set's count of memos right
    with it and without it (set, with, without, of) — it must never lower one."""
    from unittest import mock  # noqa: PLC0415 - switching the fallback off, for the bench only

    def right(rows_memo: list[tuple[str, str, dict[str, list[int]]]],
              rows_time: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
        got = {name: (cells["overall"][0], cells["overall"][1])
               for name, lang, cells in rows_memo if lang == "all"}
        got.update({row["set"]: (row["ours"]["strict"], row["ours"]["n"]) for row in rows_time})
        return got

    def memo_sets() -> list[dict[str, Any]]:
        return [{"set": name, "ours": run_set(load(data, name), partial(ours, memo_set=True),
                                              strict_all_day=True)}
                for name in MEMO_SETS if (data / f"{name}.jsonl").exists()]

    with_it = right(memo_accuracy(), memo_sets())
    with mock.patch("bot.parsing.memo.absolute_date", return_value=None):
        without = right(memo_accuracy(), memo_sets())
    return [(name, with_it[name][0], without[name][0], with_it[name][1]) for name in with_it]


def print_fallback(rows: list[tuple[str, int, int, int]]) -> None:
    print(f"\n{'dateparser fallback':<22}{'with':>8}{'without':>9}{'of':>6}")
    for name, with_it, without, of in rows:
        flag = "" if with_it >= without else "  LOWER"
        print(f"{name:<22}{with_it:>8}{without:>9}{of:>6}{flag}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/bench/datetime")
    parser.add_argument("--json", type=Path, help="write the full results here")
    parser.add_argument("--rounds", type=int, default=20, help="warm timing rounds")
    parser.add_argument("--misses", action="store_true", help="list the cases we miss")
    args = parser.parse_args(argv)
    rows = accuracy(args.data)
    memo_cases = [c for name in MEMO_SETS for c in load(args.data, name)]
    texts = [c["text"] for c in memo_cases]
    speed = {
        "ours_warm": warm_speed(texts, args.rounds),
        "dateparser_warm": dateparser_speed(memo_cases, max(1, args.rounds // 4)),
        "ours_cold": cold_start(*OURS_COLD),
        "dateparser_cold": cold_start(*DATEPARSER_COLD),
        "tracemalloc_peak_kib": memory_peak(texts),
    }
    print_accuracy(rows)
    print_memo_accuracy(memo_accuracy())
    print_fallback(fallback_check(args.data))
    print_speed(speed)
    if args.misses:
        for row in rows:
            for miss in row["ours"]["misses"]:
                print(f"  miss {row['set']}: {miss['text'][:70]!r} {miss['expected'][:2]} "
                      f"got {miss['got']}")
    if args.json:
        for row in rows:
            for side in ("ours", "dateparser"):
                row[side].pop("ms")
        args.json.write_text(json.dumps({"accuracy": rows, "speed": speed}, indent=1,
                                        ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
