"""Holidays by name: 元旦前, 春节后, 国庆节当天, before Christmas, after National Day.

X前 / before X: the last workday before the holiday's first day off (调休 make-up days
count as workdays); X后 / after X: the first workday after the break; X当天 / on X: the
day itself. For a festival that is no day off (Christmas, 元宵节) X前 is the last workday
before the day and X后 the first workday after it. The official schedules come from
bot.care (chinesecalendar, then lunar-python, then the statutory rules).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from bot.care import is_workday
from bot.care.festivals import FESTIVALS_BY_KEY
from bot.care.lunar import lunar_to_solar
from bot.care.public_holidays import holiday_in
from bot.parsing.pieces import Piece, Rule, alternation, next_month_day

_ZH_NAMES = {
    "元旦": "new_year", "春节": "spring_festival", "过年": "spring_festival",
    "新年": "spring_festival", "元宵节": "lantern", "元宵": "lantern", "清明节": "qingming",
    "清明": "qingming", "劳动节": "labour_day", "五一": "labour_day", "端午节": "dragon_boat",
    "端午": "dragon_boat", "中秋节": "mid_autumn", "中秋": "mid_autumn",
    "国庆节": "national_day", "国庆": "national_day", "十一": "national_day",
    "圣诞节": "christmas", "圣诞": "christmas",
}
_EN_NAMES = {
    "new year": "new_year", "new year's": "new_year", "new year's day": "new_year",
    "new years": "new_year", "chinese new year": "spring_festival", "cny": "spring_festival",
    "lunar new year": "spring_festival", "spring festival": "spring_festival",
    "lantern festival": "lantern", "qingming": "qingming", "labour day": "labour_day",
    "labor day": "labour_day", "may day": "labour_day", "dragon boat festival": "dragon_boat",
    "dragon boat": "dragon_boat", "mid-autumn": "mid_autumn", "mid autumn": "mid_autumn",
    "mid-autumn festival": "mid_autumn", "mid autumn festival": "mid_autumn",
    "national day": "national_day", "golden week": "national_day", "christmas": "christmas",
    "xmas": "christmas",
}
_ONE_DAY = timedelta(days=1)


# 十一 is a holiday only with 前/后/期间 right after it (十一点 is eleven o'clock)
_ZH = re.compile(
    rf"(?P<name>{alternation(_ZH_NAMES)})(?:节)?\s?(?P<rel>之前|以前|前|之后|以后|后|过后|当天|那天|"
    r"假期后|假期前|放假前|收假后|长假后|长假前|节后|节前)"
    rf"|(?P<rel2>过完|过了)(?P<name2>{alternation(_ZH_NAMES)})(?:节)?", re.ASCII
)
# Mid-Autumn 前, Christmas 之后: an English name with a Chinese before/after
_MIXED = re.compile(
    rf"(?P<name>(?i:{alternation(_EN_NAMES)}))(?:\s*(?i:festival|holidays?|break|day))?\s*"
    r"(?P<rel>之前|以前|前|之后|以后|后|过后|当天)", re.ASCII)
# (春节礼盒, 中秋月饼订单, 国庆档: the holiday's goods or season, no day)
_ZH_ON = re.compile(rf"(?P<name>{alternation(_ZH_NAMES)})(?![前后点号日月\d])"
                    r"(?!节?(?:礼盒|礼品|礼包|套餐|促销|档|订单|订货|备货|福利|团购|大促|款|特供|"
                    r"专供|产品|系列|预售|主题|海报|菜单|月饼|年货))", re.ASCII)
_EN = re.compile(
    rf"\b(?P<rel>before|b4|after|by|on|until|till|over|post|pre|ahead\s+of)\s+(?:the\s+)?"
    rf"(?P<name>{alternation(_EN_NAMES)})(?:\s+(?:holidays?|break|day))?\b",
    re.IGNORECASE | re.ASCII,
)


def _day_of(key: str, year: int) -> date:
    if key == "christmas":
        return date(year, 12, 25)
    if key == "lantern":
        return lunar_to_solar(year, 1, 15)
    return FESTIVALS_BY_KEY[key].day_in(year)


def _break(key: str, year: int) -> tuple[date, date]:
    """The run of days off for the holiday (the day itself when it is no day off)."""
    if key in ("christmas", "lantern"):
        day = _day_of(key, year)
        return day, day
    holiday = holiday_in(FESTIVALS_BY_KEY[key], year)
    return holiday.start, holiday.end


def _before(key: str, year: int) -> date:
    start, _ = _break(key, year)
    day = start - _ONE_DAY
    while not is_workday(day):
        day -= _ONE_DAY
    return day


def _after(key: str, year: int) -> date:
    _, end = _break(key, year)
    day = end + _ONE_DAY
    while not is_workday(day):
        day += _ONE_DAY
    return day


def _next(rule: Callable[[str, int], date], key: str) -> Callable[[date], date | None]:
    """The first occurrence of `rule` that is today or later."""
    def resolve(today: date) -> date | None:
        for year in (today.year, today.year + 1, today.year + 2):
            try:
                found = rule(key, year)
            except (ValueError, KeyError):
                return None
            if found >= today:
                return found
        return None

    return resolve


def _rule_of(rel: str) -> Callable[[str, int], date]:
    rel = " ".join(rel.lower().split())
    if rel in ("before", "b4", "by", "until", "till", "pre", "ahead of") or "前" in rel:
        return _before
    if rel in ("after", "post", "over") or "后" in rel:
        return _after
    return _day_of


def _zh(match: re.Match[str]) -> Piece | None:
    if match.group("name2"):  # 过完十一: after the holiday
        key = _ZH_NAMES[match.group("name2")]
        return Piece(match.start(), match.end(), date_fn=_next(_after, key))
    key = _ZH_NAMES[match.group("name")]
    return Piece(match.start(), match.end(), date_fn=_next(_rule_of(match.group("rel")), key))


def _zh_on(match: re.Match[str]) -> Piece | None:
    name = match.group("name")
    if name in ("十一", "新年", "五一", "清明", "元宵", "中秋", "端午", "国庆"):
        return None  # alone these are too often something else (十一个, 新年快乐)
    return Piece(match.start(), match.end(), date_fn=_next(_day_of, _ZH_NAMES[name]))


def _mixed(match: re.Match[str]) -> Piece | None:
    key = _EN_NAMES[" ".join(match.group("name").lower().split())]
    return Piece(match.start(), match.end(), date_fn=_next(_rule_of(match.group("rel")), key))


def _en(match: re.Match[str]) -> Piece | None:
    key = _EN_NAMES[" ".join(match.group("name").lower().split())]
    return Piece(match.start(), match.end(), date_fn=_next(_rule_of(match.group("rel")), key))


# 年前 / 年后 / 过完年: before or after the Spring Festival, as Chinese business says it
# (一年后, 明年, 去年前 are something else)
_ZH_NEW_YEAR = re.compile(
    r"(?<![一二两三四五六七八九十\d几明今去前后每半当本全周多])(?P<rel>年前|年后|过完年|过了年)"
    r"(?![级底初中末份度])", re.ASCII)


def _zh_new_year(match: re.Match[str]) -> Piece | None:
    rule = _before if match.group("rel") == "年前" else _after
    return Piece(match.start(), match.end(), date_fn=_next(rule, "spring_festival"))


# at the Mid-Autumn dinner, at their Christmas party: on the day
_EN_AT = re.compile(
    rf"\b(?P<rel>at)\s+(?:the|our|their|a)\s+(?P<name>{alternation(_EN_NAMES)})\s+"
    r"(?:dinner|lunch|party|gala|banquet|celebration|event|reception|do)\b",
    re.IGNORECASE | re.ASCII,
)
# the eves and days round Christmas and New Year, dates of their own: Christmas Eve, 平安夜
_EVES = {"christmas eve": (12, 24), "xmas eve": (12, 24), "boxing day": (12, 26),
         "new year's eve": (12, 31), "new years eve": (12, 31), "new year eve": (12, 31),
         "nye": (12, 31), "平安夜": (12, 24), "跨年夜": (12, 31)}
_EVE = re.compile(rf"(?i:\b(?:{alternation(_EVES)})\b)|平安夜|跨年夜")


def _eve(match: re.Match[str]) -> Piece | None:
    key = " ".join(match.group(0).lower().replace("’", "'").split())
    month, day = _EVES[key]
    said_for = _FOR_THE_DAY.search(match.string, max(0, match.start() - 12), match.start())
    return Piece(match.start(), match.end(), weak=said_for is None,  # 刚好平安夜: a fact
                 date_fn=lambda today: next_month_day(today, month, day))


_FOR_THE_DAY = re.compile(r"(?i:\b(?:on|by|before|until|till|for|deliver|ship|call|send)\s+"
                          r"(?:the\s+)?)$|(?:在|到|前|之前)$")


RULES: tuple[Rule, ...] = ((_ZH, _zh), (_ZH_ON, _zh_on), (_EN, _en), (_EN_AT, _en),
                           (_MIXED, _mixed), (_ZH_NEW_YEAR, _zh_new_year), (_EVE, _eve))
