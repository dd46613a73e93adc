"""parse_memo: one memo in, everything the parser reads from it out (ParsedMemo)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from bot.parsing.amounts import find_amounts
from bot.parsing.customers import find_customer
from bot.parsing.markers import find_lead, find_mentions, find_tags
from bot.parsing.model import KnownCustomer, Lang, ParsedMemo
from bot.parsing.normalize import has_cjk, normalize
from bot.parsing.priority import find_priority
from bot.parsing.times import TimeMatch, find_time

# a follow-up intent: a past time with one of these still makes a task (flagged as past)
_INTENT = re.compile(
    r"提醒|记得|跟进|回访|再联系|联系|回电|打电话|电话|发给|发送|寄|催|约|"
    r"(?i:\bremind|\bfollow[\s-]?up|\bcall\b|\bsend\b|\bemail\b|\bping\b|\bcheck\s+back)"
)
_TITLE_TRIM = " \t\r\n,，。.;；:：、!！?？-—~"
_TITLE_MAX = 80


def _mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _title(text: str, spans: Sequence[tuple[int, int]]) -> str:
    pieces, last = [], 0
    for start, end in sorted(spans):
        pieces.append(text[last:start])
        last = max(last, end)
    pieces.append(text[last:])
    title = re.sub(r"\s+", " ", " ".join(p.strip() for p in pieces if p.strip()))
    title = re.sub(r"\s*([，。、；：！？])\s*", r"\1", title)
    title = re.sub(r"\s+([,.;:!?])", r"\1", title).strip(_TITLE_TRIM)
    return title[:_TITLE_MAX]


def _is_task(found: TimeMatch | None, text: str) -> bool:
    if found is None:
        return False
    return not found.is_past or found.recurrence is not None or bool(_INTENT.search(text))


def _aware(now: datetime) -> datetime:
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


def parse_memo(
    text: str, now: datetime, customers: Sequence[KnownCustomer] = ()
) -> ParsedMemo:
    """Read a memo: task time, customer, amount, priority, tags, mentions, title.

    `now` is the message time in the chat's time zone; `due` comes back in that zone.
    Never raises on a str: a failure inside a rule is reported in `notes`.
    """
    lang: Lang = "zh" if has_cjk(text) else "en"
    try:
        return _parse(text, _aware(now), customers, lang)
    except Exception:
        return ParsedMemo(text=text, lang=lang, title=text.strip()[:_TITLE_MAX],
                          notes=("parse_error",))


def _parse(
    text: str, now: datetime, customers: Sequence[KnownCustomer], lang: Lang
) -> ParsedMemo:
    norm = normalize(text)
    amounts = find_amounts(norm)
    lead = find_lead(norm)
    masked = _mask(norm, [span for _, span in amounts] + ([lead[1]] if lead else []))
    found = find_time(masked, now)
    task = _is_task(found, norm)
    guess = find_customer(norm, lang, customers)
    spans = ([found.span] if found and task else []) + ([lead[1]] if lead else [])
    notes = ("customer_ambiguous",) if guess.candidates and not guess.is_new else ()
    return ParsedMemo(
        text=text, lang=lang, is_task=task,
        due=found.due if found and task else None,
        all_day=bool(found and task and found.all_day),
        due_is_past=bool(found and task and found.is_past),
        recurrence=found.recurrence if found and task else None,
        lead=lead[0] if lead and task else None,
        priority=find_priority(norm),
        customer=guess.name, customer_is_new=guess.is_new,
        customer_candidates=guess.candidates,
        amount=amounts[0][0] if amounts else None,
        tags=find_tags(norm), mentions=find_mentions(norm),
        title=_title(text, spans),
        time_span=found.span if found and task else None,
        notes=notes,
    )
