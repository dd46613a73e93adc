"""Run the installed `memocrm parse` console script on many JSON Lines at once."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

MEMOCRM = str(Path(sys.executable).parent / "memocrm")


def parse_lines(lines: Iterable[dict[str, Any] | str]) -> list[dict[str, Any]]:
    """Feed the lines (objects are dumped as JSON, strings sent as they are) to one
    `memocrm parse` process; return its output objects, one per line, in order."""
    stdin = "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False))
                    + "\n" for line in lines)
    result = subprocess.run(  # noqa: S603 - our own console script
        [MEMOCRM, "parse"], input=stdin, capture_output=True, text=True, timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def reading(out: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """The fields of one output object that `expected` names, in the same shape.

    Keys: the output's own top-level keys (`customer`, `customer_is_new`, `contact`,
    `contacted`, `birthday`, `lang`, `tags`, `task`); `amount` (only the amount keys
    expected, or None); `due` as (due, all_day) of the task, or None when there is no task;
    `priority`, `recurrence` of the task (None when there is no task).
    """
    task = out.get("task")
    got: dict[str, Any] = {}
    for key, want in expected.items():
        if key == "due":
            got[key] = None if task is None else (task["due"], task["all_day"])
        elif key in ("priority", "recurrence", "title"):
            got[key] = None if task is None else task[key]
        elif key == "amount" and isinstance(want, dict):
            amount = out.get("amount")
            got[key] = None if amount is None else {k: amount.get(k) for k in want}
        else:
            got[key] = out.get(key, "<missing>")
    return got


def due(when: str, offset: str = "+08:00") -> tuple[str, bool]:
    """An expected due: "YYYY-MM-DD" is an all-day task on that date, "YYYY-MM-DDTHH:MM"
    a timed one at that minute in the zone's `offset`."""
    if "T" not in when:
        return (when, True)
    return (f"{when}:00{offset}", False)
