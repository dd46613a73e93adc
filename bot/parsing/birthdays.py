"""A customer's birthday stated in a memo: 张总生日是农历八月十五, 王芳的生日是5月12日,
Jane's birthday is March 3. It sets the customer's birthday; it is no one-off task.
"""

from __future__ import annotations

import re

from bot.care import parse_birthday
from bot.parsing.model import Birthday

# the English word as reps type it, slips included (birtday, brithday)
EN_BIRTHDAY = r"(?:birthday|birtday|brithday|bithday|birthdya|bday|b-day|b'day)"
_AFTER = re.compile(
    r"(?:生日|生辰)(?:是|为|在|就是|系|：|:|\s)*(?P<v>[^，。,；;！!？?\n]{2,14})"
)
# Vivian的birthday是农历七月初七: a Chinese calendar date after the English word
_AFTER_EN = re.compile(
    rf"(?i:{EN_BIRTHDAY})\s*(?:是|为|系|在|就是)?\s*"
    r"(?P<v>(?:农历|阴历|公历|阳历|新历)[^，。,；;！!？?\n]{2,12}|\d{1,2}月\d{1,2}[号日])"
)
_BEFORE = re.compile(
    r"(?P<v>(?:农历|阴历|公历|阳历|新历)?[0-9一二三四五六七八九十正腊冬初廿月日号/.-]{2,10})"
    r"(?:是|过)?(?:他|她|他的|她的|的)?(?:生日|生辰)"
)
_EN_LUNAR = re.compile(
    rf"\b{EN_BIRTHDAY}\b[^.;!?\n]{{0,20}}?\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+)?"
    r"of\s+the\s+(?P<m>\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth)\s+lunar\s+month",
    re.IGNORECASE,
)
# her birthday goes by the lunar calendar, 8th month 15th day; lunar birthday: month 8 day 15
_EN_LUNAR_MD = re.compile(
    rf"\b{EN_BIRTHDAY}\b[^.;!?\n]{{0,40}}?\blunar\b[^.;!?\n\d]{{0,20}}?"
    r"(?:(?P<m>\d{1,2})(?:st|nd|rd|th)?\s+month|month\s+(?P<m2>\d{1,2}))[,\s]+(?:the\s+)?"
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+day)?|day\s+(?P<d2>\d{1,2}))\b",
    re.IGNORECASE,
)
_ORDINAL_MONTHS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth",
]
_EN = re.compile(
    rf"\b{EN_BIRTHDAY}(?:\s+is|'s|’s|\s+on|\s+falls\s+on|:|\s+-|\s*是|\s*为|\s*系|"
    r"\s*：)?\s*(?:on\s+)?"
    r"(?:the\s+)?"
    r"(?P<v>[^,;!?\n]{3,30})",
    re.IGNORECASE,
)
# turns 60 on the 3rd of April, will be 40 on May 2
# bday - Dr Mehta is Aug 19: the date after the person it is said of
_EN_NAMED = re.compile(
    rf"\b{EN_BIRTHDAY}\s*[-:–]\s*(?:[A-Z][\w.'-]*\s+){{1,3}}(?:is|on)\s+(?P<v>[^,;!?\n]{{3,30}})",
    re.IGNORECASE)
_EN_TURNS = re.compile(
    r"\b(?:turns|turning|will\s+be|is\s+going\s+to\s+be)\s+\d{1,3}\s+on\s+(?:the\s+)?"
    r"(?P<v>[^,;!?\n]{3,30})", re.IGNORECASE)
_EN_BEFORE = re.compile(
    r"(?P<v>\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?[A-Za-z]{{3,9}})\s+is\s+(?:\w+(?:'s|’s)\s+|his\s+|her\s+){EN_BIRTHDAY}",
    re.IGNORECASE,
)


FAMILY = re.compile(
    r"(?:老公|老婆|爱人|太太|丈夫|妻子|儿子|女儿|孩子|小孩|妈妈|母亲|爸爸|父亲|婆婆|岳母|公公|老人家|孙子|孙女|"
    r"(?i:\b(?:husband|wife|son|daughter|kid|kids|mom|mum|mother|dad|father|partner|grandma|"
    r"grandpa)(?:'s|’s)?))\s*(?:的)?\s*$")


def _value(raw: str) -> tuple[int, int, bool, int] | None:
    """The longest prefix of `raw` that reads as a birthday, and its length."""
    text = raw.strip()
    for size in range(len(text), 1, -1):
        found = parse_birthday(text[:size])
        if found is not None:
            return (*found, size)
    return None


def find_birthday(text: str) -> tuple[Birthday, tuple[int, int]] | None:
    """The birthday the memo states, and where its date is written; None when it states
    none. A birthday said as a day (下周三是张总生日) is read beside the memo's times, in
    memo.py, since only they know which date that day is."""
    said = _EN_LUNAR.search(text)
    if said is not None:
        raw = said.group("m").lower()
        month = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else _ORDINAL_MONTHS.index(raw) + 1
        day = int(said.group("d"))
        if 1 <= month <= 12 and 1 <= day <= 30:
            return Birthday(month, day, True), said.span()
    said = _EN_LUNAR_MD.search(text)
    if said is not None:
        month = int(said.group("m") or said.group("m2"))
        day = int(said.group("d") or said.group("d2"))
        if 1 <= month <= 12 and 1 <= day <= 30:
            return Birthday(month, day, True), said.span()
    for pattern in (_AFTER, _BEFORE, _AFTER_EN, _EN_NAMED, _EN, _EN_BEFORE, _EN_TURNS):
        for match in pattern.finditer(text):
            if FAMILY.search(text, max(0, match.start() - 12), match.start()):
                continue  # 她老公 birthday 是 8月18号: her husband's, not the customer's
            found = _value(match.group("v"))
            if found is None:
                continue
            month, day, lunar, size = found
            start = match.start("v") + (len(match.group("v")) - len(match.group("v").lstrip()))
            return Birthday(month, day, lunar), (min(start, match.start()), start + size)
    return None
