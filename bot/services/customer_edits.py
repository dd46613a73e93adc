"""Changing customers: fields and tier by command or button, owner, shared contacts."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from bot.care import is_valid_birthday, parse_birthday
from bot.errors import ForbiddenError, InputError, NotFoundError
from bot.services.customers import Timeline, find_matches, load_timeline, team_customer
from bot.services.deps import Deps
from bot.services.history import log_change
from bot.services.identity import Actor, Who, acting
from bot.services.summaries import MANAGERS
from bot.text import clean
from storage.enums import Tier
from storage.models import Customer
from storage.repos import customers, teams

FIELDS = {
    "tier": ("tier", "等级", "级别"), "phone": ("phone", "电话", "手机"),
    "email": ("email", "邮箱"), "wechat": ("wechat", "微信"), "address": ("address", "地址"),
    "industry": ("industry", "行业"), "stage": ("stage", "阶段"), "tags": ("tags", "标签"),
    "birthday": ("birthday", "生日"), "alias": ("alias", "别名"), "company": ("company", "公司"),
}
WORD_TO_FIELD = {word: field for field, words in FIELDS.items() for word in words}
TIERS = {"vip": Tier.VIP, "重要": Tier.IMPORTANT, "important": Tier.IMPORTANT,
         "普通": Tier.NORMAL, "normal": Tier.NORMAL, "潜在": Tier.POTENTIAL,
         "potential": Tier.POTENTIAL}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
Edit = Callable[[AsyncSession, Actor, Customer], Awaitable[None]]


def split_edit(words: list[str]) -> tuple[str, str, str] | None:
    """`张伟 tier vip` -> ("张伟", "tier", "vip"); None when no field word follows a name."""
    for i, word in enumerate(words[1:], 1):
        field = WORD_TO_FIELD.get(word.lower())
        if field is not None:
            return " ".join(words[:i]), field, " ".join(words[i + 1:]).strip()
    return None


def _set_text(customer: Customer, field: str, value: str) -> None:
    if field == "email" and value and not EMAIL.match(value):
        raise InputError("That is not an e-mail address: %(value)s", value=value)
    if field == "tags":
        customer.tags = [t.lstrip("#") for t in re.split(r"[\s,，、;；]+", value) if t.strip("#")]
    elif field == "alias":
        customer.aliases = [*customer.aliases, value] if value else []
    else:
        setattr(customer, field, value[:500] or None)


def _set_birthday(customer: Customer, value: str) -> None:
    parsed = parse_birthday(value)
    if parsed is None or not is_valid_birthday(*parsed):
        raise InputError("I can't read that birthday: %(value)s. Try 1990-05-12, 5月12日 "
                         "or 农历八月十五.", value=value)
    year = re.search(r"(19|20)\d\d", value)
    customer.birthday_month, customer.birthday_day, customer.birthday_lunar = parsed
    customer.birthday_year = int(year.group(0)) if year else None


def apply_field(customer: Customer, field: str, value: str) -> None:
    """Set one field from what the user typed (InputError when it can't be read)."""
    value = clean(value).strip()
    if field == "tier":
        tier = TIERS.get(value.lower())
        if tier is None:
            raise InputError("Tiers are %(tiers)s.", tiers="VIP, 重要, 普通, 潜在")
        customer.tier = tier
    elif field == "birthday":
        _set_birthday(customer, value)
    else:
        _set_text(customer, field, value)


class CustomerEdits:
    """Change a customer of the user's team."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps

    async def _edit(self, who: Who, pick: Callable[[AsyncSession, Actor], Awaitable[Customer]],
                    edit: Edit, action: str) -> Timeline:
        async with acting(self._d, who) as (s, actor, now):
            customer = await pick(s, actor)
            await edit(s, actor, customer)
            team = await teams.get_team(s, actor.team_id)
            await log_change(s, actor, action, team, now, customer=customer.id)
            await s.flush()
            return await load_timeline(s, actor, customer, now)

    async def set_field(self, who: Who, query: str, field: str, value: str) -> Timeline:
        """`/customer 张伟 tier vip`, `/customer 张伟 电话 138...`."""
        async def edit(_s: AsyncSession, _a: Actor, customer: Customer) -> None:
            apply_field(customer, field, value)
        return await self._edit(who, _by_query(query), edit, f"customer.{field}")

    async def set_tier(self, who: Who, customer_id: int, tier: Tier) -> Timeline:
        """A tier button on the customer card."""
        async def edit(_s: AsyncSession, _a: Actor, customer: Customer) -> None:
            customer.tier = tier
        return await self._edit(who, _by_id(customer_id), edit, "customer.tier")

    async def assign(self, who: Who, query: str, username: str | None) -> Timeline:
        """`/assign 张伟 @rep` (owners and managers), or take a customer oneself (None)."""
        async def edit(s: AsyncSession, actor: Actor, customer: Customer) -> None:
            if username is None:
                customer.owner_id = actor.member_id
                return
            if actor.role not in MANAGERS:
                raise ForbiddenError("Only the team's owner and managers can do that.")
            name = username.lstrip("@")
            found = await teams.members_by_username(s, actor.team_id, (name,))
            if not found:
                raise NotFoundError("No member @%(username)s in this team yet: they need to "
                                    "write in the team's group first.", username=name)
            customer.owner_id = found[0].id
        return await self._edit(who, _by_query(query), edit, "customer.owner")

    async def take(self, who: Who, customer_id: int) -> Timeline:
        """The 🙋 button: the customer becomes the user's."""
        async def edit(_s: AsyncSession, actor: Actor, customer: Customer) -> None:
            customer.owner_id = actor.member_id
        return await self._edit(who, _by_id(customer_id), edit, "customer.owner")

    async def save_contact(self, who: Who, name: str, phone: str | None) -> Timeline:
        """A shared Telegram contact: the customer of that name, made or updated."""
        name = clean(name).strip() or (phone or "?")
        async def pick(s: AsyncSession, actor: Actor) -> Customer:
            found = await customers.get_by_name(s, actor.team_id, name)
            return found or await customers.create(s, actor.team_id, name,
                                                   self._d.clock(), actor.member_id)

        async def edit(_s: AsyncSession, _a: Actor, customer: Customer) -> None:
            if phone:
                customer.phone = phone
        return await self._edit(who, pick, edit, "customer.contact")


def _by_id(customer_id: int) -> Callable[[AsyncSession, Actor], Awaitable[Customer]]:
    async def pick(s: AsyncSession, actor: Actor) -> Customer:
        return await team_customer(s, actor, customer_id)
    return pick


def _by_query(query: str) -> Callable[[AsyncSession, Actor], Awaitable[Customer]]:
    async def pick(s: AsyncSession, actor: Actor) -> Customer:
        found = find_matches(query, await customers.list_for_team(s, actor.team_id))
        if not found:
            raise NotFoundError("No customer matches %(query)s.", query=query.strip())
        if len(found) > 1 and found[0].name != query.strip():
            raise InputError("Several customers match %(query)s: %(names)s. Use the full name.",
                             query=query.strip(), names=", ".join(c.name for c in found))
        return found[0]
    return pick
