"""Recurrence as an RFC 5545 RRULE: 每天 FREQ=DAILY, 每周一 FREQ=WEEKLY;BYDAY=MO,
每月1号 FREQ=MONTHLY;BYMONTHDAY=1, 每季度 FREQ=MONTHLY;INTERVAL=3, 每年 FREQ=YEARLY,
and every day / every Monday / monthly / every quarter / yearly.

The first due time follows the ordinary rules (每周一 said on a Wednesday: next Monday).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from bot.parsing.numerals import CN_NUM, EN_NUM_WORD, cn_to_int, word_to_int
from bot.parsing.pieces import Piece, Rule, last_day, next_day_of_month

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_ZH_DAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
           "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
_EN_DAY = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}
_EN_DAY_WORD = "|".join(sorted(_EN_DAY, key=len, reverse=True))
_WORKDAYS = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
_STEP = {
    "DAILY": relativedelta(days=1), "WEEKLY": relativedelta(weeks=1),
    "MONTHLY": relativedelta(months=1), "YEARLY": relativedelta(years=1),
}

_ZH_WEEKDAYS = re.compile(
    # a digit is a further day only after a separator or 周 (每周五16:00 is Friday at 16:00)
    r"每(?:个|逢)?(?:周|星期|礼拜)(?P<days>[一二三四五六日天1-7](?:[、,和及与跟](?:周|星期)?"
    r"[一二三四五六日天1-7]|(?:周|星期)[一二三四五六日天1-7]|[一二三四五六日天])*)(?![个次])"
    r"(?!\d+(?![\d:：.]|\s*(?:点|时|[ap]\.?m)))"
)
# every other week on a weekday: every other Monday, fortnightly on Tuesdays, 隔周周五,
# 每两周的周三
_EN_BIWEEKLY = re.compile(
    rf"\b(?:(?:every|evry|each)\s+(?:other|second|alternate)\s+|(?:(?:every|evry|each)\s+(?:two|2)\s+weeks|"
    rf"bi-?weekly|fortnightly)\s*,?\s*(?:on\s+)?(?:a\s+)?)(?P<days>{_EN_DAY_WORD})s?\b",
    re.IGNORECASE | re.ASCII)
_ZH_BIWEEKLY = re.compile(
    r"(?:(?:每隔一(?:周|个星期|个礼拜)|每隔(?:两|2)(?:周|个星期|个礼拜)|隔周|每两周|每2周|每两个星期|"
    r"双周)(?:的)?|(?<!间)隔)(?:周|星期|礼拜)"
    r"(?P<days>[一二三四五六日天1-7])")
_ZH_MONTHDAY = re.compile(
    rf"每(?:个)?月(?:的)?(?P<d>\d{{1,2}}|{CN_NUM}|底|末)(?:[号日]|(?![次回趟遍个千万百元块吨件箱台套]))")
_ZH_EVERY = re.compile(
    rf"(?:每(?:隔)?(?P<n>\d+|{CN_NUM})?(?:个)?(?P<unit>天|日|工作日|周|星期|礼拜|月|季度|年)"
    r"|(?P<daily>天天|每一天))"
)
# twice a year: 每半年, every six months, semi-annually
_HALF_YEARLY = re.compile(
    r"每半年|半年一次|(?i:\bevery\s+(?:six|6)\s+months\b|\bsemi-?annual(?:ly)?\b|"
    r"\bhalf-?yearly\b|\btwice\s+a\s+year\b)")


def _half_yearly(match: re.Match[str]) -> Piece | None:
    return Piece(match.start(), match.end(), rrule=_rule("MONTHLY", 6),
                 step=_STEP["MONTHLY"] * 6)


_EN_WEEKDAYS = re.compile(
    rf"\b(?:every|evry|each|on)\s+(?P<days>(?:{_EN_DAY_WORD})s?(?:\s*(?:,|and|&)\s*(?:{_EN_DAY_WORD})s?)*)"
    r"\b",
    re.IGNORECASE | re.ASCII,
)
_EN_MONTHDAY = re.compile(
    r"\b(?:(?:every|evry|each)\s+month\s+(?:on\s+)?|monthly\s+(?:[a-z-]+\s+){0,3}?on\s+|"
    r"(?:on\s+)?(?:every|evry|each)\s+)"
    r"(?:the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b|(?P<d2>\d{1,2})(?:st|nd|rd|th\b|\s*[号日]))",
    re.IGNORECASE | re.ASCII,
)
_EN_MONTHDAY_OF = re.compile(
    r"\b(?:on\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:(?:st|nd|rd|th)?\s+of\s+|(?:st|nd|rd|th)\s+)"
    r"(?:every|evry|each)\s+month\b",
    re.IGNORECASE | re.ASCII,
)
_EN_EVERY = re.compile(
    rf"\b(?:(?:every|evry|each)\s+(?:(?P<other>other)\s+|(?!few\b|several\b)(?P<n>\d+|{EN_NUM_WORD})\s+)?"
    r"(?P<unit>days?|weekdays?|working\s+days?|business\s+days?|weeks?|months?|quarters?|years?)"
    r"|(?P<adverb>daily|everyday|bi-weekly|biweekly|weekly|fortnightly|monthly|quarterly|yearly|"
    r"annually))\b",
    re.IGNORECASE | re.ASCII,
)
_UNIT_FREQ = {
    "天": ("DAILY", 1), "日": ("DAILY", 1), "周": ("WEEKLY", 1), "星期": ("WEEKLY", 1),
    "礼拜": ("WEEKLY", 1), "月": ("MONTHLY", 1), "季度": ("MONTHLY", 3), "年": ("YEARLY", 1),
    "day": ("DAILY", 1), "week": ("WEEKLY", 1), "month": ("MONTHLY", 1),
    "quarter": ("MONTHLY", 3), "year": ("YEARLY", 1), "daily": ("DAILY", 1),
    "everyday": ("DAILY", 1), "weekly": ("WEEKLY", 1), "biweekly": ("WEEKLY", 2),
    "bi-weekly": ("WEEKLY", 2),
    "fortnightly": ("WEEKLY", 2), "monthly": ("MONTHLY", 1), "quarterly": ("MONTHLY", 3),
    "yearly": ("YEARLY", 1), "annually": ("YEARLY", 1),
}


def _rule(freq: str, interval: int, extra: str = "") -> str:
    body = f"FREQ={freq}" + (f";INTERVAL={interval}" if interval > 1 else "")
    return body + (f";{extra}" if extra else "")


def _next_workday(today: date) -> date:
    return today + timedelta(days=max(0, 7 - today.weekday()) if today.weekday() >= 5 else 0)


def _weekly(match: re.Match[str], days: list[int]) -> Piece | None:
    if not days:
        return None
    codes = ",".join(DAY_CODES[d] for d in sorted(set(days)))
    rule = _rule("WEEKLY", 1, f"BYDAY={codes}")
    if len(set(days)) > 1:  # 每周二、周四 said on a Wednesday: first this Thursday
        return Piece(match.start(), match.end(), rrule=rule, step=_STEP["WEEKLY"],
                     date_fn=lambda t: min(t + timedelta(days=(d - t.weekday()) % 7)
                                           for d in days))
    return Piece(match.start(), match.end(), weekday=days[0], rrule=rule, step=_STEP["WEEKLY"])


def _biweekly(match: re.Match[str]) -> Piece | None:
    raw = match.group("days")
    day = _ZH_DAY.get(raw) if raw in _ZH_DAY else _EN_DAY.get(raw.lower())
    if day is None:
        return None
    return Piece(match.start(), match.end(), weekday=day,
                 rrule=_rule("WEEKLY", 2, f"BYDAY={DAY_CODES[day]}"), step=_STEP["WEEKLY"] * 2)


def _zh_weekdays(match: re.Match[str]) -> Piece | None:
    return _weekly(match, [_ZH_DAY[ch] for ch in match.group("days") if ch in _ZH_DAY])


def _en_weekdays(match: re.Match[str]) -> Piece | None:
    if match.group(0)[:2].lower() == "on" and not match.group("days").lower().endswith("days"):
        return None  # "on Friday" is one Friday; "on Fridays" is every Friday
    words = re.findall(_EN_DAY_WORD, match.group("days").lower())
    return _weekly(match, [_EN_DAY[w] for w in words])


def _monthday(match: re.Match[str]) -> Piece | None:
    raw = match.group("d") or match.groupdict().get("d2") or ""
    if raw in ("底", "末"):
        return Piece(match.start(), match.end(), rrule=_rule("MONTHLY", 1, "BYMONTHDAY=-1"),
                     date_fn=lambda t: last_day(t.year, t.month), step=_STEP["MONTHLY"])
    day = cn_to_int(raw)
    if day is None or not 1 <= day <= 31:
        return None
    return Piece(match.start(), match.end(), rrule=_rule("MONTHLY", 1, f"BYMONTHDAY={day}"),
                 date_fn=lambda t: next_day_of_month(t, day), step=_STEP["MONTHLY"])


def _every(match: re.Match[str], unit: str, count: int | None) -> Piece | None:
    if unit in ("工作日", "weekday", "working day", "business day"):
        return Piece(match.start(), match.end(), rrule=_WORKDAYS, date_fn=_next_workday,
                     step=relativedelta(days=1))
    freq, interval = _UNIT_FREQ[unit]
    interval *= count or 1
    if not 1 <= interval <= 1000:
        return None
    return Piece(match.start(), match.end(), rrule=_rule(freq, interval),
                 step=_STEP[freq] * interval)


# 每周需要300kg, 每月大概20万件, 人均每年1200元: a rate, not a recurrence (每天9点 is one);
# an amount right after it has been blanked out before times are read
_RATE = re.compile(
    r"\s*(?:[A-Za-z]+\s+){0,2}(?i:budget|spend|spending|volume|fee|fees|rent|bill)\b|"
    rf"\s{{4,}}(?:\S|$)|\s*[\u4e00-\u9fff]{{0,6}}?(?:加到|增加到|需要|要|大概|大约|约)\s{{2,}}\S|"
    rf"\s*[\u4e00-\u9fff]{{0,6}}?(?:加到|增加到|需要|要|大概|大约|约)\s*"
    rf"(?:\d[\d,.]*|{CN_NUM})\s*(?:万|千|百|个|件|吨|kg|公斤|斤|箱|台|套|张|元|块|人|单|份|瓶|包|袋)|"
    r"\s*\d{2,}[\d,.]*\s*(?![点號号日时時分月周週天半:：])[\u4e00-\u9fff]|"  # 每月 2000 票
    rf"\s*(?:大概|大约|约|差不多|需要|需|要用|用量|能|产|销量|采购|进货|消耗|花|预算|卖|出货|订|交|缴|付|存|"
    rf"投入?|保费|"
    rf"(?:\d[\d,.]*|{CN_NUM})\s*(?:万|千|百|个|件|吨|kg|公斤|斤|箱|台|套|张|元|块|人|单|pcs|"
    rf"units|份|瓶|包|袋|米|升|%)|"
    rf"[\u4e00-\u9fff]{{0,4}}?(?:费|款|租金|租|工资|预算)?(?:大概|大约|约)?"
    rf"(?:(?:\d[\d,.]*|{CN_NUM})\s*(?:[wWkK万千](?![A-Za-z])|元|块)|\s{{2,}}(?:\S|$)))",
    # 每月服务费9.6万 (the amount masked to spaces by then): a price, no rule
    re.IGNORECASE)


def _zh_every(match: re.Match[str]) -> Piece | None:
    if _RATE.match(match.string, match.end()):
        return None
    if match.group("daily"):
        return _every(match, "天", 1)
    count = cn_to_int(match.group("n")) if match.group("n") else None
    return _every(match, match.group("unit"), count)


_FOLLOW_OK = re.compile(
    r"\s*(?:$|[^\w\s]|\d|(?:on|at|in|from|starting|until|by|and|every)\b|"
    r"(?:business\s+|(?:[a-z-]+\s+){1,2}(?=(?:checks?|visits?|reviews?|calls?|meetings?|service|"
    r"servicing|maintenance|inspections?|cleaning|deliver(?:y|ies)|audits?)\b))?"
    r"(?:reviews?|meetings?|calls?|check-?ins?|syncs?|visits?|catch-?ups?|qbrs?|pm|"
    r"maintenance|service|servicing|inspections?|check-?ups?|checks?|audits?|cleaning|"
    r"deliver(?:y|ies)|restocks?|restock\s+visits?|refills?|pick-?ups?|collections?|sessions?|"
    r"reports?|stock\s+checks?|site\s+visits?|reminders?)\b)",
    re.IGNORECASE)


# what a recurrence names as the matter talked of, not our schedule: re: weekly service,
# a quote for monthly cleaning, wants a weekly service quote
_TOPIC_BEFORE = re.compile(
    r"(?:\bre\s*:?|\bregarding|\babout|\b(?:quote|quoted|proposal|pricing|price|bid|tender)"
    r"(?:\s+\w+)?\s+for|(?:\d|月|month|/mo)\s*for)\s+(?:the\s+|their\s+|a\s+|our\s+)?$|"
    r"\b(?:wants?|needs?|requested|(?:asked|asking|looking)\s+for)\s+an?\s+$",
    re.IGNORECASE)


_QUANTITY_BEFORE = re.compile(
    r"\d\s*(?:kg|g|tons?|t|pcs|units|boxes|cases|cartons|pallets|litres|liters|l|箱|吨|斤|件|台)\s*$",
    re.IGNORECASE)


_COUNTED_BEFORE = re.compile(r"\d\s+(?:[a-z]+\s+)?(?!times\b)[a-z]{2,}s\s*$", re.IGNORECASE)


def _en_every(match: re.Match[str]) -> Piece | None:
    if _TOPIC_BEFORE.search(match.string, max(0, match.start() - 30), match.start()) \
            or _QUANTITY_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
        return None  # re: weekly service; 300kg weekly: a rate of goods, no schedule of ours
    if match.group("adverb"):
        if _FOLLOW_OK.match(match.string, match.end()) is None \
                or _COUNTED_BEFORE.search(match.string, max(0, match.start() - 24), match.start()):
            # "quarterly review": an adjective; 3 trucks daily: their rate
            return None
        return _every(match, match.group("adverb").lower(), 1)
    unit = " ".join(match.group("unit").lower().split()).rstrip("s")
    count = 2 if match.group("other") else None
    if match.group("n"):
        count = word_to_int(match.group("n"))
    return _every(match, unit, count)


# every first Monday of the month, 每月第一个周一: the nth such day of each month
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "last": -1, "一": 1, "二": 2, "三": 3, "四": 4, "最后一": -1}
_EN_NTH_WEEKDAY = re.compile(
    rf"\b(?:(?:every|each|on)\s+(?:the\s+)?)?(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|last)\s+"
    rf"(?P<day>{_EN_DAY_WORD})\s+(?:of\s+(?:the|each|every)|(?:each|every|a))\s+month\b",
    re.IGNORECASE | re.ASCII)
_ZH_NTH_WEEKDAY = re.compile(
    r"每(?:个)?月(?:的)?(?:第)?(?P<n>一|二|三|四|最后一)(?:个)?(?:周|星期|礼拜)(?P<day>[一二三四五六日天])")


def _nth_weekday(match: re.Match[str]) -> Piece | None:
    n = _NTH[match.group("n").lower()]
    raw = match.group("day")
    weekday = _ZH_DAY.get(raw)
    if weekday is None:
        weekday = _EN_DAY.get(raw.lower())
    if weekday is None:
        return None

    def first(today: date) -> date:
        for months in range(3):
            start = (today.replace(day=1) + relativedelta(months=months))
            days = [start + timedelta(days=i) for i in range(31)
                    if (start + timedelta(days=i)).month == start.month
                    and (start + timedelta(days=i)).weekday() == weekday]
            day = days[n - 1] if n > 0 else days[-1]
            if day >= today:
                return day
        return today

    return Piece(match.start(), match.end(),
                 rrule=_rule("MONTHLY", 1, f"BYDAY={n}{DAY_CODES[weekday]}"),
                 date_fn=first, step=_STEP["MONTHLY"])


RULES: tuple[Rule, ...] = (
    (_EN_NTH_WEEKDAY, _nth_weekday),
    (_ZH_NTH_WEEKDAY, _nth_weekday),
    (_HALF_YEARLY, _half_yearly),
    (_EN_BIWEEKLY, _biweekly),
    (_ZH_BIWEEKLY, _biweekly),
    (_ZH_WEEKDAYS, _zh_weekdays),
    (_ZH_MONTHDAY, _monthday),
    (_ZH_EVERY, _zh_every),
    (_EN_WEEKDAYS, _en_weekdays),
    (_EN_MONTHDAY, _monthday),
    (_EN_MONTHDAY_OF, _monthday),
    (_EN_EVERY, _en_every),
)
