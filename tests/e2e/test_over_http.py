"""`memocrm run` against a Bot API emulator over real HTTP; the token never reaches a log."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build, configure_logging
from bot.config import Settings
from tests.support.bot_api_server import BotApiServer
from tests.support.databases import Database

TOKEN = "123456:SECRET-token-never-logged"


@pytest.fixture
def logging_as_in_production() -> Iterator[None]:
    factory = logging.getLogRecordFactory()
    configure_logging("DEBUG", secrets=(TOKEN,))
    yield
    logging.setLogRecordFactory(factory)


@pytest.mark.usefixtures("logging_as_in_production")
async def test_polling_bot_answers_a_memo_over_http(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with BotApiServer(TOKEN) as api:
        settings = Settings(_env_file=None, telegram_bot_token=TOKEN,  # type: ignore[call-arg]
                            telegram_api_base_url=api.root, database_url=database.url)
        runtime = build(settings, engine=database.engine())
        app = runtime.app
        assert app.updater is not None
        api.push_message("/start")
        api.push_message("明天下午3点给张总打电话")
        async with app:
            await runtime.startup()
            await app.updater.start_polling(poll_interval=0.01, timeout=0)
            await app.start()
            try:
                await api.wait_for("sendMessage", 2)
            finally:
                await app.updater.stop()
                await app.stop()
        await runtime.engine.dispose()
    welcome, card = api.sent()
    assert "你好" in welcome["text"]
    assert "张总" in card["text"] and "明天 15:00" in card["text"]
    assert {"setMyCommands", "getMe", "getUpdates"} <= {name for name, _ in api.calls}
    assert caplog.records, "nothing was logged: the check below would prove nothing"
    assert [r.getMessage() for r in caplog.records if TOKEN in r.getMessage()] == []
    assert any("<token>" in r.getMessage() for r in caplog.records)  # PTB did try to log it
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING


async def test_memocrm_run_never_logs_the_token(tmp_path: Path) -> None:
    async with BotApiServer(TOKEN) as api:
        api.push_message("/help")
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.root,
               "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'run.db'}",
               "LOG_LEVEL": "DEBUG"}
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            await api.wait_for("sendMessage", 1, within=60)
        finally:
            proc.send_signal(signal.SIGINT)
            out, err = await asyncio.wait_for(proc.communicate(), 30)
    log = (out + err).decode()
    assert "/help" in api.sent()[0]["text"] or "/today" in api.sent()[0]["text"]
    assert "DEBUG" in log  # it did log, at the most talkative level
    assert TOKEN not in log and "SECRET-token" not in log
