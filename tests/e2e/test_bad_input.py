"""Odd and hostile input: every message gets a reply, nothing stored is lost or corrupted."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.models import Note, Task
from tests.conftest import START
from tests.support.clock import FrozenClock
from tests.support.databases import Database, sqlite_database
from tests.support.db_view import rows
from tests.support.harness import Harness, running_bot, sent_texts

MEMO = "明天下午3点给张总打电话"
Fuzz = tuple[Harness, asyncio.AbstractEventLoop]
ODD = [
    "😀😀😀", "\x00\x01\x02 控制字符 \x1b[31m", "'; DROP TABLE notes; --",
    "<b>粗体</b> <script>alert(1)</script> &amp; *md* _x_ `code`",
    "明天下午３点给張總打電話", "２月３０日给张总打电话", "25点开会",
    "报价999999999999999999999元",
    "一千亿亿元", "/nosuchcommand", "/customer", "/tz", "/role", "/assign", "/memo",
    "x" * 5000, "\u202e反向文字", "　", "🇨🇳" * 500,
]


@pytest.mark.parametrize("text", ODD)
async def test_odd_messages_get_a_reply_and_keep_the_data(
    database: Database, clock: FrozenClock, text: str
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say(MEMO)
        calls = await bot.say(text)
        if text.strip() and not text.startswith("/nosuch"):
            assert sent_texts(calls), f"no reply to {text[:20]!r}"
        assert not [c for c in calls if "出了点问题" in str(c.params.get("text", ""))]
        notes = await rows(bot.runtime.engine, Note)
        assert notes[0].text == MEMO
        (task,) = [t for t in await rows(bot.runtime.engine, Task) if t.note_id == notes[0].id]
        assert task.title == "给张总打电话"


@pytest.fixture(scope="module")
def fuzz_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzz]:
    loop = asyncio.new_event_loop()
    database = sqlite_database(Path(tmp_path_factory.mktemp("fuzz")))
    manager = running_bot(database, FrozenClock(START))
    bot = loop.run_until_complete(manager.__aenter__())
    loop.run_until_complete(bot.say(MEMO))
    yield bot, loop
    loop.run_until_complete(manager.__aexit__(None, None, None))
    loop.close()


DATA = st.one_of(
    st.text(max_size=64),
    st.builds(lambda k, a, ids: ":".join([k, a, *ids]), st.sampled_from("trncls"),
              st.sampled_from(["done", "snz", "reopen", "nodate", "cust", "setc", "newc", "card",
                               "tl", "tier", "take", "fu", "zh", "en", "x"]),
              st.lists(st.one_of(st.integers(-5, 10**12).map(str), st.text(max_size=5)),
                       max_size=3)),
)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), data=DATA)
def test_random_text_and_buttons_never_break_the_bot(
    fuzz_bot: Fuzz, text: str, data: str
) -> None:
    bot, loop = fuzz_bot
    card = next(c for c in bot.api.calls if c.method == "sendMessage" and "已记录" in
                str(c.params.get("text")))
    loop.run_until_complete(bot.say(text))
    calls = loop.run_until_complete(bot.press(data, card.result))
    assert not [c for c in calls if "出了点问题" in str(c.params.get("text", ""))], data
    if calls:
        assert calls[-1].method in ("answerCallbackQuery", "editMessageText",
                                    "editMessageReplyMarkup", "sendMessage"), data
    notes = loop.run_until_complete(rows(bot.runtime.engine, Note))
    assert notes[0].text == MEMO
