"""Weekly summary, daily agenda and stale pushes: per-team jobs, each sent once."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from storage.models import TeamPush
from tests.support.clock import FrozenClock
from tests.support.databases import Database
from tests.support.db_view import rows
from tests.support.harness import GROUP_ID, Harness, running_bot

SHANGHAI = ZoneInfo("Asia/Shanghai")
PNG = b"\x89PNG\r\n\x1a\n"


async def _run(bot: Harness, name: str) -> list[object]:
    queue = bot.runtime.app.job_queue
    assert queue is not None
    (job,) = [j for j in queue.jobs() if j.name == name or j.name.startswith(f"{name}:")]
    before = len(bot.api.calls)
    await job.run(bot.runtime.app)
    return list(bot.api.calls[before:])


async def test_weekly_summary_goes_to_the_group_once_with_a_chart(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.feed(bot.user.bot_added(GROUP_ID, "华东销售组"))
        await bot.say("/memo 拜访了华为李经理，签了合同3.5万", chat_id=GROUP_ID)
        await bot.say("/memo 明天下午3点给张总打电话", chat_id=GROUP_ID)
        await _run(bot, "sync_team_jobs")  # builds the team's jobs; nothing missed yet
        assert not [c for c in bot.api.calls if c.method == "sendPhoto"]
        clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI))  # Monday 09:00
        calls = await _run(bot, "summary")
        (text,) = [c.params for c in calls if c.method == "sendMessage"]
        (photo,) = [c.params for c in calls if c.method == "sendPhoto"]
        assert text["chat_id"] == GROUP_ID and photo["chat_id"] == GROUP_ID
        assert "华东销售组" in text["text"] and "笔记 2" in text["text"]
        assert "华为" in text["text"] and "35,000 CNY" in text["text"]
        assert "11月16日" in text["text"]  # last week, Monday to Sunday
        assert await _run(bot, "summary") == []  # once
        assert await _run(bot, "sync_team_jobs") == []  # not "missed" either
        (push,) = [p for p in await rows(bot.runtime.engine, TeamPush) if p.kind == "summary"]
        assert push.period == "2026-W47"


async def test_a_summary_missed_while_down_goes_out_on_start(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.feed(bot.user.bot_added(GROUP_ID))
        await bot.say("/memo 拜访了华为李经理", chat_id=GROUP_ID)
    clock.set(datetime(2026, 11, 24, 15, 0, tzinfo=SHANGHAI))  # Tuesday: Monday's slot missed
    async with running_bot(database, clock) as bot:
        calls = await _run(bot, "sync_team_jobs")
        assert [c.method for c in calls if c.method in ("sendMessage", "sendPhoto")] == \
            ["sendMessage", "sendPhoto"]


async def test_daily_job_sends_each_rep_their_agenda_and_the_stale_list(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.say("/start")  # Li has a private chat
        await bot.feed(bot.user.bot_added(GROUP_ID))
        await bot.say("/memo 明天下午3点给张总打电话", chat_id=GROUP_ID)
        await _run(bot, "sync_team_jobs")
        clock.set(datetime(2026, 11, 19, 9, 0, tzinfo=SHANGHAI))
        calls = await _run(bot, "daily")
        (agenda,) = [c.params for c in calls if c.method == "sendMessage"]
        assert agenda["chat_id"] == bot.user.user_id and "张总" in agenda["text"]
        assert await _run(bot, "daily") == []  # once a day
        clock.set(datetime(2027, 2, 22, 9, 0, tzinfo=SHANGHAI))  # Monday; 张总 silent 90+ days
        calls = await _run(bot, "daily")
        stale = [c.params for c in calls if c.params.get("chat_id") == GROUP_ID]
        assert len(stale) == 1 and "张总" in stale[0]["text"]
        (agenda,) = [c.params for c in calls if c.params.get("chat_id") == bot.user.user_id]
        assert "已逾期" in agenda["text"] and "张总" in agenda["text"]  # still on Li's list


async def test_care_tells_lunar_birthdays_and_coming_holidays_once(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        await bot.feed(bot.user.bot_added(GROUP_ID))
        await bot.say("/memo 拜访张伟，聊了新项目", chat_id=GROUP_ID)
        await bot.say("/customer 张伟 生日 农历八月十五", chat_id=GROUP_ID)
        await _run(bot, "sync_team_jobs")
        clock.set(datetime(2027, 9, 15, 9, 0, tzinfo=SHANGHAI))  # 中秋 2027 = lunar 8/15
        texts = [c.params["text"] for c in await _run(bot, "daily") if c.method == "sendMessage"
                 and c.params["chat_id"] == GROUP_ID]
        assert any("张伟的生日（农历8月15日）" in text for text in texts)
        clock.set(datetime(2026, 9, 28, 9, 0, tzinfo=SHANGHAI))  # Monday; 国庆 from Oct 1
        texts = [c.params["text"] for c in await _run(bot, "daily") if c.method == "sendMessage"]
        assert any("国庆节（10月1日 周四 – 10月7日 周三）还有 3 天" in text for text in texts)
        clock.set(datetime(2026, 9, 29, 9, 0, tzinfo=SHANGHAI))
        texts = [c.params["text"] for c in await _run(bot, "daily") if c.method == "sendMessage"]
        assert not any("国庆节" in text for text in texts)  # told once


async def test_agenda_goes_out_on_workdays_with_china_s_adjusted_days(
    database: Database, clock: FrozenClock
) -> None:
    async with running_bot(database, clock) as bot:
        clock.set(datetime(2026, 9, 28, 10, 0, tzinfo=SHANGHAI))
        await bot.say("/start")
        await bot.say("明天给张总打电话")  # overdue from September 30 on
        await _run(bot, "sync_team_jobs")

        async def agenda_on(day: datetime) -> bool:
            clock.set(day)
            calls = await _run(bot, "daily")
            return any(c.method == "sendMessage" and c.params["chat_id"] == bot.user.user_id
                       for c in calls)

        assert not await agenda_on(datetime(2026, 10, 5, 9, 0, tzinfo=SHANGHAI))  # holiday Mon
        assert await agenda_on(datetime(2026, 10, 10, 9, 0, tzinfo=SHANGHAI))  # 调休 Saturday
        assert not await agenda_on(datetime(2026, 10, 17, 9, 0, tzinfo=SHANGHAI))  # Saturday
        assert await agenda_on(datetime(2026, 10, 19, 9, 0, tzinfo=SHANGHAI))  # Monday
