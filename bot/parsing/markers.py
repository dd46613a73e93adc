"""Marks a memo carries besides its time: #tags, @mentions, and the reminder lead time
(提前30分钟提醒, 提前一天, remind me 1 hour before).
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.parsing.numerals import CN_NUM, EN_NUM_WORD, cn_to_int, word_to_int

_TAG = re.compile(r"(?<![\w&])#(?P<tag>[^\W\d_][\w-]{0,49})")
_MENTION = re.compile(r"(?<![\w.@])@(?P<user>[A-Za-z][A-Za-z0-9_]{2,31})\b")
_ZH_LEAD = re.compile(
    rf"提前(?P<n>\d+|{CN_NUM}|半)?(?P<half>个半|个)?(?P<unit>分钟|分|小时|钟头|天|日|周|星期)(?:提醒)?"
)
_EN_LEAD = re.compile(
    rf"\b(?:remind\s+me\s+)?(?P<n>\d+|{EN_NUM_WORD}|half\s+an?)\s*(?P<unit>minutes?|mins?|"
    r"hours?|hrs?|h|days?|weeks?)\s+(?:before(?:hand)?|ahead|early|in\s+advance|prior)\b",
    re.IGNORECASE,
)
_UNIT_MINUTES = {
    "分钟": 1, "分": 1, "小时": 60, "钟头": 60, "天": 1440, "日": 1440, "周": 10080,
    "星期": 10080, "minute": 1, "min": 1, "hour": 60, "hr": 60, "h": 60, "day": 1440,
    "week": 10080,
}


def find_tags(text: str) -> tuple[str, ...]:
    """#tags, without the #, first occurrence first."""
    return tuple(dict.fromkeys(m.group("tag") for m in _TAG.finditer(text)))


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Where the #tags stand: a tag names no customer (#BlackFriday promo: Pacific Esports)."""
    return [m.span() for m in _TAG.finditer(text)]


def find_mentions(text: str) -> tuple[str, ...]:
    """@usernames, without the @."""
    return tuple(dict.fromkeys(m.group("user") for m in _MENTION.finditer(text)))


def _count(raw: str | None) -> float | None:
    if raw is None:
        return 1
    text = " ".join(raw.lower().split())
    if text in ("半", "half a", "half an"):
        return 0.5
    return cn_to_int(text) if not text.isascii() else word_to_int(text)


def find_lead(text: str) -> tuple[timedelta, tuple[int, int]] | None:
    """How long before the due time to remind, and where that is said."""
    for pattern in (_ZH_LEAD, _EN_LEAD):
        match = pattern.search(text)
        if match is None:
            continue
        count = _count(match.group("n"))
        if count is None:
            continue
        if "half" in match.groupdict() and match.group("half") and "半" in match.group("half"):
            count += 0.5
        unit = match.group("unit").lower()
        minutes = _UNIT_MINUTES.get(unit) or _UNIT_MINUTES.get(unit.rstrip("s"), 1)
        return timedelta(minutes=count * minutes), match.span()
    return None
