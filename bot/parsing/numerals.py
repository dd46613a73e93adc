"""Numbers as written in memos: digits, Chinese numerals, English number words.

Only ever applied to a matched phrase (the hour of 下午三点, the day of 二十五号), never
to a whole memo: turning 跟进一下 into 跟进1下 is exactly what this avoids.
"""

from __future__ import annotations

CN_DIGITS = "零〇一二两俩三四五六七八九"
CN_UNITS = "十百千万"
CN_NUM = f"[{CN_DIGITS}{CN_UNITS}]+"
NUM = rf"(?:\d+|{CN_NUM})"

_DIGIT_VALUE = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_UNIT_VALUE = {"十": 10, "百": 100, "千": 1000}

EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "couple": 2, "few": 3, "several": 3,
}
EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
}
EN_NUM_WORD = "|".join(sorted(EN_NUMBERS, key=len, reverse=True))


def _small_cn(text: str) -> int:
    """Value of a Chinese numeral below 10,000 (二十五, 三千五百, 十一)."""
    total = 0
    digit = -1
    unit = 0
    for ch in text:
        if ch in _UNIT_VALUE:
            unit = _UNIT_VALUE[ch]
            total += (1 if digit < 0 else digit) * unit
            digit = -1
        else:
            digit = _DIGIT_VALUE[ch] if digit <= 0 else digit * 10 + _DIGIT_VALUE[ch]
    if unit >= 100 and 0 < digit < 10 and text[-2] in _UNIT_VALUE:
        return total + digit * unit // 10  # 三千四 = 3400, 一百二 = 120, as said
    return total + max(digit, 0)


def cn_to_int(text: str) -> int | None:
    """The value of a Chinese numeral or a digit string, or None when it is neither.

    A numeral without units is read digit by digit (二零零四 -> 2004).
    """
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if any(ch not in _DIGIT_VALUE and ch not in CN_UNITS for ch in text):
        return None
    if not any(ch in CN_UNITS for ch in text):
        return int("".join(str(_DIGIT_VALUE[ch]) for ch in text))
    return _with_wan(text) if "万" in text else _small_cn(text)


def _with_wan(text: str) -> int | None:
    """A numeral with 万 in it: (high) * 10000 + (low)."""
    high, _, low = text.partition("万")
    high_value = cn_to_int(high) if high else 1
    low_value = cn_to_int(low) if low else 0
    if len(low) == 1 and low_value is not None and low_value < 10:
        low_value *= 1000  # 两万三 = 23,000, as said
    if high_value is None or low_value is None:
        return None
    return high_value * 10000 + low_value


def word_to_int(text: str) -> int | None:
    """An English number word or compound (twenty-one, twenty first) or digits."""
    word = text.lower().strip()
    if word.isdigit():
        return int(word)
    parts = word.replace("-", " ").split()
    total = 0
    for part in parts:
        value = EN_NUMBERS.get(part, EN_ORDINALS.get(part))
        if value is None:
            return None
        total += value
    return total if parts else None
