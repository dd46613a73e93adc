"""Any str at all is a memo: parsing never raises and the result is consistent."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parsing import KnownCustomer, parse_memo
from bot.parsing.jsonl import parse_json_line
from bot.parsing.times import find_time

NOW = datetime(2026, 11, 18, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
ALPHABET = st.sampled_from(
    [*"0123456789:./-,年月日号点分半刻周星期礼拜天下上本今明后前每个小时钟早晚午 ",
     "明天", "下午", "三点", "十一", "两", "万", "元", "$", "¥", "#", "@", "张总", "at ", "pm",
     "next ", "Friday", "in ", " days", "the ", "th", "every ", "提前", "30分钟", "！", "５"]
)
MEMO = st.one_of(st.text(max_size=80), st.lists(ALPHABET, max_size=25).map("".join))


@settings(max_examples=400, deadline=None)
@given(text=MEMO, minutes=st.integers(min_value=-10**6, max_value=10**6))
def test_parse_memo_never_raises(text: str, minutes: int) -> None:
    now = NOW + timedelta(minutes=minutes)
    memo = parse_memo(text, now, (KnownCustomer("张伟", ("张总",)),))
    assert "parse_error" not in memo.notes  # a rule failed: the safety net is not the answer
    assert memo.is_task == (memo.due is not None)
    if memo.due is not None:
        assert memo.due.tzinfo is now.tzinfo


@settings(max_examples=200, deadline=None)
@given(text=MEMO)
def test_find_time_never_raises(text: str) -> None:
    found = find_time(text, NOW.astimezone(UTC))
    if found is not None:
        assert 0 <= found.span[0] <= found.span[1] <= len(text)


@settings(max_examples=200, deadline=None)
@given(line=st.one_of(st.text(max_size=60), MEMO.map(
    lambda t: json.dumps({"id": 1, "text": t, "now": "2026-11-18T10:00:00"}))))
def test_parse_json_line_never_raises(line: str) -> None:
    out = parse_json_line(line)
    assert "id" in out
    assert "internal error" not in str(out.get("error", ""))
