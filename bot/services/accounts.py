"""Start, language and time zone."""

from __future__ import annotations

from dataclasses import dataclass

from cachetools import TTLCache

from bot.errors import InputError
from bot.i18n import lang_of
from bot.services import schedule
from bot.services.deps import Deps
from bot.services.history import log_change
from bot.services.identity import Who, acting
from bot.timezones import parse_tz
from storage.enums import Role
from storage.repos import teams


@dataclass(frozen=True)
class Profile:
    """The user in their team, as /start, /lang and /tz report it."""

    lang: str
    team_name: str
    tz: str
    role: Role
    is_group: bool


# How long a user's language is taken from memory before it is read again: every update
# needs it before anything else, and a change made through another instance shows within
# this time (a change made here shows at once).
LANG_CACHE_SECONDS = 60


class Accounts:
    """Who the user is, and their settings."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps
        self._langs: TTLCache[int, str | None] = TTLCache(maxsize=10_000,
                                                          ttl=LANG_CACHE_SECONDS)

    async def start(self, who: Who) -> Profile:
        """Make sure team, chat and member exist; report them."""
        return await self._update(who)

    async def set_lang(self, who: Who, lang: str) -> Profile:
        """Set the user's language (and a group team's, when said in the group)."""
        if lang not in ("zh", "en"):
            raise InputError("Choose a language: %(choices)s", choices="zh, en")
        return await self._update(who, lang=lang)

    async def set_tz(self, who: Who, tz_name: str) -> Profile:
        """Set the team's time zone (an IANA name such as Asia/Shanghai)."""
        return await self._update(who, tz=parse_tz(tz_name).key)

    async def profile(self, who: Who) -> Profile:
        """The user's current settings."""
        return await self._update(who)

    async def _update(
        self, who: Who, *, lang: str | None = None, tz: str | None = None
    ) -> Profile:
        async with acting(self._d, who) as (s, actor, now):
            team = await teams.get_team(s, actor.team_id)
            member = await teams.get_member_by_id(s, actor.member_id)
            if lang is not None:
                member.lang = lang
                if who.is_group:
                    team.lang = lang
            if tz is not None and tz != team.tz:
                await schedule.move_to_zone(s, team.id, parse_tz(team.tz), parse_tz(tz),
                                            team.reminder_hour)
                team.tz = tz
            if lang is not None or tz is not None:
                await log_change(s, actor, "settings", team, now, lang=lang, tz=tz)
            self._langs.pop(who.tg_user_id, None)
            return Profile(lang=member.lang, team_name=team.name, tz=team.tz, role=member.role,
                           is_group=who.is_group)

    async def lang_for(self, tg_user_id: int, language_code: str | None) -> str:
        """The language to answer a user in, without creating anything."""
        if tg_user_id in self._langs:
            known = self._langs[tg_user_id]
        else:
            async with self._d.sessions.begin() as s:
                member = await teams.first_membership(s, tg_user_id)
            known = self._langs[tg_user_id] = member.lang if member else None
        return known or lang_of(language_code, self._d.defaults.lang)
