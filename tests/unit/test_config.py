"""Settings: defaults, and what webhook mode insists on."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.app import run_webhook
from bot.config import Settings


def test_webhook_secret_must_be_what_telegram_accepts() -> None:
    with pytest.raises(ValidationError, match="WEBHOOK_SECRET"):
        Settings(_env_file=None, webhook_secret="short")  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="WEBHOOK_SECRET"):
        Settings(_env_file=None, webhook_secret="has spaces in it, no good")  # type: ignore[call-arg]
    ok = Settings(_env_file=None, webhook_secret="A" * 16)  # type: ignore[call-arg]
    assert ok.webhook_secret is not None


def test_webhook_mode_refuses_to_start_without_url_and_secret() -> None:
    with pytest.raises(ValueError, match="WEBHOOK_URL and WEBHOOK_SECRET"):
        run_webhook(Settings(_env_file=None, telegram_bot_token="1:x"))  # type: ignore[call-arg]


def test_an_empty_token_means_offline() -> None:
    assert Settings(_env_file=None, telegram_bot_token="").token is None  # type: ignore[call-arg]


@pytest.mark.parametrize(("given", "used"), [
    ("sqlite:///tmp/x.db", "sqlite+aiosqlite:///tmp/x.db"),
    ("postgresql://u@127.0.0.1/test", "postgresql+asyncpg://u@127.0.0.1/test"),
    ("postgres://u@127.0.0.1/test", "postgresql+asyncpg://u@127.0.0.1/test"),
    ("sqlite+aiosqlite:///data/m.db", "sqlite+aiosqlite:///data/m.db"),
])
def test_a_database_url_gets_the_async_driver(given: str, used: str) -> None:
    assert Settings(database_url=given).database_url == used
