"""How far two careful readers of the contract agree: a second annotator, briefed with the
contract alone, wrote the gold of 120 dev memos (from batches L, M and N) without seeing the
first writers' gold; this scores one against the other with the shared scorer's rules, and
the reader against both.

    .venv/bin/python bench/corpus/agreement/agreement.py
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SCORER = ROOT.parent / "shared" / "bench" / "memos" / "score_memos.py"
FIELDS = ("task", "due", "customer", "contact", "amount", "kind", "priority", "recur",
          "contacted", "birthday")


def _judge():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_memos", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.judge


def _as_answer(gold: dict) -> dict:
    task = None
    if gold.get("task"):
        task = {k: gold.get(k) for k in ("due", "all_day", "priority", "recurrence")}
    keys = ("customer", "customer_is_new", "contact", "amount", "contacted", "birthday")
    return {"task": task, **{k: gold.get(k) for k in keys}}


def main() -> None:
    judge = _judge()
    second = {r["id"]: r["gold"] for r in map(json.loads, (HERE / "second_annotator.jsonl")
                                              .read_text("utf-8").splitlines())}
    memos = [m for m in map(json.loads, (HERE.parent / "memos_dev.jsonl").read_text("utf-8")
                            .splitlines()) if m["id"] in second]
    first = {m["id"]: m["gold"] for m in memos}
    lines = "\n".join(json.dumps({k: m[k] for k in ("id", "lang", "text", "now", "tz",
                                                    "customers")}, ensure_ascii=False)
                      for m in memos)
    out = subprocess.run([str(ROOT / ".venv" / "bin" / "memocrm"), "parse"], input=lines,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    reader = {m["id"]: json.loads(o) for m, o in zip(memos, out, strict=True)}
    pairs = (("second annotator vs first gold", {k: _as_answer(v) for k, v in second.items()},
              first), ("reader vs first gold", reader, first), ("reader vs second", reader,
                                                                 second))
    for label, answers, golds in pairs:
        right, total, whole = Counter(), Counter(), 0
        for m in memos:
            result = judge({"gold": golds[m["id"]]}, answers[m["id"]])
            whole += all(result.values())
            for field, ok in result.items():
                total[field] += 1
                right[field] += ok
        per = ", ".join(f"{f} {100 * right[f] / total[f]:.1f}" for f in FIELDS if total[f])
        print(f"{label:32s} every field {whole}/{len(memos)} ({100 * whole / len(memos):.1f}%)")
        print(f"{'':32s} {per}")


if __name__ == "__main__":
    main()
