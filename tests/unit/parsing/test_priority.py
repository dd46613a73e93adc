"""Priority words (conventions: Priority)."""

from __future__ import annotations

import pytest

from bot.parsing.priority import find_priority


@pytest.mark.parametrize(
    "text",
    ["紧急：给张总回电话", "急！合同", "加急处理", "尽快发报价", "马上回复王总", "重要客户回访",
     "urgent: call Acme", "ASAP send the deck", "important renewal", "call Acme!!", "call Acme !1",
     "call Acme p1", "明天回电话！！"],
)
def test_high(text: str) -> None:
    assert find_priority(text) == "high"


@pytest.mark.parametrize(
    "text",
    ["不急，下周再说", "有空再联系李总", "低优先级：整理名片", "no rush on the Acme quote",
     "low priority: update CRM", "call Bob whenever", "tidy the deck p3", "p4 archive notes",
     "不着急，回头再说"],
)
def test_low(text: str) -> None:
    assert find_priority(text) == "low"


@pytest.mark.parametrize("text", ["明天给张总打电话", "call Acme tomorrow", "p2 follow up"])
def test_normal(text: str) -> None:
    assert find_priority(text) == "normal"
