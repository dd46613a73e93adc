"""Customers."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Text, cast, delete, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Customer, Note, Task


async def list_for_team(s: AsyncSession, team_id: int) -> Sequence[Customer]:
    """All of a team's customers, oldest first."""
    rows = await s.scalars(
        select(Customer).where(Customer.team_id == team_id).order_by(Customer.id)
    )
    return rows.all()


@dataclass(frozen=True)
class CustomerName:
    """A customer as a memo is matched against it: id, name and aliases only."""

    id: int
    name: str
    aliases: tuple[str, ...]


async def names_for_team(s: AsyncSession, team_id: int) -> list[CustomerName]:
    """The names and aliases of all of a team's customers, oldest first.

    Read for every memo, so kept lean for a team of thousands: plain rows on the session's
    connection (no ORM loading), and aliases decoded only where there are any.
    """
    conn = await s.connection()
    rows = await conn.execute(
        select(Customer.id, Customer.name, cast(Customer.aliases, Text))
        .where(Customer.team_id == team_id).order_by(Customer.id)
    )
    return [CustomerName(id_, name, tuple(json.loads(aliases) or ()) if aliases != "[]" else ())
            for id_, name, aliases in rows]


async def touch(s: AsyncSession, customer_id: int, at: datetime) -> None:
    """Mark the customer as contacted at `at`, unless a later contact is on record (a note
    moved to them from the past does not set their clock back)."""
    await s.execute(update(Customer).where(
        Customer.id == customer_id,
        or_(Customer.last_contact_at.is_(None), Customer.last_contact_at < at),
    ).values(last_contact_at=at))


async def untouch(s: AsyncSession, customer_id: int, at: datetime) -> None:
    """A contact at `at` was not with this customer after all: when it was their last one,
    their last contact goes back to their latest note that records a contact (or none)."""
    latest = (select(func.max(Note.created_at))
              .where(Note.customer_id == customer_id, Note.contacted.is_(True))
              .scalar_subquery())
    await s.execute(update(Customer).where(
        Customer.id == customer_id, Customer.last_contact_at == at,
    ).values(last_contact_at=latest))


async def set_birthday(s: AsyncSession, customer_id: int, month: int, day: int,
                       lunar: bool) -> None:
    """Set the customer's birthday (solar or lunar), as a memo stated it."""
    await s.execute(update(Customer).where(Customer.id == customer_id).values(
        birthday_month=month, birthday_day=day, birthday_lunar=lunar, birthday_year=None))


async def get(s: AsyncSession, team_id: int, customer_id: int) -> Customer | None:
    """A customer, only if it belongs to the team."""
    return await s.scalar(
        select(Customer).where(Customer.id == customer_id, Customer.team_id == team_id)
    )


async def get_by_name(s: AsyncSession, team_id: int, name: str) -> Customer | None:
    """A customer by exact canonical name."""
    return await s.scalar(
        select(Customer).where(Customer.team_id == team_id, Customer.name == name)
    )


async def create(
    s: AsyncSession, team_id: int, name: str, now: datetime, owner_id: int | None = None
) -> Customer:
    """A new customer, owned by the member who first wrote about them."""
    customer = Customer(team_id=team_id, name=name[:200], aliases=[], tags=[], created_at=now,
                        owner_id=owner_id)
    s.add(customer)
    await s.flush()
    return customer


async def recent(s: AsyncSession, team_id: int, limit: int) -> Sequence[Customer]:
    """The team's most recently contacted customers."""
    rows = await s.scalars(
        select(Customer)
        .where(Customer.team_id == team_id)
        .order_by(Customer.last_contact_at.desc().nulls_last(), Customer.id.desc())
        .limit(limit)
    )
    return rows.all()


async def is_orphan(s: AsyncSession, customer_id: int) -> bool:
    """Whether no note or task refers to the customer any more."""
    used = await s.scalar(
        select(
            exists().where(Note.customer_id == customer_id)
            | exists().where(Task.customer_id == customer_id)
        )
    )
    return not used


async def delete_customer(s: AsyncSession, customer_id: int) -> None:
    """Remove a customer row."""
    await s.execute(delete(Customer).where(Customer.id == customer_id))


async def with_birthdays(s: AsyncSession, team_id: int) -> Sequence[Customer]:
    """The team's customers whose birthday is known."""
    rows = await s.scalars(select(Customer).where(
        Customer.team_id == team_id, Customer.birthday_month.is_not(None),
        Customer.birthday_day.is_not(None)))
    return rows.all()
