"""Days named relative to today: 今天, 明天, 后天, 大后天, 明早, 今晚, tomorrow, tmrw ..."""

from __future__ import annotations

import re

from dateutil.relativedelta import relativedelta

from bot.care import next_workday
from bot.parsing.normalize import add_misspellings
from bot.parsing.pieces import Piece, Rule, alternation, shift_days

_ZH_DAYS = {
    "大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1,
    "明日": 1, "后天": 2, "後天": 2, "大后天": 3, "大大后天": 4,
    # Cantonese, as reps in Hong Kong write: 听日 tomorrow, 寻日 / 琴日 yesterday, 后日
    "听日": 1, "聽日": 1, "寻日": -1, "尋日": -1, "琴日": -1, "后日": 2, "後日": 2,
    # northern: 今儿, 明儿, 昨儿, 后儿 (个); Shanghainese: 明朝 (tomorrow), 昨日子 (yesterday)
    "今儿": 0, "今儿个": 0, "明儿": 1, "明儿个": 1, "昨儿": -1, "昨儿个": -1, "后儿": 2,
    "后儿个": 2, "明朝": 1, "昨日子": -1,
    # two days offered: the first is due (明后天 -> tomorrow, 今明两天 -> today)
    "明后天": 1, "明后两天": 1, "今明两天": 0, "今明天": 0,
}
# a day word fused with a part of day: 明早 = tomorrow morning
_ZH_FUSED = {
    "今早": (0, "morning"), "今晨": (0, "early"), "今晚": (0, "night"), "今夜": (0, "night"),
    "明早": (1, "morning"), "明晨": (1, "early"), "明晚": (1, "night"), "明夜": (1, "night"),
    "听朝": (1, "morning"), "今朝": (0, "morning"), "听晚": (1, "night"),
    "昨晚": (-1, "night"), "昨夜": (-1, "night"), "昨早": (-1, "morning"),
}
_EN_DAYS = {
    "today": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1, "tomorow": 1, "tommorow": 1,
    "tmorrow": 1, "tomorro": 1, "tommorrow": 1, "2moro": 1, "2morrow": 1, "2mrw": 1, "tmw": 1,
    "tomoz": 1, "tomoro": 1, "tmoro": 1, "tmrow": 1, "tmrrw": 1,
    "2day": 0,
    "yesterday": -1, "the day after tomorrow": 2, "day after tomorrow": 2,
    "the day after tmrw": 2, "the day before yesterday": -2, "day before yesterday": -2,
    "the next day": 1, "next day": 1, "this day": 0, "past day": -1, "the last day": -1,
    "last day": -1,
}
add_misspellings(_EN_DAYS, ("tomorrow", "yesterday"))  # tomorow, yesteday
_EN_FUSED = {
    "tonight": (0, "night"), "tonite": (0, "night"), "this morning": (0, "morning"),
    "2nite": (0, "night"), "2night": (0, "night"), "tnite": (0, "night"),
    "this arvo": (0, "afternoon"),
    "this afternoon": (0, "afternoon"), "this evening": (0, "evening"),
    "last night": (-1, "night"), "this noon": (0, "noon"),
}


def _zh_day(match: re.Match[str]) -> Piece:
    return Piece(match.start(), match.end(), date_fn=shift_days(_ZH_DAYS[match.group(0)]))


def _zh_fused(match: re.Match[str]) -> Piece:
    offset, pod = _ZH_FUSED[match.group(0)]
    return Piece(match.start(), match.end(), date_fn=shift_days(offset), pod=pod)


def _en_day(match: re.Match[str]) -> Piece:
    offset = _EN_DAYS[" ".join(match.group(0).lower().split())]
    return Piece(match.start(), match.end(), date_fn=shift_days(offset))


def _en_fused(match: re.Match[str]) -> Piece:
    offset, pod = _EN_FUSED[" ".join(match.group(0).lower().split())]
    return Piece(match.start(), match.end(), date_fn=shift_days(offset), pod=pod)


def _now(match: re.Match[str]) -> Piece:
    return Piece(match.start(), match.end(), exact=relativedelta())


# (from now on is no time: every Friday at 4 from now on starts this Friday)
_EN_NOW = re.compile(
    r"\b(?:right\s+now|(?<!from\s)now(?!\s+on\b)|at\s+the\s+moment|at\s+present|at\s+the\s+present\s+time|"
    r"at\s+this\s+time|at\s+the\s+minute)\b",
    re.IGNORECASE | re.ASCII,
)

def _next_workday(match: re.Match[str]) -> Piece:
    """下个工作日 / next business day: China's calendar, 调休 make-up days included."""
    return Piece(match.start(), match.end(), date_fn=next_workday)


_NEXT_WORKDAY = re.compile(
    r"下一?个?工作日|(?i:\bnext\s+(?:work(?:ing)?|business)\s+day\b)", re.ASCII)

# a report's heading, no day of anything in it: 今日汇报, 今日小结, 今天工作总结
REPORT_HEADINGS = "汇报|小结|总结|日报|复盘|回顾|记录|报告"
_NOT_A_HEADING = rf"(?!(?:工作)?(?:{REPORT_HEADINGS})|\s*[:：]\s*\n)"  # 今天：⏎1、…: a heading

RULES: tuple[Rule, ...] = (
    (_NEXT_WORKDAY, _next_workday),
    (re.compile(f"(?:{alternation(_ZH_FUSED)})", re.ASCII), _zh_fused),
    (re.compile(f"(?:{alternation(_ZH_DAYS)})(?!之后){_NOT_A_HEADING}", re.ASCII), _zh_day),
    (re.compile(rf"\b(?:{alternation(_EN_FUSED)})\b", re.IGNORECASE | re.ASCII), _en_fused),
    (re.compile(rf"\b(?:{alternation(_EN_DAYS)})\b", re.IGNORECASE | re.ASCII), _en_day),
    (_EN_NOW, _now),
)
