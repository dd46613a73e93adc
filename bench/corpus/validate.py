#!/usr/bin/env python3
"""Validate hand-written memo corpus files (JSON Lines) against the README and the contract.

    python3 bench/corpus/validate.py FILE... [--summary]

Checks every line's schema and the consistency of its gold, and recomputes the gold due from
`calc` with its own date arithmetic (README.md: "## calc" and "## Validator decisions").
Imports nothing from the product: standard library only, plus `chinese_calendar` and
`lunar_python`, imported the first time a holiday calc needs them.

Prints one line per problem (`ID: ERROR ...` / `ID: WARN ...`), then
`N lines, E errors, W warnings`; exits 1 when there are errors, 2 on a usage problem.
"""
import calendar
import importlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TOP_KEYS = {"id", "lang", "category", "text", "now", "tz", "customers", "gold", "calc", "why"}
OPTIONAL_TOP_KEYS = {"trade"}  # shown in the README's example line
GOLD_TYPES = {  # gold key -> allowed JSON types (None: null); the values are checked below
    "task": (bool,), "customer_is_new": (bool,), "contacted": (bool,), "tags": (list,),
    "due": (str, None), "all_day": (bool, None), "customer": (str, None),
    "contact": (str, None), "birthday": (dict, None), "amount": (dict, None),
    "priority": (str, None), "recurrence": (str, None),
}
LANGS = {"zh", "en", "mixed"}
PRIORITIES = {"high", "normal", "low"}
KINDS = {"deal", "quote", "budget", "payment", "owed", "other"}
WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIMED_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}")
TAG_RE = re.compile(r"[#＃](\w+)")  # \w: letters, digits, _ and CJK; anything else ends it
PAST_OK_RE = re.compile(r"past|passed|已过|过了|已经过|过去", re.IGNORECASE)
BYDAY_ITEM, BYMONTHDAY_ITEM, BYMONTH_ITEM = (
    r"([+-]?[1-9]\d?)?(MO|TU|WE|TH|FR|SA|SU)", r"[+-]?([1-9]|[12]\d|3[01])", r"([1-9]|1[0-2])")
RRULE_VALUES = {  # RRULE key -> the regex its value must match (lists: comma-separated)
    "FREQ": "SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY",
    "INTERVAL": r"[1-9]\d*", "COUNT": r"[1-9]\d*", "UNTIL": r"\d{8}(T\d{6}Z?)?",
    "BYDAY": rf"{BYDAY_ITEM}(,{BYDAY_ITEM})*",
    "BYMONTHDAY": rf"{BYMONTHDAY_ITEM}(,{BYMONTHDAY_ITEM})*",
    "BYMONTH": rf"{BYMONTH_ITEM}(,{BYMONTH_ITEM})*",
}
VENV_HINT = "run it with /work/main/.venv/bin/python (after `make install`)"


class CalcError(Exception):
    """The calc string is malformed (an ERROR; so is a ValueError from an impossible date)."""


class UnverifiableError(Exception):
    """chinese_calendar has no official schedule for a year the calc needs (a WARN)."""


# --------------------------------------------------------------------------- holidays
_libs = {}


def lib(name):
    """Import chinese_calendar / lunar_python on first use; stop with a clear hint if absent."""
    if name not in _libs:
        try:
            _libs[name] = importlib.import_module(name)
        except ImportError:
            print(f"validate.py: holiday calcs need {name!r}; {VENV_HINT}", file=sys.stderr)
            sys.exit(2)
    return _libs[name]


def is_workday(d):
    """Mon–Fri that is no day off, or a weekend make-up workday (调休), per chinese_calendar."""
    try:
        return lib("chinese_calendar").is_workday(d)
    except NotImplementedError:
        msg = f"unverifiable (no official schedule for {d.year})"
        raise UnverifiableError(msg) from None


def lunar(year, month, day):
    """Solar date of a lunar (non-leap-month) date of lunar year `year`."""
    s = lib("lunar_python").Lunar.fromYmd(year, month, day).getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


def qingming(year):
    """The day of the solar term 清明 (early April), as lunar_python gives it."""
    solar = lib("lunar_python").Solar
    for day in range(1, 11):
        if solar.fromYmd(year, 4, day).getLunar().getJieQi() == "清明":
            return date(year, 4, day)
    raise CalcError(f"no 清明 found in April {year}")


HOLIDAYS = {  # KEY -> the holiday's own date in a given (solar) year
    "newyear": lambda y: date(y, 1, 1), "spring": lambda y: lunar(y, 1, 1),
    "lantern": lambda y: lunar(y, 1, 15), "qingming": qingming,
    "labour": lambda y: date(y, 5, 1), "dragonboat": lambda y: lunar(y, 5, 5),
    "midautumn": lambda y: lunar(y, 8, 15), "national": lambda y: date(y, 10, 1),
    "christmas": lambda y: date(y, 12, 25),
}


def holiday_in_year(form, key, year):
    """before/after/on for the holiday of `key` that falls in `year`."""
    day = HOLIDAYS[key](year)
    if form == "on":
        return day
    # Walk away from the day itself, over the rest of its break (the consecutive days off
    # around it, weekends included), to the first workday. The day itself is not looked up:
    # it is a statutory day off, or (christmas, lantern) excluded by "strictly before/after".
    # So before(newyear) stays verifiable in December when next year has no schedule yet.
    step = timedelta(-1 if form == "before" else 1)
    d = day + step
    while not is_workday(d):
        d += step
    return d


def holiday(form, key, today):
    """The first occurrence whose computed date is today or later."""
    if key not in HOLIDAYS:
        raise CalcError(f"unknown holiday key {key!r}")
    for year in range(today.year - 1, today.year + 3):
        if HOLIDAYS[key](year) >= today - timedelta(40):  # else long over: no candidate
            d = holiday_in_year(form, key, year)
            if d >= today:
                return d
    raise CalcError(f"no upcoming {key}")  # not reached


# --------------------------------------------------------------------------- calc
def add_months(d, n):
    """1st of the month n months after d's month."""
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def monday(d):
    """Monday of d's week."""
    return d - timedelta(d.weekday())


def md(today, m, d):
    """Next month M day D, today counts; Feb 29 skips to the next leap year."""
    date(2024, m, d)  # ValueError when there is no such month/day at all
    for y in range(today.year, today.year + 9):
        if (calendar.isleap(y) or (m, d) != (2, 29)) and date(y, m, d) >= today:
            return date(y, m, d)
    raise CalcError("not reached")


def dom(today, d):
    """Next day D of a month, today counts; a month without day D is skipped."""
    if not 1 <= d <= 31:
        raise ValueError(f"day {d} is out of range for month")
    for n in range(13):
        first = add_months(today, n)
        if d <= calendar.monthrange(first.year, first.month)[1] and first.replace(day=d) >= today:
            return first.replace(day=d)
    raise CalcError("not reached")


WD = "(MO|TU|WE|TH|FR|SA|SU)"
DATE_FORMS = [  # (pattern, function(today, *groups) -> date); ValueError: impossible date
    (r"today", lambda t: t),
    (r"today([+-]\d+)", lambda t, n: t + timedelta(int(n))),
    (rf"wd\({WD}\)", lambda t, w: t + timedelta((WEEKDAYS[w] - t.weekday()) % 7)),
    (rf"this\({WD}\)", lambda t, w: monday(t) + timedelta(WEEKDAYS[w])),
    (rf"next\({WD}\)", lambda t, w: monday(t) + timedelta(7 + WEEKDAYS[w])),
    (rf"next2\({WD}\)", lambda t, w: monday(t) + timedelta(14 + WEEKDAYS[w])),
    (r"nextweek", lambda t: monday(t) + timedelta(7)),
    (r"monthend", lambda t: t.replace(day=calendar.monthrange(t.year, t.month)[1])),
    (r"nextmonth", lambda t: add_months(t, 1)),
    (r"yearend", lambda t: date(t.year, 12, 31)),
    (r"md\((\d+),\s*(\d+)\)", lambda t, m, d: md(t, int(m), int(d))),
    (r"dom\((\d+)\)", lambda t, d: dom(t, int(d))),
    (r"midmonth", lambda t: (t if t.day <= 15 else add_months(t, 1)).replace(day=15)),
    (r"weekend", lambda t: t if t.weekday() >= 5 else t + timedelta(5 - t.weekday())),
    (r"nextweekend", lambda t: monday(t) + timedelta(12)),
    (r"nextyear\((\d+)\)", lambda t, m: date(t.year + 1, int(m), 1)),
    (r"ymd\((\d+),\s*(\d+),\s*(\d+)\)", lambda _t, y, m, d: date(int(y), int(m), int(d))),
    (r"(before|after|on)\((\w+)\)", lambda t, form, key: holiday(form, key, t)),
]


def hhmm(s):
    """time from "HH:MM"; ValueError if there is no such time."""
    return time(*map(int, s.split(":")))


def compute_due(calc, now, tz):
    """(due string, all_day) computed from calc, relative to the aware `now` in `tz`."""
    today = now.astimezone(tz).date()
    calc = calc.strip()
    m = re.fullmatch(r"in\((?=\d)(?:(\d+)h)?(?:(\d+)m)?\)", calc)
    if m:  # elapsed time (absolute, so right across DST changes), shown in tz
        due = now.astimezone(UTC) + timedelta(hours=int(m[1] or 0), minutes=int(m[2] or 0))
        return due.astimezone(tz).isoformat(timespec="seconds"), False
    m = re.fullmatch(r"at\((\d{1,2}:\d{2})\)", calc)
    if m:  # today if strictly ahead of now, else tomorrow
        due = datetime.combine(today, hhmm(m[1]), tz)
        if due <= now:
            due = datetime.combine(today + timedelta(1), hhmm(m[1]), tz)
        return due.isoformat(timespec="seconds"), False
    m = re.fullmatch(r"(.+?)(?:\s*@\s*(\d{1,2}:\d{2}))?", calc)  # DATE [@HH:MM]
    for pattern, func in DATE_FORMS:
        g = re.fullmatch(pattern, m[1])
        if g:
            d = func(today, *g.groups())
            if m[2] is None:
                return d.isoformat(), True
            return datetime.combine(d, hhmm(m[2]), tz).isoformat(timespec="seconds"), False
    raise CalcError(f"cannot parse calc {calc!r}")


# --------------------------------------------------------------------------- value checks
def rrule_problem(rule):
    """None if `rule` is an acceptable RRULE, else what is wrong with it."""
    parts = [item.partition("=") for item in rule.split(";")]
    keys = [key for key, _, _ in parts]
    problems = [f"bad part {''.join(p)!r}" for p in parts if not p[1] or not p[2]]
    if problems:
        return "; ".join(problems)
    problems += [f"unknown key {key}" for key in keys if key not in RRULE_VALUES]
    problems += [f"bad {key}={value}" for key, _, value in parts
                 if key in RRULE_VALUES and not re.fullmatch(RRULE_VALUES[key], value)]
    if len(set(keys)) != len(keys):
        problems.append("a key given twice")
    if "FREQ" not in keys:
        problems.append("FREQ missing")
    if {"COUNT", "UNTIL"} <= set(keys):
        problems.append("COUNT and UNTIL together")
    return "; ".join(problems) or None


def offset_problem(dt, tz):
    """None if the aware `dt` has the offset `tz` has at that instant, else what is wrong."""
    if dt.astimezone(tz).utcoffset() == dt.utcoffset():
        return None
    want = datetime.combine(dt.date(), dt.time(), tz).isoformat()[-6:]
    return f"offset {dt.isoformat()[-6:]} is not {tz.key}'s ({want} at that time)"


def parse_due(due):
    """(date or aware datetime, all_day) for a gold due in one of the two formats, else None."""
    try:
        if DATE_RE.fullmatch(due):
            return date.fromisoformat(due), True
        if TIMED_RE.fullmatch(due):
            return datetime.fromisoformat(due), False
    except ValueError:
        return None
    return None


def dumps(value):
    return json.dumps(value, ensure_ascii=False)


# --------------------------------------------------------------------------- line checks
@dataclass
class Line:
    """One corpus line under check, what is known of it, and the problems found."""

    rec: dict
    problems: list = field(default_factory=list)
    customers: list = field(default_factory=list)
    now: datetime | None = None  # set only when valid and in tz
    tz: ZoneInfo | None = None

    def err(self, msg):
        self.problems.append(("ERROR", msg))

    def warn(self, msg):
        self.problems.append(("WARN", msg))


def check_top(line):
    """Top-level keys and plain fields."""
    rec = line.rec
    if TOP_KEYS - rec.keys():
        line.err(f"missing keys {sorted(TOP_KEYS - rec.keys())}")
    if rec.keys() - TOP_KEYS - OPTIONAL_TOP_KEYS:
        line.warn(f"unexpected keys {sorted(rec.keys() - TOP_KEYS - OPTIONAL_TOP_KEYS)}")
    if rec.get("lang") not in LANGS:
        line.err(f"lang {rec.get('lang')!r} not in zh/en/mixed")
    for key in ("category", "text", "why"):
        if not isinstance(rec.get(key), str) or not rec[key].strip():
            line.err(f"{key} must be a non-empty string")
    customers = rec.get("customers")
    if isinstance(customers, list) and all(isinstance(c, str) for c in customers):
        line.customers = customers
    else:
        line.err("customers must be a list of strings")
    calc = rec.get("calc")
    if calc is not None and not isinstance(calc, str):
        line.err("calc must be a string or null")


def check_clock(line):
    """tz is an IANA zone; now is ISO with the offset tz has at that instant."""
    rec = line.rec
    try:
        line.tz = ZoneInfo(rec.get("tz"))
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        line.err(f"tz {rec.get('tz')!r} is not a valid IANA zone")
    try:
        now = datetime.fromisoformat(rec.get("now"))
    except (ValueError, TypeError):
        return line.err(f"now {rec.get('now')!r} is not ISO 8601")
    if now.utcoffset() is None:
        line.err(f"now {rec['now']!r} has no offset")
    elif line.tz and offset_problem(now, line.tz):
        line.err(f"now {rec['now']}: {offset_problem(now, line.tz)}")
    elif line.tz:
        line.now = now
    return None


def gold_shape_ok(line):
    """gold has exactly its keys, each of the right JSON type."""
    gold = line.rec.get("gold")
    keys = gold.keys() if isinstance(gold, dict) else set()
    if keys != GOLD_TYPES.keys():
        missing, extra = sorted(GOLD_TYPES.keys() - keys), sorted(keys - GOLD_TYPES.keys())
        line.err(f"gold must be an object; missing keys {missing}, extra keys {extra}")
        return False
    bad = [key for key, types in GOLD_TYPES.items()
           if not any(gold[key] is None if t is None else type(gold[key]) is t for t in types)]
    if bad:
        line.err(f"gold {', '.join(bad)}: wrong JSON type (see README)")
    return not bad


def check_task(line, gold):
    """task false: the task fields and calc null; task true: all of them set."""
    calc = line.rec.get("calc")
    if not gold["task"]:
        for key in ("due", "all_day", "priority", "recurrence"):
            if gold[key] is not None:
                line.err(f"task false but {key} is {dumps(gold[key])} (must be null)")
        if calc is not None:
            line.err(f"task false but calc is {calc!r} (must be null)")
    else:
        if gold["priority"] not in PRIORITIES:
            line.err(f"priority {gold['priority']!r} not in high/normal/low")
        if gold["all_day"] is None:
            line.err("task true but all_day is null")
        if calc is None:
            line.err("task true but calc is null")
        check_due_format(line, gold, calc)


def check_due_format(line, gold, calc):
    """A bare date iff all-day; a timed due has tz's offset; then recompute it."""
    due = parse_due(gold["due"]) if gold["due"] is not None else None
    if due is None:
        line.err(f"due {gold['due']!r} is no YYYY-MM-DD nor YYYY-MM-DDTHH:MM:SS±HH:MM")
        return
    if gold["all_day"] is not None and due[1] != gold["all_day"]:
        line.err(f"due {gold['due']} but all_day {dumps(gold['all_day'])} (all-day ↔ bare date)")
    if isinstance(due[0], datetime) and line.tz and offset_problem(due[0], line.tz):
        line.err(f"due {gold['due']}: {offset_problem(due[0], line.tz)}")
    if line.now is not None:
        check_due(line, gold, due[0], calc)


def check_due(line, gold, due, calc):
    """Recompute the due from calc; warn on a past due that `why` does not explain."""
    if isinstance(calc, str):
        try:
            want = compute_due(calc, line.now, line.tz)
            if (gold["due"], gold["all_day"]) != want:
                line.err(f"due {gold['due']} (all_day {dumps(gold['all_day'])}) but calc "
                         f"{calc!r} gives {want[0]} (all_day {dumps(want[1])})")
        except (CalcError, ValueError) as e:  # ValueError: an impossible date or time
            line.err(f"calc {calc!r}: {e}")
        except UnverifiableError as e:
            line.warn(f"calc {calc!r}: {e}")
    today = line.now.astimezone(line.tz).date()
    past = due < line.now if isinstance(due, datetime) else due < today
    if past and not PAST_OK_RE.search(str(line.rec.get("why"))):
        line.warn(f"due {gold['due']} is before now {line.rec['now']}; `why` should say it "
                  "is a planned action whose time has passed")


def check_customer(line, gold):
    """A listed name is never new; a name not listed is never known; null is never new."""
    customer, is_new = gold["customer"], gold["customer_is_new"]
    if customer is None and is_new:
        line.err("customer null but customer_is_new true")
    elif customer in line.customers and is_new:
        line.err(f"customer {customer!r} is listed in customers but marked new")
    elif customer is not None and customer not in line.customers and not is_new:
        line.err(f"customer {customer!r} marked known but is not one of {line.customers}")
    if gold["contact"] is not None and customer is None:
        line.warn(f"contact {gold['contact']!r} without a customer")


def check_birthday(line, gold):
    """month 1–12; solar day valid in a leap year (Feb 29 allowed); lunar day 1–30."""
    bday = gold["birthday"]
    if bday is None:
        return
    ok = (bday.keys() == {"month", "day", "lunar"} and isinstance(bday["lunar"], bool)
          and type(bday["month"]) is int and type(bday["day"]) is int
          and 1 <= bday["month"] <= 12)
    last = ok and (30 if bday["lunar"] else calendar.monthrange(2024, bday["month"])[1])
    if not ok or not 1 <= bday["day"] <= last:
        line.err(f"birthday {dumps(bday)} is no valid {{month, day, lunar}}")
    if gold["task"]:
        line.warn("birthday and a task: the contract says a birthday makes no one-off task")


def check_amount(line, gold):
    """value a number > 0, a 3-letter upper-case currency, a known kind."""
    amount = gold["amount"]
    if amount is None:
        return
    value, currency, kind = (amount.get(k) for k in ("value", "currency", "kind"))
    if amount.keys() != {"value", "currency", "kind"}:
        line.err(f"amount keys must be value, currency, kind: {dumps(amount)}")
    if type(value) not in {int, float} or not value > 0:
        line.err(f"amount value {value!r} is not a number > 0")
    if not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency):
        line.err(f"amount currency {currency!r} is not a 3-letter upper-case code")
    if kind not in KINDS:
        line.err(f"amount kind {kind!r} not in {'/'.join(sorted(KINDS))}")


def check_rule_and_tags(line, gold):
    """recurrence parses as an RRULE; tags are the text's #tags in order."""
    rule = gold["recurrence"]
    if rule is not None and rrule_problem(rule):
        line.err(f"recurrence {rule!r}: {rrule_problem(rule)}")
    text = line.rec.get("text")
    want = TAG_RE.findall(text if isinstance(text, str) else "")
    if gold["tags"] not in (want, list(dict.fromkeys(want))):
        line.err(f"tags {dumps(gold['tags'])} but the text's #tags are {dumps(want)}")


def check_line(rec):
    """All checks of one line (a dict); returns its problems as (level, message)."""
    line = Line(rec)
    check_top(line)
    check_clock(line)
    if gold_shape_ok(line):
        gold = rec["gold"]
        check_task(line, gold)
        check_customer(line, gold)
        check_birthday(line, gold)
        check_amount(line, gold)
        check_rule_and_tags(line, gold)
    return line.problems


# --------------------------------------------------------------------------- driver
def check_file(path, seen):
    """Yield (id, rec, problems) for each non-blank line; `seen` maps id -> first place."""
    for lineno, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(raw)
        except ValueError as e:
            yield where, {}, [("ERROR", f"not valid JSON: {e}")]
            continue
        if not isinstance(rec, dict):
            yield where, {}, [("ERROR", "not a JSON object")]
            continue
        rid, problems = rec.get("id"), []
        if not isinstance(rid, str) or not rid.strip():
            rid, problems = where, [("ERROR", "id must be a non-empty string")]
        elif rid in seen:
            problems = [("ERROR", f"duplicate id (first at {seen[rid]})")]
        seen.setdefault(rid, where)
        try:
            problems += check_line(rec)
        except Exception as e:  # a shape no check foresaw: report it, go on
            problems.append(("ERROR", f"could not check this line: {e!r}"))
        yield rid, rec, problems


def main(argv):
    files = [a for a in argv if a != "--summary"]
    if not files or any(a.startswith("-") for a in files):
        print("usage: python3 bench/corpus/validate.py FILE... [--summary]", file=sys.stderr)
        return 2
    seen = {}
    counts = Counter()  # (group, name, "lines" | "ERROR" | "WARN") -> count
    for path in files:
        for rid, rec, problems in check_file(path, seen):
            groups = [("file", path), ("lang", str(rec.get("lang"))),
                      ("category", str(rec.get("category")))]
            for level in ["lines", *(level for level, _ in problems)]:
                counts.update((group, name, level) for group, name in groups)
            for level, msg in problems:
                print(f"{rid}: {level} {msg}")
    if "--summary" in argv:
        for group in ("file", "lang", "category"):
            print(f"by {group}:")
            for name in sorted({name for g, name, _ in counts if g == group}):
                n = {level: counts[group, name, level] for level in ("lines", "ERROR", "WARN")}
                print(f"  {name}: {n['lines']} lines, {n['ERROR']} errors, {n['WARN']} warnings")
    total = {level: sum(counts["file", path, level] for path in dict.fromkeys(files))
             for level in ("lines", "ERROR", "WARN")}
    print(f"{total['lines']} lines, {total['ERROR']} errors, {total['WARN']} warnings")
    return 1 if total["ERROR"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
