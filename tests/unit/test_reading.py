"""Whom a guessed customer may be: the parser's guesses, one after another."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.services.identity import Actor
from bot.services.reading import Guess, guess_of
from storage.enums import Role
from storage.models import Note
from storage.repos.customers import CustomerName

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=SHANGHAI)
ACTOR = Actor(team_id=1, member_id=1, chat_id=1, is_group=False, lang="zh", team_lang="zh",
              tz=SHANGHAI, reminder_hour=9, role=Role.OWNER)
FANG, QIANG, WEI = CustomerName(1, "王芳", ()), CustomerName(2, "王强", ()), \
    CustomerName(3, "张伟", ())


def _guess(text: str, rows: list[CustomerName], current: int | None = None) -> Guess:
    note = Note(text=text, created_at=NOW, customer_id=current)
    return guess_of(note, ACTOR, rows, 6)


def test_a_title_that_fits_two_offers_both_and_the_name_as_written() -> None:
    assert _guess("明天给王经理打电话", [FANG, QIANG, WEI]) == Guess((FANG, QIANG), "王经理")


def test_the_customer_it_is_filed_under_is_not_offered_again() -> None:
    assert _guess("明天给王经理打电话", [FANG, WEI], current=FANG.id) == Guess((), "王经理")


def test_after_the_titled_guess_come_the_others_of_that_surname() -> None:
    titled = CustomerName(1, "王芳", ("王总经理",))
    assert _guess("明天给王经理打电话", [titled, QIANG, WEI], current=titled.id) == \
        Guess((QIANG,), "王经理")


def test_a_near_miss_offers_the_other_near_misses() -> None:
    doe, dow = CustomerName(4, "Jane Doe", ()), CustomerName(5, "Jane Dow", ())
    guess = _guess("Called Jane Doh yesterday", [doe, dow], current=doe.id)
    assert guess == Guess((dow,), "Jane Doh")


def test_a_name_that_became_a_customer_since_is_offered_as_known() -> None:
    manager = CustomerName(6, "王经理", ())
    assert _guess("明天给王经理打电话", [FANG, manager], current=FANG.id) == \
        Guess((manager,), None)
