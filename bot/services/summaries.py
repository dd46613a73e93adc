"""Team summaries (weekly push and /summary) and the managers' /report."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import ForbiddenError
from bot.services.deps import Deps
from bot.services.identity import Actor, Who, acting
from bot.services.periods import LocalPeriod, Span, current
from bot.services.stale import StaleCustomer, find_stale
from storage.enums import Role
from storage.repos import reports, teams

TOP = 5
MANAGERS = (Role.OWNER, Role.MANAGER)


@dataclass(frozen=True)
class RepWeek:
    """One member's activity in the period."""

    name: str
    notes: int
    new_customers: int
    tasks_created: int
    done: int
    overdue: int


@dataclass(frozen=True)
class Summary:
    """What the team did in a period, and what needs attention now."""

    team_name: str
    period: LocalPeriod
    reps: tuple[RepWeek, ...]
    amounts: tuple[tuple[str, str, Decimal], ...]  # customer, currency, total
    top_customers: tuple[tuple[str, int], ...]  # customer, notes
    stale: tuple[StaleCustomer, ...]

    def total(self, field: str) -> int:
        """The team total of one RepWeek count."""
        return sum(int(getattr(rep, field)) for rep in self.reps)


@dataclass(frozen=True)
class RepReport:
    """A manager's view of one rep."""

    name: str
    done: int
    due: int
    overdue: int
    avg_days_to_done: float | None
    amounts: tuple[tuple[str, Decimal], ...]  # currency, total

    @property
    def overdue_rate(self) -> float | None:
        """Share of the tasks due in the period still open past due."""
        return self.overdue / self.due if self.due else None


@dataclass(frozen=True)
class Report:
    """Per-rep follow-up performance in a period."""

    period: LocalPeriod
    reps: tuple[RepReport, ...]


async def build_summary(s: AsyncSession, team_id: int, period: LocalPeriod,
                        now: datetime) -> Summary:
    """The summary of one team's period (used by /summary and the weekly push)."""
    team = await teams.get_team(s, team_id)
    names = await reports.members(s, team_id)
    p = period.utc
    notes = await reports.notes_per_author(s, team_id, p)
    new = await reports.new_customers_per_owner(s, team_id, p)
    made = await reports.tasks_created_per_assignee(s, team_id, p)
    done = await reports.done_per_assignee(s, team_id, p)
    overdue = await reports.overdue_per_assignee(s, team_id, now)
    reps = tuple(sorted(
        (RepWeek(name, notes.get(i, 0), new.get(i, 0), made.get(i, 0),
                 done[i].done if i in done else 0, overdue.get(i, 0))
         for i, name in names.items()),
        key=lambda r: (-(r.notes + r.done), r.name)))
    return Summary(
        team_name=team.name, period=period, reps=reps,
        amounts=tuple(await reports.amounts_per_customer(s, team_id, p, TOP)),
        top_customers=tuple(await reports.top_customers(s, team_id, p, TOP)),
        stale=tuple(await find_stale(s, team, now, TOP)),
    )


async def build_report(s: AsyncSession, team_id: int, period: LocalPeriod,
                       now: datetime) -> Report:
    """Per rep: done, due, overdue, days to follow up, amounts."""
    names = await reports.members(s, team_id)
    p = period.utc
    done = await reports.done_per_assignee(s, team_id, p)
    due = await reports.due_per_assignee(s, team_id, p)
    late = await reports.overdue_due_in(s, team_id, p, now)
    amounts = await reports.amounts_per_author(s, team_id, p)
    rows = []
    for i, name in sorted(names.items(), key=lambda kv: kv[1]):
        stats = done.get(i)
        rows.append(RepReport(
            name=name, done=stats.done if stats else 0, due=due.get(i, 0),
            overdue=late.get(i, 0),
            avg_days_to_done=stats.total_days / stats.done if stats and stats.done else None,
            amounts=tuple(sorted((c, v) for (a, c), v in amounts.items() if a == i)),
        ))
    return Report(period, tuple(rows))


def require_manager(actor: Actor) -> None:
    """Refuse unless the actor is the team's owner or a manager."""
    if actor.role not in MANAGERS:
        raise ForbiddenError("Only the team's owner and managers can do that.")


class Summaries:
    """Summaries and reports on demand."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps

    async def summary(self, who: Who, span: Span) -> Summary:
        """This week's (or month's) summary so far, for any member."""
        async with acting(self._d, who) as (s, actor, now):
            return await build_summary(s, actor.team_id, current(span, now, actor.tz), now)

    async def chart(self, summary: Summary, title: str, labels: Mapping[str, str]) -> bytes:
        """The summary's chart as PNG, drawn in a worker thread (off the event loop)."""
        # matplotlib is imported on first use: starting the bot need not pay for it
        from bot.reports.charts import (  # noqa: PLC0415
            RepBar,
            SummaryChart,
            render_summary_chart,
        )

        chart = SummaryChart(
            title=title, labels=labels,
            reps=tuple(RepBar(r.name, r.notes, r.done, r.overdue) for r in summary.reps),
            amounts=tuple((f"{name} ({cur})" if cur else name, float(value))
                          for name, cur, value in summary.amounts),
        )
        return await asyncio.to_thread(render_summary_chart, chart)

    async def report(self, who: Who, span: Span) -> Report:
        """This week's (or month's) per-rep report, for owners and managers."""
        async with acting(self._d, who) as (s, actor, now):
            require_manager(actor)
            return await build_report(s, actor.team_id, current(span, now, actor.tz), now)
