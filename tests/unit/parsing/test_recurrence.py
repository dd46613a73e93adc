"""Recurrence as RRULE, and the first due time of a recurring task."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_memo

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=SHANGHAI)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "rrule", "due"),
    [
        ("每天提醒我看邮件", "FREQ=DAILY", datetime(2026, 11, 18, tzinfo=SHANGHAI)),
        ("every day check the inbox", "FREQ=DAILY", datetime(2026, 11, 18, tzinfo=SHANGHAI)),
        ("每周一给张总发周报", "FREQ=WEEKLY;BYDAY=MO", datetime(2026, 11, 23, tzinfo=SHANGHAI)),
        ("send Acme the report every Monday", "FREQ=WEEKLY;BYDAY=MO",
         datetime(2026, 11, 23, tzinfo=SHANGHAI)),
        ("每月1号对账", "FREQ=MONTHLY;BYMONTHDAY=1", datetime(2026, 12, 1, tzinfo=SHANGHAI)),
        ("reconcile on the 1st of every month", "FREQ=MONTHLY;BYMONTHDAY=1",
         datetime(2026, 12, 1, tzinfo=SHANGHAI)),
        ("每季度回访一次", "FREQ=MONTHLY;INTERVAL=3", datetime(2026, 11, 18, tzinfo=SHANGHAI)),
        ("review with Acme every quarter", "FREQ=MONTHLY;INTERVAL=3",
         datetime(2026, 11, 18, tzinfo=SHANGHAI)),
        ("每年续约提醒", "FREQ=YEARLY", datetime(2026, 11, 18, tzinfo=SHANGHAI)),
        ("renew the Acme license every year", "FREQ=YEARLY",
         datetime(2026, 11, 18, tzinfo=SHANGHAI)),
        ("每周三下午3点例会", "FREQ=WEEKLY;BYDAY=WE", datetime(2026, 11, 18, 15, tzinfo=SHANGHAI)),
        ("每周三上午9点例会", "FREQ=WEEKLY;BYDAY=WE", datetime(2026, 11, 25, 9, tzinfo=SHANGHAI)),
        ("每天上午9点提醒我", "FREQ=DAILY", datetime(2026, 11, 19, 9, tzinfo=SHANGHAI)),
        ("每个工作日提醒我打卡", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
         datetime(2026, 11, 18, tzinfo=SHANGHAI)),
        ("每两周回访", "FREQ=WEEKLY;INTERVAL=2", datetime(2026, 11, 18, tzinfo=SHANGHAI)),
        ("call Acme every 2 weeks", "FREQ=WEEKLY;INTERVAL=2",
         datetime(2026, 11, 18, tzinfo=SHANGHAI)),
    ],
)
def test_recurrence(text: str, rrule: str, due: datetime) -> None:
    memo = parse_memo(text, NOW)
    assert memo.is_task
    assert memo.recurrence == rrule
    assert memo.due == due


def test_a_single_friday_is_not_a_recurrence() -> None:
    assert parse_memo("call Acme on Friday", NOW).recurrence is None
    assert parse_memo("call Acme on Fridays", NOW).recurrence == "FREQ=WEEKLY;BYDAY=FR"


def test_an_adjective_is_not_a_recurrence() -> None:
    memo = parse_memo("Send the quarterly numbers to Globex next Wednesday", NOW)
    assert memo.recurrence is None
    assert memo.due == datetime(2026, 11, 25, tzinfo=SHANGHAI)


def test_a_quarterly_review_recurs_from_its_first_date() -> None:
    """A meeting named for its rhythm recurs; a first date said outright is the first due."""
    memo = parse_memo("Quarterly review with Globex, first one next Wednesday at 3pm", NOW)
    assert memo.recurrence == "FREQ=MONTHLY;INTERVAL=3"
    assert memo.due == datetime(2026, 11, 25, 15, tzinfo=SHANGHAI)
