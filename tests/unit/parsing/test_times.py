"""One test per row of the conventions' time table, in Chinese and English."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_memo

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=SHANGHAI)  # a Wednesday

# (memo, expected due: "YYYY-MM-DD" for all-day, "YYYY-MM-DDTHH:MM" for a timed task)
ROWS = [
    # 今天 / today, 明天 / tomorrow, 后天, 大后天
    ("今天给张总打电话", "2026-11-18"),
    ("call Acme today", "2026-11-18"),
    ("明天给张总打电话", "2026-11-19"),
    ("call Acme tomorrow", "2026-11-19"),
    ("后天提醒我催款", "2026-11-20"),
    ("call Acme the day after tomorrow", "2026-11-20"),
    ("大后天去深圳见客户", "2026-11-21"),
    # 早上 / 上午 / morning, 明早 -> 09:00
    ("明天上午去华为", "2026-11-19T09:00"),
    ("明天早上去华为", "2026-11-19T09:00"),
    ("明早给张总回电话", "2026-11-19T09:00"),
    ("call Acme tomorrow morning", "2026-11-19T09:00"),
    # 中午 / noon
    ("明天中午请杨总吃饭", "2026-11-19T12:00"),
    ("lunch with Jane tomorrow at noon", "2026-11-19T12:00"),
    # 下午 / afternoon
    ("明天下午拜访李经理", "2026-11-19T14:00"),
    ("visit Acme tomorrow afternoon", "2026-11-19T14:00"),
    # 傍晚 / evening
    ("周四傍晚去机场接朱总", "2026-11-19T18:00"),
    ("dinner with Acme Thursday evening", "2026-11-19T18:00"),
    # 晚上 / 今晚 / tonight / night
    ("明天晚上和秦总开会", "2026-11-19T20:00"),
    ("今晚给李总发方案", "2026-11-18T20:00"),
    ("send Tom the pricing tonight", "2026-11-18T20:00"),
    ("call the buyer tomorrow night", "2026-11-19T20:00"),
    # a bare hour 1-6 -> PM
    ("明天三点给张总打电话", "2026-11-19T15:00"),
    ("明天3点给张总打电话", "2026-11-19T15:00"),
    ("call Mike tomorrow at 3", "2026-11-19T15:00"),
    # a bare hour 7-11 -> AM; 12 -> noon
    ("明天9点开会", "2026-11-19T09:00"),
    ("meet Acme tomorrow at 9", "2026-11-19T09:00"),
    ("明天12点吃饭", "2026-11-19T12:00"),
    ("lunch tomorrow at 12", "2026-11-19T12:00"),
    # 3点半 / 3:30, 10点一刻
    ("明天3点半给张总打电话", "2026-11-19T15:30"),
    ("call Tom back tomorrow at 3:30", "2026-11-19T15:30"),
    ("明天10点一刻到客户公司", "2026-11-19T10:15"),
    ("call Tom tomorrow at quarter past 10", "2026-11-19T10:15"),
    # 周五 / 星期五 / 礼拜五 / Friday alone: nearest upcoming, today counts
    ("周五约吴总吃饭", "2026-11-20"),
    ("星期五约吴总吃饭", "2026-11-20"),
    ("礼拜五约吴总吃饭", "2026-11-20"),
    ("follow up with Jane Friday", "2026-11-20"),
    ("周三下午五点和沈总开会", "2026-11-18T17:00"),
    ("sync with Initech Wednesday at 5", "2026-11-18T17:00"),
    ("周一交方案", "2026-11-23"),
    # 本周五 / this Friday
    ("本周五下午去客户现场演示", "2026-11-20T14:00"),
    ("visit Stark this Friday afternoon", "2026-11-20T14:00"),
    # 下周五 / next Friday
    ("下周五拜访李经理", "2026-11-27"),
    ("lunch with Bob next Friday", "2026-11-27"),
    ("下周三下午再跟进报价", "2026-11-25T14:00"),
    ("next Tuesday 3pm demo for Globex", "2026-11-24T15:00"),
    # 下下周
    ("下下周一再联系京东采购", "2026-11-30"),
    ("call Acme the week after next", "2026-11-30"),
    # 下周 / next week alone: Monday, all-day
    ("下周再跟进一下小米的报价", "2026-11-23"),
    ("follow up with Acme next week", "2026-11-23"),
    # 周五前 / by Friday / EOD Friday (EOD = 18:00)
    ("周五前发报价单给赵经理", "2026-11-20"),
    ("get the NDA from Gringotts by Friday", "2026-11-20"),
    ("proposal to Hooli EOD Friday", "2026-11-20T18:00"),
    ("周五下班前发报价", "2026-11-20T18:00"),
    # 月底 / end of month
    ("月底前把合同寄给王总", "2026-11-30"),
    ("send the quote to Initech by end of month", "2026-11-30"),
    # 下个月初 / early next month; 月中
    ("下个月初再联系阿里的孙总", "2026-12-01"),
    ("reach out to Acme early next month", "2026-12-01"),
    ("下个月中回访", "2026-12-15"),
    ("follow up mid next month", "2026-12-15"),
    # 年底 / end of year
    ("年底前完成续约", "2026-12-31"),
    ("close the Hooli deal before end of year", "2026-12-31"),
    # 11月25日, 11.25, 11/25, 25号, the 25th: next occurrence
    ("11月25日去腾讯签合同", "2026-11-25"),
    ("11.25去腾讯签合同", "2026-11-25"),
    ("contract signing 11/25", "2026-11-25"),
    ("25号去客户那签合同", "2026-11-25"),
    ("contract signing with Umbrella on the 25th", "2026-11-25"),
    ("15号跟财务对一下回款", "2026-12-15"),
    ("invoice due from Stark on the 15th", "2026-12-15"),
    ("3月1日续约", "2027-03-01"),
    ("renewal on March 1", "2027-03-01"),
    # 3天后 / in 3 days: all-day
    ("3天后回访刘经理", "2026-11-21"),
    ("check back with Cyberdyne in 3 days", "2026-11-21"),
    ("一周后回访许经理", "2026-11-25"),
    ("follow up with Soylent in 2 weeks", "2026-12-02"),
    # 两小时后 / in 2 hours, 30分钟后: exact
    ("两小时后提醒我给周经理回电话", "2026-11-18T12:00"),
    ("remind me to call Jane in 2 hours", "2026-11-18T12:00"),
    ("30分钟后提醒我打给何经理", "2026-11-18T10:30"),
    ("ping Sarah in 30 minutes", "2026-11-18T10:30"),
    ("半小时后给张总回电话", "2026-11-18T10:30"),
    # Chinese numerals: 十一月二十五号, 下午三点半, 两点
    ("十一月二十五号去腾讯签合同", "2026-11-25"),
    ("下午三点半回电话给冯总", "2026-11-18T15:30"),
    ("明天两点给张经理打电话", "2026-11-19T14:00"),
    ("下周五上午十点和施总开会", "2026-11-27T10:00"),
]


def _expected(value: str) -> tuple[datetime, bool]:
    if "T" in value:
        return datetime.fromisoformat(value).replace(tzinfo=SHANGHAI), False
    return datetime.fromisoformat(value).replace(tzinfo=SHANGHAI), True


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_time_table_row(text: str, expected: str) -> None:
    memo = parse_memo(text, NOW)
    due, all_day = _expected(expected)
    assert memo.is_task, text
    assert memo.due == due
    assert memo.all_day is all_day
    assert memo.due is not None
    assert memo.due.tzinfo == SHANGHAI


def test_past_time_today_stays_as_said_and_is_flagged() -> None:
    memo = parse_memo("今天上午9点给张总打电话", NOW)
    assert memo.due == datetime(2026, 11, 18, 9, 0, tzinfo=SHANGHAI)
    assert memo.due_is_past
    assert memo.is_task


def test_future_time_is_not_flagged_past() -> None:
    assert not parse_memo("明天上午9点给张总打电话", NOW).due_is_past


def test_past_time_without_follow_up_is_only_a_note() -> None:
    memo = parse_memo("昨天拜访了张总", NOW)
    assert not memo.is_task
    assert memo.due is None


def test_numerals_only_touch_the_time_phrase() -> None:
    memo = parse_memo("明天跟进一下小米的报价", NOW)
    assert "跟进一下" in memo.title
    assert memo.due == datetime(2026, 11, 19, tzinfo=SHANGHAI)


def test_traditional_and_full_width_are_normalised() -> None:
    memo = parse_memo("下週三下午３點給張總打電話", NOW)
    assert memo.due == datetime(2026, 11, 25, 15, 0, tzinfo=SHANGHAI)
    assert parse_memo("後天拜訪", NOW).due == datetime(2026, 11, 20, tzinfo=SHANGHAI)
    assert parse_memo("明天１０：３０开会", NOW).due == datetime(
        2026, 11, 19, 10, 30, tzinfo=SHANGHAI)


def test_due_follows_the_time_zone_of_now() -> None:
    tz = ZoneInfo("America/New_York")
    memo = parse_memo("call Acme tomorrow at 3pm", datetime(2026, 11, 18, 10, tzinfo=tz))
    assert memo.due == datetime(2026, 11, 19, 15, tzinfo=tz)
    assert memo.due is not None
    assert memo.due.utcoffset() == tz.utcoffset(memo.due)


def test_title_is_the_memo_without_the_time_phrase() -> None:
    assert parse_memo("明天下午3点给张总打电话确认报价", NOW).title == "给张总打电话确认报价"
    assert parse_memo("Call Acme tomorrow morning", NOW).title == "Call Acme"
    assert parse_memo("月底前把合同寄给王总", NOW).title == "把合同寄给王总"
