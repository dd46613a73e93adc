"""Team roles."""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import ForbiddenError, InputError, NotFoundError
from bot.services.deps import Deps
from bot.services.history import log_change
from bot.services.identity import Who, acting
from bot.services.summaries import require_manager
from storage.enums import Role
from storage.repos import teams


@dataclass(frozen=True)
class RoleChange:
    """Who now has which role."""

    name: str
    role: Role


class Teams:
    """Roles in a team: owners and managers set them."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps

    async def set_role(self, who: Who, username: str, role_name: str) -> RoleChange:
        """`/role @user manager`: owners set any role; managers set rep and manager."""
        try:
            role = Role(role_name.strip().lower())
        except ValueError as err:
            raise InputError("Roles are %(roles)s.", roles="owner, manager, rep") from err
        async with acting(self._d, who) as (s, actor, now):
            require_manager(actor)
            name = username.strip().lstrip("@")
            found = await teams.members_by_username(s, actor.team_id, (name,))
            if not found:
                raise NotFoundError("No member @%(username)s in this team yet: they need to "
                                    "write in the team's group first.", username=name)
            target = found[0]
            if actor.role != Role.OWNER and Role.OWNER in (role, target.role):
                raise ForbiddenError("Only an owner can make or change an owner.")
            if target.role == Role.OWNER and role != Role.OWNER \
                    and await teams.owners(s, actor.team_id) == 1:
                raise ForbiddenError("A team needs an owner: make someone else owner first.")
            target.role = role
            team = await teams.get_team(s, actor.team_id)
            await log_change(s, actor, "member.role", team, now, member=target.id, role=role)
            return RoleChange(target.display_name, role)
