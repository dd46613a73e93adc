"""Scheduled team pushes: cron jobs per team through PTB's JobQueue.

On start (and every few minutes) the jobs are rebuilt from the database: one weekly
summary job per team at its slot, one daily job at its reminder hour (each rep's
agenda, then the stale list). A summary missed while the bot was down goes out on start.
"""

from __future__ import annotations

from datetime import time
from typing import Any
from zoneinfo import ZoneInfo

from telegram.ext import JobQueue

from bot.i18n import translator
from bot.services.pushes import Recipient, TeamSlot
from bot.services.summaries import Summary
from handlers._context import App, BotContext
from handlers.common import NotForUsError
from handlers.render import keyboards, summaries, texts
from handlers.sending import send_text

SYNC_EVERY = 300  # seconds


def _slot(context: BotContext) -> TeamSlot:
    if context.job is None or not isinstance(context.job.data, TeamSlot):
        raise NotForUsError
    return context.job.data


async def _send_summary(context: BotContext, summary: Summary, to: Recipient) -> None:
    t = translator(to.lang)
    await send_text(context.bot, to.tg_chat_id, summaries.summary(t, summary))
    title, labels = summaries.chart_texts(t, summary)
    png = await context.services.summaries.chart(summary, title, labels)
    await context.bot.send_photo(to.tg_chat_id, png)


async def job_weekly_summary(context: BotContext) -> None:
    """A team's weekly summary, text and chart, to its group."""
    await _push_summary(context, _slot(context).team_id)


async def _push_summary(context: BotContext, team_id: int) -> None:
    push = await context.services.pushes.weekly_summary(team_id)
    if push is not None:
        for to in push.to:
            await _send_summary(context, push.summary, to)


async def job_daily(context: BotContext) -> None:
    """Care news to the team every day; on workdays (调休 honoured) each rep's agenda to
    their private chat and the stale list to the team."""
    team_id = _slot(context).team_id
    care = await context.services.pushes.daily_care(team_id)
    if care is not None:
        for to in care.to:
            await send_text(context.bot, to.tg_chat_id,
                            summaries.care(translator(to.lang), care.news))
    if await context.services.pushes.is_workday(team_id):
        await _workday_pushes(context, team_id)


async def _workday_pushes(context: BotContext, team_id: int) -> None:
    for agenda in await context.services.pushes.daily_agendas(team_id):
        await send_text(context.bot, agenda.to.tg_chat_id,
                        texts.agenda(translator(agenda.to.lang), agenda.tasks))
    stale = await context.services.pushes.daily_stale(team_id)
    if stale is None:
        return
    rows = list(stale.customers)
    for to in stale.to:
        t = translator(to.lang)
        await send_text(context.bot, to.tg_chat_id, summaries.stale_list(t, rows),
                        keyboards.stale_follow_ups(t, rows))


def _schedule(queue: JobQueue[Any], slot: TeamSlot) -> None:
    tz = ZoneInfo(slot.tz)
    weekday = (slot.summary_weekday + 1) % 7  # PTB counts days from Sunday = 0
    queue.run_daily(job_weekly_summary, time(slot.summary_hour, tzinfo=tz), days=(weekday,),
                    name=f"summary:{slot.team_id}", data=slot)
    queue.run_daily(job_daily, time(slot.daily_hour, tzinfo=tz),
                    name=f"daily:{slot.team_id}", data=slot)


async def job_sync_team_jobs(context: BotContext) -> None:
    """Rebuild the per-team jobs from the database; send summaries missed while down."""
    queue = context.job_queue
    if queue is None:
        raise NotForUsError
    for slot in await context.services.pushes.slots():
        jobs = queue.get_jobs_by_name(f"summary:{slot.team_id}")
        if jobs and all(job.data == slot for job in jobs):
            continue
        for job in (*jobs, *queue.get_jobs_by_name(f"daily:{slot.team_id}")):
            job.schedule_removal()
        _schedule(queue, slot)
    for team_id in await context.services.pushes.missed_summaries():
        await _push_summary(context, team_id)


def register(app: App) -> None:
    """Build the team jobs at start, and keep them in step with the database."""
    if app.job_queue is None:
        msg = "the JobQueue is missing: install python-telegram-bot[job-queue]"
        raise RuntimeError(msg)
    app.job_queue.run_repeating(job_sync_team_jobs, interval=SYNC_EVERY, first=0,
                                name="sync_team_jobs")
