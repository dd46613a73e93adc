"""#tags, @mentions and reminder lead times."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_memo
from bot.parsing.markers import find_lead, find_mentions, find_tags

NOW = datetime(2026, 11, 18, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_tags() -> None:
    assert find_tags("明天回访 #重点客户 #续约") == ("重点客户", "续约")
    assert find_tags("call Acme #renewal #q4-push #renewal") == ("renewal", "q4-push")
    assert find_tags("Quote #2024-118 sent") == ()


def test_mentions() -> None:
    assert find_mentions("@alice 明天给张总打电话 @bob_2") == ("alice", "bob_2")
    assert find_mentions("mail jane@acme.com") == ()


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("明天下午3点开会，提前30分钟提醒", timedelta(minutes=30)),
        ("周五拜访王总，提前一天", timedelta(days=1)),
        ("提前半小时提醒我", timedelta(minutes=30)),
        ("call Acme tomorrow 3pm, remind me 1 hour before", timedelta(hours=1)),
        ("demo Friday 10am, 15 minutes before", timedelta(minutes=15)),
    ],
)
def test_lead(text: str, lead: timedelta) -> None:
    found = find_lead(text)
    assert found is not None
    assert found[0] == lead


def test_lead_is_set_on_the_task_and_kept_out_of_the_time() -> None:
    memo = parse_memo("明天下午3点开会，提前30分钟提醒", NOW)
    assert memo.lead == timedelta(minutes=30)
    assert memo.due == datetime(2026, 11, 19, 15, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert "提前" not in memo.title


def test_mentions_and_tags_on_the_memo() -> None:
    memo = parse_memo("@alice 明天回访张总 #续约", NOW)
    assert memo.mentions == ("alice",)
    assert memo.tags == ("续约",)


def test_language() -> None:
    assert parse_memo("明天回访", NOW).lang == "zh"
    assert parse_memo("call Acme tomorrow", NOW).lang == "en"
    assert parse_memo("call 张伟 tomorrow", NOW).lang == "zh"
