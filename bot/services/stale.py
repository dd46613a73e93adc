"""Stale customers: not contacted for longer than their tier allows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import translator
from bot.services import schedule
from bot.services.cards import TaskList, task_view
from bot.services.customers import team_customer
from bot.services.deps import Deps
from bot.services.history import log_change
from bot.services.identity import Who, acting
from bot.timezones import local_midnight, parse_tz
from storage.enums import Tier
from storage.models import Task, Team
from storage.repos import reports, teams
from storage.repos.common import add


@dataclass(frozen=True)
class StaleCustomer:
    """A customer overdue for contact."""

    id: int
    name: str
    tier: Tier
    days_silent: int
    allowed_days: int


def allowed_days(team: Team) -> dict[Tier, int]:
    """How long each tier may go without contact (potential customers: no limit)."""
    return {Tier.VIP: team.stale_days_vip, Tier.IMPORTANT: team.stale_days_important,
            Tier.NORMAL: team.stale_days_normal}


async def find_stale(s: AsyncSession, team: Team, now: datetime, limit: int
                     ) -> list[StaleCustomer]:
    """The team's stale customers, longest-silent first."""
    limits = allowed_days(team)
    cutoffs = {tier: now - timedelta(days=days) for tier, days in limits.items()}
    rows = await reports.stale_customers(s, team.id, cutoffs, limit)
    tz = parse_tz(team.tz)
    today = now.astimezone(tz).date()
    return [StaleCustomer(
        c.id, c.name, c.tier,
        (today - (c.last_contact_at or c.created_at).astimezone(tz).date()).days,
        limits[c.tier]) for c in rows]


class Stale:
    """The stale list, and one tap to follow a stale customer up."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps

    async def list(self, who: Who, limit: int = 20) -> list[StaleCustomer]:
        """The team's stale customers, for any member."""
        async with acting(self._d, who) as (s, actor, now):
            return await find_stale(s, await teams.get_team(s, actor.team_id), now, limit)

    async def follow_up(self, who: Who, customer_id: int) -> TaskList:
        """A follow-up task for tomorrow, assigned to the customer's owner (or the user)."""
        async with acting(self._d, who) as (s, actor, now):
            customer = await team_customer(s, actor, customer_id)
            tomorrow = now.astimezone(actor.tz).date() + timedelta(days=1)
            t = translator(actor.lang)
            task = await add(s, Task(
                team_id=actor.team_id, customer_id=customer.id, chat_id=actor.chat_id,
                assignee_id=customer.owner_id or actor.member_id, all_day=True,
                title=t("Follow up with %(name)s", name=customer.name),
                due_at=local_midnight(tomorrow, actor.tz), created_at=now,
            ))
            await schedule.schedule_task(s, task, actor.tz, actor.reminder_hour, now)
            await log_change(s, actor, "task.follow_up", task, now)
            await s.refresh(task, ["customer"])
            return TaskList(now.astimezone(actor.tz).date(), (task_view(task, actor.tz, now),))
