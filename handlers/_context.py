"""The typed callback context: services and a per-update translator."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.i18n import Translator, translator
from bot.services.container import Services


class BotData:
    """Application-wide data: the services (set once by `bot.app`)."""

    services: Services


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """What every handler gets: `services` and `t`, the user's translator."""

    lang: str = "zh"

    @property
    def services(self) -> Services:
        """The use cases."""
        return self.bot_data.services

    @property
    def t(self) -> Translator:
        """The translator for this update's user (set by the language pre-handler)."""
        return translator(self.lang)


CONTEXT_TYPES = ContextTypes(context=BotContext, bot_data=BotData)
App = Application[Any, Any, Any, Any, Any, Any]
