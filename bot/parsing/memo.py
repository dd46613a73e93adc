"""parse_memo: one memo in, everything the parser reads from it out (ParsedMemo)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache

from bot.parsing.amounts import find_amounts
from bot.parsing.birthdays import EN_BIRTHDAY, FAMILY, find_birthday
from bot.parsing.customers import CustomerGuess, find_customer
from bot.parsing.events import (
    SENTENCE_END,
    action_strength,
    addressed_by_us,
    asks_us,
    bounds,
    clause_at,
    is_report,
    moved_later,
    names_action,
    plans_done,
    records_contact,
    said,
    says_done,
    speaks_after,
    wants_it_done,
)
from bot.parsing.fallback import absolute_date
from bot.parsing.learned import second_opinion, when_mark
from bot.parsing.markers import find_lead, find_mentions, find_tags, tag_spans
from bot.parsing.model import Birthday, KnownCustomer, Lang, ParsedMemo
from bot.parsing.names import EN_STOP, mixed_title_span
from bot.parsing.normalize import has_cjk, normalize
from bot.parsing.parts_of_day import DEFAULT_HOUR
from bot.parsing.priority import find_priority
from bot.parsing.recurrence import DAY_CODES
from bot.parsing.relative_days import REPORT_HEADINGS
from bot.parsing.times import TimeMatch, find_times, on_rule

_TITLE_TRIM = " \t\r\n,，。.;；:：、!！?？-—~"
_TITLE_MAX = 80


def _mask(text: str, spans: Sequence[tuple[int, int]], fill: str = " ") -> str:
    """`text` with the spans blanked by `fill`; with a line break as fill, punctuation stays
    (a sentence still ends where a time took its full stop: Battersea on Sunday. Call Sam)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = [c if fill == "\n" and c in _KEPT_MARKS else fill
                            for c in text[start:end]]
    return "".join(chars)


_KEPT_MARKS = frozenset(".!?。！？;；")


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


def _in_clause(match: TimeMatch, text: str) -> tuple[int, int]:
    """The time's span counted from the start of its clause."""
    left = bounds(text, *match.span)[0]
    return match.span[0] - left, match.span[1] - left


# a day someone gives their word for: 他说25号一定结清 (a promise ahead, not a day gone)
_WORD_GIVEN = re.compile(r"(?:说|讲|表示|答应|承诺|保证)(?:了)?\s*$")


def _a_day_gone(match: TimeMatch, text: str, now: datetime, clause: str, strength: int) -> bool:
    """Whether a day of the month said alone in a report (Called them on the 3rd, 10号去过,
    3号付的款) is the one gone, not next month's. `clause`: the time's clause."""
    said = text[match.span[0]:match.span[1]].strip(" .,;!?，。")
    if _MONTH_DAY.fullmatch(said) and (match.due - now).days > _NEARLY_A_YEAR \
            and (_DID_BEFORE.search(text, bounds(text, *match.span)[0], match.span[0])
                 or _DONE_RIGHT_AFTER.match(text, match.span[1])):
        return True  # returned the fryer on 3/2, said on 3/4; 5月3日已经完成: that day gone
    return bool(_BARE_DATE.fullmatch(said) and match.due.date() > now.date()
                and not _FOR_A_DAY.search(text, max(0, match.span[0] - 12), match.span[0])
                and not _WORD_GIVEN.search(text, max(0, match.span[0] - 8), match.span[0])
                and not plans_done(clause)
                and (_STARTS_PAST.match(clause) or _DONE_AFTER.match(text, match.span[1])
                     or _PAID_THE.match(text, match.span[1])
                     or (strength < 2 and records_contact(clause))))


def _kept(match: TimeMatch, text: str, now: datetime) -> bool:  # noqa: C901, PLR0911, PLR0912
    """Whether a time may be the due: not a past event (昨天拜访了张总, met Jane yesterday),
    and not today's time of something already done (今天拜访了华为, visited them today)."""
    clause = clause_at(text, *match.span)
    if _HABIT.search(clause) and (action_strength(text, match.span) <= 1 or _HABIT.search(
            text, max(0, match.span[0] - 25), match.span[0])):
        # usually orders on Mondays, 一般下午比较忙, never picks up before 10: their habit
        return False
    if match.recurrence is not None and _HEADING_OF_A_REPORT.match(text, match.span[1]) \
            and _AN_EVENTS_RULE.fullmatch(text[match.span[0]:match.span[1]]) \
            and says_done(text[text.index("\n", match.span[1]):]):
        return False  # Quarterly review at The Kensington Arms…\n- Discussed…: the heading
    if match.recurrence is not None and _OF_A_SERVICE.search(text, max(0, match.span[0] - 4),
                                                              match.span[0]):
        return False  # 12 months of daily tea service: what is sold, no rule of ours
    if match.recurrence is not None:  # Quarterly review with 蓝海科技 done: it happened
        # 他们每个月要收二十来台: their rate, no recurrence of ours
        return _DONE_NOW.search(clause) is None and not (
            _THEIR_RATE.match(clause) and action_strength(text, match.span) < 0
            and not _REMIND_ME.search(text))  # …due every year on March 15 - set a reminder
    said = text[match.span[0]:match.span[1]]
    if match.due.date() < now.date() and _THIS_WEEKDAY.fullmatch(said.strip()) \
            and action_strength(text, match.span) >= 2 and not is_report(clause, text):
        return True  # send this Friday, said on Sunday: a plan whose day has passed, kept
    if match.due.date() < now.date() or _NOT_THEN.search(text, max(0, match.span[0] - 16),
                                                            match.span[0]):
        return False  # on the 21st not the 14th: the 14th is no due
    if moved_later(text, match.span):
        return False  # 原本2点半的会议改到4点, cancelled Saturday's …, moved it to Tuesday
    if _IN_A_SPAN.match(said) and _USED_UP_BEFORE.search(
            text, bounds(text, *match.span)[0], match.span[0]):
        return False  # they sold out of masala chai in 4 days: how long it took, no due
    strength = action_strength(text, match.span)
    if strength < 2 and _ON_A_HOLIDAY.match(said) and says_done(
            text[bounds(text, *match.span)[0]:match.span[0]]):
        return False  # Jenna paid $2,350 on Christmas Eve: the holiday gone, not next year's
    if _PRESENTLY.search(said) and not re.search(r"\d", said):
        return False  # on at the moment, for now: the present, no time to act
    if _NOW_WORD.fullmatch(said.strip()):
        # "all square now", "from now on", "at the moment" are no task; nor is a call with
        # Nikhil just now: done
        return strength == 2 and not _JUST.search(text, max(0, match.span[0] - 6),
                                                  match.span[0]) \
            and not _A_RATE_NOW.search(text, max(0, match.span[0] - 30), match.span[0]) \
            and not _PRESENTLY.search(text, max(0, match.span[0] - 6), match.span[1] + 4)
    bare_weekday = _BARE_WEEKDAY.fullmatch(said.strip(" .,;!?，。")) is not None
    if bare_weekday and (_DID_ON.search(text, max(0, match.span[0] - 16), match.span[0]) or (
            text[match.span[0]:match.span[0] + 3].lower() == "on "
            and _DID_IT_ON.search(text, max(0, match.span[0] - 60), match.span[0]))):
        return False  # Dave rang Friday to sign off: the Friday gone
    if bare_weekday and (
            _PAID_THE.match(text, match.span[1])
            or _DONE_NOW.search(text, match.span[1], bounds(text, *match.span)[1])):
        return False  # 周二送的青菜, the demo on Friday went great: the day gone
    if bare_weekday \
            and (strength < 2 or _DONE_AFTER.match(text, match.span[1])
                 or _ITS_EVENT.match(text, match.span[1])) \
            and not _FOR_A_DAY.search(text, max(0, match.span[0] - 12), match.span[0]) \
            and (records_contact(clause, (_in_clause(match, text),)
                                 if match.due.date() >= now.date() else ())
                 or _STARTS_PAST.match(clause) or _DONE_NOW.search(clause)
                 or (strength < 2 and _EN_DID_BEFORE.search(
                     text, bounds(text, *match.span)[0], match.span[0]))
                 or (_ITS_EVENT.match(text, match.span[1]) and says_done(clause))):
        # Called Imogen on Tuesday: the Tuesday just gone (周三 lunch with Acme said on a
        # Wednesday names today: a plan, not the Wednesday gone)
        return False
    if _a_day_gone(match, text, now, clause, strength):
        return False  # Called them on the 3rd, 10号去过, 3号付的款: that day gone
    ahead = (_in_clause(match, text),) if match.due > now else ()
    if _CANCELLED.search(clause) and strength <= 0:
        return False  # 今天暴雨，所有拜访取消: nothing to do
    if match.due.date() == now.date() and (
            (match.all_day and not _DEADLINE.search(said) and not any(
                names_action(part) and (not says_done(part) or plans_done(part))
                for part in _CLAUSES.split(text)))
            or (strength < 2 and records_contact(clause, ahead) and not _FROM_NOW.search(said)
                and not (_DEADLINE.search(said) and match.due > now))):
        return False  # 今天 traffic 太 crazy; Called them this morning, no answer
    if match.is_past and not match.rolled and (strength < 0 or (
            strength == 0 and _TODAY_PART.fullmatch(said.strip()) and says_done(text))):
        return False  # 今天上午十点，货款到账了 said in the evening: their doing, done; the
        # inspection this morning, said at 3pm (walked it with…): done too
    if match.due.date() == now.date() and not match.all_day and match.due > now \
            and strength < 3 and _TODAY_PART.fullmatch(said.strip()) \
            and (_REPORTED_DONE.search(clause) or says_done(clause)
                 or (is_report(clause) and says_done(text[bounds(text, *match.span)[1]:])))\
            and not plans_done(clause):
        # 下午跟老周通了个电话 said in the morning; Call with their CFO this morning. He
        # signed the PO: a report all the same
        return False
    if match.rolled and _TODAY_PART.fullmatch(said.strip()) and (
            _DAY_REPORT.match(text) or _REPORTED_DONE.search(clause) or says_done(clause)
            or records_contact(clause)) \
            and not plans_done(clause):
        # 今日小结：…下午回公司对账…, 下午跟招商银行开完会 said at night: this afternoon, gone
        return False
    if match.rolled or (match.due.date() == now.date() and (match.all_day or match.due <= now)):
        # 上午9点拜访了张总 said at 11, 今天拜访了华为: a report, not a task; Call Ken today at
        # 9 to confirm what we quoted: a plan, its time gone
        return bool(_DEADLINE.search(said) or _ORDERED.match(clause)
                    or _WE_WILL.search(text, max(0, match.span[0] - 40), match.span[0])
                    or (match.all_day and wants_it_done(clause))) \
            or not is_report(_gap_piece(text, match.span), text)
    return True


# sold out in 4 days, burnt through the silo in 5 weeks: how long something took
_IN_A_SPAN = re.compile(r"(?i:\s*in\s)")
_USED_UP_BEFORE = re.compile(
    r"(?i:\b(?:sold|burnt|burned|went|ran|used|got|cleared|moved|shifted)\s+(?:out|through|"
    r"up|off)?\b(?:\s*[\w'-]+){0,8}\s*$)")
# told him ill swing by at 8: what we will do at that time, whatever was told before it
_WE_WILL = re.compile(r"(?i:\b(?:i'?ll|we'?ll|i\s+will|we\s+will|gonna)\s+(?:\w+\s+){1,3}$)")


# a space typed for a comma between Chinese words, before more of them (8点到嘉和物业 2号梯…;
# not 今天 cold call, Chinese then English)
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff\d])")


def _gap_piece(text: str, span: tuple[int, int]) -> str:
    """The part of a clause holding `span` between spaces typed for commas (8点到嘉和物业
    2号梯昨天困人了: 8点到嘉和物业, not yesterday's news)."""
    left, right = bounds(text, *span)
    gaps = list(_CJK_GAP.finditer(text, left, right))
    start = max((m.end() for m in gaps if m.end() <= span[0]), default=left)
    end = min((m.start() for m in gaps if m.start() >= span[1]), default=right)
    alone = text[start:end].strip() == text[span[0]:span[1]].strip()
    return text[left:right] if alone else text[start:end]  # 今天 跟 Kopi 开会: spaced words


# a weekday of the current week, whether or not it has passed: this Friday, 本周五
_EN_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"
_THIS_WEEKDAY = re.compile(
    rf"(?:(?i:this\s+{_EN_WEEKDAY})|(?:本|这)(?:周|星期|个星期|礼拜)[一二三四五六日天])"
    r"(?:下班|收工)?(?:之?前)?")  # 本周五下班前: still this week's Friday
_CLAUSES = re.compile(rf"{SENTENCE_END.pattern}|[,，]")
# money paid at a rate, said before the rate: billed monthly, Rs 3.2 lakh annually
_BILLED = re.compile(
    r"(?i:\b(?:billed|billing|invoiced|charged|payable|fees?|rent|salary|subscription)\b|"
    r"[£$€¥₹]\s?\d|\d\s*(?:k|lakhs?|crores?)\b|\b(?:rs|usd|sgd|hkd|rm|inr|aud|nzd)\.?\s?\d)"
    r"[^.;!?。；！？\n]{0,30}$")


def _paid_at_a_rate(norm: str, match: TimeMatch) -> bool:
    """£42,000 a year, billed monthly; Rs 3.2 lakh annually: how money goes, no recurrence of
    ours (read in the memo as written: the amounts are blanked where times are looked for)."""
    return match.recurrence is not None \
        and _RATE_WORD.fullmatch(norm[match.span[0]:match.span[1]].strip()) is not None \
        and _BILLED.search(norm, max(0, match.span[0] - 40), match.span[0]) is not None


_RATE_WORD = re.compile(r"(?i:monthly|annually|yearly|weekly|quarterly|a\s+(?:year|month|week)|"
                        r"per\s+(?:year|month|week|annum))")
# a clause about what they do: 他们每个月要收…, they order every week
_THEIR_RATE = re.compile(
    r"\s*(?:他们|她们|对方|(?i:they|their)\b)(?![^，。,.;；]*?(?:我们|我|(?i:\b(?:want|wants|need|needs|"
    r"asked|ask|would\s+like|us|me)\b)))")
_ZH_PARTS = r"(?:早上|上午|中午|下午|傍晚|晚上)"
_TODAY_PART = re.compile(
    rf"(?:今天|今日)?\s*(?:{_ZH_PARTS}|一早)|今早|今晚|(?i:this\s+(?:morning|afternoon|evening))")
# a memo headed as the day's report: 今日小结, 今天工作汇报, EOD report, Today's recap
_DAY_REPORT = re.compile(
    rf"\W*(?:今日|今天)(?:工作)?(?:{REPORT_HEADINGS})|"
    r"(?i:\W*(?:today'?s\s+)?(?:recap|eod\s+(?:report|recap|update)|daily\s+report|end\s+of\s+day))")
_REMIND_ME = re.compile(
    r"提醒我|(?i:\bremind\s+me(?![A-Za-z])|\bset\s+(?:a|an)\s+(?:\w+\s+)?reminder\b)")
_OURS_TO_DO = re.compile(rf"记得|{_REMIND_ME.pattern}|提醒$")  # (每周一上午提醒|我…: cut at 我)
_REPORTED_DONE = re.compile(r"(?<![为除])了(?!解)|(?:过|完)(?![来去年节])")
# what says a time is someone's habit: usually, always, 一般, 平时, 都不在
_HABIT = re.compile(r"(?i:\b(?:usually|always|never|normally|typically|generally|tends?\s+to|"
                    r"hates|loves|prefers|dislikes|can't\s+stand|"
                    r"(?:is|are)\s+(?:closed|shut)\s+on)\b)|"
                    r"一般|通常|平时|平常|总是|向来|(?:都|从来)(?:不|没|是|在|会)|"
                    r"(?:收货|营业|上班|办公|接待)时间|"  # 收货时间 only 上午9点到12点
                    r"(?i:\b(?:opening|office|business|receiving|trading)\s+hours\b)")
# a time said only to be ruled out: not the 14th, instead of Friday, 不是周三
_NOT_THEN = re.compile(
    r"(?:(?i:\bsince\s+|\bnot\s+(?:on\s+)?(?:the\s+)?|\binstead\s+of\s+(?:the\s+)?|\brather\s+than\s+"
    r"(?:the\s+)?|\bmissed\s+(?:the\s+|their\s+|our\s+)?|\b(?:until|till)\s+(?:the\s+)?)|不是|而不是|"
    r"改掉|截至|(?i:\bas\s+of\s+))$")  # 截至今天, as of today: the day things are counted to
_DID = (r"\b(?:rang|called|phoned|emailed|texted|messaged|met|visited|came\s+in|dropped\s+by|"
        r"popped\s+in|paid|signed)")
_DID_ON = re.compile(_DID + r"\s+(?:on\s+)?$", re.IGNORECASE)
# the same verb, its object, then on and the day: paid the $7,200 invoice on Monday
_DID_IT_ON = re.compile(
    _DID + r"(?:\s+(?!(?:and|but|then|so|to|will|wants?|needs?|should|for|by|before|until|due|"
    r"next|this|about|re|regarding|on)\b)[^\s,.;:!?]+){1,6}\s+$", re.IGNORECASE)
# the rest of a memo's first line, with more lines after it; a rule said as an adjective
_HEADING_OF_A_REPORT = re.compile(r"[^\n]*\n\s*\S")
_AN_EVENTS_RULE = re.compile(r"(?i:weekly|monthly|quarterly|annual|yearly)")
_OF_A_SERVICE = re.compile(r"(?i:\bof\s+)$")
_ON_A_HOLIDAY = re.compile(r"(?i:\s*on\s+(?:the\s+)?(?:christmas|xmas|new\s+year|easter|"
                           r"thanksgiving|diwali|national\s+day|mid-?autumn|labou?r\s+day))")
_CANCELLED = re.compile(r"取消|(?i:\bcancell?ed\b|\bcalled\s+off\b)")
# a deadline is a task even on its own day: Need the signed PO back by Friday (a Friday)
_DEADLINE = re.compile(r"(?i:^\s*(?:by|before|b4)\b)|前\s*$")
_BIRTHDAY_WORD = re.compile(rf"生日|同一天|同一日|那天|(?i:{EN_BIRTHDAY}|same\s+day|that\s+day)")
# English verbs whose past is no -ed form
_IRREGULAR_PAST_WORDS = ("met spoke went did saw had got sent took ran came left brought built "
                         "spent sold made gave paid bought rang told held caught")
_IRREGULAR_PAST = _IRREGULAR_PAST_WORDS.split()
# a clause opening with a verb in the past: Finished the roof on Saturday
_STARTS_PAST = re.compile(
    r"\s*(?:[A-Z][a-z]+ed|"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _IRREGULAR_PAST) + r")\b")
_BARE_WEEKDAY = re.compile(rf"(?i:(?:on\s+)?{_EN_WEEKDAY})|(?:周|星期|礼拜)[一二三四五六日天]")
# a weekday the verb after it says is done: 周一拜访了海天物流, 周二见过
_DONE_AFTER = re.compile(
    r"[^，。,.;；!！?？]{0,8}?(?:拜访|拜会|会见|会面|见|聊|谈|去|开会|吃饭|打|通|沟通|回访|走访|上门|演示|签|发|送)"
    r"(?:了|过|完)(?!解)|"
    r"[^，。,.;；!！?？]{0,16}?(?:吃|开|见|通|喝|碰)了[^，。,.;；]{0,3}?(?:饭|会|面|电话|茶|咖啡)")
# a day of the month said alone (the 3rd, on the 12th, Nov 2, 10号, 12月3号)
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WORD_MONTH_DAY = (rf"{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|"
                   rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}")  # Nov 2, 2 Nov
_BARE_DATE = re.compile(
    rf"(?i:(?:on\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?|(?:on\s+)?(?:{_WORD_MONTH_DAY}))|"
    rf"(?:\d{{1,2}}月)?\d{{1,2}}[号日]")
# a month and a day with no year (3/2, Mar 2, 2 March, 3月2号): next year's when this year's
# has passed, unless a verb in the past says it happened
_MONTH_DAY = re.compile(
    rf"(?i:(?:on\s+)?(?:\d{{1,2}}/\d{{1,2}}|{_WORD_MONTH_DAY}))|\d{{1,2}}月\d{{1,2}}[号日]")
_NEARLY_A_YEAR = 300
_DONE_RIGHT_AFTER = re.compile(
    r"\s*(?:已经|已)|[^，。,.;；!！?？]{0,8}?(?:完成|做完|办完|结束)了?")
_EN_DID = (r"(?i:\b(?<!will\s)(?<!be\s)(?<!to\s)(?:[a-z]+ed|" + "|".join(_IRREGULAR_PAST)
           + r")\b(?!\s+(?:to|for)\b))")
_DID_BEFORE = re.compile(_EN_DID + "|了|过")
_EN_DID_BEFORE = re.compile(_EN_DID)
# a weekday's event named with a possessive: asked on Friday's call
_ITS_EVENT = re.compile(r"(?i:'s\s+(?:call|meeting|visit|demo|chat|session|review))")
# a done-marker with 的 right after a day: 3号付的款, 12号发的货
_PAID_THE = re.compile(r"[^，。,.;；]{0,4}?(?:付|发|送|签|买|订|交|收|到)的")
# what puts a weekday ahead whatever was done: promised for Monday, due by Friday
_FOR_A_DAY = re.compile(r"(?i:\b(?:for|by|before|until|till)\s+)$")
# a clause that opens with an order: Call Kenneth Chu today at 9 to confirm…
_ORDERED = re.compile(r"\s*(?i:(?:pls|please)\s+)?(?i:call|ring|phone|email|send|text|ping|remind|"
                      r"follow\s+up|chase|visit|meet)\b")
# a later action said as done again: 今天打给陈课长…3天后再follow up
_AGAIN = re.compile(r"再|(?i:\bagain\b)")
# a span from now is always ahead: 半小时后回他, in 30 minutes
_FROM_NOW = re.compile(r"(?:分钟|小时|钟头)(?:以|之)?后|(?i:\bin\s+\S+\s+(?:min|hour|hr))")
_PRESENTLY = re.compile(r"(?i:\bfrom\s+now\s+on\b|\bat\s+the\s+moment\b|\bat\s+present\b|"
                        r"\bfor\s+now\b|\bby\s+now\b|\buntil\s+now\b)|从现在起|到现在|目前")
# a price as it stands: 95 rand a kilo now, $12 a unit now (no time to act)
_A_RATE_NOW = re.compile(r"\d[^.;!?,]{0,20}\b(?:a|per|an)\s+\w+\s+$", re.IGNORECASE)
_JUST = re.compile(r"(?i:\bjust\s+)$|刚")
_NOW_WORD = re.compile(r"(?i:right\s+now|now|at\s+the\s+moment|at\s+present)|现在|马上|立刻")
_DONE_NOW = re.compile(
    r"(?i:\b(?:done|completed|finished|wrapped\s+up|went\s+(?:well|fine|great|ok|okay|smoothly|"
    r"badly)|was\s+(?:fine|good|great|productive))\b)|已经|完成了|做完了|结束了|开完了|很顺利|挺顺利")


def _by_first(recurring: TimeMatch, first: TimeMatch, text: str) -> TimeMatch:
    """Monthly… on the 1st, weekly… on Tuesday: a plain rule takes its day from the day said
    with it (FREQ=MONTHLY;BYMONTHDAY=1, FREQ=WEEKLY;BYDAY=TU)."""
    said = text[first.span[0]:first.span[1]]
    if recurring.recurrence == "FREQ=MONTHLY" and _DAY_OF_MONTH.fullmatch(said.strip()):
        return replace(recurring, recurrence=f"FREQ=MONTHLY;BYMONTHDAY={first.due.day}")
    if recurring.recurrence in ("FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2") \
            and _BARE_WEEKDAY.match(said.strip(" .,;")):  # bi-weekly sync … Thursdays 2pm
        day = DAY_CODES[first.due.weekday()]
        return replace(recurring, recurrence=f"{recurring.recurrence};BYDAY={day}")
    return recurring


_DAY_OF_MONTH = re.compile(
    r"(?i:(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+at\s+.*)?)|\d{1,2}[号日].*")


# a first said as a week or a month (first one next week): its first day on the rule
_A_SPAN = re.compile(r"(?i:\b(?:week|wk|month)s?\b)|(?:周|月|星期|礼拜)(?:初|中|底)?$")


def _combine(recurring: TimeMatch, first: TimeMatch, *, said_first: bool = False) -> TimeMatch:
    """A recurrence with its first date said outright (每季度回访，第一次2月10号上午10点;
    starting tomorrow, every day at 9am): the first date, at the recurrence's time when
    the first date names none; said as the first (first one 4th Jan), even off the rule."""
    due, all_day = first.due, first.all_day
    if all_day and not recurring.all_day:
        due = datetime.combine(first.due.date(), recurring.due.timetz())
        all_day = False
    if recurring.recurrence and ";BY" in recurring.recurrence and not said_first:
        # 从下周开始，每周五下午4点: from next week, its first Friday
        day = on_rule(recurring.recurrence, due, due, inc=True)
        due = due if day is None else due.replace(year=day.year, month=day.month, day=day.day)
    span = (min(first.span[0], recurring.span[0]), max(first.span[1], recurring.span[1]))
    return TimeMatch(due, all_day, span, recurring.recurrence, first.is_past, True)


def _recurring_due(recurring: TimeMatch, kept: list[TimeMatch], text: str) -> TimeMatch:
    """A recurrence's first due: the first date said with it, at the one clock said apart
    (每周一给艺星配送耗材，从下周一开始，早上8点半送到)."""
    firsts = [m for m in kept if m.recurrence is None and m.dated and not m.is_past
              and not text.startswith("的", m.span[1])]  # 下周的出库单: what, not when
    if firsts:
        # the first date said as the first (第一次是4月10号), else the one nearest the
        # recurrence (今天调休。下周一开始每天9点 -> 下周一)
        def near(m: TimeMatch) -> int:
            return min(abs(m.span[0] - recurring.span[1]), abs(recurring.span[0] - m.span[1]))

        def said_first(m: TimeMatch) -> bool:
            return _FIRST_SAID.search(text, max(0, m.span[0] - 16), m.span[0]) is not None

        first = min(firsts, key=lambda m: (not said_first(m), near(m)))
        # its day from the one said beside it (monthly on the 1st, first one June 1st at 8)
        ruled = next((r for m in sorted(firsts, key=near)
                      if (r := _by_first(recurring, m, text)) is not recurring), recurring)
        recurring = _combine(ruled, first, said_first=said_first(first) and not _A_SPAN.search(
            text[first.span[0]:first.span[1]].strip()))
    clocks = [m for m in kept if not m.dated and m.recurrence is None]
    if recurring.all_day and len(clocks) == 1:
        recurring = replace(recurring, all_day=False, due=datetime.combine(
            recurring.due.date(), clocks[0].due.timetz()))
    return recurring


def choose_time(matches: Sequence[TimeMatch], text: str, now: datetime) -> TimeMatch | None:
    """The due among the times a memo names (memo-conventions.md, "Past events make no
    task"): past ones never; of the rest, the one attached to an action, then the more
    precise (a time of day beats a bare date), then the sooner (清明前要全部送到。下周一先送
    20吨 -> 下周一: the next thing to do), then the first."""
    kept = [m for m in matches if _kept(m, text, now)]
    if any(m.due.date() > now.date() for m in kept):
        # 安达快运今天来对账…周四再去一趟: today's visit is what happened, the later day is due
        again = _said_again(kept, text, now)
        kept = [m for m in kept if not (m.all_day and m.due.date() == now.date()
                                        and m.recurrence is None
                                        and (records_contact(clause_at(text, *m.span))
                                             or (again and action_strength(text, m.span) == 2))
                                        and not plans_done(clause_at(text, *m.span))
                                        and not _DEADLINE.search(text[m.span[0]:m.span[1]]))]
    if not kept:
        return None
    # the recurrence our action names (…with us every year. Ring Fergal on 1 March each
    # year), then one with its days said (每周一), then the first
    recurring = min((m for m in kept if m.recurrence is not None), default=None, key=lambda m: (
        not (_OURS_TO_DO.search(clause_at(text, *m.span))
             and (";BY" in (m.recurrence or "") or not m.all_day)),
        action_strength(text, m.span) < 2, ";BY" not in (m.recurrence or ""), m.all_day))
    # (每周三送货，记得每周二确认: the day of the reminder)
    if recurring is not None:
        rule = recurring.recurrence or ""
        if ";BY" not in rule:  # a fortnightly gutter check …, every other Wednesday: the
            # same rule, its day said apart
            recurring = next((m for m in kept if (m.recurrence or "").startswith(rule + ";BY")),
                             recurring)
        return _recurring_due(recurring, kept, text)
    # a time on "that day": the day said before it (开放日定在11月7号。你们那天早上八点到)
    for clock in [m for m in matches if not m.dated and m.recurrence is None]:
        day = next((m for m in reversed(kept) if m.dated and m.span[1] <= clock.span[0]), None)
        if day is not None and (_THAT_DAY.search(text, max(0, clock.span[0] - 12), clock.span[0])
                                or (_THAT.search(text, max(0, clock.span[0] - 6), clock.span[0])
                                    and _A_PART_OF_DAY.match(text, clock.span[0]))):
            kept = [m for m in kept if m is not clock and m is not day]
            kept.append(replace(_at_time(day, clock, now), span=clock.span))  # its clause
    # one day and one time said apart make one due: 去鼎信集团开年中复盘会，下午两点;
    # 明天 lunch w/ 张总 12:30
    clocks = [m for m in kept if not m.dated and m.recurrence is None] or _gone_clocks(
        matches, kept, text, now)
    # a day, or a day and a part of it (the Wednesday after next, morning), then the clock
    days = [m for m in kept if m.dated and (m.all_day or (
        len(clocks) == 1 and clocks[0].span[0] > m.span[1] and m.due.minute == 0
        and abs(clocks[0].due.hour - m.due.hour) <= _PART_OF_DAY_HOURS.get(m.due.hour, -1)))]
    if len(days) == 1 and len(clocks) == 1 and len([m for m in kept if m.dated]) == 1 \
            and _said_with(days[0], clocks[0], text):
        kept = [m for m in kept if m is not days[0] and m is not clocks[0]]
        kept.append(_at_time(days[0], clocks[0], now))
    elif len(clocks) == 1 and clocks[0] in kept:
        # several days, and a clock in the clause after one of them, in its sentence:
        # …元旦前完工。今天先去车库现场踏勘，下午2点到 -> today 14:00
        before = [m for m in days if m.span[1] <= clocks[0].span[0]]
        day = before[-1] if before else None
        if day is not None and day.all_day and _same_sentence(text, day, clocks[0]) \
                and _next_clause(text, day, clocks[0]) \
                and (_said_with(day, clocks[0], text) or _no_doing_of_its_own(clocks[0], text)):
            kept = [m for m in kept if m is not day and m is not clocks[0]]
            kept.append(_at_time(day, clocks[0], now))
    kept = _one_of_options(kept, text)
    ranked = sorted(enumerate(kept), key=lambda im: (  # 早上去… said at noon: a report, most
        im[1].is_past, im[1].rolled and _TODAY_PART.fullmatch(
            text[im[1].span[0]:im[1].span[1]].strip()) is not None,
        -action_strength(text, im[1].span), im[1].all_day,
        _NOW_WORD.fullmatch(text[im[1].span[0]:im[1].span[1]].strip()) is not None,
        im[1].due, im[0]))  # Send it now, then call him at 4 today: the later one to remind
    return ranked[0][1]


def _gone_clocks(matches: Sequence[TimeMatch], kept: list[TimeMatch], text: str,
                 now: datetime) -> list[TimeMatch]:
    """Clocks gone today, said after a later day in its clause: that day's (…moved to the
    Friday after next so put it down for 10 in the morning, said at 6pm)."""
    return [m for m in matches if not m.dated and m.recurrence is None and m.rolled
            and re.search(r"\d", text[m.span[0]:m.span[1]])
            and any(d.dated and d.due.date() > now.date() and d.span[1] < m.span[0]
                    and clause_at(text, *d.span) == clause_at(text, *m.span) for d in kept)]


# two times offered as options: tomorrow works for him, or Thursday at 2pm; 明天或者周四下午2点
_OR_BETWEEN = re.compile(r"[^.;!?。；！？\n]{0,30}?(?:\bor\b|或者|或是|还是)\s*(?:(?i:on)\s+)?$",
                         re.IGNORECASE)


def _one_of_options(kept: list[TimeMatch], text: str) -> list[TimeMatch]:
    """Of two times offered as options, the more precise one (then the sooner) stands; the
    other is dropped, whichever the action was said beside."""
    ordered = sorted(kept, key=lambda m: m.span[0])
    for first, second in itertools.pairwise(ordered):
        if not first.is_past and not second.is_past and first.recurrence is None \
                and second.recurrence is None and first.span[1] <= second.span[0] \
                and _OR_BETWEEN.fullmatch(text, first.span[1], second.span[0]):
            dropped = max((first, second), key=lambda m: (m.all_day, m.due))
            return [m for m in kept if m is not dropped]
    return kept


_THAT_DAY = re.compile(
    r"(?:那天|当天|那一天|(?i:\bthat\s+day|\bthe\s+same\s+day|\bon\s+the\s+day))"
    r"\s*(?:的)?\s*(?:(?i:at)\s*)?$")
# …on 3/16. Confirm the crew that morning at 7: the morning of the day said
_THAT = re.compile(r"\bthat\s+$", re.IGNORECASE)
_A_PART_OF_DAY = re.compile(r"(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


_ON_A_BIRTHDAY = re.compile(rf"生日|(?i:\b{EN_BIRTHDAY}\b)")


def _birthday_on_a_day(norm: str, matches: Sequence[TimeMatch]
                       ) -> tuple[Birthday, tuple[int, int]] | None:
    """A day named as someone's birthday (下周三是郑总生日, next Wednesday is Jane's birthday,
    今天 birthday 🎂): the birthday falls on that date (solar)."""
    for match in matches:
        said = _ON_A_BIRTHDAY.search(clause_at(norm, *match.span)) \
            if match.recurrence is None and match.dated else None
        if said is not None and not FAMILY.search(clause_at(norm, *match.span), 0, said.start()):
            return Birthday(match.due.month, match.due.day, False), match.span
    return None


_FIRST_SAID = re.compile(r"(?:第一次|首次)(?:是|在|就是)?\s*$|(?i:\bfirst\s+(?:one|visit|session|"
                         r"call|meeting)?\s*(?:is|on|will\s+be)?\s*)$")


# the hours a part of day is read as (上午 9, 下午 14, morning 9…) and how far a clock said
# with it may lie from that hour (morning 10:30 refines 9:00; 3pm does not)
_PART_OF_DAY_HOURS = {DEFAULT_HOUR[part]: 3 for part in ("morning", "afternoon", "evening",
                                                          "night")}


_NEAR = 12  # how far from a deadline a clock in its clause may be and still be on it


# a day said as the owner of a thing: tomorrow's wedding order, 明天的会议材料
_OWNED_DAY = re.compile(r"(?:['’]s\b|的)\s*")


def _said_with(day: TimeMatch, clock: TimeMatch, text: str) -> bool:
    """Whether a time said apart from the day belongs to it: in the day's clause, or in a
    clause of its own with no other doing (下午两点), not 下午去鑫味谈… (its own event)."""
    owned = _OWNED_DAY.match(text, day.span[1])
    if owned is not None and not day.span[1] <= clock.span[0] <= owned.end() + 1:
        return False  # Remind me at 6 … about tomorrow's order: the order's day, not the 6
    clause = clause_at(text, clock.span[0], clock.span[0])  # "9am." keeps its full stop
    day_clause = clause_at(text, *day.span)
    gap = max(day.span[0], clock.span[0]) - min(day.span[1], clock.span[1])
    deadline = _DEADLINE.search(text[day.span[0]:day.span[1]]) is not None
    if (clause == day_clause and (gap <= _NEAR or not deadline)) or not day_clause.replace(
            text[day.span[0]:day.span[1]], "").strip(" :：-"):
        return True  # the same clause, or the day heads a list ("Wed: - demo @ 10"); not a
        # deadline at the other end of a run-on memo (春节前要50 cases…我下午2点visit他们GM)
    rest = clause.replace(text[clock.span[0]:clock.span[1]], "")
    if not rest.strip() or action_strength(rest, (0, 0)) <= 0:
        return True
    if clock.span[0] > day.span[1] and _next_clause(text, day, clock) \
            and _same_sentence(text, day, clock) and _PART_SAID.match(text, clock.span[0]) \
            and not deadline \
            and action_strength(text, day.span) >= 1 and not is_report(day_clause, text):
        return True  # 周五去Acme，下午3点开会: the afternoon of that Friday
    # 女儿下周一到伦敦，下午3点去希思罗接机: no doing of ours on the day, so the time is on it
    # (not a month: 下个月要清库存，晚上给钱老板打电话 is tonight)
    return clock.span[0] > day.span[1] and (action_strength(text, day.span) < 2 or (
        _next_clause(text, day, clock) and day.due.date() > clock.due.date())) \
        and not _A_MONTH.fullmatch(text[day.span[0]:day.span[1]].strip()) \
        and _same_sentence(text, day, clock) and not said(day_clause) and not deadline


_A_MONTH = re.compile(r"(?:下下?个?月|本月|这个月|(?i:next\s+month))(?:初|中|底)?")
_PART_SAID = re.compile(rf"{_ZH_PARTS}|(?i:in\s+the\s+(?:morning|afternoon|evening))")


def _said_again(matches: Sequence[TimeMatch], text: str, now: datetime) -> bool:
    """Whether a time still to come is for doing something again (3天后再follow up)."""
    return any(m.due.date() > now.date() and _AGAIN.search(clause_at(text, *m.span))
               for m in matches)


def _no_doing_of_its_own(clock: TimeMatch, text: str) -> bool:
    """Whether a clock's clause names no doing of its own beyond a common verb (下午2点到)."""
    clause = clause_at(text, clock.span[0], clock.span[0])
    rest = clause.replace(text[clock.span[0]:clock.span[1]], "")
    return not rest.strip() or action_strength(rest, (0, 0)) <= 1


def _next_clause(text: str, day: TimeMatch, clock: TimeMatch) -> bool:
    """Whether the clock is in the day's clause or the one right after it."""
    day_end = bounds(text, *day.span)[1]
    return bounds(text, clock.span[0], clock.span[0])[0] <= day_end + 2


def _same_sentence(text: str, one: TimeMatch, other: TimeMatch) -> bool:
    return bounds(text, *one.span, SENTENCE_END)[0] == bounds(text, *other.span,
                                                              SENTENCE_END)[0]


def _at_time(day: TimeMatch, clock: TimeMatch, now: datetime) -> TimeMatch:
    due = datetime.combine(day.due.date(), clock.due.timetz())
    span = (min(day.span[0], clock.span[0]), max(day.span[1], clock.span[1]))
    return TimeMatch(due, False, span, None, due < now, True)


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


@lru_cache(maxsize=32)
def _timed_names(customers: tuple[KnownCustomer, ...]) -> tuple[str, ...]:
    """The known names that hold a time word (周一鸣, 明天酒家, Dr Sam Friday, said as Sam
    Friday too): no time where the memo names them. Only names a cheap pattern flags are read
    for times, so that a team of 10,000 customers costs no more than a scan."""
    names = {_UNTITLED.sub("", normalize(name)) for customer in customers
             for name in (customer.name, *customer.aliases)}
    return tuple(name for name in names if _TIME_IN_NAME.search(name)
                 and find_times(name, _NAMES_REFERENCE))


_UNTITLED = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+(?=\S+\s)")
_TIME_IN_NAME = re.compile(
    r"(?:周|星期|礼拜)[一二三四五六日天]|[今明后昨]天|[今明]早|[一二三四五六七八九十\d]+[月号日点]|"
    r"(?i:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)")  # Dr Sam Friday


_NAMES_REFERENCE = datetime(2026, 1, 1, tzinfo=UTC)


def _timed_names_at(norm: str, customers: tuple[KnownCustomer, ...]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for name in _timed_names(customers)
            for m in re.finditer(re.escape(name), norm)]


def _as_written(text: str, norm: str, name: str | None, start: int = -1) -> str | None:
    """A name read from the normalised text, as the rep wrote it (王經理, not 王经理)."""
    if name is None:
        return None
    pos = start if start >= 0 and norm.startswith(name, start) else norm.find(name)
    said = mixed_title_span(norm, name) if pos < 0 and len(name) == 3 else None
    if said is not None:  # 黄先生, read from Mr 黄: as written
        return text[said[0]:said[1]]
    return text[pos:pos + len(name)] if pos >= 0 else name


def _contacted(norm: str, guess: CustomerGuess, matches: Sequence[TimeMatch],
               now: datetime) -> bool:
    """Whether the memo records a contact with its customer (memo-conventions.md, Contact
    records): the customer or their person speaks (王芳那边说, Jane said), or a clause
    says an interaction happened, judged beside the times still ahead and those gone."""
    if guess.name is None:
        return False
    if _TEAM_QUESTION.match(norm):  # Does anyone know if Dan is still there?: a question to
        asked = re.search(r"[?？]", norm)  # the team; what follows it may still say a contact
        if asked is None:
            return False
        norm = " " * asked.end() + norm[asked.end():]
    spoken = list(re.finditer(re.escape(guess.contact), norm, re.IGNORECASE)) \
        if guess.contact else []
    if speaks_after(norm, guess.end) or any(speaks_after(norm, m.end()) and not addressed_by_us(
            norm, m.start()) for m in spoken) \
            or any(asks_us(norm, m.start(), m.end()) for m in spoken) \
            or (guess.start >= 0 and asks_us(norm, guess.start, guess.end)):
        return True
    again = _said_again(matches, norm, now)  # 今天打给陈课长…3天后再follow up: today's call
    behind = tuple(m.span for m in matches if m.due.date() < now.date() or (
        (m.rolled or m.is_past) and (is_report(clause_at(norm, *m.span), norm)
                                     or records_contact(clause_at(norm, *m.span))))
        or (again and m.all_day and m.due.date() == now.date()))
    # 下午去宝钢国际把合同签了 said in the evening: the afternoon gone, not tomorrow's
    ahead = tuple(m.span for m in matches  # (a recurrence is ahead, whatever its first day)
                  if not m.is_past and (m.due >= now or m.recurrence is not None)
                  and m.span not in behind)
    return records_contact(norm, ahead, behind)


# a memo that asks the team, not a record of a contact: Anyone know…, 有人认识…吗
_TEAM_QUESTION = re.compile(
    r"\W*(?:(?i:(?:hey\s+team[,!]?\s*|fyi\s*[-,:]?\s*)?(?:does\s+)?(?:any\s?one|anybody|someone|"
    r"who)\s*(?:(?:know|knows|have|has|got|remember)s?\b|知道|认识))|有人(?:认识|知道|有)|"
    r"谁(?:认识|知道|有))")


# whose birthday a memo states: Tyler Brooks' birthday is October 21
_OWNER = re.compile(
    rf"(?<![A-Za-z])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s|’s|'|’)\s+{EN_BIRTHDAY}\b")


def _birthday_owner(norm: str, guess: CustomerGuess) -> CustomerGuess:
    """A new customer is the person whose birthday the memo states, not another name in it
    (Tyler Brooks' birthday is October 21. Huge Mets fan.)."""
    owner = _OWNER.search(norm)
    if owner is None or owner.group("name") == guess.name \
            or owner.group("name").split()[0].lower() in EN_STOP:
        return guess
    return CustomerGuess(name=owner.group("name"), start=owner.start(), end=owner.end("name"),
                         is_new=True)


def _parse(
    text: str, now: datetime, customers: Sequence[KnownCustomer], lang: Lang
) -> ParsedMemo:
    norm = normalize(text)
    amounts = find_amounts(norm)
    lead = find_lead(norm)
    birthday = find_birthday(norm)
    masked = _mask(norm, [span for _, span in amounts] + ([lead[1]] if lead else [])
                   + ([birthday[1]] if birthday else []))
    matches = find_times(_mask(masked, _timed_names_at(norm, tuple(customers))), now)
    matches = [m for m in matches if not _paid_at_a_rate(norm, m)]
    late = absolute_date(masked, now, lang, matches)  # dateparser behind the own rules
    if late is not None:
        matches = [m for m in matches if m.span[1] <= late.span[0] or m.span[0] >= late.span[1]]
        matches.append(late)
    if birthday is None:  # 下周三是郑总生日, Seesaw 的 owner 今天 birthday: that day's date
        birthday = _birthday_on_a_day(norm, matches)
    if birthday is not None:  # a birthday is no one-off task: today's telling of it neither
        matches = [m for m in matches if m.due.date() > now.date()
                   and not _BIRTHDAY_WORD.search(clause_at(norm, *m.span))]
    found = choose_time(matches, masked, now)
    task = found is not None
    names_text = _mask(masked, [m.span for m in matches] + tag_spans(norm),
                       "\n")  # a time or a tag ends a name
    guess = find_customer(norm, lang, customers, names_text)
    if birthday is not None and (guess.name is None or guess.is_new):
        guess = _birthday_owner(norm, guess)
    spans = ([found.span] if found else []) + ([lead[1]] if lead else [])
    notes = ("customer_ambiguous",) if guess.ambiguous else ()
    customer = _as_written(text, norm, guess.name, guess.start) if guess.is_new else guess.name
    contact = _as_written(text, norm, guess.contact)
    when = when_mark(found.due.date() if found else None, now.date())
    return ParsedMemo(
        text=text, lang=lang, is_task=task,
        due=found.due if found else None,
        all_day=bool(found and found.all_day),
        due_is_past=bool(found and found.is_past),
        recurrence=found.recurrence if found else None,
        lead=lead[0] if lead and task else None,
        priority=find_priority(norm),
        customer=customer, customer_is_new=guess.is_new,
        customer_candidates=guess.candidates, customer_guessed=guess.guessed,
        contact=contact,
        contacted=second_opinion(_contacted(norm, guess, matches, now), text,
                                 (customer, contact), when),
        past_event=not task and bool(matches),
        birthday=birthday[0] if birthday else None,
        amount=amounts[0][0] if amounts else None,
        tags=find_tags(norm), mentions=find_mentions(norm),
        title=_title(text, spans),
        time_span=found.span if found else None,
        notes=notes,
    )
