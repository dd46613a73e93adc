"""Settings from the environment (and `.env`), documented in `.env.example`."""

from __future__ import annotations

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.timezones import parse_tz


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
    rate_limit_per_second: int = Field(default=30, gt=0)
    group_rate_limit_per_minute: int = Field(default=20, gt=0)
    log_level: str = "INFO"

    @field_validator("default_tz")
    @classmethod
    def _known_tz(cls, value: str) -> str:
        parse_tz(value)
        return value

    @property
    def token(self) -> str | None:
        """The bot token, or None when the bot runs offline."""
        secret = self.telegram_bot_token
        return (secret.get_secret_value() if secret is not None else "") or None
