"""All services, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.services.accounts import Accounts
from bot.services.customer_edits import CustomerEdits
from bot.services.customers import Customers
from bot.services.deps import Deps
from bot.services.exports import Exports
from bot.services.imports import Imports
from bot.services.memos import Memos
from bot.services.pushes import Pushes
from bot.services.reminders import DispatchPolicy, Reminders
from bot.services.stale import Stale
from bot.services.summaries import Summaries
from bot.services.tasks import Tasks
from bot.services.teams import Teams


@dataclass(frozen=True)
class Services:
    """The use cases handlers may call."""

    deps: Deps
    accounts: Accounts
    memos: Memos
    tasks: Tasks
    customers: Customers
    customer_edits: CustomerEdits
    reminders: Reminders
    summaries: Summaries
    stale: Stale
    teams: Teams
    pushes: Pushes
    exports: Exports
    imports: Imports

    def now(self) -> datetime:
        """The services' clock."""
        return self.deps.clock()


def build_services(deps: Deps, policy: DispatchPolicy | None = None) -> Services:
    """Wire every service to the same sessions and clock."""
    return Services(
        deps=deps, accounts=Accounts(deps), memos=Memos(deps), tasks=Tasks(deps),
        customers=Customers(deps), customer_edits=CustomerEdits(deps),
        reminders=Reminders(deps, policy),
        summaries=Summaries(deps), stale=Stale(deps), teams=Teams(deps),
        pushes=Pushes(deps), exports=Exports(deps), imports=Imports(deps),
    )
