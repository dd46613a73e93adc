"""Exports and imports: the plan workbook, an .ics of open tasks, a CSV of customers."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.exports.model import CustomerRow, NoteRow, TaskRow
from bot.services.deps import Deps
from bot.services.identity import Actor, Who, acting
from bot.services.summaries import require_manager
from storage.models import Customer
from storage.repos import customers, exports, reports, teams

NEEDS_TAGS = {"需求", "服务", "service", "need"}
CAMPAIGN_TAGS = {"活动", "campaign", "促销", "promo"}


@dataclass(frozen=True)
class ExportFile:
    """A file to send."""

    filename: str
    content: bytes


@dataclass
class _Extras:
    purchases: defaultdict[int, list[Any]]
    needs: defaultdict[int, list[str]]
    campaigns: defaultdict[int, list[str]]
    todos: defaultdict[int, list[str]]


def _birthday(c: Customer) -> str | None:
    if not (c.birthday_month and c.birthday_day):
        return None
    text = f"{c.birthday_month:02d}-{c.birthday_day:02d}"
    return f"农历 {text}" if c.birthday_lunar else text


def _customer_row(c: Customer, names: dict[int, str], x: _Extras) -> CustomerRow:
    return CustomerRow(
        id=c.id, name=c.name, company=c.company, phone=c.phone, email=c.email,
        wechat=c.wechat, address=c.address, industry=c.industry, tier=c.tier.value,
        stage=c.stage, owner=names.get(c.owner_id or 0), tags=tuple(c.tags),
        birthday=_birthday(c), last_contact=c.last_contact_at,
        purchases=tuple(x.purchases[c.id]), service_needs=tuple(x.needs[c.id]),
        campaigns=tuple(x.campaigns[c.id]), todos=tuple(x.todos[c.id]))


def _extras(notes: Sequence[Any], tasks: Sequence[Any], tz: ZoneInfo) -> _Extras:
    x = _Extras(defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(list))
    for n in notes:
        if n.customer is None:
            continue
        if n.purchase:  # a deal: a quote, a budget or a payment is no purchase
            x.purchases[n.customer].append(
                (n.at.astimezone(tz).date(), n.amount, n.currency or ""))
        if NEEDS_TAGS & set(n.tags):
            x.needs[n.customer].append(n.text)
        if CAMPAIGN_TAGS & set(n.tags):
            x.campaigns[n.customer].append(n.text)
    for task in tasks:
        if task.customer_id is not None and task.status == "open":
            x.todos[task.customer_id].append(task.title)
    return x


def task_rows(tasks: Sequence[Any], names: dict[int, str], customer_names: dict[int, str],
              tz: ZoneInfo) -> list[TaskRow]:
    """Task columns as export rows, times in the team's zone."""
    return [TaskRow(
        id=t.id, title=t.title, customer=customer_names.get(t.customer_id or 0),
        assignee=names.get(t.assignee_id, ""), all_day=t.all_day,
        due=t.due_at.astimezone(tz) if t.due_at else None, priority=str(t.priority),
        status=str(t.status), rrule=t.rrule, completed=t.completed_at) for t in tasks]


async def _workbook_rows(s: AsyncSession, actor: Actor
                         ) -> tuple[list[CustomerRow], list[NoteRow], list[TaskRow]]:
    names = await reports.members(s, actor.team_id)
    rows = await customers.list_for_team(s, actor.team_id)
    customer_names = {c.id: c.name for c in rows}
    notes = await exports.notes(s, actor.team_id)
    tasks = await exports.tasks(s, actor.team_id)
    extras = _extras(notes, tasks, actor.tz)
    return ([_customer_row(c, names, extras) for c in rows],
            [NoteRow(n.at, names.get(n.author, ""), customer_names.get(n.customer or 0),
                     n.text, n.amount, n.currency, n.amount_kind)
             for n in notes],
            task_rows(tasks, names, customer_names, actor.tz))


class Exports:
    """Files out of the CRM."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps

    async def workbook(self, who: Who) -> ExportFile:
        """The team's customer management plan table, notes and tasks (.xlsx); managers."""
        from bot.exports.xlsx import build_workbook  # noqa: PLC0415 - openpyxl on demand

        async with acting(self._d, who) as (s, actor, now):
            require_manager(actor)
            team = await teams.get_team(s, actor.team_id)
            rows = await _workbook_rows(s, actor)
        content = await asyncio.to_thread(
            build_workbook, *rows, lang=actor.lang, tz=actor.tz, title=team.name,
            generated_at=now)
        return ExportFile(f"memocrm-{now.astimezone(actor.tz):%Y%m%d}.xlsx", content)

    async def calendar(self, who: Who) -> ExportFile:
        """The user's open tasks as an .ics file for the phone's calendar."""
        from bot.exports.ics import build_calendar  # noqa: PLC0415

        async with acting(self._d, who) as (s, actor, now):
            names = await reports.members(s, actor.team_id)
            customer_names = {c.id: c.name for c in
                              await customers.list_for_team(s, actor.team_id)}
            tasks = await exports.tasks(s, actor.team_id, actor.member_id, open_only=True)
            team = await teams.get_team(s, actor.team_id)
        content = await asyncio.to_thread(
            build_calendar, task_rows(tasks, names, customer_names, actor.tz),
            calendar_name=f"memocrm · {team.name}", generated_at=now, tz=actor.tz)
        return ExportFile("memocrm-tasks.ics", content)
