"""A learned second opinion on whether a memo records a contact (memo-conventions.md,
Contact records).

The rules in `events` read 拜访了 / called / 聊过 clause by clause; reps say a contact in more
ways than any list of rules holds. A logistic regression over the memo's token n-grams (an
English word or a Chinese character is a token; its customer and contact become one mark,
digits 0, and a first token says when its task falls: none, gone, today, ahead) was trained
on the dev split of our corpus by `bench/train_contacted.py`. It adds a contact record
the rules missed only where it is sure: a probability above 1 - threshold, in a memo with a
customer. It never takes one away: on short memos unlike the corpus (Spent 2 hrs with Acme
Corp's engineers, 美盈森 走访) it was sure of "no" and wrong, while the rules' list of what
is no contact (a plan, a question, a fact) is the part they hold well.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

MODEL = Path(__file__).with_name("contacted_model.json")
NAME_MARK = "Ⓒ"
_DIGITS = re.compile(r"\d+")
_TOKEN = re.compile(r"[a-z']+|[\u3400-\u9fff]|[^\sa-z\u3400-\u9fff]")
MAX_GRAM = 3


@dataclass(frozen=True)
class Model:
    """The trained weights: per n-gram its idf and coefficient, the bias, the threshold."""

    grams: dict[str, tuple[float, float]]
    bias: float
    threshold: float


def when_mark(due: date | None, today: date) -> str:
    """When the memo's task falls, as one mark: none, gone, today or ahead."""
    if due is None:
        return "Ⓝ"
    if due < today:
        return "Ⓟ"
    return "Ⓣ" if due == today else "Ⓕ"


def grams(text: str, names: Iterable[str | None], when: str) -> list[str]:
    """The token n-grams (1 to 3; tokens joined by \x01) the model reads."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = re.sub(re.escape(name), f" {NAME_MARK} ", text, flags=re.IGNORECASE)
    tokens = [when, *_TOKEN.findall(_DIGITS.sub("0", text).lower())]
    return ["\x01".join(tokens[i:i + n])
            for n in range(1, MAX_GRAM + 1) for i in range(len(tokens) - n + 1)]


@cache
def load(path: Path = MODEL) -> Model | None:
    """The model saved by the training script, or None when there is none."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(grams={g: (w[0], w[1]) for g, w in data["grams"].items()},
                 bias=float(data["bias"]), threshold=float(data["threshold"]))


def probability(model: Model, features: list[str]) -> float:
    """P(the memo records a contact): sublinear tf-idf, l2-normalised, then the logistic."""
    weighted = [((1.0 + math.log(count)) * hit[0], hit[1])
                for gram, count in Counter(features).items()
                if (hit := model.grams.get(gram)) is not None]
    norm = math.sqrt(sum(v * v for v, _ in weighted)) or 1.0
    z = model.bias + sum(v * coef for v, coef in weighted) / norm
    return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


def second_opinion(ruled: bool, text: str, names: tuple[str | None, str | None],
                   when: str, model: Model | None = None) -> bool:
    """The rules' answer, or a contact record they missed where the model (by default the
    saved one) is sure of it. names = (customer, contact): with no customer there is none."""
    model = model or load()
    if ruled or model is None or names[0] is None:
        return ruled
    return probability(model, grams(text, names, when)) > 1.0 - model.threshold
