"""Dates by month and day: 11月25日, 十一月二十五号, 25号, 本月十日, 2026年1月5日, 11.25, 11/25,
2026-11-25. A date without a year is its next occurrence (this year if not yet past).
"""

from __future__ import annotations

import re
from datetime import date

from bot.parsing.numerals import CN_NUM, cn_to_int
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

_DAY = rf"(?P<d>\d{{1,2}}|初[一二三四五六七八九十]|{CN_NUM})"
_MONTH = rf"(?P<m>\d{{1,2}}|正|腊|冬|{CN_NUM})"
_YEAR = r"(?P<y>\d{2,4}|[零〇一二两三四五六七八九十千百]{2,6})"
_ZH_YEAR_REL = r"(?P<yrel>今年|明年|去年|前年|后年)"
_YEAR_SHIFT = {"今年": 0, "明年": 1, "去年": -1, "前年": -2, "后年": 2}
# 一号仓库, 3号线, 5号楼: a number, not a day of the month
_NOT_DAY = ("冷仓库楼线门院房车机厅馆窗位店台柜桌床箱码品厂栋单室坑口球队员选手文件梯罐炉桩泵舱棚"
            "期批次轮")
# a number after a day is no part of it unless it is the day's clock (25号3pm, 5号10点)
_NOT_A_CLOCK = r"(?!\d+(?![\d:：.]|\s*(?:点|时|[ap]\.?m)))"
_ZH_FULL = re.compile(
    rf"(?:{_YEAR}年|{_ZH_YEAR_REL})?(?<!个){_MONTH}\s?月(?:份)?\s?{_DAY}\s?(?:日|号)?"
    rf"(?![{_NOT_DAY}]){_NOT_A_CLOCK}"
)
_ZH_REL_MONTH = re.compile(
    rf"{_ZH_YEAR_REL}?(?P<rel>本月|这个月|当月|下个?月|上个?月){_DAY}(?:日|号)(?![{_NOT_DAY}])"
)
# 明年3月, 2027年2月份, 明年3月底: a month with no day -> its 1st (底/末 its last, 中 the 15th)
_ZH_YEAR_MONTH = re.compile(
    rf"(?:(?:{_YEAR}年|{_ZH_YEAR_REL})|(?=[\d一二三四五六七八九十]{{1,3}}月(?:份)?(?:初|中旬|中|底|末|下旬|上旬))|"
    rf"(?<![\d一二三四五六七八九十])(?=[\d一二三四五六七八九十]{{1,3}}月(?:份)?(?:再|去|来|开始|左右|的时候)))"
    rf"{_MONTH}月(?:份)?(?P<part>初|中旬|中|底|末|下旬|上旬)?"
    rf"(?!\d|{CN_NUM}|[日号])"
)
# 两日游, 两日内: two days, no day of the month (which is said 二号, 2日)
_ZH_DAY_ONLY = re.compile(
    rf"(?<![第编型\d.])(?!两日){_DAY}(?:日|号)(?![{_NOT_DAY}]){_NOT_A_CLOCK}")
_YMD = re.compile(
    r"(?<![A-Za-z0-9_\-./])(?P<y>\d{4})(?P<sep>[-./ ])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?![A-Za-z0-9_\-/]|\.\d)"
)
_YMD_PACKED = re.compile(
    r"(?<![A-Za-z0-9_\-./])(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?![A-Za-z0-9_])"
)
_MDY = re.compile(
    r"(?<![A-Za-z0-9_\-./$¥€£])(?P<a>\d{1,2})(?P<sep>[-./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?![A-Za-z0-9_\-/]|\.\d)"
)
# tues 10.30, Fri 3.15: after a weekday a dotted pair is its hour and minutes, no date
_AFTER_WEEKDAY = re.compile(
    r"(?i:\b(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|today|tomorrow|tmrw|tmr|"
    r"tmrow|tmw|tonight)\s+)$")  # (tomorrow 10.30 too)
_UNIT_AFTER = "人台个件万千百元块%套箱次天年月周小分秒号倍米斤吨公kKmMwW折亿架辆部只艘条张桶瓶包盒"
_MD = re.compile(
    rf"(?<![A-Za-z0-9_\-./$¥€£分本率])(?<!\d:)(?P<a>\d{{1,2}})(?P<sep>[-./])(?P<b>\d{{1,2}})"
    rf"(?![A-Za-z0-9_\-/:°℃{_UNIT_AFTER}]|[.,]\d|\s+[人台个件套箱次架辆部只艘条张桶瓶包盒吨斤]|\s*(?i:weeks?|days?|months?|years?|hours?|hrs?|"
    rf"mins?|minutes?|pcs|pieces|units|people|pax|seats|boxes|cases|kg|tons?|per\s*cent|"
    rf"mw|kw|gw|kwh|mwh|kva|va|gb|tb|mm|cm|km|ml|ha|acres?|sqm|sq\s*ft|mph|miles?|mi|"
    rf"metres?|meters?|litres?|liters?|lbs?|feet|ft|inch(?:es)?|grams?|tonnes?|times|stars|"
    rf"points|pts|psi|bar|rpm|hp|degrees?|lux|watts?|kilos?|gallons?)\b)"
)


def _cn_day(raw: str) -> int | None:
    return cn_to_int(raw[1:] if raw.startswith("初") else raw)


def _cn_month(raw: str) -> int | None:
    return {"正": 1, "腊": 12, "冬": 11}.get(raw) or cn_to_int(raw)


def _year_value(raw: str) -> int | None:
    value = cn_to_int(raw)
    if value is not None and len(raw) == 2 and raw.isdigit():
        value += 2000 if value < 40 else 1900
    return value


# what may follow a day in words with no 日 or 号 (三月五下午): a time of day, before or after
_AFTER_A_BARE_DAY = re.compile(r"[^\u4e00-\u9fff]|$|上午|下午|中午|晚上|早上|凌晨|傍晚|前|之前|"
                               r"以前|后|之后|左右|再|去|来|的|开|到|至|和|或|那天|当天")


def _zh_full(match: re.Match[str]) -> Piece | None:
    month, day = _cn_month(match.group("m")), _cn_day(match.group("d"))
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if not match.group("d").isdigit() and not match.group(0).endswith(("日", "号")) \
            and not _AFTER_A_BARE_DAY.match(match.string, match.end()):
        return None  # 7月一共下单了: the month's total, no first of July
    fn: DateFn
    if match.group("y"):
        year = _year_value(match.group("y"))
        fn = fixed(safe_date(year, month, day) if year else None)
    elif match.group("yrel"):
        shift = _YEAR_SHIFT[match.group("yrel")]
        fn = lambda today: safe_date(today.year + shift, month, day)  # noqa: E731
    else:
        fn = lambda today: next_month_day(today, month, day)  # noqa: E731
    return Piece(match.start(), match.end(), date_fn=fn)


def _zh_year_month(match: re.Match[str]) -> Piece | None:
    month = _cn_month(match.group("m"))
    if month is None or not 1 <= month <= 12:
        return None
    part = match.group("part") or ""
    year = _year_value(match.group("y")) if match.group("y") else None
    shift = _YEAR_SHIFT.get(match.group("yrel") or "", 0)

    bare = year is None and not match.group("yrel")  # 12月初: the next such month

    def fn(today: date) -> date | None:
        at = year if year is not None else today.year + shift + (
            1 if bare and month < today.month else 0)
        if part in ("底", "末", "下旬"):
            return last_day(at, month) if part != "下旬" else safe_date(at, month, 21)
        return safe_date(at, month, {"中": 15, "中旬": 15, "上旬": 1}.get(part, 1))

    return Piece(match.start(), match.end(), date_fn=fn)


def _in_month(today: date, shift: int, day: int) -> date | None:
    first = add_months(today.replace(day=1), shift)
    return safe_date(first.year, first.month, day)


def _zh_rel_month(match: re.Match[str]) -> Piece | None:
    day = _cn_day(match.group("d"))
    rel = match.group("rel")
    shift = 1 if rel.startswith("下") else -1 if rel.startswith("上") else 0
    shift += 12 * _YEAR_SHIFT.get(match.group("yrel") or "", 0)
    if day is None:
        return None
    return Piece(match.start(), match.end(), date_fn=lambda today: _in_month(today, shift, day))


def _zh_day_only(match: re.Match[str]) -> Piece | None:
    if match.group(0) == "一日" and not match.string[:match.start()].endswith("月"):
        return None  # 同一日, 一日三餐: one day, not the 1st
    day = _cn_day(match.group("d"))
    if day is None or not 1 <= day <= 31:
        return None
    return Piece(match.start(), match.end(), date_fn=lambda t: next_day_of_month(t, day),
                 month_day=day)


def _ymd(match: re.Match[str]) -> Piece | None:
    found = safe_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    return None if found is None else Piece(match.start(), match.end(), date_fn=fixed(found))


def _mdy(match: re.Match[str]) -> Piece | None:
    first, second = int(match.group("a")), int(match.group("b"))
    year = _year_value(match.group("y"))
    if year is None:
        return None
    month, day = (second, first) if first > 12 else (first, second)
    found = safe_date(year, month, day)
    return None if found is None else Piece(match.start(), match.end(), date_fn=fixed(found))


def _md(match: re.Match[str]) -> Piece | None:
    if match.group(0) in ("24/7", "7/24", "24-7"):
        return None  # round the clock, not 24 July
    if match.group("sep") == "." and _AFTER_WEEKDAY.search(
            match.string, max(0, match.start() - 12), match.start()):
        return None  # tues 10.30: its hour, read by the clock rules
    first, second = int(match.group("a")), int(match.group("b"))
    day_first = first > 12 and (match.group("sep") != "." or len(match.group("b")) == 2)
    month, day = (second, first) if day_first else (first, second)  # 25/11, 15.01
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Piece(match.start(), match.end(), date_fn=lambda t: next_month_day(t, month, day))


RULES: tuple[Rule, ...] = (
    (_ZH_FULL, _zh_full),
    (_ZH_REL_MONTH, _zh_rel_month),
    (_ZH_YEAR_MONTH, _zh_year_month),
    (_ZH_DAY_ONLY, _zh_day_only),
    (_YMD, _ymd),
    (_YMD_PACKED, _ymd),
    (_MDY, _mdy),
    (_MD, _md),
)
