"""The .ics export parses back: UIDs, timed and all-day starts, RRULE, alarms."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event, vDDDTypes, vRecur

from bot.exports.ics import build_calendar, task_summary, task_uid
from bot.exports.model import TaskRow

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=SHANGHAI)

TIMED = TaskRow(id=7, title="回访报价", customer="张伟", assignee="李四",
                due=datetime(2026, 11, 20, 15, 0, tzinfo=SHANGHAI), priority="high",
                rrule="FREQ=WEEKLY;BYDAY=FR")
ALL_DAY = TaskRow(id=8, title="张伟生日", customer="张伟", assignee="李四",
                  due=datetime(2026, 11, 25, tzinfo=SHANGHAI), all_day=True)
DONE = TaskRow(id=9, title="done", customer=None, assignee="a", due=NOW, status="done")
UNDATED = TaskRow(id=10, title="someday", customer=None, assignee="a", due=None)


def _events(tasks: list[TaskRow], **kwargs: object) -> dict[str, Event]:
    data = build_calendar(tasks, calendar_name="memocrm 任务", generated_at=NOW,
                          **kwargs)  # type: ignore[arg-type]
    calendar = Calendar.from_ical(data)
    assert isinstance(calendar, Calendar)
    assert calendar["VERSION"] == "2.0"
    assert calendar.calendar_name == "memocrm 任务"
    return {str(event["UID"]): event for event in calendar.events}


def test_one_event_per_open_dated_task_with_stable_uids() -> None:
    events = _events([TIMED, ALL_DAY, DONE, UNDATED])
    assert set(events) == {"task-7@memocrm", "task-8@memocrm"}
    again = _events([TIMED, ALL_DAY, DONE, UNDATED])
    assert set(again) == set(events)
    assert task_uid(7, "example.com") == "task-7@example.com"
    assert set(_events([TIMED], domain="crm.example")) == {"task-7@crm.example"}


def test_timed_event_in_its_zone_with_vtimezone() -> None:
    data = build_calendar([TIMED], calendar_name="x", generated_at=NOW)
    calendar = Calendar.from_ical(data)
    event = calendar.events[0]
    assert event.start == datetime(2026, 11, 20, 15, 0, tzinfo=SHANGHAI)
    assert event.end - event.start == timedelta(minutes=30)
    assert b"DTSTART;TZID=Asia/Shanghai:20261120T150000" in data
    assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Shanghai"]
    assert event["SUMMARY"] == "回访报价 (张伟)"
    assert event["PRIORITY"] == 1
    stamp = event.DTSTAMP
    assert stamp == datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


def test_all_day_event_uses_date_values() -> None:
    event = _events([ALL_DAY])["task-8@memocrm"]
    assert event.start == date(2026, 11, 25)
    assert not isinstance(event.start, datetime)
    assert event.end == date(2026, 11, 26)
    assert event["SUMMARY"] == "张伟生日"  # the title already names the customer


def test_all_day_date_is_taken_in_the_given_zone() -> None:
    stored_utc = ALL_DAY.due.astimezone(UTC) if ALL_DAY.due else None  # 2026-11-24 16:00Z
    task = TaskRow(id=8, title="x", customer=None, assignee="a", due=stored_utc, all_day=True)
    assert _events([task], tz=SHANGHAI)["task-8@memocrm"].start == date(2026, 11, 25)


def test_rrule_is_kept() -> None:
    event = _events([TIMED])["task-7@memocrm"]
    rrule = event["RRULE"]
    assert isinstance(rrule, vRecur)
    assert rrule["FREQ"] == ["WEEKLY"]
    assert rrule["BYDAY"] == ["FR"]


@pytest.mark.parametrize("rrule", ["FREQ=SOMETIMES", "junk", "", "BYDAY=MO"])
def test_unreadable_rrule_is_dropped_not_fatal(rrule: str) -> None:
    task = TaskRow(id=1, title="t", customer=None, assignee="a", due=NOW, rrule=rrule)
    assert "RRULE" not in _events([task])["task-1@memocrm"]


def test_until_is_fitted_to_the_start_type() -> None:
    timed = TaskRow(id=1, title="t", customer=None, assignee="a", due=NOW,
                    rrule="RRULE:FREQ=DAILY;UNTIL=20261130")
    all_day = TaskRow(id=2, title="t", customer=None, assignee="a", due=NOW, all_day=True,
                      rrule="FREQ=DAILY;UNTIL=20261130T100000Z")
    events = _events([timed, all_day])
    timed_rule, all_day_rule = events["task-1@memocrm"]["RRULE"], events["task-2@memocrm"]["RRULE"]
    assert isinstance(timed_rule, vRecur)
    assert isinstance(all_day_rule, vRecur)
    assert timed_rule["UNTIL"] == [datetime(2026, 11, 30, 15, 59, 59, tzinfo=UTC)]
    assert all_day_rule["UNTIL"] == [date(2026, 11, 30)]


def test_alarms_fire_at_the_due_time_and_nine_on_all_day() -> None:
    events = _events([TIMED, ALL_DAY])
    (timed_alarm,) = events["task-7@memocrm"].alarms.times
    assert timed_alarm.trigger == datetime(2026, 11, 20, 15, 0, tzinfo=SHANGHAI)
    alarm = events["task-7@memocrm"].subcomponents[0]
    assert alarm.name == "VALARM"
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm["DESCRIPTION"] == "回访报价 (张伟)"
    trigger = events["task-8@memocrm"].subcomponents[0]["TRIGGER"]
    assert isinstance(trigger, vDDDTypes)
    assert trigger.dt == timedelta(hours=9)


def test_fixed_offset_zone_is_written_as_utc() -> None:
    due = datetime(2026, 11, 20, 15, 0, tzinfo=timezone(timedelta(hours=8)))
    task = TaskRow(id=1, title="t", customer=None, assignee="a", due=due)
    data = build_calendar([task], calendar_name="x", generated_at=NOW)
    assert b"DTSTART:20261120T070000Z" in data
    assert b"VTIMEZONE" not in data


def test_text_is_escaped_and_lines_folded() -> None:
    task = TaskRow(id=1, title="报价; 合同, 发票\n第二行 " + "长" * 80, customer=None,
                   assignee="a", due=NOW)
    data = build_calendar([task], calendar_name="x", generated_at=NOW)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    event = Calendar.from_ical(data).events[0]
    assert str(event["SUMMARY"]).startswith("报价; 合同, 发票 第二行")


def test_empty_calendar_is_still_valid() -> None:
    calendar = Calendar.from_ical(build_calendar([], calendar_name="x", generated_at=NOW))
    assert calendar.events == []


def test_summary() -> None:
    assert task_summary(TIMED) == "回访报价 (张伟)"
    assert task_summary(UNDATED) == "someday"
