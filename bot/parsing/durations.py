"""Spans of time from now: 3天后, 两小时后, 半小时后, 30分钟后, 一周后, 5年前, in 3 days,
in 2 hours, in an hour, two weeks from now, 3 days ago.

Days and longer give a date (all-day); hours and minutes give an exact time.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from bot.parsing.numerals import CN_NUM, EN_NUM_WORD, cn_to_int, word_to_int
from bot.parsing.pieces import Piece, Rule

_ZH_UNIT = {
    "分钟": "minutes", "分": "minutes", "小时": "hours", "钟头": "hours", "钟": "hours",
    "天": "days", "日": "days", "周": "weeks", "星期": "weeks", "礼拜": "weeks", "月": "months",
    "年": "years", "工作日": "workdays",
}
_ZH = re.compile(
    rf"(?P<n>\d+(?:\.5)?|{CN_NUM}|半|几)(?P<half>个半|个)?(?P<unit>分钟|分(?=[后以之])|小时|钟头|钟(?=[后以之])|"
    r"工作日|天|日(?=[后以之])|周|星期|礼拜|月|年)(?P<half2>半)?"
    r"(?P<dir>以后|之后|过后|后|以前|之前|前|以内|之内|内)", re.ASCII
)
_ZH_AFTER = re.compile(
    rf"(?:再)?过(?P<n>\d+|{CN_NUM}|半)(?P<half>个半|个)?(?P<unit>分钟|小时|天|周)", re.ASCII
)
_EN_UNITS = {
    "minute": "minutes", "min": "minutes", "hour": "hours", "hr": "hours", "h": "hours",
    "day": "days", "week": "weeks", "wk": "weeks", "month": "months", "year": "years",
    "business day": "workdays", "working day": "workdays", "fortnight": "fortnights",
}
_EN_UNIT = r"(?P<unit>minutes?|mins?|hours?|hrs?|h|business\s+days?|working\s+days?|days?|" \
    r"weeks?|wks?|months?|years?|fortnights?)"
_EN_N = rf"(?P<n>\d+(?:\.5)?|half\s+an?|an?\s+couple\s+of|a\s+few|{EN_NUM_WORD})"
_EN_IN = re.compile(
    rf"\b(?:in|within|after)\s+(?:about\s+|another\s+)?{_EN_N}(?P<half>\s+and\s+a\s+half)?"
    rf"\s*{_EN_UNIT}\b(?P<half2>\s+and\s+a\s+half\b)?(?:'s\s+time)?(?!\s+of\b)",
    re.IGNORECASE | re.ASCII,
)
_EN_FROM = re.compile(
    rf"\b{_EN_N}(?P<half>\s+and\s+a\s+half)?\s*{_EN_UNIT}\s+"
    r"(?P<dir>from\s+now|from\s+today|later|hence|ago|before\s+now|back)\b",
    re.IGNORECASE | re.ASCII,
)
# 3 days 后, 2 weeks 之后: an English span with a Chinese "later"
_MIXED = re.compile(
    rf"\b(?P<n>\d+(?:\.5)?|{EN_NUM_WORD})\s*{_EN_UNIT}\s*(?P<dir>以后|之后|过后|后)",
    re.IGNORECASE | re.ASCII,
)
_EN_FORTNIGHT = re.compile(r"\b(?:in\s+)?a\s+fortnight(?:\s+later|\s+from\s+now)?\b",
    re.I | re.ASCII)


def _count(raw: str) -> float | None:
    text = " ".join(raw.lower().split())
    if text in ("半", "half a", "half an"):
        return 0.5
    if text in ("几", "a few"):
        return 3
    if text.endswith("couple of"):
        return 2
    if re.fullmatch(r"\d+\.5", text):
        return float(text)
    return cn_to_int(text) if not text.isascii() else word_to_int(text)


def _add_workdays(today: date, count: int) -> date:
    day = today
    while count > 0:
        day += timedelta(days=1)
        count -= day.weekday() < 5
    return day


def _piece(match: re.Match[str], amount: float, unit: str) -> Piece | None:
    if amount > 10000:
        return None
    start, end = match.start(), match.end()
    if unit in ("minutes", "hours"):
        minutes = round(amount * (60 if unit == "hours" else 1))
        return Piece(start, end, exact=relativedelta(minutes=minutes))
    if unit == "workdays":
        return Piece(start, end, date_fn=lambda t: _add_workdays(t, int(amount)))
    if unit == "fortnights":
        unit, amount = "weeks", amount * 2
    if unit in {"days", "weeks"}:
        days = round(amount * (7 if unit == "weeks" else 1))
        return Piece(start, end, date_fn=lambda t: t + timedelta(days=days))
    months = amount * (12 if unit == "years" else 1)
    if months != int(months):  # 半个月: 15 days
        half = round(months * 30)
        return Piece(start, end, date_fn=lambda t: t + timedelta(days=half))
    return Piece(start, end, date_fn=lambda t: t + relativedelta(months=int(months)))


def _with_half(count: float | None, half: str | None) -> float | None:
    if count is None:
        return None
    return count + 0.5 if (half and "半" in half) or (half and "half" in half.lower()) else count


def _zh(match: re.Match[str]) -> Piece | None:
    count = _with_half(_count(match.group("n")), match.group("half") or match.group("half2"))
    if count is None:
        return None
    sign = -1 if match.group("dir").endswith("前") else 1
    return _piece(match, sign * count, _ZH_UNIT[match.group("unit")])


def _zh_after(match: re.Match[str]) -> Piece | None:
    count = _with_half(_count(match.group("n")), match.group("half"))
    return None if count is None else _piece(match, count, _ZH_UNIT[match.group("unit")])


def _en_unit(raw: str) -> str:
    word = " ".join(raw.lower().split())
    return _EN_UNITS.get(word) or _EN_UNITS.get(word.rstrip("s"), "days")


def _en_in(match: re.Match[str]) -> Piece | None:  # in an hour and a half, in 1.5 hours
    count = _with_half(_count(match.group("n")), match.group("half") or match.group("half2"))
    return None if count is None else _piece(match, count, _en_unit(match.group("unit")))


def _en_from(match: re.Match[str]) -> Piece | None:
    count = _with_half(_count(match.group("n")), match.group("half"))
    direction = match.group("dir").lower()
    sign = -1 if direction.startswith(("ago", "before", "back")) else 1
    return None if count is None else _piece(match, sign * count, _en_unit(match.group("unit")))


def _fortnight(match: re.Match[str]) -> Piece | None:
    return _piece(match, 1, "fortnights")


def _mixed(match: re.Match[str]) -> Piece | None:
    count = _count(match.group("n"))
    return None if count is None else _piece(match, count, _en_unit(match.group("unit")))


RULES: tuple[Rule, ...] = (
    (_MIXED, _mixed),
    (_ZH, _zh),
    (_ZH_AFTER, _zh_after),
    (_EN_IN, _en_in),
    (_EN_FROM, _en_from),
    (_EN_FORTNIGHT, _fortnight),
)
