"""Solar and lunar birthdays: leap months, 29-day months, Feb 29."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.care import BirthdayOf, birthdays_on, is_valid_birthday, next_birthday

TODAY = date(2026, 11, 22)


def test_solar_birthday() -> None:
    assert next_birthday(5, 12, False, TODAY) == date(2027, 5, 12)
    assert next_birthday(11, 22, False, TODAY) == TODAY  # on or after
    assert next_birthday(12, 31, False, TODAY) == date(2026, 12, 31)


def test_feb_29_falls_on_feb_28_in_common_years() -> None:
    assert next_birthday(2, 29, False, TODAY) == date(2027, 2, 28)
    assert next_birthday(2, 29, False, date(2027, 3, 1)) == date(2028, 2, 29)
    assert next_birthday(2, 29, False, date(2100, 1, 1)) == date(2100, 2, 28)  # not a leap year


def test_lunar_mid_autumn_birthday() -> None:
    assert next_birthday(8, 15, True, TODAY) == date(2027, 9, 15)  # 中秋 2027
    assert next_birthday(8, 15, True, date(2026, 1, 1)) == date(2026, 9, 25)


def test_lunar_first_month_falls_in_the_next_solar_year_early() -> None:
    assert next_birthday(1, 1, True, TODAY) == date(2027, 2, 6)  # 春节 2027
    assert next_birthday(12, 8, True, TODAY) == date(2027, 1, 15)  # 腊八 of lunar 2026


def test_twelfth_month_day_30_in_a_29_day_month() -> None:
    # The 12th lunar months of 2025, 2026 and 2027 have 29 days: 腊月三十 -> 除夕.
    assert next_birthday(12, 30, True, date(2026, 1, 1)) == date(2026, 2, 16)
    assert next_birthday(12, 30, True, TODAY) == date(2027, 2, 5)
    assert next_birthday(12, 30, True, date(2027, 12, 1)) == date(2028, 1, 25)


def test_birthday_in_a_normal_month_skips_the_leap_month() -> None:
    # 2025 had a leap 6th month (闰六月, from 2025-07-25); 六月十五 stays in the normal month.
    first = next_birthday(6, 15, True, date(2025, 7, 1))
    assert first.year == 2025
    assert first < date(2025, 7, 25)
    assert next_birthday(6, 15, True, first + timedelta(days=1)).year == 2026
    # 2028 has a leap 5th month; 五月初五 stays 端午 (2028-05-28).
    assert next_birthday(5, 5, True, date(2028, 5, 1)) == date(2028, 5, 28)
    assert next_birthday(5, 5, True, date(2028, 5, 29)).year == 2029


@pytest.mark.parametrize(
    ("month", "day", "lunar"),
    [(0, 1, False), (13, 1, True), (2, 30, False), (4, 31, False), (1, 31, True), (1, 0, True)],
)
def test_impossible_birthdays_raise_value_error(month: int, day: int, lunar: bool) -> None:
    assert not is_valid_birthday(month, day, lunar)
    with pytest.raises(ValueError, match="birthday"):
        next_birthday(month, day, lunar, TODAY)


def test_no_date_past_date_max() -> None:
    with pytest.raises(OverflowError):
        next_birthday(1, 1, False, date(9999, 12, 31))


def test_birthdays_on() -> None:
    people = [
        BirthdayOf(1, "张总", 9, 15, False),
        BirthdayOf(2, "李姐", 8, 15, True),  # 中秋 2027 is Sep 15
        BirthdayOf(3, "Wang", 9, 16, False),
        BirthdayOf(4, "bad row", 13, 40, True),
        BirthdayOf(5, "Chen", 9, 15, False),
    ]
    found = birthdays_on(date(2027, 9, 15), people)
    assert [p.customer_id for p in found] == [1, 2, 5]
    assert birthdays_on(date(2027, 2, 28), [BirthdayOf(6, "Leap", 2, 29, False)])
    assert not birthdays_on(date(2028, 2, 28), [BirthdayOf(6, "Leap", 2, 29, False)])
    assert birthdays_on(date(2027, 2, 5), iter([BirthdayOf(7, "除夕", 12, 30, True)]))
    assert birthdays_on(date(9999, 12, 31), [BirthdayOf(8, "late", 1, 1, False)]) == []


@st.composite
def birthdays(draw: st.DrawFn) -> tuple[int, int, bool]:
    lunar = draw(st.booleans())
    month = draw(st.integers(1, 12))
    last = 30 if lunar else (date(2000, month % 12 + 1, 1) - timedelta(days=1)).day
    if month == 12 and not lunar:
        last = 31
    return month, draw(st.integers(1, last)), lunar


@settings(max_examples=300, deadline=None)
@given(birthday=birthdays(), after=st.dates(date(1900, 1, 1), date(9998, 12, 31)))
def test_next_birthday_is_always_within_400_days(
    birthday: tuple[int, int, bool], after: date
) -> None:
    month, day, lunar = birthday
    assert is_valid_birthday(month, day, lunar)
    found = next_birthday(month, day, lunar, after)
    assert after <= found <= after + timedelta(days=400)
    if not lunar:
        assert (found.month, found.day) in {(month, day), (2, 28)}


@settings(max_examples=100, deadline=None)
@given(birthday=birthdays(), after=st.dates(date(1950, 1, 1), date(2100, 12, 31)))
def test_next_birthday_is_the_first(birthday: tuple[int, int, bool], after: date) -> None:
    month, day, lunar = birthday
    found = next_birthday(month, day, lunar, after)
    assert next_birthday(month, day, lunar, found) == found
    if found > after:
        assert next_birthday(month, day, lunar, found - timedelta(days=1)) == found


def test_a_lunar_year_without_the_month_is_skipped() -> None:
    # lunar year 237 has no third month in lunar-python's data (the Jingchu reform)
    found = next_birthday(3, 1, True, date(236, 5, 1))
    assert found > date(237, 1, 1)
