"""Scheduled pushes per team: the weekly summary, each rep's daily agenda, the stale list.

Every push is claimed in the database (team, kind, period) before it is handed out, so
a restart or a second instance never sends the same one twice. A push that fails to
send is not retried: unlike a reminder, a summary can be asked for again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.care import is_workday
from bot.services.cards import TaskList, task_view
from bot.services.care import CareNews, todays_care
from bot.services.deps import Deps
from bot.services.periods import Span, current, previous
from bot.services.stale import StaleCustomer, find_stale
from bot.services.summaries import Summary, build_summary
from bot.timezones import at_local_hour, end_of_local_day, parse_tz
from storage.models import Team
from storage.repos import pushes, tasks, teams

WEEKLY, AGENDA, STALE, CARE = "summary", "agenda", "stale", "care"
STALE_PUSH_LIMIT = 10


@dataclass(frozen=True)
class TeamSlot:
    """When a team's pushes go out, in its own time zone."""

    team_id: int
    tz: str
    summary_weekday: int  # 0 = Monday
    summary_hour: int
    daily_hour: int


@dataclass(frozen=True)
class Recipient:
    """A chat a push goes to, and the language to write in."""

    tg_chat_id: int
    lang: str


@dataclass(frozen=True)
class SummaryPush:
    """The weekly summary and where it goes."""

    summary: Summary
    to: tuple[Recipient, ...]


@dataclass(frozen=True)
class AgendaPush:
    """One rep's tasks for the day, to their private chat."""

    to: Recipient
    tasks: TaskList


@dataclass(frozen=True)
class CarePush:
    """Today's birthdays and coming holidays, to the team."""

    news: CareNews
    to: tuple[Recipient, ...]


@dataclass(frozen=True)
class StalePush:
    """The team's stale customers, to its group."""

    customers: tuple[StaleCustomer, ...]
    to: tuple[Recipient, ...]


async def _team_chats(s: AsyncSession, team: Team) -> tuple[Recipient, ...]:
    """The team's groups; a team without one is told in its members' private chats."""
    groups = await teams.group_chats(s, team.id)
    if groups:
        return tuple(Recipient(c.tg_chat_id, team.lang) for c in groups)
    return tuple(Recipient(c.tg_chat_id, m.lang)
                 for m, c in await teams.members_with_private_chat(s, team.id))


def _slot(team: Team) -> TeamSlot:
    return TeamSlot(team.id, team.tz, team.summary_weekday, team.summary_hour,
                    team.reminder_hour)


class Pushes:
    """What each scheduled push says, claimed once per period."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps

    async def slots(self) -> list[TeamSlot]:
        """Every team's push times (the JobQueue is rebuilt from these)."""
        async with self._d.sessions.begin() as s:
            return [_slot(team) for team in await teams.all_teams(s)]

    async def weekly_summary(self, team_id: int) -> SummaryPush | None:
        """Last week's summary, unless it was pushed already."""
        now = self._d.clock()
        async with self._d.sessions.begin() as s:
            team = await teams.get_team(s, team_id)
            period = previous(Span.WEEK, now, parse_tz(team.tz))
            if not await pushes.claim(s, team.id, WEEKLY, period.key, now):
                return None
            summary = await build_summary(s, team.id, period, now)
            return SummaryPush(summary, await _team_chats(s, team))

    async def missed_summaries(self) -> list[int]:
        """Teams whose summary slot this week passed with no summary sent (the bot was down).

        A team made after this week's slot has no week behind it to sum up yet.
        """
        now = self._d.clock()
        async with self._d.sessions.begin() as s:
            late = []
            for team in await teams.all_teams(s):
                tz = parse_tz(team.tz)
                week = current(Span.WEEK, now, tz)
                slot = at_local_hour(week.first + timedelta(days=team.summary_weekday),
                                     team.summary_hour, tz)
                last = previous(Span.WEEK, now, tz).key
                if team.created_at < slot <= now \
                        and not await pushes.made(s, team.id, WEEKLY, last):
                    late.append(team.id)
            return late

    async def daily_agendas(self, team_id: int) -> list[AgendaPush]:
        """Each rep's open tasks due today (and overdue), once a day."""
        now = self._d.clock()
        async with self._d.sessions.begin() as s:
            team = await teams.get_team(s, team_id)
            tz = parse_tz(team.tz)
            day = now.astimezone(tz).date().isoformat()
            if not await pushes.claim(s, team.id, AGENDA, day, now):
                return []
            out = []
            for member, chat in await teams.members_with_private_chat(s, team.id):
                rows = await tasks.open_due_before(s, team.id, end_of_local_day(now, tz),
                                                   member.id)
                if rows:
                    views = tuple(task_view(t, tz, now) for t in rows)
                    out.append(AgendaPush(Recipient(chat.tg_chat_id, member.lang),
                                          TaskList(now.astimezone(tz).date(), views)))
            return out

    async def daily_stale(self, team_id: int) -> StalePush | None:
        """The stale customers, once a day, when there are any."""
        now = self._d.clock()
        async with self._d.sessions.begin() as s:
            team = await teams.get_team(s, team_id)
            day = now.astimezone(parse_tz(team.tz)).date().isoformat()
            rows = await find_stale(s, team, now, STALE_PUSH_LIMIT)
            if not rows or not await pushes.claim(s, team.id, STALE, day, now):
                return None
            return StalePush(tuple(rows), await _team_chats(s, team))

    async def daily_care(self, team_id: int) -> CarePush | None:
        """Birthdays and holidays, once a day, when there is any news."""
        now = self._d.clock()
        async with self._d.sessions.begin() as s:
            team = await teams.get_team(s, team_id)
            day = now.astimezone(parse_tz(team.tz)).date().isoformat()
            if not await pushes.claim(s, team.id, CARE, day, now):
                return None
            news = await todays_care(s, team, now)
            if not (news.birthdays or news.holidays):
                return None
            return CarePush(news, await _team_chats(s, team))

    async def is_workday(self, team_id: int) -> bool:
        """Whether today is a working day where the team is (China's 调休 included)."""
        async with self._d.sessions.begin() as s:
            team = await teams.get_team(s, team_id)
        return is_workday(self._d.clock().astimezone(parse_tz(team.tz)).date())
