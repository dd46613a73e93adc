"""Parts of a month, year or week: 月底, 月初, 月中, 下个月初, 年底, end of month,
early next month, end of year, end of the week.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.parsing.pieces import DateFn, Piece, Rule, add_months, last_day, monday_of

_ZH_MONTH_SHIFT = {
    "": 0, "本": 0, "这个": 0, "这": 0, "当": 0, "下": 1, "下个": 1, "下一个": 1, "下下个": 2,
    "上": -1, "上个": -1,
}
_ZH_YEAR_SHIFT = {"": 0, "今": 0, "本": 0, "明": 1, "去": -1, "后": 2}
_ZH_MONTH = re.compile(
    r"(?<![一二两三四五六七八九十几\d])(?P<rel>下下个|下一个|下个|这个|上个|本|这|当|下|上)?"
    r"月(?P<part>底|末|初|中|中旬|上旬|下旬)", re.ASCII
)
_ZH_NEXT_MONTH = re.compile(r"(?P<rel>下下个|下个|下)月(?![底末初中份\d一二三四五六七八九十])",
    re.ASCII)
_ZH_YEAR = re.compile(r"(?P<rel>今|本|明|去|后)?年(?P<part>底|末|初|中)", re.ASCII)
_ZH_QUARTER = re.compile(r"(?:本|这个)?季度(?:末|底)", re.ASCII)
_EN_MONTH = re.compile(
    r"\b(?:(?P<part>end|beginning|start|middle|early|mid|late)(?:\s+of)?(?:\s+the)?[\s-]+"
    r"(?P<rel>next|this|the|last)?\s*month|(?P<eom>eom|month[\s-]end))\b",
    re.IGNORECASE | re.ASCII,
)
_EN_YEAR = re.compile(
    r"\b(?:(?P<part>end|beginning|start|middle|early|mid|late)(?:\s+of)?(?:\s+the)?[\s-]+"
    r"(?P<rel>next|this|the|last)?\s*year|(?P<eoy>eoy|(?:(?<=\bby\s)|(?<=\bthe\s)|(?<=\bbefore\s)|(?<=\buntil\s))year[\s-]end))\b",
    re.IGNORECASE | re.ASCII,
)
_EN_WEEK = re.compile(
    r"\b(?:(?P<part>end|beginning|start)(?:\s+of)?(?:\s+the)?\s+(?P<rel>next|this|the)?\s*week"
    r"|(?P<eow>eow))\b",
    re.IGNORECASE | re.ASCII,
)
_PART = {
    "底": "end", "末": "end", "下旬": "end", "late": "end", "初": "start", "上旬": "start",
    "early": "start", "beginning": "start", "start": "start", "中": "mid", "中旬": "mid",
    "middle": "mid", "mid": "mid", "end": "end",
}


def _month_part(shift: int, part: str) -> DateFn:
    def resolve(today: date) -> date:
        first = add_months(today.replace(day=1), shift)
        if part == "end":
            return last_day(first.year, first.month)
        if part == "mid":
            if shift == 0 and today.day > 15:  # 月中 said on the 20th: next month's
                first = add_months(first, 1)
            return first.replace(day=15)
        return first

    return resolve


def _year_part(shift: int, part: str) -> DateFn:
    def resolve(today: date) -> date:
        year = today.year + shift
        if part == "start" and shift == 0:
            year += 1  # 年初 said in November: the coming January
        if part == "end":
            return date(year, 12, 31)
        return date(year, 6, 30) if part == "mid" else date(year, 1, 1)

    return resolve


def _zh_month(match: re.Match[str]) -> Piece:
    shift = _ZH_MONTH_SHIFT[match.group("rel") or ""]
    fn = _month_part(shift, _PART[match.group("part")])
    return Piece(match.start(), match.end(), date_fn=fn)


def _zh_next_month(match: re.Match[str]) -> Piece:
    shift = 2 if match.group("rel").startswith("下下") else 1
    return Piece(match.start(), match.end(), date_fn=_month_part(shift, "start"))


def _zh_year(match: re.Match[str]) -> Piece:
    shift = _ZH_YEAR_SHIFT[match.group("rel") or ""]
    fn = _year_part(shift, _PART[match.group("part")])
    return Piece(match.start(), match.end(), date_fn=fn)


def _quarter_end(today: date) -> date:
    month = (today.month - 1) // 3 * 3 + 3
    return last_day(today.year, month)


def _zh_quarter(match: re.Match[str]) -> Piece:
    return Piece(match.start(), match.end(), date_fn=_quarter_end)


def _en_shift(rel: str | None) -> int:
    return {"next": 1, "last": -1}.get((rel or "").lower(), 0)


def _en_month(match: re.Match[str]) -> Piece:
    part = "end" if match.group("eom") else _PART[match.group("part").lower()]
    fn = _month_part(_en_shift(match.group("rel")), part)
    return Piece(match.start(), match.end(), date_fn=fn)


def _en_year(match: re.Match[str]) -> Piece:
    part = "end" if match.group("eoy") else _PART[match.group("part").lower()]
    fn = _year_part(_en_shift(match.group("rel")), part)
    return Piece(match.start(), match.end(), date_fn=fn)


def _en_week(match: re.Match[str]) -> Piece:
    shift = _en_shift(match.group("rel"))
    part = "end" if match.group("eow") else _PART[match.group("part").lower()]
    offset = 4 if part == "end" else 0  # end of week: Friday, the last working day

    def resolve(today: date) -> date:
        return monday_of(today) + timedelta(days=7 * shift + offset)

    return Piece(match.start(), match.end(), date_fn=resolve)


_EN_NEXT_MONTH = re.compile(
    r"\b(?:next|the\s+following)\s+month\b(?!\s*(?:'s|’s))", re.IGNORECASE | re.ASCII)
_WEEKEND = re.compile(
    r"(?P<rel>下个?|这个?|本|this\s+|next\s+|the\s+)?"
    r"(?:周末|礼拜天?末|(?<!(?-i:[A-Z0-9])\s)(?<!(?-i:[A-Z0-9][a-z])\s)(?i:week-?end|wk-?e?nd))"
    r"(?![前后内]|愉快|快乐|(?:活动|工作)?(?:回顾|总结|小结|复盘))", re.IGNORECASE | re.ASCII)


def _en_next_month(match: re.Match[str]) -> Piece:
    return Piece(match.start(), match.end(), date_fn=_month_part(1, "start"))


def _weekend(match: re.Match[str]) -> Piece:
    """周末 / this weekend: the coming Saturday (today on a Saturday or Sunday);
    下周末 / next weekend: Saturday of next week."""
    rel = (match.group("rel") or "").strip().lower()
    nxt = rel.startswith(("下", "next"))

    def resolve(today: date) -> date:
        if nxt:
            return monday_of(today) + timedelta(days=12)
        return today if today.weekday() >= 5 else monday_of(today) + timedelta(days=5)

    return Piece(match.start(), match.end(), date_fn=resolve)


_AROUND_WEEKEND = re.compile(
    r"(?P<before>(?i:\b(?:before|by|ahead\s+of)\s+(?:the\s+|this\s+)?(?:week-?end|wk-?e?nd)\b)|"
    r"(?i:\bweek-?end)\s*(?:之|以)?前|周末(?:之|以)?前)"
    r"|(?P<after>(?i:\b(?:after|over|post)\s+(?:the\s+|this\s+)?(?:week-?end|wk-?e?nd)\b)|"
    r"周末(?:之|以|过)?后|"
    r"过完周末)", re.ASCII)


def _around_weekend(match: re.Match[str]) -> Piece:
    """before the weekend / 周末前: this week's Friday (next week's when said on the weekend);
    after the weekend / 周末后: the Monday after it."""
    before = match.group("before") is not None

    def resolve(today: date) -> date:
        monday = monday_of(today) + timedelta(days=7 if today.weekday() >= 5 else 0)
        return monday + timedelta(days=4) if before else monday_of(today) + timedelta(days=7)

    return Piece(match.start(), match.end(), date_fn=resolve)


RULES: tuple[Rule, ...] = (
    (_AROUND_WEEKEND, _around_weekend),
    (_WEEKEND, _weekend),
    (_EN_NEXT_MONTH, _en_next_month),
    (_ZH_MONTH, _zh_month),
    (_ZH_NEXT_MONTH, _zh_next_month),
    (_ZH_YEAR, _zh_year),
    (_ZH_QUARTER, _zh_quarter),
    (_EN_MONTH, _en_month),
    (_EN_YEAR, _en_year),
    (_EN_WEEK, _en_week),
)
