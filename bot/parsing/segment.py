"""jieba, loaded once on first use.

The dictionary is a module-level cache (loading it is the slow part of a cold start).
It is never changed afterwards: words added for one team would change how every other
team's memos are read (a customer name added as a frequent word stops looking like a
name), so known customers are matched on the text itself (customers.py), not taught
to jieba.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

_lock = threading.Lock()
_state: dict[str, Any] = {}


def _jieba() -> Any:
    tokenizer = _state.get("jieba")
    if tokenizer is None:
        with _lock:
            tokenizer = _state.get("jieba")
            if tokenizer is None:
                import jieba  # noqa: PLC0415

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                tokenizer = _state["jieba"] = jieba
    return tokenizer


def cut(text: str) -> list[str]:
    """jieba tokens of `text` (HMM on, so unseen names come out whole)."""
    tokens: list[str] = _jieba().lcut(text)
    return tokens


def word_frequency(word: str) -> int:
    """How often jieba's dictionary has seen `word` (0 when it is not a word it knows)."""
    freq = _jieba().dt.FREQ.get(word)
    return int(freq) if freq else 0
