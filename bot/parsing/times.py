"""Find the time a memo names: collect pieces from every rule, join adjacent pieces
into expressions (明天 + 下午 + 3点), resolve each against `now`, pick one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from dateutil.rrule import rrulestr

from bot.parsing import (
    clock_time,
    durations,
    holidays,
    month_dates,
    month_names,
    parts_of_day,
    periods,
    recurrence,
    relative_days,
    weekdays,
)
from bot.parsing.normalize import normalize
from bot.parsing.parts_of_day import DEFAULT_HOUR
from bot.parsing.pieces import Piece, Rule, monday_of, scan, weekday_month_day
from bot.parsing.recurrence import DAY_CODES

RULES: tuple[Rule, ...] = (
    recurrence.RULES + holidays.RULES + durations.RULES + periods.RULES + month_dates.RULES
    + month_names.RULES + weekdays.RULES + relative_days.RULES + parts_of_day.RULES
    + clock_time.RULES
)
# what may stand between two pieces of one expression: 明天 下午, Friday at 10am
_GAP = re.compile(
    r"[\s,，、(（)）]*(?:(?i:at|on|around|about|by|before|until|in\s+the|of|the|from|for)|的|@)?[\s,，、(（)）]*"
)
_BEFORE = re.compile(r"(?i:\b(?:by|before|until|till|due|on|at|in|around|no\s+later\s+than))\s*$")
# came by today, stopped by Friday: a visit, no "by" of a deadline
_DROPPED_IN = re.compile(r"\b(?:came|come|comes|stopped|stop|dropped|drop|swung|swing|popped|pop|"
                         r"passed|dropping|stopping|coming)\s*$", re.IGNORECASE)
_AFTER = re.compile(r"^\s*(?:之前|以前|前|以内|之内|内|左右|之后|以后)")
_PM_PODS = ("afternoon", "evening", "night", "eod")


@dataclass(frozen=True)
class TimeMatch:
    """The time a memo names, resolved against `now`."""

    due: datetime  # aware, in now's time zone; midnight when all_day
    all_day: bool
    span: tuple[int, int]  # the expression in the text (with 前 / by around it)
    recurrence: str | None = None
    is_past: bool = False
    dated: bool = True  # the expression names a day (明天, 周五, 25号), not a clock time alone
    rolled: bool = False  # a clock time alone, already past today: moved to tomorrow


def find_pieces(text: str) -> list[Piece]:
    """Every piece in `text`: the longest wins where two overlap; in text order."""
    found = sorted(scan(RULES, text), key=lambda p: (p.start - p.end, p.start))
    kept: list[Piece] = []
    for piece in found:
        if all(piece.end <= other.start or piece.start >= other.end for other in kept):
            kept.append(piece)
    return sorted(kept, key=lambda p: p.start)


def group_pieces(pieces: Sequence[Piece], text: str) -> list[list[Piece]]:
    """Adjacent pieces that fill different slots form one expression."""
    groups: list[list[Piece]] = []
    for piece in pieces:
        last = groups[-1] if groups else None
        if last is not None and _joins(last, piece, text):
            last.append(piece)
        else:
            groups.append([piece])
    groups = _without_range_ends(groups, text)
    return [group for group in groups if not all(piece.weak for piece in group)
            or _day_and_part(group, text)]


def _day_and_part(group: list[Piece], text: str) -> bool:
    """A bare day of the month and a part of the day said together: Follow up 23rd morning."""
    return len(group) == 2 and group[0].month_day is not None and group[0].date_fn is not None \
        and group[1].pod is not None and group[1].hour is None \
        and not text[group[0].end:group[1].start].strip()


# between the two clocks of a span of time: 下午三点到四点, 2-3pm, 10 to 11
_EITHER = re.compile(r"\s*(?:或者|或|还是|(?i:or))\s*")
_RANGE = re.compile(r"\s*(?:到|至|~|～|-|–|—|(?i:to|till|until))\s*")


def _without_range_ends(groups: list[list[Piece]], text: str) -> list[list[Piece]]:
    """A clock that only ends a span of time (下周二下午三点到四点有空) is no time of its
    own: the span starts at the first, which takes the end's am/pm when it has none."""
    kept: list[list[Piece]] = []
    for group in groups:
        last = kept[-1] if kept else None
        if last is not None and (_RANGE.fullmatch(text[last[-1].end:group[0].start])
                                 or _EITHER.fullmatch(text[last[-1].end:group[0].start])) \
                and all(p.filled() <= {"weekday"} and p.week is None for p in group) \
                and any(p.weekday is not None for p in last):
            continue  # 下周一到周三之间: from next Monday; 下周三或周四: next Wednesday
        if last is not None and all(p.filled() <= {"clock", "pod"} for p in group) \
                and any(p.hour is not None for p in group) \
                and any(p.hour is not None for p in last) \
                and _RANGE.fullmatch(text[last[-1].end:group[0].start]):
            meridiem = next((p.meridiem for p in group if p.meridiem), None)
            if meridiem and not any(p.meridiem or p.pod or p.h24 for p in last):
                last[:] = [replace(p, meridiem=meridiem) if p.hour is not None else p
                           for p in last]
            continue
        kept.append(group)
    return kept


def _joins(group: list[Piece], piece: Piece, text: str) -> bool:
    if _GAP.fullmatch(text[group[-1].end:piece.start]) is None:
        return False
    used = frozenset().union(*(other.filled() for other in group))
    if "date" in used and "week" in piece.filled():
        return False  # 婚期定在10月18号，下周二前出方案: a date, then another day of a week
    if len(group) == 1 and group[0].month_day is not None and piece.weekday is not None \
            and re.fullmatch(r"\s+on\s+", text[group[-1].end:piece.start], re.IGNORECASE):
        return False  # 2nd reminder sent today, 3rd on Monday: a count, then the day
    return not used & piece.filled()


def _merge(group: list[Piece]) -> Piece:
    fields: dict[str, object] = {}
    for piece in group:
        for name in ("date_fn", "week", "weekday", "hour", "meridiem", "pod", "exact",
                     "rrule", "step", "month_day"):
            value = getattr(piece, name)
            if value is not None and name not in fields:
                fields[name] = value
        if piece.hour is not None:
            fields.update(minute=piece.minute, second=piece.second, h24=piece.h24)
    rule, weekday = fields.get("rrule"), fields.get("weekday")
    if isinstance(rule, str) and isinstance(weekday, int) and rule.startswith("FREQ=WEEKLY") \
            and "BYDAY" not in rule:  # 每周 Mon 10am: weekly, on Mondays
        fields["rrule"] = f"{rule};BYDAY={DAY_CODES[weekday]}"
    return Piece(group[0].start, group[-1].end, **fields)  # type: ignore[arg-type]


def _day(piece: Piece, today: date) -> date | None:
    if piece.month_day is not None and piece.weekday is not None and piece.week is None:
        return weekday_month_day(today, piece.weekday, piece.month_day)
    if piece.date_fn is not None:
        return piece.date_fn(today)
    if piece.weekday is not None or piece.week is not None:
        return _week_day(piece, today)
    if piece.hour is not None or piece.pod is not None or piece.rrule is not None:
        return today
    return None


def _week_day(piece: Piece, today: date) -> date:
    """下周五 / this Friday / 下周 (its Monday) / 周五 (the nearest, today counts)."""
    if piece.week is None:
        return today + timedelta(days=((piece.weekday or 0) - today.weekday()) % 7)
    return monday_of(today) + timedelta(days=7 * piece.week + (piece.weekday or 0))


def _hour(piece: Piece, hour: int) -> int:
    if piece.meridiem == "pm":
        return hour + 12 if hour < 12 else hour
    if piece.meridiem == "am":
        return 0 if hour == 12 else hour
    if piece.h24 or hour >= 12 or hour == 0:
        return hour
    if piece.pod in _PM_PODS or (piece.pod == "noon" and hour < 6):
        return hour + 12
    if piece.pod is not None:
        return hour  # morning, early, midnight: as said
    return hour + 12 if hour <= 6 else hour  # a bare 1-6 is afternoon


def _clock(piece: Piece) -> time | None:
    if piece.hour is None:
        return None if piece.pod is None else time(DEFAULT_HOUR[piece.pod])
    hour = _hour(piece, piece.hour)
    if hour >= 24:
        return time(23, 59, 59)
    return time(hour, piece.minute, piece.second)


def resolve(group: list[Piece], now: datetime) -> TimeMatch | None:
    """The time one expression names, or None when it names no real date."""
    piece = _merge(group)
    span = (piece.start, piece.end)
    if piece.exact is not None:
        due = (now.astimezone(UTC) + piece.exact).astimezone(now.tzinfo)
        return TimeMatch(due, False, span, piece.rrule, due < now)
    try:
        day = _day(piece, now.date())
    except (ValueError, OverflowError):
        return None
    if day is None:
        return None
    clock = _clock(piece)
    due = datetime.combine(day, clock or time(0), tzinfo=now.tzinfo)
    if piece.step is not None:
        due = _roll(due, piece, now, all_day=clock is None)
    dated = _dated(piece)
    rolled = not dated and clock is not None and due < now
    if rolled:
        due += timedelta(days=1)  # 3点给张总打电话 said at 16:00: tomorrow at 3
    past = due.date() < now.date() if clock is None else due < now
    return TimeMatch(due, clock is None, span, piece.rrule, past, dated, rolled)


def _dated(piece: Piece) -> bool:
    return any(value is not None for value in (
        piece.date_fn, piece.week, piece.weekday, piece.month_day, piece.rrule))


def on_rule(rule: str, dtstart: datetime, after: datetime, *, inc: bool) -> datetime | None:
    """The first time an RRULE from `dtstart` falls on after `after` (at it too with `inc`),
    in `dtstart`'s zone; None when the rule names none or cannot be read."""
    try:
        found = rrulestr(rule, dtstart=dtstart.replace(tzinfo=None)).after(
            after.replace(tzinfo=None), inc=inc)
    except (ValueError, TypeError):
        return None
    return None if found is None else found.replace(tzinfo=dtstart.tzinfo)


def _roll(due: datetime, piece: Piece, now: datetime, *, all_day: bool) -> datetime:
    """A recurring task's first due time: the first occurrence not yet past."""
    step, rule = piece.step, piece.rrule or ""
    if step is not None and re.search(r"BYDAY=[A-Z]{2},", rule):
        # every Monday and Thursday: the sooner of its days still ahead
        start = datetime.combine(now.date(), time(0), tzinfo=now.tzinfo) if all_day else now
        return on_rule(rule, due - timedelta(days=7), start, inc=all_day) or due  # today counts
    if step is not None and re.search(r"BYDAY=-?\d", rule) \
            and not (due.date() >= now.date() if all_day else due >= now):
        # every first Monday of the month: the next such Monday, not a month on
        return on_rule(rule, due, now, inc=all_day) or due
    for _ in range(400):
        if step is None or (due.date() >= now.date() if all_day else due >= now):
            break
        due += step
    return due


def _widen(span: tuple[int, int], text: str) -> tuple[int, int]:
    start, end = span
    before = _BEFORE.search(text[max(0, start - 20):start])
    if before is not None and not _DROPPED_IN.search(text, max(0, start - 30),
                                                     start - len(before.group(0))):
        start -= len(before.group(0))
    after = _AFTER.match(text[end:end + 4])
    if after is not None:
        end += len(after.group(0))
    return start, end


def find_times(text: str, now: datetime) -> list[TimeMatch]:
    """Every time expression `text` names, resolved against `now`, in text order."""
    norm = normalize(text)
    matches = [m for g in group_pieces(find_pieces(norm), norm) if (m := resolve(g, now))]
    return [replace(m, span=_widen(m.span, norm)) for m in matches]


def find_time(text: str, now: datetime) -> TimeMatch | None:
    """The time `text` names: the first expression not in the past, else the first."""
    matches = find_times(text, now)
    if not matches:
        return None
    return next((m for m in matches if not m.is_past), matches[0])
