"""The confirmation card of a memo: what was stored, as the user will see it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import NotFoundError
from bot.services.identity import Actor
from bot.services.reading import guess_of
from storage.enums import Priority, TaskStatus, Tier
from storage.models import Customer, Note, Task
from storage.repos import customers, notes, tasks

__all__ = [
    "CustomerChoices", "CustomerRef", "MemoCard", "Priority", "Subject", "TaskList", "TaskStatus",
    "TaskView", "Tier",
]


SOON = timedelta(hours=1)
CHOICES = 6  # customers offered on a card at most


@dataclass(frozen=True)
class CustomerRef:
    """A customer as a choice on a button."""

    id: int
    name: str


@dataclass(frozen=True)
class Subject:
    """The customer a memo is about, and whether this very memo made them a customer."""

    name: str
    is_new: bool


@dataclass(frozen=True)
class TaskView:
    """A task as shown in cards and lists; times are local to the team."""

    id: int
    title: str
    customer: str | None
    due: datetime | None
    all_day: bool
    priority: Priority
    rrule: str | None
    status: TaskStatus
    snoozed_until: datetime | None
    overdue: bool
    due_soon: bool  # due within the hour (or today, all-day): snoozing makes sense


@dataclass(frozen=True)
class MemoCard:
    """What a memo became: the note, its customer, and the task if any."""

    note_id: int
    text: str
    customer: str | None
    customer_is_new: bool
    amount: Decimal | None
    currency: str | None
    tags: tuple[str, ...]
    task: TaskView | None
    due_is_past: bool
    reminder_hour: int
    today: date  # the team's local date when the card was made
    candidates: tuple[CustomerRef, ...] = ()  # known customers the memo may be about
    contact: str | None = None  # the person at the customer (蓝海科技刘经理 -> 刘经理)
    amount_kind: str | None = None  # deal / quote / budget / payment / owed / other
    guessed: bool = False  # the customer was matched by surname + title or a near miss
    past_event: bool = False  # the memo only reports what already happened: no task
    birthday: tuple[int, int, bool] | None = None  # (month, day, lunar) the memo set
    new_name: str | None = None  # a guess: the name as the memo wrote it, as a new customer

    @property
    def offers_follow_up(self) -> bool:
        """A memo that only reports a past contact, with a customer and no task yet: one
        tap plans the follow-up."""
        return self.past_event and self.task is None and self.customer is not None


@dataclass(frozen=True)
class CustomerChoices:
    """Whom a memo may be about: known customers, and a new one named in it."""

    known: tuple[CustomerRef, ...]
    new_name: str | None


@dataclass(frozen=True)
class TaskList:
    """Tasks for a list, with the team's local date to word their days."""

    today: date
    items: tuple[TaskView, ...]


def task_view(task: Task, tz: ZoneInfo, now: datetime) -> TaskView:
    """A task for display (its customer must be loaded)."""
    return view_of(task, task.customer.name if task.customer else None, tz, now)


def view_of(task: Task, customer: str | None, tz: ZoneInfo, now: datetime) -> TaskView:
    """A task for display, about the customer named `customer`."""
    due = task.due_at.astimezone(tz) if task.due_at else None
    is_open, today = task.status == TaskStatus.OPEN, now.astimezone(tz).date()
    overdue = bool(is_open and due is not None
                   and (due.date() < today if task.all_day else due < now))
    due_soon = bool(is_open and due is not None
                    and (due.date() <= today if task.all_day else due <= now + SOON))
    return TaskView(
        id=task.id, title=task.title, customer=customer,
        due=due, all_day=task.all_day, priority=task.priority, rrule=task.rrule,
        status=task.status,
        snoozed_until=task.snoozed_until.astimezone(tz) if task.snoozed_until else None,
        overdue=overdue, due_soon=due_soon,
    )


def _is_new(customer: Customer, note: Note) -> bool:
    """A customer is new on the card when this very memo created it (a guess never did)."""
    return customer.created_at == note.created_at and not note.customer_guessed


def _was_past(task: Task | None, note: Note, tz: ZoneInfo) -> bool:
    """Whether the memo named a time already gone when it was written."""
    if task is None or task.due_at is None:
        return False
    if task.all_day:
        return task.due_at.astimezone(tz).date() < note.created_at.astimezone(tz).date()
    return task.due_at < note.created_at


async def note_card(s: AsyncSession, actor: Actor, note_id: int, now: datetime) -> MemoCard:
    """The card of one of the team's notes, as it is now."""
    note = await notes.get(s, actor.team_id, note_id)
    if note is None:
        raise NotFoundError("This memo is not in your team, or it is gone.")
    customer = (
        await customers.get(s, actor.team_id, note.customer_id) if note.customer_id else None
    )
    task = await tasks.for_note(s, note.id)
    subject = Subject(customer.name, _is_new(customer, note)) if customer else None
    return await with_guess(s, actor, note, card_of(actor, note, task, now, subject))


async def with_guess(s: AsyncSession, actor: Actor, note: Note, card: MemoCard) -> MemoCard:
    """A guessed customer's card offers, one tap each, the other known customers the guess
    may be and the name as written as a new customer (until someone picks one)."""
    if not note.customer_guessed:
        return card
    rows = await customers.names_for_team(s, actor.team_id)
    guess = guess_of(note, actor, rows, CHOICES)
    return replace(card, candidates=tuple(CustomerRef(c.id, c.name) for c in guess.others),
                   new_name=guess.as_written)


def card_of(actor: Actor, note: Note, task: Task | None, now: datetime,
            subject: Subject | None) -> MemoCard:
    """The card of a note about `subject`, with the task it made."""
    name = subject.name if subject else None
    return MemoCard(
        note_id=note.id, text=note.text, customer=name,
        customer_is_new=subject.is_new if subject else False,
        amount=note.amount, currency=note.currency, tags=tuple(note.tags),
        task=view_of(task, name, actor.tz, now) if task else None,
        due_is_past=_was_past(task, note, actor.tz), reminder_hour=actor.reminder_hour,
        today=now.astimezone(actor.tz).date(), contact=note.contact,
        amount_kind=note.amount_kind, guessed=note.customer_guessed,
        past_event=note.past_event,
    )
