"""Memo in: a message becomes a note, maybe a task, and a confirmation card."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import InputError, NotFoundError
from bot.parsing import ParsedMemo
from bot.services import schedule
from bot.services.cards import (
    CHOICES,
    CustomerChoices,
    CustomerRef,
    MemoCard,
    Subject,
    card_of,
    note_card,
    with_guess,
)
from bot.services.customers import team_customer
from bot.services.deps import Deps
from bot.services.history import log_change
from bot.services.identity import Actor, Who, acting
from bot.services.reading import AMBIGUOUS, known_of, parse_text
from bot.text import clean
from storage.enums import Priority
from storage.models import Note, Task
from storage.repos import customers, notes, tasks, teams
from storage.repos.common import add
from storage.repos.customers import CustomerName

MAX_MEMO_CHARS = 4000
MAX_AMOUNT = Decimal("9999999999999999.99")  # what Numeric(18, 2) holds


@dataclass(frozen=True)
class Removed:
    """What /undo took back."""

    text: str
    had_task: bool


async def _customer_for(
    s: AsyncSession, actor: Actor, parsed: ParsedMemo, rows: list[CustomerName], now: datetime
) -> tuple[CustomerRef | None, bool]:
    """The customer the memo is about, and whether it is new.

    Only a memo that records a contact (拜访了, met, called) moves the customer's last-contact
    time, the churn warning's clock: a plan, a question or a fact does not. A birthday the
    memo states is set on the customer.
    """
    if parsed.customer is None:
        return None, False
    found = next((c for c in rows if c.name == parsed.customer), None)
    if found is not None:
        ref, is_new = CustomerRef(found.id, found.name), False
        if parsed.contacted:
            await customers.touch(s, found.id, now)
    elif not parsed.customer_is_new or AMBIGUOUS in parsed.notes:
        return None, False  # the card asks which of the known ones it is
    else:
        made = await customers.create(s, actor.team_id, parsed.customer, now, actor.member_id)
        made.last_contact_at = now if parsed.contacted else None
        ref, is_new = CustomerRef(made.id, made.name), True
    if parsed.birthday is not None:
        b = parsed.birthday
        await customers.set_birthday(s, ref.id, b.month, b.day, b.lunar)
    return ref, is_new


def _is_guess(parsed: ParsedMemo, customer: CustomerRef | None) -> bool:
    """Whether the memo's customer is a guess: one known customer read from surname +
    title or a near miss, or none yet because several fit (the card asks which)."""
    if customer is None:
        return AMBIGUOUS in parsed.notes
    return parsed.customer_guessed


async def _assignee(s: AsyncSession, actor: Actor, parsed: ParsedMemo) -> int:
    mentioned = await teams.members_by_username(s, actor.team_id, parsed.mentions)
    return mentioned[0].id if mentioned else actor.member_id


async def _task_for(
    s: AsyncSession, actor: Actor, parsed: ParsedMemo, note: Note, now: datetime
) -> Task | None:
    if not parsed.is_task or parsed.due is None:
        return None
    task = await add(s, Task(
        team_id=actor.team_id, customer_id=note.customer_id, note_id=note.id,
        assignee_id=await _assignee(s, actor, parsed), chat_id=actor.chat_id,
        title=(parsed.title or parsed.text)[:500], due_at=parsed.due, all_day=parsed.all_day,
        lead_minutes=int(parsed.lead.total_seconds() // 60) if parsed.lead else 0,
        priority=Priority(parsed.priority), rrule=parsed.recurrence, created_at=now,
    ))
    await schedule.schedule_new_task(s, task, actor.tz, actor.reminder_hour, now)
    return task


def _checked(text: str) -> str:
    text = clean(text).strip()
    if not text:
        raise InputError("Write the memo as a message, for example: %(example)s",
                         example="明天下午3点给张总打电话")
    if len(text) > MAX_MEMO_CHARS:
        raise InputError("That memo is too long (%(n)s characters). Keep it under "
                         "%(max)s.", n=len(text), max=MAX_MEMO_CHARS)
    return text


def _as_forwarded(parsed: ParsedMemo, origin: str, rows: list[CustomerName]) -> ParsedMemo:
    """A forwarded message makes no task; it is about its sender when they are a customer."""
    parsed = dataclasses.replace(parsed, is_task=False, due=None, recurrence=None)
    if parsed.customer is None:
        for c in rows:
            if origin in (c.name, *c.aliases):
                return dataclasses.replace(parsed, customer=c.name, customer_is_new=False)
    return parsed


async def _whom(s: AsyncSession, actor: Actor, parsed: ParsedMemo, rows: list[CustomerName],
                *, ask: bool) -> tuple[CustomerRef, ...]:
    """Customers to offer on the card when the memo's customer is unsure."""
    known = {c.name: c for c in rows}
    refs = [CustomerRef(known[n].id, n) for n in parsed.customer_candidates if n in known]
    if not refs and ask:
        refs = [CustomerRef(c.id, c.name)
                for c in await customers.recent(s, actor.team_id, CHOICES)]
    return tuple(refs[:CHOICES])


async def _note(s: AsyncSession, actor: Actor, note_id: int) -> Note:
    note = await notes.get(s, actor.team_id, note_id)
    if note is None:
        raise NotFoundError("This memo is not in your team, or it is gone.")
    return note


class Memos:
    """Ingest memos, take them back, and fix who they are about."""

    def __init__(self, deps: Deps) -> None:
        self._d = deps

    async def ingest(self, who: Who, text: str, message_id: int | None,
                     forwarded_from: str | None = None) -> MemoCard:
        """Store the memo as a note (and a task when it names a time) in one transaction.

        A forwarded message is a note only: its times are someone else's words. When it
        names no customer, the one it was forwarded from is used if known, else the card
        asks whom it is about.
        """
        text = _checked(text)
        async with acting(self._d, who) as (s, actor, now):
            rows = await customers.names_for_team(s, actor.team_id)
            parsed = parse_text(text, now, actor, known_of(rows))
            if forwarded_from is not None:
                parsed = _as_forwarded(parsed, forwarded_from, rows)
            if parsed.amount is not None and abs(parsed.amount.value) > MAX_AMOUNT:
                parsed = dataclasses.replace(parsed, amount=None)  # not a real amount
            customer, is_new = await _customer_for(s, actor, parsed, rows, now)
            note = await add(s, Note(
                team_id=actor.team_id, customer_id=customer.id if customer else None,
                author_id=actor.member_id, chat_id=actor.chat_id, source_message_id=message_id,
                text=text, lang=parsed.lang, tags=list(parsed.tags), created_at=now,
                amount=parsed.amount.value if parsed.amount else None,
                currency=parsed.amount.currency if parsed.amount else None,
                amount_kind=parsed.amount.kind if parsed.amount else None,
                contact=parsed.contact, contacted=parsed.contacted,
                customer_guessed=_is_guess(parsed, customer),
                past_event=parsed.past_event and forwarded_from is None,
            ))
            task = await _task_for(s, actor, parsed, note, now)
            await log_change(s, actor, "memo.create", note, now,
                             task_id=task.id if task else None)
            card = dataclasses.replace(
                card_of(actor, note, task, now,
                        Subject(customer.name, is_new) if customer else None),
                birthday=((parsed.birthday.month, parsed.birthday.day, parsed.birthday.lunar)
                          if parsed.birthday and customer else None))
            if customer is not None or note.customer_guessed:
                return await with_guess(s, actor, note, card)
            refs = await _whom(s, actor, parsed, rows, ask=forwarded_from is not None)
            return dataclasses.replace(card, candidates=refs) if refs else card

    async def undo_last(self, who: Who) -> Removed:
        """Take back the user's last memo: the note, its task and its reminders."""
        async with acting(self._d, who) as (s, actor, now):
            note = await notes.last_by_author(s, actor.team_id, actor.member_id)
            if note is None:
                raise NotFoundError("There is no memo of yours to undo.")
            task = await tasks.for_note(s, note.id)
            customer_id = note.customer_id
            await notes.delete_note(s, note.id)
            if customer_id is not None and await customers.is_orphan(s, customer_id):
                await customers.delete_customer(s, customer_id)
            await log_change(s, actor, "memo.undo", note, now, text=note.text)
            return Removed(text=note.text, had_task=task is not None)

    async def card(self, who: Who, note_id: int) -> MemoCard:
        """The card of a memo as it is now."""
        async with acting(self._d, who) as (s, actor, now):
            return await note_card(s, actor, note_id, now)

    async def customer_choices(self, who: Who, note_id: int) -> CustomerChoices:
        """Whom the memo may be about: the parser's candidates, recent customers, and the
        new customer it names, if that one is not in the team yet."""
        async with acting(self._d, who) as (s, actor, _now):
            note = await _note(s, actor, note_id)
            rows = await customers.names_for_team(s, actor.team_id)
            parsed = parse_text(note.text, note.created_at, actor, known_of(rows))
            by_name = {c.name: CustomerRef(c.id, c.name) for c in rows}
            ordered = [by_name[n] for n in parsed.customer_candidates if n in by_name]
            ordered += [CustomerRef(c.id, c.name)
                        for c in await customers.recent(s, actor.team_id, CHOICES)]
            seen: dict[int, CustomerRef] = {}
            for c in ordered:
                if c.id != note.customer_id:
                    seen.setdefault(c.id, CustomerRef(c.id, c.name))
            new_name = parsed.customer if parsed.customer not in by_name else None
            return CustomerChoices(tuple(seen.values())[:CHOICES], new_name)

    async def new_customer(self, who: Who, note_id: int) -> MemoCard:
        """Make the customer the memo names a new customer of the team, and its subject."""
        async with acting(self._d, who) as (s, actor, now):
            note = await _note(s, actor, note_id)
            parsed = parse_text(note.text, note.created_at, actor, ())
            if parsed.customer is None:
                raise NotFoundError("This memo names no customer.")
            customer = await customers.get_by_name(s, actor.team_id, parsed.customer) \
                or await customers.create(s, actor.team_id, parsed.customer, now, actor.member_id)
            return await self._assign(s, actor, note, customer.id, now)

    async def set_customer(self, who: Who, note_id: int, customer_id: int | None) -> MemoCard:
        """Say which customer a memo is about (None: no customer)."""
        async with acting(self._d, who) as (s, actor, now):
            note = await _note(s, actor, note_id)
            if customer_id is not None:
                await team_customer(s, actor, customer_id)
            return await self._assign(s, actor, note, customer_id, now)

    async def _assign(
        self, s: AsyncSession, actor: Actor, note: Note, customer_id: int | None, now: datetime
    ) -> MemoCard:
        previous = note.customer_id
        note.customer_id, note.customer_guessed = customer_id, False  # someone picked it
        task = await tasks.for_note(s, note.id)
        if task is not None:
            task.customer_id = customer_id
        await s.flush()
        if previous != customer_id and note.contacted:  # the contact moves with the note
            if customer_id is not None:
                await customers.touch(s, customer_id, note.created_at)
            if previous is not None:
                await customers.untouch(s, previous, note.created_at)
        if previous is not None and previous != customer_id \
                and await customers.is_orphan(s, previous):
            await customers.delete_customer(s, previous)
        await log_change(s, actor, "memo.customer", note, now,
                         previous=previous, customer=customer_id)
        return await note_card(s, actor, note.id, now)
