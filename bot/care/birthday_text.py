"""Reading a birthday the way a sales rep types it, in Chinese or English.

Accepted: "1990-05-12", "1990/5/12", "1990年5月12日", "5/12", "05-12", "5月12日",
"May 12", "12 May 1990", "农历八月十五", "农历8月15", "阴历腊月初八", "lunar 8/15",
"8/15 (lunar)", "闰四月初二" (kept in the normal 4th month). Numbers are month
first. 正月/冬月/腊月 and day names 初X/廿X/卅 mean the lunar calendar even
without a 农历 marker; otherwise a date is solar unless marked lunar.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from bot.care.birthdays import is_valid_birthday

_LUNAR_MARKERS = ("农历", "農曆", "農历", "阴历", "陰曆", "阴曆", "旧历", "舊曆", "lunar")
_SOLAR_MARKERS = ("公历", "公曆", "阳历", "陽曆", "新历", "新曆", "solar", "gregorian")
_NOISE = re.compile(r"生日|birthday|bday|dob")
_TRIM = "()[]【】「」:;,.。，、 \t"

_NUMERIC = re.compile(
    r"(?:(?P<y>\d{4})\s*[-/.年]\s*)?(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号號]?"
)
_CN_DAY = (
    r"初(?:[一二三四五六七八九十]|10|[1-9])|廿[一二三四五六七八九]?|卅|[一二三]?十[一二三四五六七八九]?"
    r"|[一二三四五六七八九]|\d{1,2}"
)
_CHINESE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?P<leap>[闰閏])?"
    r"(?P<m>正|冬|腊|臘|元|十[一二]|[一二三四五六七八九十]|\d{1,2})\s*月\s*"
    rf"(?P<d>{_CN_DAY})\s*[日号號]?"
)
_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_ENGLISH = (
    re.compile(rf"(?P<mon>{_MON})\.?\s*(?P<d>\d{{1,2}}){_ORD}(?:\s*,?\s*(?P<y>\d{{4}}))?"),
    re.compile(
        rf"(?P<d>\d{{1,2}}){_ORD}\s*(?:of\s+)?(?P<mon>{_MON})\.?(?:\s*,?\s*(?P<y>\d{{4}}))?"
    ),
)
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LUNAR_MONTH_NAMES = {"正": 1, "冬": 11, "腊": 12, "臘": 12}

Parsed = tuple[int, int, bool | None, int | None]  # month, day, lunar if implied, year


def _cn_int(text: str) -> int:
    """1-39 from digits or Chinese numerals: 八, 十五, 二十, 廿三, 卅, 初八, 三十."""
    text = text.removeprefix("初")
    if text.isdigit():
        return int(text)
    text = text.replace("廿", "二十").replace("卅", "三十")
    tens, sep, ones = text.rpartition("十")
    if not sep:
        return _CN_DIGITS[ones]
    return _CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0)


def _markers(text: str) -> tuple[str, bool, bool]:
    lunar = solar = False
    for marker in _LUNAR_MARKERS:
        lunar = lunar or marker in text
        text = text.replace(marker, " ")
    for marker in _SOLAR_MARKERS:
        solar = solar or marker in text
        text = text.replace(marker, " ")
    return text, lunar, solar


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _chinese(found: re.Match[str]) -> Parsed:
    month_name, day_name = found["m"], found["d"]
    month = _LUNAR_MONTH_NAMES.get(month_name) or (1 if month_name == "元" else 0)
    implied = bool(found["leap"]) or month_name in _LUNAR_MONTH_NAMES or day_name[0] in "初廿卅"
    return month or _cn_int(month_name), _cn_int(day_name), implied or None, _year(found["y"])


def _match(text: str) -> Parsed | None:
    if found := _NUMERIC.fullmatch(text):
        return int(found["m"]), int(found["d"]), None, _year(found["y"])
    if found := _CHINESE.fullmatch(text):
        return _chinese(found)
    for pattern in _ENGLISH:
        if found := pattern.fullmatch(text):
            return _MONTHS[found["mon"]], int(found["d"]), None, _year(found["y"])
    return None


def _solar_date_exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def parse_birthday(text: str) -> tuple[int, int, bool] | None:
    """(month, day, lunar) from what a rep typed, or None when it is no birthday.

    A solar date with a year must exist (1990-02-29 is rejected); without a year,
    Feb 29 is accepted. Lunar days run 1-30 in months 1-12.
    """
    cleaned = _NOISE.sub(" ", unicodedata.normalize("NFKC", text).lower())
    cleaned, lunar_marked, solar_marked = _markers(cleaned)
    parsed = _match(cleaned.strip(_TRIM).strip())
    if parsed is None:
        return None
    month, day, implied_lunar, year = parsed
    lunar = lunar_marked or bool(implied_lunar)
    if lunar and solar_marked:
        return None
    if not is_valid_birthday(month, day, lunar):
        return None
    if year is not None and not lunar and not _solar_date_exists(year, month, day):
        return None
    return month, day, lunar
