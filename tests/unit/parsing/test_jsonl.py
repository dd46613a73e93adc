"""The `memocrm parse` JSON Lines contract, one line at a time."""

from __future__ import annotations

import json

from bot.parsing.jsonl import parse_json_line


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_contract_example() -> None:
    out = parse_json_line(
        '{"id":"1","text":"明天下午3点给张总打电话","now":"2026-11-18T10:00:00+08:00"}')
    assert out == {
        "id": "1", "lang": "zh", "customer": "张总", "customer_is_new": True,
        "task": {"due": "2026-11-19T15:00:00+08:00", "all_day": False, "priority": "normal",
                 "recurrence": None, "title": "给张总打电话"},
        "contact": None, "contacted": False, "birthday": None, "amount": None, "tags": [],
    }


def test_known_customer_amount_and_all_day_due() -> None:
    out = parse_json_line(_line(id="7", text="周五前给张伟发报价 3.5万 #报价",
                                now="2026-11-18T10:00:00", customers=["张伟", "Acme Corp"]))
    assert out["customer"] == "张伟"
    assert out["customer_is_new"] is False
    assert out["task"] == {"due": "2026-11-20", "all_day": True, "priority": "normal",
                           "recurrence": None, "title": "给张伟发报价 3.5万 #报价"}
    assert out["amount"] == {"value": 35000, "currency": "CNY", "kind": "quote"}
    assert isinstance(out["amount"], dict)
    assert isinstance(out["amount"]["value"], int)
    assert out["tags"] == ["报价"]


def test_no_task_no_customer_no_amount() -> None:
    out = parse_json_line(_line(id=3, text="客户反馈产品质量有问题", now="2026-11-18T10:00:00"))
    assert out == {"id": 3, "lang": "zh", "customer": None, "customer_is_new": False,
                   "task": None, "contact": None, "contacted": False, "birthday": None,
                   "amount": None, "tags": []}


def test_naive_now_is_read_in_tz() -> None:
    out = parse_json_line(_line(id="ny", text="call Acme tomorrow at 3pm",
                                now="2026-11-18T10:00:00", tz="America/New_York"))
    assert out["task"]["due"] == "2026-11-19T15:00:00-05:00"  # type: ignore[index]


def test_offset_now_is_converted_to_tz() -> None:
    out = parse_json_line(_line(id="c", text="明天上午10点开会", now="2026-11-18T02:00:00+00:00",
                                tz="Asia/Shanghai"))
    assert out["task"]["due"] == "2026-11-19T10:00:00+08:00"  # type: ignore[index]


def test_recurrence_and_priority_in_task() -> None:
    out = parse_json_line(_line(id="r", text="每周一上午9点给张总发周报，重要",
                                now="2026-11-18T10:00:00"))
    assert out["task"]["recurrence"] == "FREQ=WEEKLY;BYDAY=MO"  # type: ignore[index]
    assert out["task"]["priority"] == "high"  # type: ignore[index]
    assert out["task"]["due"] == "2026-11-23T09:00:00+08:00"  # type: ignore[index]


def test_fractional_amount_is_a_float() -> None:
    out = parse_json_line(_line(id="f", text="quote $12.5 each", now="2026-11-18T10:00:00"))
    assert out["amount"] == {"value": 12.5, "currency": "USD", "kind": "quote"}


def test_bad_lines_give_an_error_and_never_raise() -> None:
    assert parse_json_line("not json")["id"] is None
    assert "error" in parse_json_line("not json")
    assert parse_json_line("[1, 2]") == {"id": None, "error": "a line must be a JSON object"}
    assert set(parse_json_line(_line(id="x", now="2026-11-18T10:00:00"))) == {"id", "error"}
    assert parse_json_line(_line(id="y", text="hi", now="yesterday"))["id"] == "y"
    assert "error" in parse_json_line(_line(id="y", text="hi", now="yesterday"))
    assert "error" in parse_json_line(_line(id="z", text="hi", now="2026-11-18T10:00:00",
                                            tz="Mars/Olympus"))
    assert "error" in parse_json_line(_line(id="c", text="hi", now="2026-11-18T10:00:00",
                                            customers="张伟"))
    assert "error" in parse_json_line("")


def test_the_contracts_output_example() -> None:
    """memo-conventions.md's output example: every field, as the contract shows it."""
    out = parse_json_line(_line(id="7", text="明天下午3点给张伟打电话确认报价3.5万",
                                now="2026-11-18T10:00:00+08:00", tz="Asia/Shanghai",
                                customers=["张伟", "Acme Corp"]))
    assert out == {
        "id": "7", "lang": "zh", "customer": "张伟", "customer_is_new": False,
        "task": {"due": "2026-11-19T15:00:00+08:00", "all_day": False, "priority": "normal",
                 "recurrence": None, "title": "给张伟打电话确认报价3.5万"},
        "contact": None, "contacted": False, "birthday": None,
        "amount": {"value": 35000, "currency": "CNY", "kind": "quote"}, "tags": [],
    }


def test_birthday_contact_and_contacted_fields() -> None:
    birthday = parse_json_line(_line(id="b", text="张总生日是农历八月十五",
                                     now="2026-11-18T10:00:00", customers=["张伟"]))
    assert birthday["birthday"] == {"month": 8, "day": 15, "lunar": True}
    assert birthday["task"] is None
    visit = parse_json_line(_line(id="v", text="今天拜访了蓝海科技刘经理，下周三下午再跟进报价",
                                  now="2026-11-18T10:00:00", customers=["蓝海科技"]))
    assert (visit["customer"], visit["contact"]) == ("蓝海科技", "刘经理")
    assert visit["contacted"] is True
    assert visit["task"]["due"] == "2026-11-25T14:00:00+08:00"  # type: ignore[index]
