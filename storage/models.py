"""The data model (design.md): team, member, chat, customer, note, task, outbox, audit."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.enums import ChatKind, DeliveryState, NoteKind, Priority, Role, TaskStatus, Tier
from storage.types import TZDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type[Any]) -> Enum:
    """Store an enum by its value, as a plain string column on every database."""
    return Enum(
        cls,
        native_enum=False,
        length=16,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so migrations name constraints stably."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: TZDateTime(), dict[str, Any]: JSON, list[str]: JSON,
    }


class Team(Base):
    """A team: a group chat, or a rep's own team until they join one."""

    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    tz: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    lang: Mapped[str] = mapped_column(String(8), default="zh")
    reminder_hour: Mapped[int] = mapped_column(Integer, default=9)
    summary_weekday: Mapped[int] = mapped_column(Integer, default=0)  # Monday
    summary_hour: Mapped[int] = mapped_column(Integer, default=9)
    stale_days_vip: Mapped[int] = mapped_column(Integer, default=14, server_default="14")
    stale_days_important: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    stale_days_normal: Mapped[int] = mapped_column(Integer, default=90, server_default="90")
    created_at: Mapped[datetime]


class Member(Base):
    """A Telegram user in a team."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("team_id", "tg_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    tg_user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    username: Mapped[str | None] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.REP)
    lang: Mapped[str] = mapped_column(String(8), default="zh")
    created_at: Mapped[datetime]


class Chat(Base):
    """A Telegram chat the bot talks in, and the team it belongs to."""

    __tablename__ = "chats"
    id: Mapped[int] = mapped_column(primary_key=True)
    tg_chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ChatKind] = mapped_column(_enum(ChatKind))
    title: Mapped[str | None] = mapped_column(String(200))
    receives_reminders: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class Customer(Base):
    """A customer of the team."""

    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("team_id", "name"),
        Index("ix_customers_team_created", "team_id", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[list[str]] = mapped_column(default=list)
    company: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(200))
    wechat: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str | None] = mapped_column(Text)
    industry: Mapped[str | None] = mapped_column(String(100))
    tier: Mapped[Tier] = mapped_column(_enum(Tier), default=Tier.NORMAL)
    stage: Mapped[str | None] = mapped_column(String(32))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    tags: Mapped[list[str]] = mapped_column(default=list)
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    birthday_lunar: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    last_contact_at: Mapped[datetime | None]


class Note(Base):
    """A memo as written, and what it is about."""

    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_team_created", "team_id", "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    author_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"))
    source_message_id: Mapped[int | None] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    kind: Mapped[NoteKind] = mapped_column(_enum(NoteKind), default=NoteKind.OTHER)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    # deal / quote / budget / payment / owed / other; only deals are purchases (None: a
    # note from before amounts had kinds, counted as before)
    amount_kind: Mapped[str | None] = mapped_column(String(16))
    contact: Mapped[str | None] = mapped_column(String(200))  # the person at the customer
    # the memo says an interaction happened: only such notes move last_contact_at
    contacted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # the customer was read from surname + title or a near miss (or is one of several such):
    # the card marks it as a guess, with the others one tap away, until someone picks one
    customer_guessed: Mapped[bool] = mapped_column(Boolean, default=False,
                                                   server_default=false())
    # the memo only reports what already happened (no task): the card offers a follow-up
    past_event: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    tags: Mapped[list[str]] = mapped_column(default=list)
    created_at: Mapped[datetime]
    customer: Mapped[Customer | None] = relationship(lazy="raise")


class Task(Base):
    """A dated (or undated) thing to do, usually made from a note."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_team_status_due", "team_id", "status", "due_at"),
        Index("ix_tasks_team_created", "team_id", "created_at"),
        Index("ix_tasks_team_completed", "team_id", "completed_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), index=True
    )
    assignee_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    chat_id: Mapped[int | None] = mapped_column(ForeignKey("chats.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(Text)
    due_at: Mapped[datetime | None]
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    lead_minutes: Mapped[int] = mapped_column(Integer, default=0)
    priority: Mapped[Priority] = mapped_column(_enum(Priority), default=Priority.NORMAL)
    rrule: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[TaskStatus] = mapped_column(_enum(TaskStatus), default=TaskStatus.OPEN)
    snoozed_until: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    customer: Mapped[Customer | None] = relationship(lazy="raise")


class ReminderDelivery(Base):
    """The outbox: one reminder of one task occurrence to one chat, sent once."""

    __tablename__ = "reminder_deliveries"
    __table_args__ = (
        Index("ix_reminder_deliveries_state_fire", "state", "fire_at"),
        Index("ix_reminder_deliveries_chat_sent", "chat_id", "sent_at"),
        UniqueConstraint("task_id", "chat_id", "fire_at", name="uq_delivery_task_chat_fire"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"))
    fire_at: Mapped[datetime]
    occurrence_due: Mapped[datetime | None]
    state: Mapped[DeliveryState] = mapped_column(
        _enum(DeliveryState), default=DeliveryState.PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class TeamPush(Base):
    """A scheduled push (weekly summary, daily agenda, stale list...) that went out.

    The row is written before the push is sent: one per team, kind and period, so a
    restart or a second instance never sends the same summary twice.
    """

    __tablename__ = "team_pushes"
    __table_args__ = (UniqueConstraint("team_id", "kind", "period", name="uq_team_push"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(32))  # e.g. 2026-W48, 2026-11-23
    at: Mapped[datetime]


class AuditLog(Base):
    """Who changed what, when."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(BigInteger)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[datetime]
