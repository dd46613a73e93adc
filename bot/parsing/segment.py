"""jieba, loaded once on first use, with the team's customer names as user words.

The dictionary is a module-level cache (loading it is the slow part of a cold start);
nothing else about the parser keeps state.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from typing import Any

_lock = threading.Lock()
_state: dict[str, Any] = {}
_added: set[str] = set()


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


def add_words(words: Iterable[str]) -> None:
    """Teach the tokenizer the team's customer names (each only once)."""
    fresh = [w for w in words if w and w not in _added and not w.isascii()]
    if not fresh:
        return
    tokenizer = _jieba()
    with _lock:
        for word in fresh:
            tokenizer.add_word(word, freq=2000, tag="nr")
            _added.add(word)


def cut(text: str) -> list[str]:
    """jieba tokens of `text` (HMM on, so unseen names come out whole)."""
    tokens: list[str] = _jieba().lcut(text)
    return tokens


def word_frequency(word: str) -> int:
    """How often jieba's dictionary has seen `word` (0 when it is not a word it knows)."""
    freq = _jieba().dt.FREQ.get(word)
    return int(freq) if freq else 0
