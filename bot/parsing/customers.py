"""Which customer a memo is about: a known customer by name, alias, surname + title,
pinyin (zhangwei -> 张伟) or a fuzzy near-miss; else a new one as written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# A name is read character by character: pypinyin's phrase dictionary (55 MiB resident,
# a quarter of the bot's memory) only helps words, and its copy of the character
# dictionary is only needed for custom readings, which we never add.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")

from pypinyin import lazy_pinyin  # reads the two settings above on import
from rapidfuzz import fuzz, process

from bot.parsing.model import KnownCustomer
from bot.parsing.names import SURNAMES, TITLES, NameHit, en_names, zh_names

_FUZZY_MIN = 86.0
_ASCII_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]+){0,2}")


@dataclass(frozen=True)
class CustomerGuess:
    """The customer a memo names, and the known customers it may be."""

    name: str | None = None
    is_new: bool = False
    candidates: tuple[str, ...] = ()
    start: int = -1


@dataclass(frozen=True)
class _Index:
    """The team's customers, prepared for matching (built once per customer list)."""

    keys: tuple[tuple[str, str], ...]  # (lower-cased name or alias, canonical name)
    pinyin: dict[str, str]  # pinyin of a name or alias -> canonical name
    fuzzy_keys: tuple[str, ...]


@lru_cache(maxsize=1 << 16)
def _pinyin(text: str) -> str:
    """Cached: a team's index is rebuilt whenever its customer list changes (a memo naming
    someone new), and reading 10,000 names again took 0.3 s."""
    return "".join(lazy_pinyin(text)).lower()


@lru_cache(maxsize=32)
def _index(customers: tuple[KnownCustomer, ...]) -> _Index:
    keys: list[tuple[str, str]] = []
    pinyin: dict[str, str] = {}
    for customer in customers:
        for key in (customer.name, *customer.aliases):
            if key.strip():
                keys.append((key.strip().lower(), customer.name))
                if not key.isascii():
                    pinyin.setdefault(_pinyin(key), customer.name)
    keys.sort(key=lambda kv: -len(kv[0]))
    return _Index(tuple(keys), pinyin, tuple(k for k, _ in keys))


def _exact(text: str, index: _Index) -> list[tuple[int, str]]:
    lowered = text.lower()
    found: list[tuple[int, str]] = []
    for key, name in index.keys:
        pos = lowered.find(key)
        if pos >= 0 and (not key.isascii() or _word_at(lowered, pos, len(key))):
            found.append((pos, name))
    return sorted(found)


def _word_at(text: str, pos: int, size: int) -> bool:
    """Whether an ASCII key found at `pos` is a whole word: no Latin letter or digit
    touches it (Chinese may: 给Tony Zhang发报价)."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + size] if pos + size < len(text) else " "
    return not _latin(before) and not _latin(after)


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _by_surname(hit: NameHit, customers: Sequence[KnownCustomer]) -> list[str]:
    surname = re.sub(f"(?:{TITLES})$", "", hit.name)
    title = hit.name[len(surname):]
    same = [c for c in customers if c.name.startswith(surname) and c.name[0] in SURNAMES]
    titled = [c for c in same if any(a.endswith(title) for a in c.aliases)]
    return [c.name for c in (titled or same)]


def _by_pinyin(text: str, index: _Index) -> str | None:
    for match in _ASCII_WORDS.finditer(text):
        words = match.group(0).lower().split()
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                name = index.pinyin.get("".join(words[first:first + size]))
                if name is not None:
                    return name
    return None


def _by_fuzzy(hits: Sequence[NameHit], index: _Index) -> str | None:
    for hit in hits:
        probe = hit.name.lower()
        best = process.extractOne(probe, index.fuzzy_keys, scorer=fuzz.ratio,
                                  score_cutoff=_FUZZY_MIN)
        if best is None and not probe.isascii():
            name = index.pinyin.get(_pinyin(hit.name))
            if name is not None:
                return name
        if best is not None:
            return dict(index.keys)[best[0]]
    return None


def find_customer(
    text: str, lang: str, customers: Sequence[KnownCustomer] = ()
) -> CustomerGuess:
    """The customer `text` is about; known customers win over new names."""
    index = _index(tuple(customers))
    exact = _exact(text, index)
    if exact:
        others = tuple(dict.fromkeys(n for _, n in exact[1:] if n != exact[0][1]))
        return CustomerGuess(exact[0][1], False, others, exact[0][0])
    hits = zh_names(text) if lang == "zh" else en_names(text)
    for hit in hits:
        if hit.kind == "title" and customers:
            matches = _by_surname(hit, customers)
            if len(matches) == 1:
                return CustomerGuess(matches[0], False, (), hit.start)
            if matches:
                return CustomerGuess(hit.name, False, tuple(matches), hit.start)
    known = _by_pinyin(text, index) if index.pinyin else None
    known = known or (_by_fuzzy(hits, index) if customers else None)
    if known is not None:
        return CustomerGuess(known, False, (), -1)
    if hits:
        return CustomerGuess(hits[0].name, True, (), hits[0].start)
    return CustomerGuess()
