"""Importing customers from a CSV: every row checked, all stored or none."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import InputError
from bot.exports.csv_import import ImportedCustomer, read_customers_csv
from bot.services.customer_edits import apply_field
from bot.services.deps import Deps
from bot.services.history import log_change
from bot.services.identity import Actor, Who, resolve
from bot.services.summaries import require_manager
from storage.models import Customer
from storage.repos import customers, teams

FIELDS = ("company", "phone", "email", "wechat", "address", "industry")


@dataclass(frozen=True)
class RowProblem:
    """Why one line of the file can't be imported (`code` is machine-readable)."""

    line: int
    code: str
    value: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did: all rows, or none and why."""

    rows: int
    created: int
    updated: int
    problems: tuple[RowProblem, ...]

    @property
    def stored(self) -> bool:
        """Whether the customers were saved (only when every row was fine)."""
        return not self.problems


class _RowFailedError(Exception):
    def __init__(self, problem: RowProblem) -> None:
        super().__init__(problem.code)
        self.problem = problem


class _RollBackError(Exception):
    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(len(problems))
        self.problems = problems


async def _apply(s: AsyncSession, actor: Actor, row: ImportedCustomer, target: Customer
                 ) -> None:
    for field in FIELDS:
        value = getattr(row, field)
        if value:
            setattr(target, field, value)
    if row.tags:
        target.tags = sorted({*target.tags, *row.tags})
    for field, value in (("tier", row.tier), ("birthday", row.birthday)):
        if value:
            try:
                apply_field(target, field, value)
            except InputError as err:
                raise _RowFailedError(RowProblem(row.line, f"bad_{field}", value)) from err
    if row.owner:
        found = await teams.members_by_username(s, actor.team_id, (row.owner.lstrip("@"),))
        if not found:
            raise _RowFailedError(RowProblem(row.line, "unknown_owner", row.owner))
        target.owner_id = found[0].id


class Imports:
    """Customers in from a file."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps

    async def customers_csv(self, who: Who, data: bytes) -> ImportReport:
        """Create or update the file's customers in one transaction; any bad row stops all."""
        parsed = read_customers_csv(data)
        if parsed.errors:
            return ImportReport(len(parsed.rows), 0, 0, tuple(
                RowProblem(e.line, e.code, e.value) for e in parsed.errors))
        now = self._d.clock()
        try:
            async with self._d.sessions.begin() as s:
                actor = await resolve(s, who, self._d.defaults, now)
                require_manager(actor)
                created, problems = 0, []
                for row in parsed.rows:
                    target = await customers.get_by_name(s, actor.team_id, row.name)
                    if target is None:
                        target = await customers.create(s, actor.team_id, row.name, now,
                                                        actor.member_id)
                        created += 1
                    try:
                        await _apply(s, actor, row, target)
                    except _RowFailedError as failed:
                        problems.append(failed.problem)
                if problems:
                    raise _RollBackError(problems)
                team = await teams.get_team(s, actor.team_id)
                await log_change(s, actor, "customers.import", team, now,
                                 rows=len(parsed.rows))
        except _RollBackError as failed:  # the transaction rolled back: nothing stored
            return ImportReport(len(parsed.rows), 0, 0, tuple(failed.problems))
        return ImportReport(len(parsed.rows), created, len(parsed.rows) - created, ())
