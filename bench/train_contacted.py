"""Train the learned second opinion on `contacted` (bot/parsing/learned.py).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python bench/train_contacted.py

Reads only the dev split (bench/corpus/memos_dev.jsonl): the test split is never trained
on. Each memo is read by the reader first, for its customer, contact and due (what the
model's features mark); the model is then a logistic regression (scikit-learn, C=16) over
sublinear tf-idf of the token n-grams of `learned.grams`. It writes
bot/parsing/contacted_model.json and prints the 5-fold cross-validated accuracy on dev.

    .venv/bin/python bench/train_contacted.py --hold 'IIIII|JJJJJ' --out /tmp/m.json

leaves out the memos whose id matches --hold (whole batches, to measure the model on
writers' batches it never saw) and writes the model elsewhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, datetime
from multiprocessing import Pool
from pathlib import Path
from zoneinfo import ZoneInfo

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.parsing import learned  # noqa: E402
from bot.parsing.jsonl import parse_json_line  # noqa: E402

DEV = ROOT / "bench" / "corpus" / "memos_dev.jsonl"
C = 16.0
THRESHOLD = 0.1


def features(case: dict) -> list[str]:
    """The n-grams of one memo, marked from the reader's own answer."""
    line = {k: case[k] for k in ("id", "text", "now") if k in case}
    line["tz"] = case.get("tz", "Asia/Shanghai")
    if case.get("customers"):
        line["customers"] = case["customers"]
    out = parse_json_line(json.dumps(line, ensure_ascii=False))
    today = datetime.fromisoformat(case["now"]).astimezone(ZoneInfo(line["tz"])).date()
    task = out.get("task")
    due = date.fromisoformat(task["due"][:10]) if isinstance(task, dict) else None
    names = (out.get("customer"), out.get("contact"))
    return learned.grams(case["text"], names, learned.when_mark(due, today))


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--hold", help="leave out the dev memos whose id matches this regex")
    args.add_argument("--out", type=Path, default=learned.MODEL)
    opts = args.parse_args()
    hold = re.compile(opts.hold) if opts.hold else None
    cases = [c for c in map(json.loads, DEV.read_text("utf-8").splitlines())
             if "contacted" in c["gold"] and not (hold and hold.search(c["id"]))]
    with Pool(2) as pool:
        docs = pool.map(features, cases, chunksize=50)
    labels = [bool(c["gold"]["contacted"]) for c in cases]
    vec = TfidfVectorizer(analyzer=lambda grams: grams, min_df=2, sublinear_tf=True)
    x = vec.fit_transform(docs)
    model = LogisticRegression(C=C, max_iter=3000)
    cv = cross_val_score(model, x, labels, cv=5)
    model.fit(x, labels)
    grams = {g: [round(float(vec.idf_[i]), 5), round(float(model.coef_[0][i]), 5)]
             for g, i in sorted(vec.vocabulary_.items())}
    opts.out.write_text(json.dumps(
        {"bias": round(float(model.intercept_[0]), 5), "threshold": THRESHOLD,
         "trained_on": f"{DEV.relative_to(ROOT)} ({len(cases)} memos)", "grams": grams},
        ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"{len(cases)} dev memos, {len(grams)} n-grams, 5-fold CV accuracy "
          f"{cv.mean():.4f} -> {opts.out}")


if __name__ == "__main__":
    main()
