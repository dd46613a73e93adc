"""The shared benchmark memo sets, scored by bench/parse_bench.py's own scorer."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(os.environ.get("MEMOCRM_BENCH_DATA", ROOT.parent / "shared" / "bench" / "datetime"))


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("parse_bench", ROOT / "bench/parse_bench.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _strict(name: str) -> tuple[int, int]:
    if not (DATA / f"{name}.jsonl").exists():
        if os.environ.get("CI"):  # CI has shared/ beside the clone: missing data is a failure
            pytest.fail(f"benchmark data not found at {DATA}")
        pytest.skip(f"benchmark data not found at {DATA} (set MEMOCRM_BENCH_DATA)")
    bench = _bench()
    cases = bench.load(DATA, name)
    result = bench.run_set(cases, lambda c: bench.ours(c, memo_set=True), strict_all_day=True)
    return result["strict"], result["n"]


@pytest.mark.parametrize("name", ["memo_times_zh", "memo_times_en"])
def test_memo_times_at_least_39_of_40(name: str) -> None:
    right, total = _strict(name)
    assert total == 40
    assert right >= 39


def test_memo_negatives_give_no_task_29_of_30() -> None:
    zh_right, zh_total = _strict("memo_negatives_zh")
    en_right, en_total = _strict("memo_negatives_en")
    assert zh_total + en_total == 30
    assert zh_right + en_right >= 29
