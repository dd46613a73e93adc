"""Settings from the environment (and `.env`), documented in `.env.example`."""

from __future__ import annotations

import re

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.timezones import parse_tz

SECRET = re.compile(r"[A-Za-z0-9_-]{16,256}")


class Settings(BaseSettings):
    """Everything the bot can be configured with. Built once, in `bot.app` or the CLI."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str | None = None
    database_url: str = "sqlite+aiosqlite:///data/memocrm.db"
    default_tz: str = "Asia/Shanghai"
    default_lang: str = Field(default="zh", pattern="^(zh|en)$")
    default_reminder_hour: int = Field(default=9, ge=0, le=23)
    dispatch_interval_seconds: float = Field(default=1.0, gt=0)
    late_after_seconds: int = Field(default=300, ge=0)
    dispatch_lease_seconds: float = Field(default=60, gt=0)
    rate_limit_per_second: int = Field(default=30, gt=0)
    group_rate_limit_per_minute: int = Field(default=20, gt=0)
    log_level: str = "INFO"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = Field(default=None)
    webhook_listen: str = "0.0.0.0"  # noqa: S104 - behind a load balancer or proxy
    webhook_port: int = Field(default=8443, gt=0, lt=65536)
    webhook_path: str = "telegram"

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        """sqlite:///x.db and postgresql://… as anyone writes them, with the async driver the
        bot runs on (aiosqlite, asyncpg)."""
        for plain, driver in (("sqlite://", "sqlite+aiosqlite://"),
                              ("postgresql://", "postgresql+asyncpg://"),
                              ("postgres://", "postgresql+asyncpg://")):
            if value.startswith(plain):
                return driver + value[len(plain):]
        return value

    @field_validator("default_tz")
    @classmethod
    def _known_tz(cls, value: str) -> str:
        parse_tz(value)
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _telegram_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not SECRET.fullmatch(value.get_secret_value()):
            msg = "WEBHOOK_SECRET: 16-256 characters of A-Z, a-z, 0-9, _ and -"
            raise ValueError(msg)
        return value

    @property
    def token(self) -> str | None:
        """The bot token, or None when the bot runs offline."""
        secret = self.telegram_bot_token
        return (secret.get_secret_value() if secret is not None else "") or None
