"""Money amounts (conventions: Amount)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parsing.amounts import find_amount


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("报价1000元", "1000", "CNY"),
        ("一共1000块", "1000", "CNY"),
        ("合同￥1,200", "1200", "CNY"),
        ("定金¥5k", "5000", "CNY"),
        ("张总说报价3.5万太高了", "35000", "CNY"),
        ("预算2万元", "20000", "CNY"),
        ("首付三千五百元", "3500", "CNY"),
        ("大概五万", "50000", "CNY"),
        ("合同金额是120万元", "1200000", "CNY"),
        ("deal size $2,000", "2000", "USD"),
        ("they offered 2k USD", "2000", "USD"),
        ("USD 1.5m pipeline", "1500000", "USD"),
        ("€300 per seat", "300", "EUR"),
        ("quote: 12.5 dollars each", "12.5", "USD"),
        ("报价，3.5万，再谈", "35000", "CNY"),
    ],
)
def test_amount(text: str, value: str, currency: str) -> None:
    amount = find_amount(text)
    assert amount is not None
    assert amount.value == Decimal(value)
    assert amount.currency == currency


@pytest.mark.parametrize(
    "text",
    ["王经理订了200台打印机", "孙总的公司有500名员工", "卖了10万台", "Cyberdyne has 250 employees",
     "Quote #2024-118 sent", "明天下午3点开会"],
)
def test_no_amount(text: str) -> None:
    assert find_amount(text) is None
