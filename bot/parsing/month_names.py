"""English dates with month names and days of the month: Dec 5, 5 December 2026,
Jan 10 2027, October 2nd, the 25th, on the 15th, the 20th of next month.
"""

from __future__ import annotations

import re
from datetime import date

from bot.parsing.normalize import add_misspellings
from bot.parsing.numerals import EN_ORDINALS, word_to_int
from bot.parsing.pieces import (
    DateFn,
    Piece,
    Rule,
    add_months,
    fixed,
    last_day,
    next_day_of_month,
    next_month_day,
    safe_date,
)

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# typing slips in a long month name, a letter dropped or doubled: Febuary, Decembber
add_misspellings(_MONTHS, ("january", "february", "august", "september", "october",
                           "november", "december"))
_MONTHS.update({"agust": 8, "augst": 8, "feburary": 2, "febrary": 2, "janurary": 1})
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORD_WORD = "|".join(sorted(EN_ORDINALS, key=len, reverse=True))
_TENS = r"(?:twenty|thirty)"
_DAY_WORD = rf"(?:{_TENS}[\s-]?(?:{_ORD_WORD}|one|two|three|four|five|six|seven|eight|nine)|" \
    rf"{_ORD_WORD}|{_TENS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" \
    rf"seventeen|eighteen|nineteen)"
_DAY = rf"(?P<d>\d{{1,2}}(?:st|nd|rd|th)?|{_DAY_WORD})"
_YEAR = r"(?:\s*[,/-]?\s*(?:of\s+|in\s+)?(?P<y>\d{4})(?![\d:]))?"
_MONTH_DAY = re.compile(
    rf"\b(?P<mon>{_MON})\.?(?:\s*[-/.]?\s*|\s+the\s+){_DAY}\b(?!\s*(?:%|:\d|\.\d)){_YEAR}",
    re.IGNORECASE | re.ASCII,
)
_DAY_MONTH = re.compile(
    rf"\b(?:the\s+)?{_DAY}\.?(?:\s+of|\s*[-/])?\s+(?P<mon>{_MON})\b\.?{_YEAR}",
        re.IGNORECASE | re.ASCII
)
_NUM_MON = re.compile(
    rf"\b(?P<a>\d{{1,4}})[-/](?P<mon>{_MON})[-/](?P<b>\d{{1,4}})\b", re.IGNORECASE | re.ASCII
)
# nouns after an ordinal that make it not a date: 5th Avenue, the 1st week
_NOT_DATE = (
    r"(?!\s*(?:st\b|street|avenue|ave\b|floor|fl\b|century|anniversary|percent|time|round|"
    r"week|month|year|place|grade|edition|version|birthday|retweet|order|item|row|line|flush|"
    r"term|semester|level|gen|generation|"
    r"install?ments?|payments?|batch|phase|quarter|shipment|draft|option|attempt|reminder|"
    r"of\s+(?!next|this|last|the))|\s+(?!(?:COB|EOD|EOB|AM|PM|ASAP|AT|TO|FOR|AND|BY|IN|ON|RE|"
    r"ABOUT|WITH|THEN|PLS|PLEASE|BEFORE|AFTER|OF\s+(?:NEXT|THIS))\b)[A-Z])"
)
_THE_DAY = re.compile(
    rf"\b(?P<lead>(?i:the|on))\s+(?:(?i:the)\s+)?(?P<d>\d{{1,2}}(?i:st|nd|rd|th)?|{_DAY_WORD})\b"
    rf"(?![.,:%/]?\d|-){_NOT_DATE}(?P<of>\s+of\s+(?P<rel>next|this|last)\s+month)?", re.ASCII,
)
# a month with no day: March next year, next March, (in) early March 2027, end of June —
# its 1st (early), 15th (mid) or last day (end, late); a bare month name alone is too
# vague (it would make "the March numbers" a date, "left in April" a due), so it needs a
# year, next, a part, or "in" after a follow-up (circle back in January, call them in May)
_PART = r"(?:early|mid|late|end\s+of|beginning\s+of|start\s+of)"
_MONTH_ONLY = re.compile(
    rf"\b(?:(?:(?P<part1>{_PART})[\s-]+)?(?P<next>next\s+)(?P<mon1>{_MON})\b(?!\s*\d)"
    rf"|(?:(?P<part2>{_PART})[\s-]+)?(?P<mon2>{_MON})\.?\s+(?:(?P<nextyear>next\s+year)|"
    rf"(?P<y>\d{{4}}))\b"
    rf"|(?P<part3>{_PART})[\s-]+(?P<mon3>{_MON})\b(?!\.?\s*\d)"
    rf"|(?:(?<=\bstarting\s)|(?<=\bbeginning\s)|(?<=\bcommencing\s))(?:in\s+)?"
    rf"(?P<mon4>{_MON})\b(?!\.?\s*\d)"
    rf"|(?:(?<=\bback\s)|(?<=\bagain\s)|(?<=\bup\s)|(?<=\bbase\s)|(?<=\bout\s)|"
    rf"(?<=\bthem\s)|(?<=\bhim\s)|(?<=\bher\s))in\s+(?P<mon5>{_MON})\b(?!\.?\s*\d|\s+next\s+year))",
    re.IGNORECASE | re.ASCII,
)
_BARE_ORDINAL = re.compile(rf"(?<![\w#$/.-])(?P<d>\d{{1,2}}(?i:st|nd|rd|th))\b{_NOT_DATE}",
    re.ASCII)


def _day_value(raw: str) -> int | None:
    digits = re.sub(r"(?i)(?:st|nd|rd|th)$", "", raw) if raw[0].isdigit() else raw
    value = word_to_int(digits)
    return value if value is not None and 1 <= value <= 31 else None


def _dated(month: int, day: int, year: str | None) -> DateFn:
    if year:
        return fixed(safe_date(int(year), month, day))
    return lambda today: next_month_day(today, month, day)


def _month_day(match: re.Match[str]) -> Piece | None:
    month, day = _MONTHS[match.group("mon").lower()], _day_value(match.group("d"))
    mon = match.group("mon")
    if day is None or (len(mon) <= 3 and mon.islower() and not match.group("d")[0].isdigit()):
        return None
    if mon.lower() == "may" and not match.group("d")[0].isdigit() and mon.islower():
        return None  # "may one ask"
    return Piece(match.start(), match.end(), date_fn=_dated(month, day, match.group("y")))


def _day_month(match: re.Match[str]) -> Piece | None:
    month, day = _MONTHS[match.group("mon").lower()], _day_value(match.group("d"))
    if day is None or (match.group("mon").lower() == "may" and match.group("mon").islower()):
        return None
    return Piece(match.start(), match.end(), date_fn=_dated(month, day, match.group("y")))


def _num_mon(match: re.Match[str]) -> Piece | None:
    first, second = int(match.group("a")), int(match.group("b"))
    year, day = (first, second) if first > 31 else (second, first)
    found = safe_date(year, _MONTHS[match.group("mon").lower()], day)
    return None if found is None else Piece(match.start(), match.end(), date_fn=fixed(found))


def _of_month(today: date, shift: int, day: int) -> date | None:
    first = add_months(today.replace(day=1), shift)
    return safe_date(first.year, first.month, day)


_COUNTED_THINGS = re.compile(
    r"\s+(?:(?!at\b|of\b|to\b|on\b|in\b|by\b)[a-z][a-z-]*\s+)?"
    r"(?!(?:is|was|as|has|this|thus|plus|minus)\b)[a-z][a-z-]*s'?(?![\w'])", re.ASCII)


# a bare number before a noun: the 3 pallet backorder (not the 3 at 2pm, the 3 or the 4)
_COUNTED_THING = re.compile(
    r"\s+(?!(?:at|of|to|on|in|by|am|pm|and|or|for|from|with|this|next|is|was|if|then|as|"
    r"before|after|until|till|please|pls|but|so)\b)[a-z][a-z-]+\b", re.ASCII)


def _the_day(match: re.Match[str]) -> Piece | None:
    raw = match.group("d")
    day = _day_value(raw)
    if day is None or (raw[0].isalpha() and raw.lower() in ("first", "second") and not
                       match.group("of") and match.end() < len(match.string.rstrip(" .!?"))):
        return None
    if raw.isdigit() and (_COUNTED_THINGS.match(match.string, match.end())
                          or _COUNTED_THING.match(match.string, match.end())):
        return None  # the 30 marshals' uniforms, about the 3 pallet backorder: a count
    if match.group("rel"):
        shift = {"next": 1, "this": 0, "last": -1}[match.group("rel")]
        return Piece(match.start(), match.end(), date_fn=lambda t: _of_month(t, shift, day))
    weak = match.group("lead") == "on" and raw.isdigit()
    return Piece(match.start(), match.end(), date_fn=lambda t: next_day_of_month(t, day),
                 weak=weak, month_day=day)


_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|b4|until|till|due)\s+$", re.IGNORECASE)


def _bare_ordinal(match: re.Match[str]) -> Piece | None:
    day = _day_value(match.group("d"))
    if day is None:
        return None
    deadline = _DEADLINE_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
    return Piece(match.start(), match.end(), date_fn=lambda t: next_day_of_month(t, day),
                 weak=deadline is None, month_day=day)  # by 15th: a day of its own


# "back in <month>" after a thing, not after a verb that comes back (circle back in May)
_THING_BACK = re.compile(
    r"(?i:\b(?!(?:circle|check|get|come|call|ring|follow|touch|reach|loop|be|head|go|bounce|"
    r"swing|pop|drop|look|write|report|it|them|him|her|us)\b)[a-z]+\s+back\s+$)", re.ASCII)


def _month_only(match: re.Match[str]) -> Piece | None:
    raw = match.group("mon1") or match.group("mon2") or match.group("mon3") \
        or match.group("mon4") or match.group("mon5")  # starting April, in January: its 1st
    if raw.lower() in ("may", "mar", "jan", "jun", "sep", "dec") and raw.islower():
        return None  # "next may", "end of mar": words more often than months
    if match.group("mon5") and _THING_BACK.search(match.string, 0, match.start()):
        return None  # the charter back in Oct: when it was, no follow-up
    month = _MONTHS[raw.lower()]
    part = " ".join((match.group("part1") or match.group("part2") or match.group("part3")
                     or "").lower().split())
    fixed_year = int(match.group("y")) if match.group("y") else None
    next_year = bool(match.group("nextyear"))

    def fn(today: date) -> date | None:
        if fixed_year is not None:
            year = fixed_year
        elif next_year:
            year = today.year + 1
        else:  # next March, early March: the next such month to come
            year = today.year + (1 if month < today.month or (
                month == today.month and match.group("next")) else 0)
        if part in ("end of", "late"):
            return last_day(year, month)
        return safe_date(year, month, 15 if part == "mid" else 1)

    return Piece(match.start(), match.end(), date_fn=fn)


RULES: tuple[Rule, ...] = (
    (_MONTH_DAY, _month_day),
    (_MONTH_ONLY, _month_only),
    (_DAY_MONTH, _day_month),
    (_NUM_MON, _num_mon),
    (_THE_DAY, _the_day),
    (_BARE_ORDINAL, _bare_ordinal),
)
