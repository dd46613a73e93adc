"""Every example of ../shared/docs/memo-conventions.md, through the real `memocrm parse`.

The expectations are the document's, read from its text alone (never from the parser): a
table row's expression is put in a short memo and must resolve as the row says. All cases
go through one `memocrm parse` process. Unless a case says otherwise, `now` is the one the
document gives for its examples: 2026-11-18T10:00:00+08:00, a Wednesday, in Asia/Shanghai.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.support.parse_cli import due, parse_lines, reading

NOW = "2026-11-18T10:00:00+08:00"  # Wednesday
TZ = "Asia/Shanghai"


@dataclass(frozen=True)
class Case:
    """One memo and the fields the document says it reads to."""

    text: str
    expect: dict[str, Any]
    now: str = NOW
    customers: tuple[str | dict[str, Any], ...] = field(default=())


def c(text: str, *, now: str = NOW, customers: tuple[str | dict[str, Any], ...] = (),
      **expect: Any) -> Case:
    """A case; `due` is written "YYYY-MM-DD" (all-day) or "YYYY-MM-DDTHH:MM" (timed)."""
    if isinstance(expect.get("due"), str):
        expect["due"] = due(expect["due"])
    return Case(text, expect, now, customers)


def on(day: str) -> str:
    """`now` at 10:00 on another day."""
    return f"{day}T10:00:00+08:00"


# "What a memo becomes": a follow-up intent with a time makes a task.
INTENT = [
    c("提醒我明天给张总打电话", due="2026-11-19"),
    c("记得明天给张总发合同", due="2026-11-19"),
    c("明天跟进张总的报价", due="2026-11-19"),
    c("明天回访张总", due="2026-11-19"),
    c("明天再联系张总", due="2026-11-19"),
    c("remind me to call Jane tomorrow", due="2026-11-19"),
    c("follow up with Jane tomorrow", due="2026-11-19"),
    c("call Jane tomorrow", due="2026-11-19"),
    c("send Jane the deck tomorrow", due="2026-11-19"),
]

# "Time": one or more memos per row of the table, in the order of the table.
TIME = [
    # 今天 / today, 明天 / tomorrow, 后天, 大后天 -> that date
    c("今天给张总打电话", due="2026-11-18"),
    c("call Jane today", due="2026-11-18"),
    c("明天给张总打电话", due="2026-11-19"),
    c("call Jane tomorrow", due="2026-11-19"),
    c("后天给张总打电话", due="2026-11-20"),
    c("大后天给张总打电话", due="2026-11-21"),
    # 早上 / 上午 / morning, 明早 -> 09:00
    c("明天早上给张总打电话", due="2026-11-19T09:00"),
    c("明天上午给张总打电话", due="2026-11-19T09:00"),
    c("call Jane tomorrow morning", due="2026-11-19T09:00"),
    c("明早给张总打电话", due="2026-11-19T09:00"),
    # 中午 / noon -> 12:00
    c("明天中午给张总打电话", due="2026-11-19T12:00"),
    c("call Jane tomorrow at noon", due="2026-11-19T12:00"),
    # 下午 / afternoon -> 14:00
    c("明天下午给张总打电话", due="2026-11-19T14:00"),
    c("call Jane tomorrow afternoon", due="2026-11-19T14:00"),
    # 傍晚 / evening -> 18:00
    c("明天傍晚给张总打电话", due="2026-11-19T18:00"),
    c("call Jane tomorrow evening", due="2026-11-19T18:00"),
    # 晚上 / 今晚 / tonight / night -> 20:00
    c("明天晚上给张总打电话", due="2026-11-19T20:00"),
    c("今晚给张总打电话", due="2026-11-18T20:00"),
    c("call Jane tonight", due="2026-11-18T20:00"),
    c("call Jane tomorrow night", due="2026-11-19T20:00"),
    # a bare hour 1-6 with no am/pm/上午/下午 (三点, 3点, at 3) -> PM
    c("明天三点给张总打电话", due="2026-11-19T15:00"),
    c("明天3点给张总打电话", due="2026-11-19T15:00"),
    c("call Jane tomorrow at 3", due="2026-11-19T15:00"),
    c("明天1点给张总打电话", due="2026-11-19T13:00"),
    c("明天6点给张总打电话", due="2026-11-19T18:00"),
    # a bare hour 7-11 -> AM; 12 -> 12:00
    c("明天7点给张总打电话", due="2026-11-19T07:00"),
    c("明天9点给张总打电话", due="2026-11-19T09:00"),
    c("明天11点给张总打电话", due="2026-11-19T11:00"),
    c("call Jane tomorrow at 9", due="2026-11-19T09:00"),
    c("明天12点给张总打电话", due="2026-11-19T12:00"),
    c("call Jane tomorrow at 12", due="2026-11-19T12:00"),
    # 3点半 / 3:30, 10点一刻 -> minutes as said (一刻 = 15)
    c("明天3点半给张总打电话", due="2026-11-19T15:30"),
    c("call Jane tomorrow at 3:30", due="2026-11-19T15:30"),
    c("明天10点一刻给张总打电话", due="2026-11-19T10:15"),
    # 周五 / 星期五 / Friday (alone) -> the nearest upcoming Friday; today counts
    c("周五给张总打电话", due="2026-11-20"),
    c("星期五给张总打电话", due="2026-11-20"),
    c("call Jane Friday", due="2026-11-20"),
    c("周三给张总打电话", due="2026-11-18"),
    c("call Jane Wednesday", due="2026-11-18"),
    # 本周五 / this Friday -> Friday of the current week
    c("本周五给张总打电话", due="2026-11-20"),
    c("call Jane this Friday", due="2026-11-20"),
    # 下周五 / next Friday -> Friday of next calendar week
    c("下周五给张总打电话", due="2026-11-27"),
    c("call Jane next Friday", due="2026-11-27"),
    # 下周 / next week (no day) -> Monday of next week, all-day
    c("下周给张总打电话", due="2026-11-23"),
    c("call Jane next week", due="2026-11-23"),
    # 月底 / end of month -> last day of the current month
    c("月底给张总打电话", due="2026-11-30"),
    c("call Jane end of month", due="2026-11-30"),
    # 下个月初 / early next month -> 1st of next month, all-day
    c("下个月初给张总打电话", due="2026-12-01"),
    c("call Jane early next month", due="2026-12-01"),
    # 年底 / end of year -> December 31
    c("年底给张总打电话", due="2026-12-31"),
    c("call Jane end of year", due="2026-12-31"),
    # 11月25日, 11.25, 11/25, 25号, the 25th -> next occurrence of that date
    c("11月25日给张总打电话", due="2026-11-25"),
    c("11.25给张总打电话", due="2026-11-25"),
    c("11/25给张总打电话", due="2026-11-25"),
    c("25号给张总打电话", due="2026-11-25"),
    c("call Jane on the 25th", due="2026-11-25"),
    # 3天后 / in 3 days -> date of now + 3 days, all-day
    c("3天后给张总打电话", due="2026-11-21"),
    c("call Jane in 3 days", due="2026-11-21"),
    # 两小时后 / in 2 hours, 30分钟后, 半小时后 -> now + that duration, exact
    c("两小时后给张总打电话", due="2026-11-18T12:00"),
    c("call Jane in 2 hours", due="2026-11-18T12:00"),
    c("30分钟后给张总打电话", due="2026-11-18T10:30"),
    c("半小时后给张总打电话", due="2026-11-18T10:30"),
    # 两周后 / in 2 weeks -> date of now + 14 days, all-day
    c("两周后给张总打电话", due="2026-12-02"),
    c("call Jane in 2 weeks", due="2026-12-02"),
    # a time with no date -> today at that time if still ahead, else tomorrow
    c("3点给张总打电话", due="2026-11-18T15:00"),
    c("call Jane at 3pm", due="2026-11-18T15:00"),
    c("9点给张总打电话", due="2026-11-19T09:00"),
    # 周五前 / by Friday -> that Friday, all-day; 周五下班前 / EOD Friday -> 18:00
    c("周五前给张总发报价", due="2026-11-20"),
    c("send Jane the quote by Friday", due="2026-11-20"),
    c("周五下班前给张总发报价", due="2026-11-20T18:00"),
    c("send Jane the quote EOD Friday", due="2026-11-20T18:00"),
    # 月中 / mid-month -> the 15th of this month (today counts), else of next month
    c("月中给张总打电话", due="2026-12-15"),
    c("call Jane mid-month", due="2026-12-15"),
    c("月中给张总打电话", now=on("2026-11-15"), due="2026-11-15"),
    c("月中给张总打电话", now=on("2026-11-10"), due="2026-11-15"),
    # 下个月 / next month (no day) -> 1st of next month, all-day
    c("下个月给张总打电话", due="2026-12-01"),
    c("call Jane next month", due="2026-12-01"),
    # 25号 said on the 25th -> today (today counts)
    c("25号给张总打电话", now=on("2026-11-25"), due="2026-11-25"),
    # 下下周五 / Friday after next -> Friday of the week after next
    c("下下周五给张总打电话", due="2026-12-04"),
    c("call Jane Friday after next", due="2026-12-04"),
    # 周末 / this weekend -> the coming Saturday (today on Saturday or Sunday), all-day;
    # 下周末 -> Saturday of next week
    c("周末给张总打电话", due="2026-11-21"),
    c("call Jane this weekend", due="2026-11-21"),
    c("周末给张总打电话", now=on("2026-11-21"), due="2026-11-21"),
    c("周末给张总打电话", now=on("2026-11-22"), due="2026-11-22"),
    c("下周末给张总打电话", due="2026-11-28"),
    # 明年3月 / March next year -> the 1st of that month next year, all-day
    c("明年3月给张总打电话", due="2027-03-01"),
    c("call Jane in March next year", due="2027-03-01"),
    # 11/25, 11.25 are month/day; only when the first number is over 12 (25/11) day/month
    c("25/11给张总打电话", due="2026-11-25"),
    c("call Jane on 25/11", due="2026-11-25"),
    # times written beside another language -> read the same as in one language
    c("明天3pm给张总打电话", due="2026-11-19T15:00"),
    c("Friday 下午3点给张总打电话", due="2026-11-20T15:00"),
    # Chinese numerals -> as digits: 十一月二十五号, 下午三点半, 两点
    c("十一月二十五号给张总打电话", due="2026-11-25"),
    c("明天下午三点半给张总打电话", due="2026-11-19T15:30"),
    c("明天两点给张总打电话", due="2026-11-19T14:00"),
]

# Holidays by name. Only what the document or a published calendar fixes: its worked
# example, `X当天` / on X (that day), and Christmas (no day off; 2026's schedule is out).
HOLIDAYS = [
    c("元旦前把合同签了", now=on("2026-12-28"), due="2026-12-31"),
    c("元旦当天给张总发祝福", due="2027-01-01"),
    c("春节当天给张总拜年", due="2027-02-06"),
    c("元宵节当天给张总送汤圆", due="2027-02-20"),
    c("清明节当天给张总打电话", due="2027-04-05"),
    c("劳动节当天给张总打电话", due="2027-05-01"),
    c("五一当天给张总打电话", due="2027-05-01"),
    c("端午节当天给张总送粽子", due="2027-06-09"),
    c("中秋节当天给张总送月饼", due="2027-09-15"),
    c("国庆节当天给张总发祝福", due="2027-10-01"),
    c("十一当天给张总发祝福", due="2027-10-01"),
    c("call Jane on New Year", due="2027-01-01"),
    c("call Jane on Chinese New Year", due="2027-02-06"),
    c("call Jane on Spring Festival", due="2027-02-06"),
    c("call Jane on Mid-Autumn", due="2027-09-15"),
    c("call Jane on National Day", due="2027-10-01"),
    c("call Jane on Christmas", due="2026-12-25"),
    c("send Jane the contract before Christmas", due="2026-12-24"),
    c("send Jane the contract after Christmas", due="2026-12-28"),
]

# The prose of "What a memo becomes" and "Time": past events, two times in one memo.
EVENTS = [
    c("拜访了张总，下周三再跟进报价", customer="张总", contacted=True, due="2026-11-25"),
    c("今天上午9点给张总打电话", due="2026-11-18T09:00", contacted=False),
    c("今天上午9点拜访了张总", task=None, customer="张总", contacted=True),
    c("昨天拜访了张总", task=None, customer="张总", contacted=True),
    c("前天打了电话", task=None),
    c("上周五签了合同", task=None),
    c("met Jane yesterday", task=None, contacted=True),
    c("signed last Friday", task=None),
    c("昨天见了张总，下周三再跟进", customer="张总", contacted=True, due="2026-11-25"),
    c("后天有空，后天上午10点去她公司", due="2026-11-20T10:00"),
]

# Recurrence: the RRULEs and the first-due rules.
RECURRENCE = [
    c("每天给张总发日报", recurrence="FREQ=DAILY"),
    c("send Jane the report every day", recurrence="FREQ=DAILY"),
    c("每周一给张总发周报", recurrence="FREQ=WEEKLY;BYDAY=MO", due="2026-11-23"),
    c("call Jane every Monday", recurrence="FREQ=WEEKLY;BYDAY=MO", due="2026-11-23"),
    c("每月1号给张总对账", recurrence="FREQ=MONTHLY;BYMONTHDAY=1", due="2026-12-01"),
    c("每季度回访张总", recurrence="FREQ=MONTHLY;INTERVAL=3"),
    c("visit Acme Corp every quarter", recurrence="FREQ=MONTHLY;INTERVAL=3"),
    c("每年给张总寄贺卡", recurrence="FREQ=YEARLY"),
    c("每周一上午10点给张总发周报", recurrence="FREQ=WEEKLY;BYDAY=MO",
      due="2026-11-23T10:00"),
    c("每周一回访", recurrence="FREQ=WEEKLY;BYDAY=MO", due="2026-11-23"),
    c("每天9点给张总发日报", recurrence="FREQ=DAILY", due="2026-11-19T09:00"),
    c("每季度回访，第一次2月10号上午10点", recurrence="FREQ=MONTHLY;INTERVAL=3",
      due="2027-02-10T10:00"),
    c("starting tomorrow, every day at 9am", recurrence="FREQ=DAILY", due="2026-11-19T09:00"),
    c("每年3月5日给张总寄贺卡", recurrence="FREQ=YEARLY", due="2027-03-05"),
]

LI = {"name": "李明", "aliases": ["李经理"]}

# "Customer": known names, guesses, longest match, new names, boundaries, contacts.
CUSTOMER = [
    c("明天给zhangwei打电话", customers=("张伟",), customer="张伟", customer_is_new=False),
    c("明天给张总打电话", customers=("张伟",), customer="张伟", customer_is_new=False),
    c("明天给李经理打电话", customers=(LI, "李强"), customer="李明", customer_is_new=False),
    c("明天给王老师打电话", customers=("王芳",), customer="王芳", customer_is_new=False),
    c("明天去华为海思开会", customers=("华为", "华为海思"), customer="华为海思",
      customer_is_new=False),
    c("明天给张伟华打电话", customers=("张伟",), customer="张伟华", customer_is_new=True),
    c("明天去阿里云开会", customers=("阿里",), customer="阿里云", customer_is_new=True),
    c("明天给王芳打电话", customer="王芳", customer_is_new=True),
    c("明天给张总打电话", customer="张总", customer_is_new=True),
    c("明天给刘经理打电话", customer="刘经理", customer_is_new=True),
    c("明天去华为开会", customer="华为", customer_is_new=True),
    c("明天拜访远大公司", customer="远大公司", customer_is_new=True),
    c("call Jane Doe tomorrow", customer="Jane Doe", customer_is_new=True),
    c("visit Acme Corp tomorrow", customer="Acme Corp", customer_is_new=True),
    c("visit Globex Ltd tomorrow", customer="Globex Ltd", customer_is_new=True),
    c("明天我要写周报", customer=None),
    c("remind me to update the pipeline tomorrow", customer=None),
    c("Good first call with Mark Chen", customer="Mark Chen"),
    c("Weekly stats: 12 calls, 3 demos, 1 deal", customer=None),
    c("Model X200 is out of stock", customer=None),
    c("去鼎盛集团开会", customer="鼎盛集团", customer_is_new=True),
    c("昨天去了趟恒远科技", customer="恒远科技", customer_is_new=True, task=None),
    c("明天下午4点去星耀科技", customer="星耀科技", customer_is_new=True,
      due="2026-11-19T16:00"),
    c("Walked into Redwood Capital Inc", customer="Redwood Capital Inc", customer_is_new=True),
    c("明天拜访蓝海科技刘经理", customer="蓝海科技", contact="刘经理"),
    c("call Jane from Acme Corp tomorrow", customer="Acme Corp", contact="Jane"),
    c("明天给陳經理打电话", customers=("陈静",), customer="陈静", customer_is_new=False),
    c("明天给张伟打电话", customers=("張偉",), customer="張偉", customer_is_new=False),
]


def cny(value: int) -> dict[str, Any]:
    return {"value": value, "currency": "CNY"}


def money(value: int, currency: str, kind: str) -> dict[str, Any]:
    return {"value": value, "currency": currency, "kind": kind}


# "Amount": every form (value and currency), then every kind word.
AMOUNT = [
    c("给张总报价1000元", amount=cny(1000)),
    c("给张总报价1000块", amount=cny(1000)),
    c("给张总报价￥1,200", amount=cny(1200)),
    c("给张总报价¥5k", amount=cny(5000)),
    c("给张总报价3.5万", amount=cny(35000)),
    c("给张总报价2万元", amount=cny(20000)),
    c("给张总报价三千五百元", amount=cny(3500)),
    c("给张总报价五万", amount=cny(50000)),
    c("quoted Jane $2,000", amount={"value": 2000, "currency": "USD"}),
    c("quoted Jane 2k USD", amount={"value": 2000, "currency": "USD"}),
    c("quoted Jane USD 1.5m", amount={"value": 1500000, "currency": "USD"}),
    c("quoted Jane €300", amount={"value": 300, "currency": "EUR"}),
    c("给张总报价三万五", amount=cny(35000)),
    c("给张总报价12w", amount=cny(120000)),
    c("给张总报价12W", amount=cny(120000)),
    c("quoted Jane RMB 5000", amount=cny(5000)),
    c("给张总报价人民币5000", amount=cny(5000)),
    c("quoted Jane S$800", amount={"value": 800, "currency": "SGD"}),
    c("quoted Jane SGD 800", amount={"value": 800, "currency": "SGD"}),
    c("quoted Jane HK$800", amount={"value": 800, "currency": "HKD"}),
    c("quoted Jane HKD 800", amount={"value": 800, "currency": "HKD"}),
    c("quoted Jane 50k", amount=cny(50000)),
    c("给张总报价3万，运费2000元", amount=cny(30000)),
    # deal: 签了, 成交, 下单, 合同, 买了, signed, closed, ordered, bought
    c("张总签了3万", amount=money(30000, "CNY", "deal")),
    c("和张总成交3万", amount=money(30000, "CNY", "deal")),
    c("张总下单3万", amount=money(30000, "CNY", "deal")),
    c("张总的合同3万", amount=money(30000, "CNY", "deal")),
    c("张总买了3万的货", amount=money(30000, "CNY", "deal")),
    c("signed Jane for $2,000", amount=money(2000, "USD", "deal")),
    c("closed Acme Corp at $5,000", amount=money(5000, "USD", "deal")),
    c("Jane ordered $3,000 of parts", amount=money(3000, "USD", "deal")),
    c("Jane bought $1,000 of parts", amount=money(1000, "USD", "deal")),
    # quote: 报价, 报了, quote, quoted
    c("给张总报价3万", amount=money(30000, "CNY", "quote")),
    c("给张总报了3万", amount=money(30000, "CNY", "quote")),
    c("sent Jane a quote of $2,000", amount=money(2000, "USD", "quote")),
    c("quoted Jane $2,000", amount=money(2000, "USD", "quote")),
    # budget: 预算, budget
    c("张总预算5万", amount=money(50000, "CNY", "budget")),
    c("Jane has a budget of $10k", amount=money(10000, "USD", "budget")),
    # payment: 收到, 到账, 回款, 付了, paid, received
    c("收到张总3万", amount=money(30000, "CNY", "payment")),
    c("张总的3万到账了", amount=money(30000, "CNY", "payment")),
    c("张总回款3万", amount=money(30000, "CNY", "payment")),
    c("张总付了3万", amount=money(30000, "CNY", "payment")),
    c("Jane paid $500", amount=money(500, "USD", "payment")),
    c("received $500 from Jane", amount=money(500, "USD", "payment")),
    # owed: 欠, 未付, 尾款, 应收, owes, outstanding
    c("张总还欠3万", amount=money(30000, "CNY", "owed")),
    c("张总还有3万未付", amount=money(30000, "CNY", "owed")),
    c("张总尾款3万", amount=money(30000, "CNY", "owed")),
    c("应收张总3万", amount=money(30000, "CNY", "owed")),
    c("Jane owes $500", amount=money(500, "USD", "owed")),
    c("Jane has $500 outstanding", amount=money(500, "USD", "owed")),
    # else other
    c("张总说那台设备值30万", amount=money(300000, "CNY", "other")),
]

# "Birthdays": the three examples set the birthday and make no task.
BIRTHDAY = [
    c("张总生日是农历八月十五", customer="张总", task=None,
      birthday={"month": 8, "day": 15, "lunar": True}),
    c("王芳的生日是5月12日", customer="王芳", task=None,
      birthday={"month": 5, "day": 12, "lunar": False}),
    c("Jane's birthday is March 3", customer="Jane", task=None,
      birthday={"month": 3, "day": 3, "lunar": False}),
    c("明天给张总打电话", birthday=None),
]

ZW = ("张伟",)

# "Contact records": each verb records a contact; a plan, a question, a fact do not.
CONTACTED = [
    c("拜访了张伟", customers=ZW, contacted=True),
    c("见了张伟", customers=ZW, contacted=True),
    c("给张伟打了电话", customers=ZW, contacted=True),
    c("和张伟聊了聊新项目", customers=ZW, contacted=True),
    c("给张伟发了资料", customers=ZW, contacted=True),
    c("回访过张伟了", customers=ZW, contacted=True),
    c("met Jane Doe", contacted=True),
    c("visited Acme Corp", contacted=True),
    c("called Jane Doe", contacted=True),
    c("emailed Jane Doe", contacted=True),
    c("下周给张伟打电话", customers=ZW, customer="张伟", contacted=False, due="2026-11-23"),
    c("张伟的电话是多少？", customers=ZW, customer="张伟", contacted=False, task=None),
    c("张伟喜欢喝茶", customers=ZW, customer="张伟", contacted=False, task=None),
]

# "Priority": every word; negation; high priority.
PRIORITY = [
    *(c(f"明天给张总打电话，{w}", priority="high") for w in ("紧急", "急", "加急", "重要")),
    c("明天尽快给张总回电话", priority="high"),
    c("明天给张总打电话，马上要结果", priority="high"),
    *(c(f"call Jane tomorrow, {w}", priority="high") for w in ("urgent", "ASAP", "important")),
    *(c(f"call Jane tomorrow {w}", priority="high") for w in ("!!", "!1", "p1")),
    c("明天给张总打电话，不急", priority="low"),
    c("下周有空再给张总打电话", priority="low", due="2026-11-23"),
    c("明天给张总打电话，低优先级", priority="low"),
    *(c(f"call Jane tomorrow, {w}", priority="low")
      for w in ("no rush", "low priority", "whenever")),
    *(c(f"call Jane tomorrow {w}", priority="low") for w in ("p3", "p4")),
    c("明天给张总打电话", priority="normal"),
    c("call Jane tomorrow", priority="normal"),
    c("明天给张总打电话，不紧急", priority="low"),
    c("call Jane tomorrow, not urgent", priority="low"),
    c("明天给张总打电话，不重要", priority="low"),
    c("call Jane tomorrow, high priority", priority="high"),
    c("明天给张总打电话，高优先级", priority="high"),
]

SECTIONS = {"intent": INTENT, "time": TIME, "holiday": HOLIDAYS, "event": EVENTS,
            "recurrence": RECURRENCE, "customer": CUSTOMER, "amount": AMOUNT, "birthday": BIRTHDAY,
            "contacted": CONTACTED, "priority": PRIORITY}
CASES = {f"{name}-{i:02d}": case for name, cases in SECTIONS.items()
         for i, case in enumerate(cases, 1)}

# The JSON Lines section: its input example (the text is left out there, so it is one
# that reads to the output shown) and its output, every field but the title.
CONTRACT_INPUT: dict[str, Any] = {
    "id": "7", "text": "明天下午3点给张伟打电话确认报价3.5万", "now": NOW, "tz": TZ,
    "customers": ["张伟", "Acme Corp"]}
CONTRACT_OUTPUT = {
    "id": "7", "lang": "zh", "customer": "张伟", "customer_is_new": False,
    "task": {"due": "2026-11-19T15:00:00+08:00", "all_day": False, "priority": "normal",
             "recurrence": None},
    "contact": None, "contacted": False, "birthday": None,
    "amount": {"value": 35000, "currency": "CNY", "kind": "quote"}, "tags": [],
}
BAD: list[dict[str, Any] | str] = [
    {"id": "bad-text", "text": 7, "now": NOW}, "not json at all",
    {"id": "bad-now", "text": "明天给张总打电话", "now": "tomorrow"}]
OUTPUT_KEYS = {"id", "lang", "customer", "customer_is_new", "task", "contact", "contacted",
               "birthday", "amount", "tags"}
TASK_KEYS = {"due", "all_day", "priority", "recurrence", "title"}


@pytest.fixture(scope="module")
def parsed() -> dict[str, dict[str, Any]]:
    """Every case, the contract example and the bad lines through one `memocrm parse`."""
    lines: list[dict[str, Any] | str] = [CONTRACT_INPUT, BAD[0]]
    for key, case in CASES.items():
        line: dict[str, Any] = {"id": key, "text": case.text, "now": case.now, "tz": TZ}
        if case.customers:
            line["customers"] = list(case.customers)
        lines.append(line)
    lines[len(lines) // 2:len(lines) // 2] = BAD[1:]  # bad lines in the middle stop nothing
    out = parse_lines(lines)
    assert len(out) == len(lines)
    ids = [x.get("id") for x in out]
    assert ids == [x["id"] if isinstance(x, dict) else None for x in lines]  # same order
    return {str(x["id"]): x for x in out}


@pytest.mark.parametrize("key", list(CASES))
def test_example_reads_as_documented(key: str, parsed: dict[str, dict[str, Any]]) -> None:
    case = CASES[key]
    out = parsed[key]
    assert "error" not in out, f"{case.text!r}: {out}"
    assert reading(out, case.expect) == case.expect, f"{case.text!r} (now {case.now})"


def test_the_contract_output_example(parsed: dict[str, dict[str, Any]]) -> None:
    out = parsed["7"]
    assert set(out) == OUTPUT_KEYS
    task = out["task"]
    assert isinstance(task, dict)
    assert set(task) == TASK_KEYS
    assert isinstance(task["title"], str)
    assert task["title"]
    assert {**out, "task": {k: v for k, v in task.items() if k != "title"}} == CONTRACT_OUTPUT
    assert isinstance(out["amount"]["value"], int)  # a number, 35000, not a string


def test_every_output_line_has_the_contract_fields(parsed: dict[str, dict[str, Any]]) -> None:
    for key in CASES:
        out = parsed[key]
        assert set(out) == OUTPUT_KEYS, key
        assert out["task"] is None or set(out["task"]) == TASK_KEYS, key
        assert out["amount"] is None or set(out["amount"]) == {"value", "currency", "kind"}
        assert out["birthday"] is None or set(out["birthday"]) == {"month", "day", "lunar"}


def test_a_bad_line_gets_its_id_and_an_error(parsed: dict[str, dict[str, Any]]) -> None:
    for key in ("bad-text", "bad-now"):
        out = parsed[key]
        assert set(out) == {"id", "error"}, out
        assert isinstance(out["error"], str)
        assert out["error"]
    assert "error" in parsed["None"]  # not JSON: no id to give back, still one line
