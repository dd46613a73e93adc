"""Teams, members and chats."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import ChatKind, Role
from storage.models import AuditLog, Chat, Customer, Member, Note, Task, Team


async def get_chat_by_tg(s: AsyncSession, tg_chat_id: int) -> Chat | None:
    """The chat row for a Telegram chat id."""
    return await s.scalar(select(Chat).where(Chat.tg_chat_id == tg_chat_id))


async def chat_team_member(
    s: AsyncSession, tg_chat_id: int, tg_user_id: int
) -> tuple[Chat, Team, Member | None] | None:
    """In one query: the chat row, its team, and the user's membership of that team."""
    row = (await s.execute(
        select(Chat, Team, Member)
        .join(Team, Team.id == Chat.team_id)
        .outerjoin(Member, and_(Member.team_id == Chat.team_id,
                                Member.tg_user_id == tg_user_id))
        .where(Chat.tg_chat_id == tg_chat_id)
    )).first()
    return None if row is None else (row[0], row[1], row[2])


async def private_chat_id_of_member(s: AsyncSession, member_id: int) -> int | None:
    """The id of a member's private chat with the bot, if they ever opened one."""
    return await s.scalar(
        select(Chat.id).join(Member, Member.tg_user_id == Chat.tg_chat_id)
        .where(Member.id == member_id)
    )


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


async def get_chat(s: AsyncSession, chat_id: int, *, for_update: bool = False) -> Chat:
    """A chat row by id (it must exist); locked for the transaction when asked."""
    return await s.get_one(Chat, chat_id, with_for_update=for_update or None)


async def get_chats(
    s: AsyncSession, chat_ids: Collection[int], *, for_update: bool = False
) -> dict[int, Chat]:
    """Chat rows by id; locked for the transaction (in id order) when asked."""
    q = select(Chat).where(Chat.id.in_(chat_ids)).order_by(Chat.id)
    if for_update:
        q = q.with_for_update()
    return {c.id: c for c in await s.scalars(q)}


async def members_in_private_chats(
    s: AsyncSession, chats: Collection[Chat]
) -> dict[tuple[int, int], Member]:
    """The memberships (of any team) of the users behind private chats, by
    (team id, Telegram user id)."""
    if not chats:
        return {}
    rows = await s.scalars(select(Member).where(
        Member.tg_user_id.in_({c.tg_chat_id for c in chats})))
    return {(m.team_id, m.tg_user_id): m for m in rows}


async def has_group_chat(s: AsyncSession, team_id: int) -> bool:
    """Whether a group chat belongs to the team (else it is one rep's own team)."""
    found = await s.scalar(select(Chat.id).where(
        Chat.team_id == team_id, Chat.kind == ChatKind.GROUP).limit(1))
    return found is not None


async def member_count(s: AsyncSession, team_id: int) -> int:
    """How many members the team has."""
    return int(await s.scalar(
        select(func.count()).select_from(Member).where(Member.team_id == team_id)) or 0)


async def owners(s: AsyncSession, team_id: int) -> int:
    """How many owners the team has."""
    return int(await s.scalar(select(func.count()).select_from(Member).where(
        Member.team_id == team_id, Member.role == Role.OWNER)) or 0)


async def merge_into(s: AsyncSession, source: Team, target: Team, member_map: dict[int, int]
                     ) -> None:
    """Move everything of a one-rep team into another team, then delete it.

    `member_map` maps the source team's member ids to the target's. Customers with a
    name the target already has are merged into the target's customer.
    """
    existing = {c.name: c.id for c in await s.scalars(
        select(Customer).where(Customer.team_id == target.id))}
    for customer in await s.scalars(select(Customer).where(Customer.team_id == source.id)):
        if customer.name in existing:
            keep = existing[customer.name]
            for model in (Note, Task):
                await s.execute(update(model).where(model.customer_id == customer.id)
                                .values(customer_id=keep))
            await s.delete(customer)
        else:
            customer.team_id = target.id
            customer.owner_id = member_map.get(customer.owner_id or 0)
    for old, new in member_map.items():
        await s.execute(update(Note).where(Note.author_id == old).values(author_id=new))
        await s.execute(update(Task).where(Task.assignee_id == old).values(assignee_id=new))
        await s.execute(update(AuditLog).where(AuditLog.actor_id == old).values(actor_id=new))
    for table in (Note, Task, Chat, AuditLog):
        await s.execute(update(table).where(table.team_id == source.id)
                        .values(team_id=target.id))
    await s.flush()
    await s.execute(delete(Member).where(Member.team_id == source.id))
    await s.execute(delete(Team).where(Team.id == source.id))


async def all_teams(s: AsyncSession) -> Sequence[Team]:
    """Every team, by id."""
    return (await s.scalars(select(Team).order_by(Team.id))).all()


async def group_chats(s: AsyncSession, team_id: int) -> Sequence[Chat]:
    """The team's group chats."""
    return (await s.scalars(select(Chat).where(
        Chat.team_id == team_id, Chat.kind == ChatKind.GROUP).order_by(Chat.id))).all()


async def members_with_private_chat(s: AsyncSession, team_id: int
                                    ) -> Sequence[tuple[Member, Chat]]:
    """The team's members who have a private chat with the bot, with that chat."""
    rows = await s.execute(
        select(Member, Chat).join(Chat, Chat.tg_chat_id == Member.tg_user_id)
        .where(Member.team_id == team_id, Chat.kind == ChatKind.PRIVATE).order_by(Member.id))
    return [(m, c) for m, c in rows]


async def get_chat_by_tg_or_fail(s: AsyncSession, tg_chat_id: int) -> Chat:
    """The chat row for a Telegram chat id, which must exist."""
    return (await s.scalars(select(Chat).where(Chat.tg_chat_id == tg_chat_id))).one()


async def get_member_or_fail(s: AsyncSession, team_id: int, tg_user_id: int) -> Member:
    """A user's membership of a team, which must exist."""
    return (await s.scalars(select(Member).where(
        Member.team_id == team_id, Member.tg_user_id == tg_user_id))).one()
