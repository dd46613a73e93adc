"""Clock times: 3点, 下午三点半, 10点一刻, 15:30, 3pm, 10:30am, at 3, half past four."""

from __future__ import annotations

import re

from bot.parsing.numerals import CN_NUM, EN_NUM_WORD, cn_to_int, word_to_int
from bot.parsing.pieces import Piece, Rule

# 三点意见, 两点要求: 点 counting points, not o'clock
_ZH_NOT_CLOCK = "意见|建议|要求|问题|内容|看法|不足|原因|好处|注意|想法|共识|结论|优势|几"
_ZH_CLOCK = re.compile(
    rf"(?:(?<![\d.])(?=\d)|(?=\D))(?<![周週期拜])(?P<h>\d{{1,2}}|{CN_NUM})\s*(?:点钟|点|时)(?!{_ZH_NOT_CLOCK})"
    rf"(?:(?P<half>半)|(?P<q>[一三])刻|(?P<m>\d{{1,2}}|{CN_NUM})(?:分|(?![起下些直定样块共般边会]))"
    rf"(?:(?P<s>\d{{1,2}})秒)?)?",  # 十点一起去: ten, together (一 is no minute)
        re.ASCII
)
_COLON = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?![\d:])"
    r"(?:\s*(?P<mer>[ap])\.?m\b\.?)?",
    re.IGNORECASE | re.ASCII,
)
_MERIDIEM = re.compile(  # not inside a token: ~3am3ioY in a link is no 3am; Friday3pm, at10am
    r"(?:(?<![\d:.A-Za-z~_/=-])|(?<=day)|(?<=\bat))(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?(?:\s*(?P<mer>[ap])\.?m|"
    r"(?P<mer2>[ap])(?![\u4e00-\u9fff]))(?![A-Za-z0-9_~])\.?",
    re.IGNORECASE | re.ASCII
)
_HOUR_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_AT_HOUR = re.compile(
    rf"(?:\b(?:at|around|about|by|before|after)\s+|@\s*)(?P<h>\d{{1,2}}|{_HOUR_WORD})\b(?!\s+(?-i:[A-Z][a-z]))"
    rf"(?:[\s-]+(?P<m>(?:twenty|thirty|forty|fifty)(?:[\s-]?(?:one|two|three|four|five|six|"
    rf"seven|eight|nine))?)(?:\s+minutes)?)?(?:\s*o'?clock)?(?![\d.,:/]?\d)"
    r"(?!\s*(?:%|percent|people|units|pieces|boxes|seats|employees|offices|of\b))"
    r"(?!\s+(?!this\b|is\b|was\b|has\b|does\b|as\b|us\b|thanks\b|pls\b)[a-z]+s\b)",
    re.IGNORECASE | re.ASCII,
)
_PAST_TO = re.compile(
    rf"\b(?:a\s+)?(?P<m>quarter|half|\d{{1,2}}|{EN_NUM_WORD}(?:[\s-](?:one|two|three|four|"
    rf"five|six|seven|eight|nine))?)(?:\s+(?:minutes?|mins?))?\s+(?P<dir>past|to|after|before)"
    rf"\s+(?P<h>\d{{1,2}}|{EN_NUM_WORD})\b",
    re.IGNORECASE | re.ASCII,
)
_OCLOCK = re.compile(
    rf"\b(?P<h>\d{{1,2}}|{EN_NUM_WORD})(?:\s*o'?clock\b|-?ish\b)", re.IGNORECASE | re.ASCII)


# an hour said right after a day with nothing more: tmrw 10, Fri 3 - call Jane
_DAY_HOUR = re.compile(
    r"\b(?:today|tomorrow|tmrw|tmr|tmrow|tmw|tonight|mon|monday|tue|tues|tuesday|wed|wednesday|"
    r"thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\s+(?P<h>\d{1,2})"
    r"(?:\.(?P<m>[0-5]\d))?"  # tues 10.30: the minutes after a dot
    r"(?=\s*(?:[,;!?)]|\.(?!\d)|$|-\s|\s(?:to|for|with|re|call|meet|mtg|sharp|about|abt)\b|"
    r"\sw/))",
    re.IGNORECASE | re.ASCII)


# an hour said before its part of the day: put it down for 10 in the morning, 7.30 at night
_BEFORE_PART = re.compile(
    rf"(?<![\d:.$£€¥])\b(?P<h>\d{{1,2}}|{_HOUR_WORD})(?:[.:](?P<m>[0-5]\d))?"
    r"(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
    r"(?!\s+(?:shifts?|sessions?|crews?|class(?:es)?|slots?)\b))",
    re.IGNORECASE | re.ASCII)


def _before_part(match: re.Match[str]) -> Piece | None:
    hour = word_to_int(match.group("h"))
    minute = int(match.group("m") or 0)
    if hour is None or not 1 <= hour <= 12:
        return None
    return Piece(match.start(), match.end(), hour=hour, minute=minute)


# half 9, half two: half past, as said in Britain and Ireland
_HALF_HOUR = re.compile(rf"\bhalf\s+(?P<h>\d{{1,2}}|{_HOUR_WORD})\b(?!\s*(?:an?\b|hours?|of|%))",
                        re.IGNORECASE | re.ASCII)


def _half_hour(match: re.Match[str]) -> Piece | None:
    hour = word_to_int(match.group("h"))
    if hour is None or not 1 <= hour <= 12:
        return None
    return Piece(match.start(), match.end(), hour=hour, minute=30)


def _valid(hour: int | None, minute: int | None) -> bool:
    return hour is not None and minute is not None and 0 <= hour <= 24 and 0 <= minute <= 59


def _zh_minute(match: re.Match[str]) -> int | None:
    if match.group("half"):
        return 30
    if match.group("q"):
        return 15 if match.group("q") == "一" else 45
    return cn_to_int(match.group("m")) if match.group("m") else 0


_A_LITTLE_AFTER = frozenset("压便宜多少快早晚高低降让加好大小差慢松紧"
                            "暖冷热凉亮暗长短远近轻重厚薄深浅软硬细粗宽窄贵稳准清淡浓甜咸")


def _zh(match: re.Match[str]) -> Piece | None:
    raw_hour = match.group("h")
    hour, minute = cn_to_int(raw_hour), _zh_minute(match)
    if minute is None:
        return None
    if hour is None or minute is None or not _valid(hour, minute):
        return None
    second = int(match.group("s")) if match.group("s") else 0
    bare = match.end() == match.end("h") + 1 and not match.group(0).endswith("钟")
    weak = raw_hour in ("一", "1") and bare  # 降一点 = a little lower, not 1 o'clock
    if weak and match.start() > 0 and match.string[match.start() - 1] in _A_LITTLE_AFTER:
        return None  # 还想压一点, 便宜一点, 快一点: a little, no time
    h24 = raw_hour.isdigit() and (raw_hour[0] == "0" or hour > 12)
    return Piece(match.start(), match.end(), hour=hour, minute=minute, second=second,
                 weak=weak, h24=h24)


def _colon(match: re.Match[str]) -> Piece | None:
    raw_hour = match.group("h")
    mer = match.group("mer")
    second = int(match.group("s")) if match.group("s") else 0
    hour, minute = int(raw_hour), int(match.group("m"))
    if not _valid(hour, minute):
        return None
    return Piece(match.start(), match.end(), hour=hour, minute=minute, second=second,
                 meridiem=mer.lower() + "m" if mer else None,
                 h24=raw_hour.startswith("0") or hour > 12)


def _meridiem(match: re.Match[str]) -> Piece | None:
    minute = int(match.group("m")) if match.group("m") else 0
    hour = int(match.group("h"))
    if not 1 <= hour <= 12 or not _valid(hour, minute):
        return None
    mer = match.group("mer") or match.groupdict().get("mer2") or ""
    if not mer:
        return None
    return Piece(match.start(), match.end(), hour=hour, minute=minute,
                 meridiem=mer.lower() + "m")


# a span with its am/pm said once, at its end: 2-3pm, 10:30–11am (the span starts at the first)
_SPAN_MERIDIEM = re.compile(
    r"(?<![\d:.A-Za-z/-])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*[-–~]\s*\d{1,2}(?::\d{2})?\s*"
    r"(?P<mer>[ap])\.?m\b\.?", re.IGNORECASE | re.ASCII)


# about 12 host families, around 40 people: a count, unless a time word follows
_COUNT_AFTER = re.compile(
    r"\s+(?!(?:am|pm|o'?clock|ish|today|tomorrow|tonight|tmrw|on|at|to|and|or|for|with|this|"
    r"next|sharp|in|tmr)\b)[a-z]", re.IGNORECASE | re.ASCII)


def _at_hour(match: re.Match[str]) -> Piece | None:
    if match.group(0).lower().startswith(("about", "around", "after")) \
            and _COUNT_AFTER.match(match.string, match.end()):
        return None
    hour = word_to_int(match.group("h"))
    minute = word_to_int(match.group("m")) if match.group("m") else 0
    if hour is None or minute is None or not _valid(hour, minute):
        return None
    return Piece(match.start(), match.end(), hour=hour, minute=minute, h24=hour > 12)


def _day_hour(match: re.Match[str]) -> Piece | None:
    hour = int(match.group("h"))
    if not 1 <= hour <= 12:
        return None
    minute = int(match.group("m") or 0)
    return Piece(match.start("h"), match.end(), hour=hour, minute=minute)


def _past_to(match: re.Match[str]) -> Piece | None:
    raw = match.group("m").lower()
    minute = {"quarter": 15, "half": 30}.get(raw) or word_to_int(raw)
    hour = word_to_int(match.group("h"))
    if minute is None or hour is None or not 1 <= hour <= 12:
        return None
    weak = raw not in ("quarter", "half") and "min" not in match.group(0).lower()
    if match.group("dir").lower() in ("to", "before"):
        hour, minute = (hour - 1) % 24, 60 - minute
    return Piece(match.start(), match.end(), hour=hour, minute=minute % 60, weak=weak)


def _oclock(match: re.Match[str]) -> Piece | None:
    hour = word_to_int(match.group("h"))
    if hour is None or not _valid(hour, 0):
        return None
    return Piece(match.start(), match.end(), hour=hour)


RULES: tuple[Rule, ...] = (
    (_ZH_CLOCK, _zh),
    (_COLON, _colon),
    (_MERIDIEM, _meridiem),
    (_SPAN_MERIDIEM, _meridiem),
    (_PAST_TO, _past_to),
    (_AT_HOUR, _at_hour),
    (_OCLOCK, _oclock),
    (_DAY_HOUR, _day_hour),
    (_HALF_HOUR, _half_hour),
    (_BEFORE_PART, _before_part),
)
