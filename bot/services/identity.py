"""Who is talking: the Telegram user and chat, resolved to team, member and chat rows."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import lang_of
from bot.services.deps import Deps, TeamDefaults
from bot.text import clean
from bot.timezones import parse_tz
from storage.enums import ChatKind, Role
from storage.models import Chat, Member, Team
from storage.repos import teams
from storage.repos.common import add


@dataclass(frozen=True)
class Who:
    """The Telegram side of an update, as handlers hand it over."""

    tg_user_id: int
    tg_chat_id: int
    is_group: bool
    display_name: str
    username: str | None = None
    language_code: str | None = None
    chat_title: str | None = None


@dataclass(frozen=True)
class Actor:
    """The user resolved in their team, for one update."""

    team_id: int
    member_id: int
    chat_id: int
    is_group: bool
    lang: str
    team_lang: str
    tz: ZoneInfo
    reminder_hour: int
    role: Role


async def _team_for_new_chat(
    s: AsyncSession, who: Who, defaults: TeamDefaults, now: datetime
) -> Team:
    if not who.is_group:
        member = await teams.first_membership(s, who.tg_user_id)
        if member is not None:
            return await teams.get_team(s, member.team_id)
    lang = lang_of(who.language_code, defaults.lang)
    name = (who.chat_title if who.is_group else who.display_name) or str(who.tg_chat_id)
    return await add(s, Team(name=name[:200], lang=lang, tz=defaults.tz,
                             reminder_hour=defaults.reminder_hour, created_at=now))


async def _chat(s: AsyncSession, who: Who, defaults: TeamDefaults, now: datetime) -> Chat:
    chat = await teams.get_chat_by_tg(s, who.tg_chat_id)
    if chat is not None:
        return chat
    try:  # a savepoint: another update (or instance) may be making the same chat now
        async with s.begin_nested():
            team = await _team_for_new_chat(s, who, defaults, now)
            kind = ChatKind.GROUP if who.is_group else ChatKind.PRIVATE
            return await add(s, Chat(tg_chat_id=who.tg_chat_id, team_id=team.id, kind=kind,
                                     title=who.chat_title, created_at=now))
    except IntegrityError:
        return await teams.get_chat_by_tg_or_fail(s, who.tg_chat_id)


async def _join(
    s: AsyncSession, who: Who, team: Team, defaults: TeamDefaults, now: datetime
) -> Member:
    first = await teams.first_membership(s, who.tg_user_id)
    lang = first.lang if first else lang_of(who.language_code, defaults.lang)
    has_owner = await teams.has_members(s, team.id)
    member = await add(s, Member(
        team_id=team.id, tg_user_id=who.tg_user_id, username=who.username,
        display_name=who.display_name[:200], role=Role.REP if has_owner else Role.OWNER,
        lang=lang, created_at=now,
    ))
    if who.is_group:
        await _bring_private_memos(s, who, team, member)
    return member


async def _member(
    s: AsyncSession, who: Who, team: Team, defaults: TeamDefaults, now: datetime
) -> Member:
    member = await teams.get_member(s, team.id, who.tg_user_id)
    if member is None:
        try:  # a savepoint, as for the chat: the same user may be joining twice at once
            async with s.begin_nested():
                return await _join(s, who, team, defaults, now)
        except IntegrityError:
            return await teams.get_member_or_fail(s, team.id, who.tg_user_id)
    return _named(member, who)


def _named(member: Member, who: Who) -> Member:
    """The member, with the name Telegram shows for them now."""
    if member.username != who.username or member.display_name != who.display_name[:200]:
        member.username, member.display_name = who.username, who.display_name[:200]
    return member


async def _bring_private_memos(s: AsyncSession, who: Who, team: Team, member: Member) -> None:
    """A rep joining a group team brings their own one-rep team along: its memos,
    customers and tasks move into the group's team, where their private chat now goes."""
    private = await teams.private_chat_of(s, who.tg_user_id)
    if private is None or private.team_id == team.id:
        return
    own = await teams.get_team(s, private.team_id)
    if await teams.has_group_chat(s, own.id) or await teams.member_count(s, own.id) != 1:
        return
    mine = await teams.get_member(s, own.id, who.tg_user_id)
    if mine is not None:
        member.lang = mine.lang
        await teams.merge_into(s, own, team, {mine.id: member.id})


async def resolve(s: AsyncSession, who: Who, defaults: TeamDefaults, now: datetime) -> Actor:
    """The actor behind an update; creates team, chat and member on first contact."""
    who = replace(who, display_name=clean(who.display_name) or str(who.tg_user_id),
                  chat_title=clean(who.chat_title) if who.chat_title else None)
    found = await teams.chat_team_member(s, who.tg_chat_id, who.tg_user_id)
    if found is not None and found[2] is not None:  # the usual case: one query
        chat, team, member = found[0], found[1], _named(found[2], who)
    else:
        chat = await _chat(s, who, defaults, now)
        team = await teams.get_team(s, chat.team_id)
        member = await _member(s, who, team, defaults, now)
    return Actor(
        team_id=team.id, member_id=member.id, chat_id=chat.id, is_group=who.is_group,
        lang=member.lang, team_lang=team.lang, tz=parse_tz(team.tz),
        reminder_hour=team.reminder_hour, role=member.role,
    )


@asynccontextmanager
async def acting(deps: Deps, who: Who) -> AsyncIterator[tuple[AsyncSession, Actor, datetime]]:
    """One use case's transaction: the session, the actor resolved in it, and `now`."""
    now = deps.clock()
    async with deps.sessions.begin() as s:
        yield s, await resolve(s, who, deps.defaults, now), now
