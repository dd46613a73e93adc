"""dateparser behind the own rules: an absolute date they miss (the 5th day of January
2027, 2027-1-5T10:00), read only when they find no time at all or leave a year they did not
read, only when it is unambiguous (one date, naming its month and day or its year) and
only in the future.

dateparser is imported on first use: most memos never need it, and it costs a fifth of a
second to load.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, time
from typing import Any

from bot.parsing.times import TimeMatch

_MONTH_WORD = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
               r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
# what an absolute date shows: a year, or a month by name beside a number
_ABSOLUTE = re.compile(
    rf"(?<!\d)(?:19|20)\d{{2}}(?!\d)|(?i:\b(?:{_MONTH_WORD})\b\.?\s*\d|\d\s*(?:{_MONTH_WORD})\b)"
    r"|\d{1,2}\s*月\s*\d{1,2}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_CLOCK = re.compile(r"\d{1,2}:\d{2}|(?i:\d\s*[ap]\.?m\b)|\d{1,2}\s*[点時时]")
_SETTINGS = {"PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False,
             "STRICT_PARSING": False, "REQUIRE_PARTS": ["day", "month"]}


def _search(text: str, now: datetime, lang: str) -> list[tuple[str, datetime]] | None:
    from dateparser.search import search_dates  # noqa: PLC0415 - loaded on first use

    settings: dict[str, Any] = dict(_SETTINGS, RELATIVE_BASE=now.replace(tzinfo=None))
    try:
        found = search_dates(text, languages=[lang], settings=settings)
    except Exception:  # dateparser's own failures are no reason to lose the memo
        return None
    return list(found) if found else None


def absolute_date(text: str, now: datetime, lang: str,  # noqa: PLR0911 - one per rule
                  own: Sequence[TimeMatch] = ()) -> TimeMatch | None:
    """The one absolute future date dateparser reads in `text`, when `text` shows one and
    the own rules (`own`: what they found) read none, or left a year unread."""
    if not _ABSOLUTE.search(text):
        return None
    unread = [m for m in _YEAR.finditer(text)
              if not any(a <= m.start() < b for a, b in (o.span for o in own))]
    if own and not unread:
        return None
    found = _search(text, now, lang)
    if not found or len(found) != 1:
        return None
    said, when = found[0]
    start = text.find(said)
    if not _ABSOLUTE.search(said) or start < 0:
        return None
    if own and not any(start <= m.start() < start + len(said) for m in unread):
        return None
    years = {int(y) for y in _YEAR.findall(said)}
    if (years and when.year not in years) or when.year > now.year + 5:
        return None  # 锅炉是2015年的 read as 4042: no date at all
    timed = bool(_CLOCK.search(said))
    local = when if timed else datetime.combine(when.date(), time())
    due = local.replace(tzinfo=now.tzinfo)
    if (due.date() <= now.date()) if not timed else due <= now:
        return None
    return TimeMatch(due, not timed, (start, start + len(said)))
