"""Money amounts: 1000元, 1000块, ￥1,200, ¥5k, 3.5万, 2万元, 三千五百元, 五万 -> CNY;
$2,000, 2k USD, USD 1.5m -> USD; €300 -> EUR.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from bot.parsing.model import Amount
from bot.parsing.numerals import CN_DIGITS, cn_to_int

_SYMBOLS = {"¥": "CNY", "￥": "CNY", "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}
_CODES = {
    "元": "CNY", "块": "CNY", "块钱": "CNY", "人民币": "CNY", "rmb": "CNY", "cny": "CNY",
    "usd": "USD", "dollars": "USD", "dollar": "USD", "美元": "USD", "美金": "USD",
    "bucks": "USD", "eur": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR", "gbp": "GBP",
    "英镑": "GBP", "hkd": "HKD", "港币": "HKD", "日元": "JPY", "jpy": "JPY",
}
_MULT = {
    "k": 1000, "K": 1000, "千": 1000, "thousand": 1000, "w": 10000, "W": 10000, "万": 10000,
    "m": 1_000_000, "M": 1_000_000, "mn": 1_000_000, "million": 1_000_000, "百万": 1_000_000,
    "千万": 10_000_000, "亿": 100_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000,
}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_NUM = f"[{CN_DIGITS}十百千万亿]+"
_MULT_RE = r"(?:千万|百万|thousand|million|billion|mn|bn|[kKmMwW千万亿](?![A-Za-z]))"
_CODE_RE = "|".join(sorted((re.escape(c) for c in _CODES), key=len, reverse=True))
_PREFIX = re.compile(
    rf"(?P<cur>US\$|[¥￥$€£]|(?i:usd|eur|rmb|cny|gbp)\s?)\s*(?P<num>{_NUM})\s*(?P<mult>{_MULT_RE})?"
)
_SUFFIX = re.compile(
    rf"(?<![\d.])(?<!\d,)(?P<num>{_NUM}|{_CN_NUM})\s*(?P<mult>{_MULT_RE})?\s*(?P<cur>(?i:{_CODE_RE}))"
    r"(?![A-Za-z])"
)
# 3.5万, 五万: a bare ten-thousands figure is money in a Chinese memo, unless a counter follows
_WAN = re.compile(
    rf"(?<![\d.])(?<!\d,)(?P<num>{_NUM}|{_CN_NUM})(?P<mult>千万|百万|万|亿)"
    r"(?![人台个件套箱次名位家辆吨平米公斤张份条本瓶盒只双册粉单])"
)


def _value(num: str, mult: str | None) -> Decimal | None:
    try:
        value = Decimal(num.replace(",", ""))
    except InvalidOperation:
        parsed = cn_to_int(num)
        if parsed is None:
            return None
        value = Decimal(parsed)
    return value * _MULT.get(mult or "", 1)


def _amount(match: re.Match[str], currency: str) -> Amount | None:
    value = _value(match.group("num"), match.group("mult"))
    if value is None or value <= 0:
        return None
    exact = Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
    return Amount(exact, currency)


def _currency(match: re.Match[str]) -> str:
    cur = match.group("cur").strip()
    return _SYMBOLS.get(cur) or _CODES.get(cur.lower(), "CNY")


def find_amounts(text: str) -> list[tuple[Amount, tuple[int, int]]]:
    """Every money amount in `text` with its span, in text order."""
    found: list[tuple[Amount, tuple[int, int]]] = []
    for pattern in (_PREFIX, _SUFFIX, _WAN):
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for _, (a, b) in found):
                continue
            amount = _amount(match, "CNY" if pattern is _WAN else _currency(match))
            if amount is not None:
                found.append((amount, match.span()))
    return sorted(found, key=lambda pair: pair[1])


def find_amount(text: str) -> Amount | None:
    """The first money amount in `text`, or None."""
    found = find_amounts(text)
    return found[0][0] if found else None
