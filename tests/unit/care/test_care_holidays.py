"""Festival dates in any year, official breaks where the schedule is known."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from bot.care import FESTIVALS, Holiday, holiday_in, upcoming_holidays

BY_KEY = {festival.key: festival for festival in FESTIVALS}


def _span(key: str, year: int) -> tuple[date, date]:
    holiday = holiday_in(BY_KEY[key], year)
    return holiday.start, holiday.end


def test_the_seven_festivals() -> None:
    assert [(f.key, f.name_zh) for f in FESTIVALS] == [
        ("new_year", "元旦"),
        ("spring_festival", "春节"),
        ("qingming", "清明节"),
        ("labour_day", "劳动节"),
        ("dragon_boat", "端午节"),
        ("mid_autumn", "中秋节"),
        ("national_day", "国庆节"),
    ]
    assert BY_KEY["national_day"].name_en == "National Day"


def test_2026_breaks_follow_the_official_schedule() -> None:
    # 国办发明电〔2025〕7号: 国庆节 10月1日至7日 (the brief's "Oct 1-8" was 2025's break),
    # with 9月20日 (Sun) and 10月10日 (Sat) worked.
    assert _span("national_day", 2026) == (date(2026, 10, 1), date(2026, 10, 7))
    assert _span("spring_festival", 2026) == (date(2026, 2, 15), date(2026, 2, 23))
    assert _span("new_year", 2026) == (date(2026, 1, 1), date(2026, 1, 3))
    assert _span("qingming", 2026) == (date(2026, 4, 4), date(2026, 4, 6))
    assert _span("labour_day", 2026) == (date(2026, 5, 1), date(2026, 5, 5))
    assert _span("dragon_boat", 2026) == (date(2026, 6, 19), date(2026, 6, 21))
    assert _span("mid_autumn", 2026) == (date(2026, 9, 25), date(2026, 9, 27))
    assert holiday_in(BY_KEY["spring_festival"], 2026).day == date(2026, 2, 17)


def test_2025_mid_autumn_shares_the_national_day_break() -> None:
    assert _span("national_day", 2025) == (date(2025, 10, 1), date(2025, 10, 8))
    mid_autumn = holiday_in(BY_KEY["mid_autumn"], 2025)
    assert (mid_autumn.start, mid_autumn.end, mid_autumn.day) == (
        date(2025, 10, 1),
        date(2025, 10, 8),
        date(2025, 10, 6),
    )


def test_breaks_cross_years_and_include_unlisted_weekends() -> None:
    assert _span("new_year", 2019) == (date(2018, 12, 30), date(2019, 1, 1))
    assert _span("new_year", 2016) == (date(2016, 1, 1), date(2016, 1, 3))
    assert _span("dragon_boat", 2012) == (date(2012, 6, 22), date(2012, 6, 24))


def test_festival_without_a_statutory_holiday_is_just_its_day() -> None:
    # 清明 became a public holiday in 2008; in 2004 it fell on a Sunday.
    assert _span("qingming", 2004) == (date(2004, 4, 4), date(2004, 4, 4))


@pytest.mark.parametrize(
    ("key", "day"),
    [
        ("new_year", date(2027, 1, 1)),
        ("spring_festival", date(2027, 2, 6)),
        ("qingming", date(2027, 4, 5)),
        ("labour_day", date(2027, 5, 1)),
        ("dragon_boat", date(2027, 6, 9)),
        ("mid_autumn", date(2027, 9, 15)),
        ("national_day", date(2027, 10, 1)),
        ("spring_festival", date(2028, 1, 26)),
        ("mid_autumn", date(2028, 10, 3)),
        ("spring_festival", date(2050, 1, 23)),
    ],
)
def test_festivals_beyond_the_official_data(key: str, day: date) -> None:
    holiday = holiday_in(BY_KEY[key], day.year)
    assert (holiday.day, holiday.start, holiday.end, holiday.official) == (day, day, day, False)


def test_upcoming_from_today_reaches_into_2027() -> None:
    found = upcoming_holidays(date(2026, 11, 22), 90)
    assert [(h.key, h.start) for h in found] == [
        ("new_year", date(2027, 1, 1)),
        ("spring_festival", date(2027, 2, 6)),
    ]
    assert not any(h.official for h in found)


def test_upcoming_is_sorted_and_bounded() -> None:
    found = upcoming_holidays(date(2026, 9, 20), 11)
    assert [(h.name_zh, h.start, h.end) for h in found] == [
        ("中秋节", date(2026, 9, 25), date(2026, 9, 27)),
        ("国庆节", date(2026, 10, 1), date(2026, 10, 7)),
    ]
    assert upcoming_holidays(date(2026, 9, 20), 10) == found[:1]
    year = upcoming_holidays(date(2026, 1, 1), 364)
    assert [h.start for h in year] == sorted(h.start for h in year)
    assert len(year) == 7


def test_upcoming_includes_a_break_under_way_and_edge_windows() -> None:
    assert [h.key for h in upcoming_holidays(date(2026, 10, 3), 0)] == ["national_day"]
    assert upcoming_holidays(date(2026, 10, 8), 0) == []
    assert upcoming_holidays(date(2026, 10, 1), -1) == []
    assert [h.start for h in upcoming_holidays(date(2018, 12, 29), 1)] == [date(2018, 12, 30)]
    assert upcoming_holidays(date(9999, 12, 1), 10**6) == []


def test_holiday_is_frozen() -> None:
    holiday = holiday_in(BY_KEY["new_year"], 2026)
    assert isinstance(holiday, Holiday)
    with pytest.raises(FrozenInstanceError):
        holiday.start = date(2026, 1, 2)  # type: ignore[misc]
