"""Priority words: 紧急/急/加急/尽快/马上/重要/urgent/ASAP/important/!!/!1/p1 -> high;
不急/有空再/低优先级/no rush/low priority/whenever/p3/p4 -> low; else normal.
"""

from __future__ import annotations

import re

from bot.parsing.model import PriorityName

_LOW = re.compile(
    r"不急|不着急|不用急|不使急|不紧急|不是很急|不太急|不是太急|不算急|有空再|有空的时候|低优先级|不重要|"
    r"不用太急|不用着急|不必着?急|不赶|缓一缓|可以缓|慢慢来|有时间再|"
    r"(?i:\bnothing\s+urgent\b|\blow\s+prio\b|\b(?:it|this|that)\s+can\s+wait\b|"
    r"\bif\s+you\s+get\s+a\s+chance\b|\bno\s+big\s+rush\b)|"
    r"(?i:\bno\s+rush\b|\blow\s+priority\b|\bwhenever\b|\bnot\s+(?:that\s+|too\s+|very\s+|super\s+)?"
    r"(?:urgent|important)\b|\bno\s+hurry\b|\bnot\s+in\s+a\s+(?:rush|hurry)\b|\bno\s+urgency\b|"
    r"\bnot\s+(?:a\s+)?(?:high\s+|top\s+)?priority\b|"
    r"\b(?:is|are|was|were)n['’]?t\s+(?:that\s+|too\s+|very\s+|super\s+)?(?:urgent|important)\b|"
    r"(?<![\w#\u4e00-\u9fff])p[34]\b(?![\u4e00-\u9fff]|\.\d)"
    r"(?!\s+(?:outdoor|indoor|module|modules|screen|screens|display|led|panel|panels|pitch)\b)"
    r"(?!(?<=[\u4e00-\u9fff]\s[pP][34])\s*[\u4e00-\u9fff]))", re.ASCII  # 了 P3 华文课本: a grade
)
_HIGH = re.compile(
    r"紧急(?!照明|出口|疏散|预案|电源|通道|联系人|停止|制动|呼叫)|加急|急(?![诊救性症冻凍]|照明|出口|疏散|预案|預案|电源|電源|通道)|尽快|马上|立刻|立即|重要|高优先级|[!！]{2}|[!！]1|"
    r"优先处理|优先跟进|"
    r"(?i:\burgent(?:ly)?\b|\burgnt\b|\burgant\b|\basap\b|\bimportant\b|\bhigh\s+prio(?:rity|rty|irty)\b|(?<![\w#\u4e00-\u9fff])p1\b(?![\u4e00-\u9fff]|\.\d)|"
    r"\btop\s+priority\b|\bhigh\s+prio\b|\bhi-?pri\b|\btime-sensitive\b)",
        re.ASCII
)


def find_priority(text: str) -> PriorityName:
    """high, low or normal, from the words the memo uses."""
    if _LOW.search(text):
        return "low"
    if _HIGH.search(text):
        return "high"
    return "normal"
