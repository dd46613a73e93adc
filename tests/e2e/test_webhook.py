"""Webhook mode: updates arrive over HTTP and must carry the secret token."""

from __future__ import annotations

import asyncio
import json
import socket

import httpx

from bot.app import build
from bot.config import Settings
from handlers.local_api import EPOCH, LocalBotApi
from tests.support.clock import FrozenClock
from tests.support.databases import Database

SECRET = "s3cret-token_for-tests"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _update(update_id: int, text: str) -> dict[str, object]:
    user = {"id": 42, "is_bot": False, "first_name": "Li", "language_code": "zh-hans"}
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": EPOCH, "chat": {"id": 42, "type": "private"},
        "from": user, "text": text}}


async def test_webhook_checks_the_secret_on_every_request(
    database: Database, clock: FrozenClock
) -> None:
    api, port = LocalBotApi(), _free_port()
    settings = Settings(_env_file=None, database_url=database.url,  # type: ignore[call-arg]
                        webhook_url="https://bot.example.com/telegram", webhook_secret=SECRET)
    runtime = build(settings, clock=clock, request=api, engine=database.engine())
    app = runtime.app
    assert app.updater is not None
    async with app:
        await runtime.startup()
        await app.updater.start_webhook(
            listen="127.0.0.1", port=port, url_path="telegram",
            webhook_url=settings.webhook_url, secret_token=SECRET)
        await app.start()
        try:
            url = f"http://127.0.0.1:{port}/telegram"
            async with httpx.AsyncClient() as client:
                body = json.dumps(_update(1, "明天下午3点给张总打电话"))
                headers = {"Content-Type": "application/json"}
                missing = await client.post(url, content=body, headers=headers)
                wrong = await client.post(url, content=body, headers={
                    **headers, "X-Telegram-Bot-Api-Secret-Token": "nope"})
                right = await client.post(url, content=body, headers={
                    **headers, "X-Telegram-Bot-Api-Secret-Token": SECRET})
            assert (missing.status_code, wrong.status_code, right.status_code) == (403, 403, 200)
            for _ in range(100):
                if api.sent():
                    break
                await asyncio.sleep(0.05)
        finally:
            await app.updater.stop()
            await app.stop()
    await runtime.engine.dispose()
    (card,) = api.sent()
    assert "张总" in card["text"]  # processed once: only the request with the secret
    (hook,) = api.sent("setWebhook")
    assert hook["url"] == "https://bot.example.com/telegram" and hook["secret_token"] == SECRET
