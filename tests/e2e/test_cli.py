"""The console script as a newcomer runs it: `memocrm chat` and `memocrm parse`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

MEMOCRM = str(Path(sys.executable).parent / "memocrm")


def _run(args: list[str], stdin: str, tmp_path: Path, **env: str) -> str:
    result = subprocess.run(  # noqa: S603 - our own console script
        [MEMOCRM, *args], input=stdin, capture_output=True, text=True, timeout=120,
        cwd=tmp_path, env={**os.environ, "DATABASE_URL":
                           f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}", **env},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_chat_shows_the_card_then_lists_the_task(tmp_path: Path) -> None:
    out = _run(["chat"], "明天下午3点给张总打电话\n/today\n/tasks\n", tmp_path)
    lines = out.splitlines()
    card = next(i for i, line in enumerate(lines) if "已记录" in line)
    assert "明天 15:00" in "\n".join(lines[card:card + 6])
    assert any("[1] ✅ 完成" in line for line in lines)
    agenda = out[out.index("bot> 明天"):out.index("未完成的任务")]
    assert "15:00" in agenda and "张总" in agenda  # /today shows tomorrow's task
    listed = out[out.index("未完成的任务"):]
    assert "明天 15:00" in listed and "张总" in listed


def test_chat_buttons_are_numbered_choices(tmp_path: Path) -> None:
    out = _run(["chat", "--lang", "en"], "Call Jane at Acme tomorrow 10am\n1\n/tasks\n",
               tmp_path)
    assert "tomorrow 10:00" in out
    assert "bot (edited)>" in out and "Done." in out
    assert out.rstrip().endswith("Nothing to do. 🎉")


def test_parse_prints_one_valid_line(tmp_path: Path) -> None:
    line = json.dumps({"id": "1", "text": "明天下午3点给张总打电话",
                       "now": "2026-11-18T10:00:00+08:00"}, ensure_ascii=False)
    out = _run(["parse"], line + "\nnot json\n", tmp_path)
    first, second = (json.loads(x) for x in out.splitlines())
    assert first["id"] == "1"
    assert first["task"]["due"] == "2026-11-19T15:00:00+08:00"
    assert first["task"]["all_day"] is False
    assert first["customer"] == "张总"
    assert "error" in second

