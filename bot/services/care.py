"""Customer care, daily: today's birthdays (solar or lunar) and the coming holidays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.care import BirthdayOf, Holiday, birthdays_on, upcoming_holidays
from bot.timezones import parse_tz
from storage.models import Team
from storage.repos import customers, pushes

HOLIDAY_NOTICE_DAYS = 3


@dataclass(frozen=True)
class Birthday:
    """A customer whose birthday is today."""

    name: str
    month: int
    day: int
    lunar: bool


@dataclass(frozen=True)
class CareNews:
    """What to tell the team today about caring for customers."""

    birthdays: tuple[Birthday, ...]
    holidays: tuple[Holiday, ...]
    today: date


async def todays_care(s: AsyncSession, team: Team, now: datetime) -> CareNews:
    """Birthdays today, and holidays starting within a few days (each told once)."""
    today = now.astimezone(parse_tz(team.tz)).date()
    people = [BirthdayOf(c.id, c.name, c.birthday_month or 0, c.birthday_day or 0,
                         c.birthday_lunar)
              for c in await customers.with_birthdays(s, team.id)]
    born = tuple(Birthday(p.name, p.month, p.day, p.lunar) for p in birthdays_on(today, people))
    coming = []
    for holiday in upcoming_holidays(today, HOLIDAY_NOTICE_DAYS):
        if holiday.start > today and await pushes.claim(
                s, team.id, "holiday", f"{holiday.key}-{holiday.start}", now):
            coming.append(holiday)
    return CareNews(born, tuple(coming), today)
