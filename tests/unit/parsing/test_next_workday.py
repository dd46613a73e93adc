"""下个工作日 / next business day follow China's calendar, 调休 included."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_memo

TZ = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(("now", "text", "due"), [
    (datetime(2026, 9, 30, 10, tzinfo=TZ), "下个工作日跟进张总报价", date(2026, 10, 8)),
    (datetime(2026, 10, 9, 10, tzinfo=TZ), "next business day call Jane", date(2026, 10, 10)),
    (datetime(2026, 11, 20, 10, tzinfo=TZ), "下一个工作日回访", date(2026, 11, 23)),
    (datetime(2026, 11, 18, 10, tzinfo=TZ), "next working day send the quote", date(2026, 11, 19)),
])
def test_next_workday(now: datetime, text: str, due: date) -> None:
    memo = parse_memo(text, now)
    assert memo.is_task and memo.all_day
    assert memo.due is not None and memo.due.date() == due


def test_next_workday_with_a_time() -> None:
    memo = parse_memo("下个工作日下午3点给张总打电话", datetime(2026, 9, 30, 10, tzinfo=TZ))
    assert memo.due == datetime(2026, 10, 8, 15, tzinfo=TZ) and not memo.all_day
