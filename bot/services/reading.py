"""Reading a memo: the parser behind a safety net, and whom a guessed customer may be."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.parsing import KnownCustomer, ParsedMemo, parse_memo
from bot.services.identity import Actor
from storage.models import Note
from storage.repos.customers import CustomerName

log = logging.getLogger(__name__)
AMBIGUOUS = "customer_ambiguous"  # the parser's note: several known customers fit the name


def parse_text(text: str, now: datetime, actor: Actor, known: Sequence[KnownCustomer]
               ) -> ParsedMemo:
    """Parse, but never let a parser bug lose the note: fall back to a plain note."""
    try:
        return parse_memo(text, now.astimezone(actor.tz), known)
    except Exception:
        log.exception("parser failed; storing the memo as a plain note")
        return ParsedMemo(text=text, lang="en" if actor.lang == "en" else "zh")


def known_of(rows: Sequence[CustomerName]) -> list[KnownCustomer]:
    """The team's customers as the parser matches memos against them."""
    return [KnownCustomer(c.name, c.aliases) for c in rows]


@dataclass(frozen=True)
class Guess:
    """Whom a memo whose customer is a guess may be about."""

    others: tuple[CustomerName, ...]  # known customers it may be, best first
    as_written: str | None  # the name the memo uses (王经理), as a new customer


def _fits(text: str, at: datetime, actor: Actor, rows: Sequence[CustomerName], limit: int
          ) -> list[CustomerName]:
    """Every known customer the parser would take the memo's name for, best first.

    The parser gives one guess (or, when several fit equally, all of them): the next best
    is what it guesses once the first is not there, and so on, until it guesses no more.
    """
    by_name = {c.name: c for c in rows}
    left = list(rows)
    found: list[CustomerName] = []
    while len(found) < limit:
        parsed = parse_text(text, at, actor, known_of(left))
        if AMBIGUOUS in parsed.notes:
            found += [by_name[n] for n in parsed.customer_candidates if n in by_name]
            break
        if not parsed.customer_guessed or parsed.customer not in by_name:
            break
        found.append(by_name[parsed.customer])
        left = [c for c in left if c.name != parsed.customer]
    return found


def guess_of(note: Note, actor: Actor, rows: Sequence[CustomerName], limit: int) -> Guess:
    """The known customers the guessed customer of a note may be, other than the one it is
    filed under now, and the name the memo uses when that is no customer yet."""
    fits = _fits(note.text, note.created_at, actor, rows, limit + 1)
    written = parse_text(note.text, note.created_at, actor, ()).customer
    same = next((c for c in rows if c.name == written), None)
    if same is not None:  # the name the memo uses has become a customer since
        fits, written = [same, *fits], None
    others = tuple({c.id: c for c in fits if c.id != note.customer_id}.values())
    return Guess(others[:limit], written)
