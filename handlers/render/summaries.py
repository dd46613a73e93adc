"""Summary, report and stale-list messages."""

from __future__ import annotations

from html import escape

from bot.i18n import N_, Translator
from bot.services.care import CareNews
from bot.services.periods import LocalPeriod, Span
from bot.services.stale import StaleCustomer
from bot.services.summaries import Report, RepReport, Summary
from handlers.render.dates import day
from handlers.render.texts import TIER_NAMES, bold, money

ROLES = {"owner": N_("owner"), "manager": N_("manager"), "rep": N_("rep")}
CHART_LABELS = {"notes": N_("notes"), "done": N_("done"), "overdue": N_("overdue"),
                "empty": N_("No activity in this period."),
                "more": N_("and {n} more"), "amounts": N_("Amounts by customer")}


def period_title(t: Translator, period: LocalPeriod) -> str:
    """Week of 11月16日 周一 – 11月22日 周日 / Month of ..."""
    key = (N_("Week of %(first)s – %(last)s") if period.span is Span.WEEK
           else N_("Month of %(first)s – %(last)s"))
    return t(key, first=day(t, period.first, period.first, relative=False),
             last=day(t, period.last, period.first, relative=False))


def stale_line(t: Translator, c: StaleCustomer) -> str:
    """One stale customer."""
    return t("%(name)s (%(tier)s): no contact for %(days)s days, allowed %(allowed)s",
             name=escape(c.name), tier=t(TIER_NAMES[c.tier]), days=c.days_silent,
             allowed=c.allowed_days)


def summary(t: Translator, s: Summary) -> str:
    """The team summary as text (the chart goes with it as a photo)."""
    lines = [bold(f"📊 {escape(s.team_name)} · {period_title(t, s.period)}"),
             t("New customers %(customers)s · notes %(notes)s · new tasks %(tasks)s · "
               "done %(done)s · overdue %(overdue)s",
               customers=s.total("new_customers"), notes=s.total("notes"),
               tasks=s.total("tasks_created"), done=s.total("done"),
               overdue=s.total("overdue"))]
    if s.reps:
        lines += ["", bold(t("Per rep"))]
        lines += [t("• %(name)s: notes %(notes)s, new customers %(customers)s, "
                    "done %(done)s, overdue %(overdue)s", name=escape(r.name), notes=r.notes,
                    customers=r.new_customers, done=r.done, overdue=r.overdue)
                  for r in s.reps]
    if s.amounts:
        lines += ["", bold(t("💰 Amounts by customer"))]
        lines += [f"• {escape(name)} {money(t, value, cur)}" for name, cur, value in s.amounts]
    if s.top_customers:
        lines += ["", bold(t("🔥 Most active customers"))]
        lines += [t("• %(name)s: %(n)s notes", name=escape(name), n=n)
                  for name, n in s.top_customers]
    if s.stale:
        lines += ["", bold(t("💤 Not contacted for too long"))]
        lines += [f"• {stale_line(t, c)}" for c in s.stale]
    return "\n".join(lines)


def _rep_report(t: Translator, r: RepReport) -> str:
    rate = f"{r.overdue_rate:.0%}" if r.overdue_rate is not None else "–"
    days = f"{r.avg_days_to_done:.1f}" if r.avg_days_to_done is not None else "–"
    amounts = ", ".join(money(t, v, c) for c, v in r.amounts) or "–"
    return t("• %(name)s: done %(done)s, overdue %(overdue)s of %(due)s due (%(rate)s), "
             "%(days)s days to follow up, amounts %(amounts)s", name=escape(r.name),
             done=r.done, overdue=r.overdue, due=r.due, rate=rate, days=days, amounts=amounts)


def report(t: Translator, rep: Report) -> str:
    """The managers' per-rep report."""
    head = bold(f"📈 {period_title(t, rep.period)}")
    if not rep.reps:
        return "\n".join([head, t("No members yet.")])
    return "\n".join([head, *(_rep_report(t, r) for r in rep.reps)])


def stale_list(t: Translator, rows: list[StaleCustomer]) -> str:
    """/stale."""
    if not rows:
        return t("Every customer has been contacted in time. 👍")
    lines = [bold(t("💤 Not contacted for too long"))]
    lines += [f"{i}. {stale_line(t, c)}" for i, c in enumerate(rows, 1)]
    return "\n".join(lines)


def chart_texts(t: Translator, s: Summary) -> tuple[str, dict[str, str]]:
    """The chart's title and series labels, translated."""
    return (f"{s.team_name} · {period_title(t, s.period)}",
            {key: t(msgid) for key, msgid in CHART_LABELS.items()})


def care(t: Translator, news: CareNews) -> str:
    """🎂 birthdays today and 🏮 holidays coming."""
    lines = []
    for b in news.birthdays:
        key = (N_("🎂 %(name)s's birthday is today (lunar %(month)s/%(day)s). Send your wishes!")
               if b.lunar else N_("🎂 %(name)s's birthday is today. Send your wishes!"))
        lines.append(t(key, name=escape(b.name), month=b.month, day=b.day))
    for h in news.holidays:
        name = h.name_zh if t.lang == "zh" else h.name_en
        days = (h.start - news.today).days
        span = day(t, h.start, news.today, relative=False)
        if h.end != h.start:
            span += " – " + day(t, h.end, news.today, relative=False)
        lines.append(t("🏮 %(holiday)s (%(span)s) is %(days)s days away: time to greet "
                       "your customers.", holiday=name, span=span, days=days))
    return "\n".join(lines)
