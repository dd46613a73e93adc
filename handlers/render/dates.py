"""Dates and times as a person reads them, in the user's language."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from babel.dates import format_date

from bot.i18n import N_, Translator

BABEL_LOCALE = {"zh": "zh_Hans_CN", "en": "en"}
DAY_PATTERN = {"zh": "M月d日 EEE", "en": "EEE d MMM"}


def day(t: Translator, value: date, today: date, *, relative: bool = True) -> str:
    """今天 / tomorrow / 11月25日 周三 / Wed 25 Nov (with the year when not this year)."""
    if relative and value == today:
        return t("today")
    if relative and value == today + timedelta(days=1):
        return t("tomorrow")
    pattern = DAY_PATTERN[t.lang]
    if value.year != today.year:
        pattern = ("y年" + pattern) if t.lang == "zh" else (pattern + " y")
    return format_date(value, pattern, locale=BABEL_LOCALE[t.lang])


def when(t: Translator, due: datetime, all_day: bool, today: date) -> str:
    """A due time: the day, and the clock time unless all-day."""
    label = day(t, due.date(), today)
    if all_day:
        return t("%(day)s (all day)", day=label)
    return f"{label} {due:%H:%M}"


WEEKDAYS = {"MO": N_("Monday"), "TU": N_("Tuesday"), "WE": N_("Wednesday"),
            "TH": N_("Thursday"), "FR": N_("Friday"), "SA": N_("Saturday"), "SU": N_("Sunday")}
EVERY = {"DAILY": N_("every day"), "WEEKLY": N_("every week"), "MONTHLY": N_("every month"),
         "YEARLY": N_("every year")}
EVERY_N = {"DAILY": N_("every %(n)s days"), "WEEKLY": N_("every %(n)s weeks"),
           "MONTHLY": N_("every %(n)s months"), "YEARLY": N_("every %(n)s years")}


def recurrence(t: Translator, rrule: str) -> str:
    """An RRULE as words: every day, every Monday, every 3 months..."""
    parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
    freq, interval = parts.get("FREQ", ""), parts.get("INTERVAL", "1")
    weekday = parts.get("BYDAY", "")
    if freq == "WEEKLY" and weekday in WEEKDAYS:
        return t("every %(weekday)s", weekday=t(WEEKDAYS[weekday]))
    month_day = parts.get("BYMONTHDAY")
    if freq == "MONTHLY" and month_day:
        return t("every month on day %(day)s", day=month_day)
    if freq not in EVERY:
        return rrule
    return t(EVERY[freq]) if interval == "1" else t(EVERY_N[freq], n=interval)
