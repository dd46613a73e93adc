"""Workdays and 调休, checked against the State Council's published schedules."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest

from bot.care import (
    has_official_schedule,
    is_workday,
    next_workday,
    official_schedule_years,
    workday_on_or_after,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 10, 1), False),  # 国庆节
        (date(2026, 10, 7), False),  # last day of the 2026 国庆 break (Wed)
        (date(2026, 10, 8), True),  # Thursday after the break
        (date(2026, 9, 20), True),  # Sunday, 调休 for 国庆
        (date(2026, 10, 10), True),  # Saturday, 调休 for 国庆
        (date(2026, 2, 14), True),  # Saturday, 调休 for 春节
        (date(2026, 2, 28), True),  # Saturday, 调休 for 春节
        (date(2026, 2, 23), False),  # Monday, last day of the 春节 break
        (date(2026, 1, 4), True),  # Sunday, 调休 for 元旦
        (date(2026, 5, 9), True),  # Saturday, 调休 for 劳动节
        (date(2026, 11, 21), False),  # an ordinary Saturday
        (date(2026, 11, 23), True),  # an ordinary Monday
        (date(2013, 10, 12), True),  # 调休 Saturday (missing from lunar-python's data)
        (date(2016, 1, 2), False),  # weekend joined to 元旦 2016, not listed in the data
    ],
)
def test_is_workday_follows_the_official_schedule(day: date, expected: bool) -> None:
    assert is_workday(day) is expected


def test_next_workday_skips_the_national_day_break() -> None:
    assert next_workday(date(2026, 9, 30)) == date(2026, 10, 8)
    assert next_workday(date(2026, 10, 3)) == date(2026, 10, 8)


def test_next_workday_lands_on_a_tiaoxiu_weekend() -> None:
    assert next_workday(date(2026, 10, 9)) == date(2026, 10, 10)  # Fri -> 调休 Sat
    assert next_workday(date(2026, 2, 13)) == date(2026, 2, 14)  # Fri -> 调休 Sat
    assert next_workday(date(2026, 9, 19)) == date(2026, 9, 20)  # Sat -> 调休 Sun
    assert next_workday(date(2026, 10, 10)) == date(2026, 10, 12)  # Sat -> Mon


def test_next_workday_is_strictly_after() -> None:
    assert next_workday(date(2026, 11, 23)) == date(2026, 11, 24)


def test_workday_on_or_after() -> None:
    assert workday_on_or_after(date(2026, 11, 23)) == date(2026, 11, 23)
    assert workday_on_or_after(date(2026, 2, 15)) == date(2026, 2, 24)
    assert workday_on_or_after(date(2026, 2, 28)) == date(2026, 2, 28)


def test_official_schedule_coverage() -> None:
    assert has_official_schedule(2026)
    assert has_official_schedule(2004)
    assert has_official_schedule(2002)  # from lunar-python's HolidayUtil
    assert not has_official_schedule(2027)
    assert not has_official_schedule(1990)
    assert not has_official_schedule(9999)
    assert official_schedule_years() == list(range(2002, 2027))


def test_uncovered_years_never_raise_and_keep_statutory_days_off() -> None:
    assert not is_workday(date(2027, 1, 1))  # 元旦, a Friday
    assert next_workday(date(2026, 12, 31)) == date(2027, 1, 4)
    assert not is_workday(date(2027, 2, 5))  # 除夕, a Friday
    # 春节 2027-02-06 is a Saturday: statutory 除夕-初三 is Feb 5-8 (调休 not known yet).
    assert [is_workday(date(2027, 2, d)) for d in range(5, 10)] == [False] * 4 + [True]
    assert not is_workday(date(2027, 9, 15))  # 中秋, a Wednesday
    assert is_workday(date(2027, 10, 4))  # Monday after the statutory Oct 1-3
    assert is_workday(date(1990, 1, 1))  # before the 2025 rules: plain Monday-Friday
    assert not is_workday(date(9999, 12, 26))  # a Sunday
    assert workday_on_or_after(date(1, 1, 1)) == date(1, 1, 1)


def test_agrees_with_chinesecalendar_on_every_day_it_covers() -> None:
    day, last = date(2004, 1, 1), date(2026, 12, 31)
    while day <= last:
        assert is_workday(day) is chinese_calendar.is_workday(day), day
        day += timedelta(days=1)
