"""Parts of the day: 上午 09:00, 中午 12:00, 下午 14:00, 傍晚 18:00, 晚上 20:00, EOD 18:00."""

from __future__ import annotations

import re

from bot.parsing.normalize import add_misspellings
from bot.parsing.pieces import Piece, Rule, alternation

DEFAULT_HOUR = {
    "early": 6, "morning": 9, "noon": 12, "afternoon": 14, "evening": 18,
    "night": 20, "eod": 18, "midnight": 0,
}
_ZH_PODS = {
    "凌晨": "early", "清晨": "early", "早晨": "morning", "早上": "morning", "上午": "morning",
"早间": "morning", "中午": "noon", "午间": "noon", "正午": "noon",
    "下午": "afternoon", "午后": "afternoon", "傍晚": "evening", "黄昏": "evening",
    "晚上": "night", "晚间": "night", "夜里": "night", "夜间": "night", "深夜": "night",
    "半夜": "night", "下班前": "eod", "下班后": "evening", "朝早": "morning",
    "下昼": "afternoon", "晏昼": "afternoon", "夜晚": "night",
    # regional: 头午/前晌 (north), 上半日/下半日 (Shanghai, Cantonese), 后晌, 晌午, 傍黑, 晚黑
    "头午": "morning", "前晌": "morning", "上半日": "morning", "上半天": "morning",
    "下半日": "afternoon", "下半天": "afternoon", "后晌": "afternoon", "下晌": "afternoon",
    "晌午": "noon", "傍黑": "evening", "擦黑": "evening", "晚黑": "night", "夜里厢": "night",
}
_EN_STRONG = {
    "noon": "noon", "midday": "noon", "midnight": "midnight", "eod": "eod", "cob": "eod",
    "lunchtime": "noon", "lunch time": "noon",
    "end of day": "eod", "end of the day": "eod", "close of business": "eod",
    "in the morning": "morning", "in the afternoon": "afternoon",
    "in the evening": "evening", "at night": "night", "early morning": "morning",
    "late evening": "night", "late night": "night", "first thing": "morning",
    "first thing in the morning": "morning",
}
_EN_WEAK = {
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
    "arvo": "afternoon", "afternon": "afternoon", "aftn": "afternoon", "mornin": "morning",
    "nite": "night", "morn": "morning",
}


add_misspellings(_EN_WEAK, ("morning", "afternoon", "evening"))  # mornig, evning


def _zh(match: re.Match[str]) -> Piece:
    return Piece(match.start(), match.end(), pod=_ZH_PODS[match.group(0)])


def _en_strong(match: re.Match[str]) -> Piece:
    key = " ".join(match.group(0).lower().split())
    return Piece(match.start(), match.end(), pod=_EN_STRONG[key])


def _en_weak(match: re.Match[str]) -> Piece | None:
    key = match.group(0).lower()
    if _EN_WEAK[key] == "night" and _AN_EVENING_OUT.search(
            match.string, max(0, match.start() - 16), match.start()):
        return None  # tournament night, quiz night: an event's name, no time
    return Piece(match.start(), match.end(), pod=_EN_WEAK[key], weak=True)


# a noun before "night" that makes it an event: game night, launch night (not Monday night)
_AN_EVENING_OUT = re.compile(
    r"(?i:\b(?:tournament|game|games|quiz|trivia|movie|launch|opening|date|karaoke|bingo|"
    r"poker|comedy|wine|tasting|jazz|ladies|open\s+mic)\s+$)", re.ASCII)


def _one_char_part(match: re.Match[str]) -> Piece:
    return Piece(match.start(), match.end(),
                 pod="night" if match.group(0) == "晚" else "morning")


def _early(match: re.Match[str]) -> Piece:
    return Piece(match.start(), match.end(), pod="morning")


def _after_day(match: re.Match[str]) -> Piece:
    """Mon am, tmrw pm: am and pm after a day word are its morning and afternoon."""
    pod = "morning" if match.group("p").lower() == "am" else "afternoon"
    return Piece(match.start("p"), match.end("p"), pod=pod)


_DAY_WORDS = (r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|"
              r"thursday|friday|saturday|sunday|today|tomorrow|tmrw|tmr|tmw|2moro|this")
def _that(match: re.Match[str]) -> Piece:
    """that morning: the morning of a day said before; unlike a bare "morning" it counts
    on its own, and the memo's day said before gives its date."""
    return Piece(match.start("p"), match.end("p"), pod=_EN_WEAK[match.group("p").lower()])


RULES: tuple[Rule, ...] = (
    (re.compile(r"(?i:\bthat\s+(?P<p>morning|afternoon|evening|night)\b)", re.ASCII), _that),
    (re.compile(rf"(?i:\b(?:{_DAY_WORDS})\.?\s+(?P<p>am|pm)\b)", re.ASCII), _after_day),
    # 下午好, 晚安 are greetings; 上午安排 is a time
    (re.compile(f"(?:{alternation(_ZH_PODS)})(?!好|安(?!排|装|顿))", re.ASCII), _zh),
    (re.compile(r"(?<![周期拜\d一二三四五六七八九十])一大?早(?![上晨])",
        re.ASCII), _early),  # 明天一早
    # 晚7点, 早8点: the evening's or morning's hour said with one character
    (re.compile(r"(?<![今明昨当每])[晚早](?=\s*[\d一二三四五六七八九十两]{1,3}\s*[点點:：])",
                re.ASCII), _one_char_part),
    (re.compile(rf"\b(?:{alternation(_EN_STRONG)})\b", re.IGNORECASE | re.ASCII), _en_strong),
    (re.compile(rf"\b(?:{alternation(_EN_WEAK)})\b", re.IGNORECASE | re.ASCII), _en_weak),
)
