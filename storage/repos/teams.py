"""Teams, members and chats."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Chat, Member, Team


async def get_chat_by_tg(s: AsyncSession, tg_chat_id: int) -> Chat | None:
    """The chat row for a Telegram chat id."""
    return await s.scalar(select(Chat).where(Chat.tg_chat_id == tg_chat_id))


async def get_team(s: AsyncSession, team_id: int) -> Team:
    """A team by id (it must exist)."""
    return await s.get_one(Team, team_id)


async def get_member(s: AsyncSession, team_id: int, tg_user_id: int) -> Member | None:
    """A user's membership of a team."""
    return await s.scalar(
        select(Member).where(Member.team_id == team_id, Member.tg_user_id == tg_user_id)
    )


async def first_membership(s: AsyncSession, tg_user_id: int) -> Member | None:
    """The user's oldest membership: the team their private memos go to."""
    return await s.scalar(
        select(Member).where(Member.tg_user_id == tg_user_id).order_by(Member.id).limit(1)
    )


async def members_by_username(
    s: AsyncSession, team_id: int, usernames: tuple[str, ...]
) -> list[Member]:
    """Members of a team with one of these @usernames (case-insensitive)."""
    if not usernames:
        return []
    lowered = [u.lower() for u in usernames]
    rows = await s.scalars(select(Member).where(Member.team_id == team_id))
    return [m for m in rows if m.username and m.username.lower() in lowered]


async def private_chat_of(s: AsyncSession, tg_user_id: int) -> Chat | None:
    """The user's private chat with the bot, if they ever opened one."""
    return await get_chat_by_tg(s, tg_user_id)


async def has_members(s: AsyncSession, team_id: int) -> bool:
    """Whether anyone has joined the team yet."""
    found = await s.scalar(select(Member.id).where(Member.team_id == team_id).limit(1))
    return found is not None


async def get_member_by_id(s: AsyncSession, member_id: int) -> Member:
    """A member by id (it must exist)."""
    return await s.get_one(Member, member_id)


async def get_chat(s: AsyncSession, chat_id: int) -> Chat:
    """A chat row by id (it must exist)."""
    return await s.get_one(Chat, chat_id)
