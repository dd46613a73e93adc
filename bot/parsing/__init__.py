"""The memo parser: pure functions from memo text (and `now`) to ParsedMemo.

No DB, no Telegram, no network; jieba's dictionary is loaded once, on first use.
"""

from bot.parsing.memo import parse_memo
from bot.parsing.model import Amount, KnownCustomer, ParsedMemo
from bot.parsing.times import TimeMatch, find_time

__all__ = ["Amount", "KnownCustomer", "ParsedMemo", "TimeMatch", "find_time", "parse_memo"]
