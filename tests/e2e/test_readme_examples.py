"""The README's memos, through `memocrm parse` and through the card the bot replies with.

The README's sessions were typed on Wednesday 2026-11-25 at 06:47 in Shanghai: that is
the day its dates imply (下周三 is 12月2日, Fri is 27 Nov, the reminder a minute later is
due 今天 06:48). Its transcripts are replayed through the real Application, printed the
way `memocrm chat` prints them, and must read exactly as the README shows them.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from handlers.local_api import BOT_USERNAME, ApiCall
from handlers.terminal import Screen, plain
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.harness import GROUP_ID, Harness, running_bot
from tests.support.parse_cli import due, parse_lines, reading

README = Path(__file__).resolve().parents[2] / "README.md"
SHANGHAI = ZoneInfo("Asia/Shanghai")
SESSION = datetime(2026, 11, 25, 6, 47, tzinfo=SHANGHAI)
SESSION_NOW = SESSION.isoformat()
PARSE_NOW = "2026-11-18T10:00:00+08:00"  # the README's own `memocrm parse` line

INTRO_ZH = "今天拜访了华为李经理，对A产品感兴趣，下周三下午再跟进报价"
MEMO_1 = "明天下午3点给张总打电话确认报价3.5万"
MEMO_2 = "下周三上午拜访华为李经理，紧急"
MEMO_3 = "1分钟后提醒我给张总回电话"
MET_JANE = "Met Jane at Acme Corp, wants a quote, follow up Fri 10am"
CALL_BOB = "Call Bob at Globex tomorrow 3pm, urgent, deal $20k"
GROUP_MEMO = "明天拜访王总"
START_HINT = "明天下午3点给张总打电话"


@dataclass(frozen=True)
class ParseCase:
    """A README memo and what `memocrm parse` must read in it."""

    text: str
    expect: dict[str, Any]
    now: str = SESSION_NOW
    customers: tuple[str, ...] = ()


def quote(value: int, currency: str, kind: str) -> dict[str, Any]:
    return {"value": value, "currency": currency, "kind": kind}


PARSE_CASES = {
    "intro-zh": ParseCase(INTRO_ZH, {
        "customer": "华为", "customer_is_new": True, "contact": "李经理", "contacted": True,
        "due": due("2026-12-02T14:00"), "priority": "normal", "amount": None}),
    "intro-en": ParseCase(MET_JANE, {
        "customer": "Acme Corp", "customer_is_new": True, "contact": "Jane",
        "contacted": True, "due": due("2026-11-27T10:00"), "priority": "normal",
        "amount": None}),
    "session-1": ParseCase(MEMO_1, {
        "customer": "张总", "customer_is_new": True, "contact": None, "contacted": False,
        "due": due("2026-11-26T15:00"), "priority": "normal",
        "amount": quote(35000, "CNY", "quote")}),
    "session-2": ParseCase(MEMO_2, {
        "customer": "华为", "customer_is_new": True, "contact": "李经理", "contacted": False,
        "due": due("2026-12-02T09:00"), "priority": "high", "amount": None}),
    "session-3": ParseCase(MEMO_3, {
        "customer": "张总", "customer_is_new": False, "contact": None, "contacted": False,
        "due": due("2026-11-25T06:48"), "priority": "normal", "amount": None},
        customers=("张总",)),
    "session-en-2": ParseCase(CALL_BOB, {
        "customer": "Globex", "customer_is_new": True, "contact": "Bob", "contacted": False,
        "due": due("2026-11-26T15:00"), "priority": "high",
        "amount": quote(20000, "USD", "deal")}),
    "group": ParseCase(GROUP_MEMO, {
        "customer": "王总", "customer_is_new": True, "contact": None,
        "due": due("2026-11-26"), "priority": "normal", "amount": None}),
    "parse-line": ParseCase(START_HINT, {
        "customer": "张总", "customer_is_new": True, "due": due("2026-11-19T15:00"),
        "priority": "normal", "amount": None}, now=PARSE_NOW),
}


@pytest.fixture(scope="module")
def parsed() -> dict[str, dict[str, Any]]:
    """Every README memo through one `memocrm parse`."""
    lines = [{"id": key, "text": case.text, "now": case.now, "customers": list(case.customers)}
             for key, case in PARSE_CASES.items()]
    return {str(out["id"]): out for out in parse_lines(lines)}


@pytest.mark.parametrize("key", list(PARSE_CASES))
def test_readme_memo_through_parse(key: str, parsed: dict[str, dict[str, Any]]) -> None:
    case = PARSE_CASES[key]
    assert reading(parsed[key], case.expect) == case.expect, case.text


def test_the_readme_shows_these_memos() -> None:
    text = README.read_text(encoding="utf-8")
    for case in PARSE_CASES.values():
        assert case.text in text, case.text
    assert f'"text":"{START_HINT}","now":"{PARSE_NOW}"' in text


# The card's field lines: customer, contact, amount, due, priority.
FIELD = re.compile(r"^(👤|🧑|💰|⏰|优先级|Priority)")


@dataclass(frozen=True)
class CardCase:
    """A README memo sent to the bot, and the field lines its card must show."""

    memo: str
    lang: str
    fields: list[str]
    before: tuple[str, ...] = ()
    chat_id: int | None = None
    memo_text: str | None = None  # what is typed, when not the memo itself


WANG = ["👤 客户：王总（新客户）", "⏰ 截止：明天（全天）"]
CARD_CASES = {
    "intro-zh": CardCase(INTRO_ZH, "zh", [
        "👤 客户：华为（新客户）", "🧑 联系人：李经理", "⏰ 截止：12月2日 周三 14:00"]),
    "intro-en": CardCase(MET_JANE, "en", [
        "👤 Customer: Acme Corp (new)", "🧑 Contact: Jane", "⏰ Due: Fri 27 Nov 10:00"]),
    "session-1": CardCase(MEMO_1, "zh", [
        "👤 客户：张总（新客户）", "💰 金额：35,000 CNY（报价）", "⏰ 截止：明天 15:00"]),
    "session-2": CardCase(MEMO_2, "zh", [
        "👤 客户：华为（新客户）", "🧑 联系人：李经理", "⏰ 截止：12月2日 周三 09:00",
        "优先级：高"]),
    "session-3": CardCase(MEMO_3, "zh", ["👤 客户：张总", "⏰ 截止：今天 06:48"],
                          before=(MEMO_1,)),
    "session-en-2": CardCase(CALL_BOB, "en", [
        "👤 Customer: Globex (new)", "🧑 Contact: Bob", "💰 Amount: 20,000 USD (deal)",
        "⏰ Due: tomorrow 15:00", "Priority: high"]),
    "group-mention": CardCase(GROUP_MEMO, "zh", WANG, chat_id=GROUP_ID,
                              memo_text=f"@{BOT_USERNAME} {GROUP_MEMO}"),
    "group-memo": CardCase(GROUP_MEMO, "zh", WANG, chat_id=GROUP_ID,
                           memo_text=f"/memo {GROUP_MEMO}"),
    "start-hint": CardCase(START_HINT, "zh", ["👤 客户：张总（新客户）", "⏰ 截止：明天 15:00"]),
}


def _card(calls: list[ApiCall]) -> str:
    (card,) = [c for c in calls if c.method == "sendMessage"]
    return plain(str(card.params["text"]))


@pytest.mark.parametrize("key", list(CARD_CASES))
async def test_readme_memo_card(key: str, database: Database) -> None:
    case = CARD_CASES[key]
    async with running_bot(database, FrozenClock(SESSION)) as bot:
        user = bot.updates_for(user_id=10_001, first_name="You", username="you",
                               language_code=case.lang)
        for memo in case.before:
            await bot.feed(user.message(memo))
        card = _card(await bot.feed(user.message(case.memo_text or case.memo, case.chat_id)))
        assert [line for line in card.splitlines() if FIELD.match(line)] == case.fields, card


# The README's transcripts: what is typed is every "> " line; the reminder prints on its
# own a minute after the third memo.
REMINDED_AFTER = MEMO_3


def _transcripts() -> dict[str, str]:
    """The README's ```text blocks that are chats with the bot, by their first input."""
    blocks = re.findall(r"```text\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    return {b.splitlines()[0]: b for b in blocks if b.startswith("> ")}


async def _replay(bot: Harness, lang: str, typed: list[str]) -> str:
    out = io.StringIO()
    screen = Screen(out)
    user = bot.updates_for(user_id=10_001, first_name="You", username="you",
                           language_code=lang)
    for line in typed:
        out.write(f"> {line}\n")
        if line.isdigit():
            data, message = screen.buttons[int(line) - 1]
            calls = await bot.feed(user.press(data, message))
        else:
            calls = await bot.feed(user.message(line))
        for call in calls:
            screen.show(call)
        if line == REMINDED_AFTER:
            bot.clock.advance(minutes=1)
            for call in await bot.tick():
                screen.show(call)
    return out.getvalue()


@pytest.mark.parametrize(("first", "lang"), [("> /start", "zh"), (f"> {MET_JANE}", "en")])
async def test_readme_session_is_what_the_bot_prints(
    first: str, lang: str, database: Database
) -> None:
    shown = _transcripts()[first]
    typed = [line[2:] for line in shown.splitlines() if line.startswith("> ")]
    async with running_bot(database, FrozenClock(SESSION)) as bot:
        printed = await _replay(bot, lang, typed)
    assert [line.rstrip() for line in printed.strip().splitlines()] == [
        line.rstrip() for line in shown.strip().splitlines()]
