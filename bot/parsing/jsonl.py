"""One line of the `memocrm parse` JSON Lines contract (see docs/memo-conventions.md).

Input: {"id", "text", "now", "tz"?, "customers"?}. Output: {"id", "lang", "customer",
"customer_is_new", "task": {...} | null, "contact", "contacted", "birthday": {...} | null,
"amount": {...} | null, "tags"}; a bad line
gives {"id": ..., "error": "..."}. Never raises.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.parsing.memo import parse_memo
from bot.parsing.model import Amount, KnownCustomer, ParsedMemo

DEFAULT_TZ = "Asia/Shanghai"


class LineError(ValueError):
    """A line that does not follow the input contract."""


def _zone(name: object) -> ZoneInfo:
    if not isinstance(name, str) or not name.strip():
        raise LineError("tz must be an IANA time zone name")
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise LineError(f"unknown time zone: {name}") from err


def _now(raw: object, tz_name: object) -> datetime:
    if not isinstance(raw, str):
        raise LineError("now must be an ISO 8601 date-time string")
    try:
        now = datetime.fromisoformat(raw.strip())
    except ValueError as err:
        raise LineError(f"bad now: {raw}") from err
    zone: tzinfo = _zone(DEFAULT_TZ if tz_name is None else tz_name)
    if now.tzinfo is None:
        return now.replace(tzinfo=zone)
    offset = now.utcoffset()
    if tz_name is None and offset is not None and offset != now.astimezone(zone).utcoffset():
        return now.astimezone(timezone(offset))  # an offset that is not the default zone's
    return now.astimezone(zone)


def _customers(raw: object) -> tuple[KnownCustomer, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise LineError("customers must be a list")
    found: list[KnownCustomer] = []
    for item in raw:
        if isinstance(item, str):
            found.append(KnownCustomer(item))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            aliases = item.get("aliases") or []
            found.append(KnownCustomer(item["name"], tuple(a for a in aliases
                                                           if isinstance(a, str))))
        else:
            raise LineError("a customer must be a name or {name, aliases}")
    return tuple(found)


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _amount(amount: Amount | None) -> dict[str, object] | None:
    if amount is None:
        return None
    return {"value": _number(amount.value), "currency": amount.currency, "kind": amount.kind}


def _task(memo: ParsedMemo) -> dict[str, object] | None:
    if not memo.is_task or memo.due is None:
        return None
    due = memo.due.date().isoformat() if memo.all_day else memo.due.isoformat("T", "seconds")
    return {"due": due, "all_day": memo.all_day, "priority": memo.priority,
            "recurrence": memo.recurrence, "title": memo.title}


def render(line_id: object, memo: ParsedMemo) -> dict[str, object]:
    """The output object for one parsed memo."""
    return {
        "id": line_id, "lang": memo.lang, "customer": memo.customer,
        "customer_is_new": memo.customer_is_new, "task": _task(memo),
        "contact": memo.contact, "contacted": memo.contacted,
        "birthday": None if memo.birthday is None else {
            "month": memo.birthday.month, "day": memo.birthday.day,
            "lunar": memo.birthday.lunar},
        "amount": _amount(memo.amount), "tags": list(memo.tags),
    }


def _parse_line(line: str) -> tuple[object, dict[str, object]]:
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as err:
        raise LineError(f"not JSON: {err}") from err
    if not isinstance(data, dict):
        raise LineError("a line must be a JSON object")
    return data.get("id"), data


def parse_json_line(line: str) -> dict[str, object]:
    """Parse one input line into one output object; errors become {"id", "error"}."""
    line_id: object = None
    try:
        line_id, data = _parse_line(line)
        text = data.get("text")
        if not isinstance(text, str):
            raise LineError("text must be a string")
        now = _now(data.get("now"), data.get("tz"))
        memo = parse_memo(text, now, _customers(data.get("customers")))
        return render(line_id, memo)
    except LineError as err:
        return {"id": line_id, "error": str(err)}
    except Exception as err:
        return {"id": line_id, "error": f"internal error: {type(err).__name__}"}
