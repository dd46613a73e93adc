"""Weekdays and weeks: 周五, 星期五, 礼拜五, 本周五, 下周五, 下下周一, 下周, next Friday."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.parsing.normalize import add_misspellings
from bot.parsing.pieces import Piece, Rule

_ZH_DAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_ZH_DAY.update({str(n): n - 1 for n in range(1, 8)})
_ZH_WEEK = {
    "本": 0, "这": 0, "这个": 0, "今": 0, "下": 1, "下个": 1, "下一": 1, "下一个": 1,
    "下下": 2, "下下个": 2, "上": -1, "上个": -1, "上一": -1, "上一个": -1, "上上": -2,
    "上上个": -2,
}
# 一下下个礼拜三 is 一下 + 下个礼拜三, not the week after next
_ZH_PREFIX = "|".join(("(?<!一)" + p if p.startswith("下下") else p)
                      for p in sorted(_ZH_WEEK, key=len, reverse=True))
_WEEK_WORD = "(?:周|星期|礼拜|禮拜)"
_ZH_WEEKDAY = re.compile(
    rf"(?P<pre>{_ZH_PREFIX})?{_WEEK_WORD}(?P<d>[一二三四五六日天1-7])(?![次个])"
    r"(?!\d+(?![\d:：.]|\s*(?:点|时|[ap]\.?m)))", re.ASCII  # 下周六10am: a clock may follow
)
_ZH_WEEK_ONLY = re.compile(
    rf"(?P<pre>(?<!一)下下个?|下一?个?|上上个?|上一?个?){_WEEK_WORD}(?![一二三四五六日天末1-7])",
        re.ASCII
)

_EN_DAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
_EN_WEEK = {
    "this": 0, "this coming": 0, "coming": 0, "next": 1, "nxt": 1, "following": 1, "last": -1,
    "past": -1, "previous": -1,
}
add_misspellings(_EN_DAYS, [name for name in _EN_DAYS if len(name) > 6])  # Wednsday
# slips a dropped or doubled letter does not cover: two letters dropped, a vowel changed
_EN_DAYS.update({"weds": 2, "wensday": 2, "wendsday": 2, "wedsday": 2, "tusday": 1, "munday": 0,
                 "thirsday": 3, "saterday": 5, "satarday": 5, "fridey": 4, "sundey": 6})
_EN_DAYS.update({f"{name}s": day for name, day in list(_EN_DAYS.items())
                 if name.endswith("day") and len(name) > 6})  # (bi-weekly sync) Thursdays
_EN_DAY_WORD = "|".join(sorted(_EN_DAYS, key=len, reverse=True))
_EN_WEEKDAY = re.compile(  # (onMonday: typed with no space)
    rf"(?:\b|(?<=\bon)(?-i:(?=[A-Z])))(?:(?P<pre>this\s+coming|this|coming|next|nxt|following|last|past|previous)"
    rf"(?:\s+|(?-i:(?=[A-Z]))|(?<=next)(?=[a-z])))?(?P<d>{_EN_DAY_WORD})(?![A-Za-z]|['’]s\b)(?:\.(?=\s*(?-i:[a-z0-9])))?(?P<after>\s+(?:after|following)\s+next\b)?"
    rf"(?P<week>\s+week\b(?!\s*(?:of|\d)))?",
    re.IGNORECASE | re.ASCII,
)
_EN_WEEK_ONLY = re.compile(
    r"\b(?:(?:the\s+)?week\s+after\s+next|(?P<pre>this|next|nxt|last|the\s+following|following)"
    r"\s*(?:week|wk))\b(?!['’]s\b)"
    # next week三: a mixed memo's weekday in Chinese after the English week
    r"(?:\s?(?P<d>[一二三四五六日天])(?=\s|$|[\d,.;!?，。；！？]|上午|下午|中午|晚上|早上|早|晚))?",
    re.IGNORECASE | re.ASCII,
)
_NUMERAL_BEFORE = "一二两三四五六七八九十几每0123456789"


def _zh_weekday(match: re.Match[str]) -> Piece | None:
    pre = match.group("pre")
    if pre is None and match.start() > 0 and match.string[match.start() - 1] in _NUMERAL_BEFORE:
        return None  # 两周一次, 每周一: a count of weeks, or a recurrence
    week = _ZH_WEEK[pre] if pre else None
    return Piece(match.start(), match.end(), weekday=_ZH_DAY[match.group("d")], week=week)


def _zh_week_only(match: re.Match[str]) -> Piece | None:
    pre = match.group("pre")
    after = match.string[match.end():match.end() + 1]
    if after in ("后", "前") or (after == "内" and not pre.startswith("下")):
        return None  # 这周内: a range; 一周后 is a duration (下周内 is next week, as 下周)
    return Piece(match.start(), match.end(), week=_ZH_WEEK[pre.rstrip("个一") or "下"])


_TITLE_BEFORE = re.compile(r"(?<![A-Za-z])(?:Dr|Mr|Mrs|Ms|Miss|Prof|Mdm|Madam)\.?\s*$")


# what says a lower-case sat/sun/wed is the day: by wed, b4 EOD wed
_SAID_AS_DAY = re.compile(r"\b(?i:by|on|until|till|before|b4|this|next|appt|mtg|eod|cob)\s+$")
_COMPANY_AFTER = re.compile(
    r"(?:\s[A-Z][\w&'-]*){1,3}\s(?:Ltd|Limited|Inc|Corp|Co|Group|Holdings|Pte|LLC|GmbH|HK|Bhd)\b")


def _en_weekday(match: re.Match[str]) -> Piece | None:
    pre, day = match.group("pre"), match.group("d")
    if pre is None and _TITLE_BEFORE.search(match.string, max(0, match.start() - 6),
                                            match.start()):
        return None  # Dr. Sun, Mr. Mon: a surname after a title
    if day.lower() in ("sat", "sun", "wed") and pre is None and day.islower() \
            and not _SAID_AS_DAY.search(match.string[max(0, match.start() - 8):match.start()]) \
            and not re.match(r"\s+(?:am|pm|\d|morning|arvo|afternoon|evening|night|noon|lunch)",
                             match.string[match.end():]) \
            and not (day.lower() == "wed"
                     and re.match(r"\s*(?:[.!,;]|$)", match.string[match.end():])):
        return None  # "sat", "sun", "wed" in lower case are usually words (post them out wed)
    if day.lower() == "sat" and pre is None and re.match(
            r"\s+(?:with|w/|down|in\b|through|on\s+(?:the|a)\b)", match.string[match.end():],
            re.IGNORECASE):
        return None  # "Sat with Maria for an hour": the verb
    if pre is None and len(day) <= 4 and (
            (re.search(r"[A-Z][a-z]+\s$", match.string[:match.start()])
             and re.match(r"\s[A-Z][a-z]", match.string[match.end():]))
            or _COMPANY_AFTER.match(match.string, match.end())):
        return None  # Sandton Sun Hotel, Sun Power HK Ltd: a word of a name
    week = _EN_WEEK[" ".join(pre.lower().split())] if pre else None
    if match.group("week") and pre is None:  # Monday week: a week on from the coming Monday
        wanted = _EN_DAYS[day.lower()]
        return Piece(match.start(), match.end(), date_fn=lambda t: t + timedelta(
            days=(wanted - t.weekday()) % 7 + 7))
    if match.group("after"):
        week = 2  # Friday after next: Friday of the week after next
    return Piece(match.start(), match.end(), weekday=_EN_DAYS[day.lower()], week=week)


def _en_week_only(match: re.Match[str]) -> Piece:
    pre = (match.group("pre") or "").lower()
    if not pre:
        return Piece(match.start(), match.end(), week=2)
    week = {"this": 0, "next": 1, "nxt": 1, "last": -1}.get(pre, 1)
    if match.group("d"):
        return Piece(match.start(), match.end(), weekday=_ZH_DAY[match.group("d")], week=week)
    return Piece(match.start(), match.end(), week=week, weak=week != 1)


RULES: tuple[Rule, ...] = (
    (_ZH_WEEKDAY, _zh_weekday),
    (_ZH_WEEK_ONLY, _zh_week_only),
    (_EN_WEEKDAY, _en_weekday),
    (_EN_WEEK_ONLY, _en_week_only),
)
