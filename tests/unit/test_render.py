"""Dates and recurrences read naturally in both languages."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.i18n import translator
from handlers.render.dates import day, recurrence, when

TODAY = date(2026, 11, 18)


@pytest.mark.parametrize(("lang", "value", "expected"), [
    ("zh", date(2026, 11, 18), "今天"),
    ("en", date(2026, 11, 19), "tomorrow"),
    ("zh", date(2026, 11, 25), "11月25日 周三"),
    ("en", date(2026, 11, 25), "Wed 25 Nov"),
    ("en", date(2027, 1, 4), "Mon 4 Jan 2027"),
])
def test_day(lang: str, value: date, expected: str) -> None:
    assert day(translator(lang), value, TODAY) == expected


def test_when_all_day_and_timed() -> None:
    tz = ZoneInfo("Asia/Shanghai")
    assert when(translator("zh"), datetime(2026, 11, 19, 15, 0, tzinfo=tz), False, TODAY) == \
        "明天 15:00"
    assert when(translator("en"), datetime(2026, 11, 19, tzinfo=tz), True, TODAY) == \
        "tomorrow (all day)"


@pytest.mark.parametrize(("rule", "zh", "en"), [
    ("FREQ=DAILY", "每天", "every day"),
    ("FREQ=WEEKLY;BYDAY=MO", "每周一", "every Monday"),
    ("FREQ=MONTHLY;BYMONTHDAY=1", "每月 1 号", "every month on day 1"),
    ("FREQ=MONTHLY;INTERVAL=3", "每 3 个月", "every 3 months"),
    ("FREQ=YEARLY", "每年", "every year"),
])
def test_recurrence_words(rule: str, zh: str, en: str) -> None:
    assert recurrence(translator("zh"), rule) == zh
    assert recurrence(translator("en"), rule) == en
