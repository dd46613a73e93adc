"""parse_birthday: what reps type, in Chinese and English."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.care import is_valid_birthday, parse_birthday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1990-05-12", (5, 12, False)),
        ("1990/5/12", (5, 12, False)),
        ("1990年5月12日", (5, 12, False)),
        ("5/12", (5, 12, False)),
        ("05-12", (5, 12, False)),
        ("5.12", (5, 12, False)),
        ("5月12日", (5, 12, False)),
        ("5月12号", (5, 12, False)),
        ("五月十二日", (5, 12, False)),
        ("公历5月12日", (5, 12, False)),
        ("May 12", (5, 12, False)),
        ("12th May 1990", (5, 12, False)),
        ("Dec 3rd", (12, 3, False)),
        ("生日：5/12", (5, 12, False)),
        ("2/29", (2, 29, False)),
        ("１２／３", (12, 3, False)),
        ("农历八月十五", (8, 15, True)),
        ("农历8月15", (8, 15, True)),
        ("农历 8月15日", (8, 15, True)),
        ("阴历腊月初八", (12, 8, True)),
        ("lunar 8/15", (8, 15, True)),
        ("Lunar 8-15", (8, 15, True)),
        ("8/15 (lunar)", (8, 15, True)),
        ("8月15日（农历）", (8, 15, True)),
        ("农历1990年八月十五", (8, 15, True)),
        ("农历正月初一", (1, 1, True)),
        ("正月初一", (1, 1, True)),  # 正月 is lunar by itself
        ("冬月十八", (11, 18, True)),
        ("腊月廿三", (12, 23, True)),
        ("旧历十一月廿九", (11, 29, True)),
        ("农历二月三十", (2, 30, True)),
        ("农历三月卅", (3, 30, True)),
        ("三月初十", (3, 10, True)),  # 初X days are lunar
        ("农历十二月二十", (12, 20, True)),
        ("闰四月初二", (4, 2, True)),  # kept in the normal 4th month
        ("農曆八月十五", (8, 15, True)),
    ],
)
def test_parses(text: str, expected: tuple[int, int, bool]) -> None:
    assert parse_birthday(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "hello",
        "13/1",
        "0/5",
        "2/30",
        "4/31",
        "1990-02-29",
        "农历十三月初一",
        "农历八月三十一",
        "lunar 8/31",
        "公历腊月初八",  # solar and lunar at once
        "5/12/1990/3",
        "12345",
        "明天",
    ],
)
def test_rejects(text: str) -> None:
    assert parse_birthday(text) is None


_PIECES = st.sampled_from(
    [
        "农历",
        "lunar",
        "公历",
        "闰",
        "正",
        "腊",
        "冬",
        "十",
        "廿",
        "卅",
        "初",
        "月",
        "日",
        "号",
        "三",
        "九",
        "/",
        "-",
        ".",
        " ",
        "(",
        "1",
        "2",
        "9",
        "3",
        "0",
        "年",
        "may",
        "th",
        "生日",
    ]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=10).map("".join) | st.text(max_size=30))
def test_never_raises_and_is_valid(text: str) -> None:
    parsed = parse_birthday(text)
    if parsed is not None:
        month, day, lunar = parsed
        assert is_valid_birthday(month, day, lunar)
