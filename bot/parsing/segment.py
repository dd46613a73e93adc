"""jieba, loaded once on first use.

The dictionary is a module-level cache (loading it is the slow part of a cold start).
It is never changed afterwards: words added for one team would change how every other
team's memos are read (a customer name added as a frequent word stops looking like a
name), so known customers are matched on the text itself (customers.py), not taught
to jieba.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from importlib.metadata import version
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_state: dict[str, Any] = {}

# Words jieba's dictionary has seen fewer times than this are left out of the one it
# loads: more than half its 349,000 entries, 40 MiB of the bot's memory. Segmenting a
# memo rarely picks such a word, and names.py treats any word seen under 50 times as
# a possible name either way; the parser's tests and benchmark read the same with it.
MIN_WORD_FREQ = 4


def _dictionary(jieba_dir: Path) -> Path:
    """jieba's dictionary without its rarest words, written once beside jieba's own cache."""
    path = Path(tempfile.gettempdir()) / (
        f"memocrm-jieba-{version('jieba')}-min{MIN_WORD_FREQ}.txt")
    if not path.exists():
        kept = [line for line in (jieba_dir / "dict.txt").read_bytes().splitlines()
                if int(line.split(b" ")[1]) >= MIN_WORD_FREQ]
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(b"\n".join(kept) + b"\n")
        Path(tmp).chmod(0o644)
        Path(tmp).replace(path)  # atomic: another process may be writing it too
    return path


def _jieba() -> Any:
    tokenizer = _state.get("jieba")
    if tokenizer is None:
        with _lock:
            tokenizer = _state.get("jieba")
            if tokenizer is None:
                import jieba  # noqa: PLC0415

                jieba.setLogLevel(logging.WARNING)
                jieba.set_dictionary(_dictionary(Path(jieba.__file__).parent))
                jieba.initialize()
                tokenizer = _state["jieba"] = jieba
    return tokenizer


def cut(text: str) -> list[str]:
    """jieba tokens of `text` (HMM on, so unseen names come out whole)."""
    tokens: list[str] = _jieba().lcut(text)
    return tokens


NOT_IN_NAMES = frozenset(("v", "vd", "d", "p", "r", "u", "ul", "uj", "uz", "ug", "ud", "uv",
                           "m", "mq", "t", "tg", "q", "c", "f", "y", "e", "o", "k"))


def name_like(text: str) -> list[tuple[str, bool]]:
    """jieba's words of `text` with whether each may be part of a company's name (nouns,
    place names, adjectives: not verbs, adverbs, numbers, times, particles)."""
    return [(word, flag not in NOT_IN_NAMES) for word, flag in tagged(text)]


def tagged(text: str) -> list[tuple[str, str]]:
    """jieba's words of `text` with their part of speech (nr: a person's name)."""
    import jieba.posseg  # noqa: PLC0415 - loaded with the tokenizer, on first use

    _jieba()
    return [(pair.word, pair.flag) for pair in jieba.posseg.cut(text)]


def word_frequency(word: str) -> int:
    """How often jieba's dictionary has seen `word` (0 when it is not a word it knows)."""
    freq = _jieba().dt.FREQ.get(word)
    return int(freq) if freq else 0
