"""Customers: known (name, alias, surname + title, pinyin, fuzzy) and new ones."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import KnownCustomer, parse_memo

NOW = datetime(2026, 11, 18, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
TEAM = (
    KnownCustomer("张伟", ("张总",)),
    KnownCustomer("李娜", ("李经理",)),
    KnownCustomer("Acme Corp", ("Acme",)),
    KnownCustomer("Globex Ltd"),
    KnownCustomer("深圳华强科技有限公司", ("华强",)),
)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("明天给张伟打电话", "张伟"),  # name
        ("明天给张总打电话", "张伟"),  # alias
        ("visit acme tomorrow", "Acme Corp"),  # alias, any case
        ("call Globex Ltd on Friday", "Globex Ltd"),
        ("remind me to call zhangwei tomorrow", "张伟"),  # pinyin
        ("call Zhang Wei tomorrow", "张伟"),  # pinyin, spaced
        ("call Globax Ltd tomorrow", "Globex Ltd"),  # fuzzy near-miss
        ("周五去华强送样品", "深圳华强科技有限公司"),
        ("明天给Acme发报价", "Acme Corp"),  # an English name touching Chinese
    ],
)
def test_known_customer(text: str, customer: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.customer == customer
    assert not memo.customer_is_new


def test_an_english_name_inside_a_longer_word_is_not_that_customer() -> None:
    assert parse_memo("call Acmeville tomorrow", NOW, TEAM).customer != "Acme Corp"


def test_surname_and_title_match_the_only_customer_with_that_surname() -> None:
    memo = parse_memo("明天拜访李总", NOW, TEAM)
    assert memo.customer == "李娜"
    assert not memo.customer_is_new


def test_surname_and_title_with_several_customers_lists_candidates() -> None:
    team = (KnownCustomer("王强"), KnownCustomer("王芳"))
    memo = parse_memo("明天给王总打电话", NOW, team)
    assert set(memo.customer_candidates) == {"王强", "王芳"}
    # reported as written and new (memo-conventions: an unknown surname + title), but
    # marked ambiguous so that the bot asks instead of making a customer
    assert memo.customer == "王总"
    assert memo.customer_is_new
    assert "customer_ambiguous" in memo.notes


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("明天下午3点给张总打电话", "张总"),
        ("回访刘经理", "刘经理"),
        ("约王老师下周见面", "王老师"),
        ("下周三去华为送样品", "华为"),
        ("拜访了深圳市华强科技公司", "深圳市华强科技公司"),
        ("明天和张伟明吃饭", "张伟明"),
        ("Follow up with Jane Doe on Friday", "Jane Doe"),
        ("Lunch with the Acme Corp team", "Acme Corp"),
        ("Send the quote to Globex Ltd", "Globex Ltd"),
        ("Met Jane at Initech", "Initech"),  # the company, Jane its contact
    ],
)
def test_new_customer(text: str, customer: str) -> None:
    memo = parse_memo(text, NOW)
    assert memo.customer == customer
    assert memo.customer_is_new


@pytest.mark.parametrize(
    ("text", "customer", "contact"),
    [
        ("今天拜访了华为李经理，对A产品感兴趣，下周三下午再跟进报价", "华为", "李经理"),
        ("拜访了蓝海科技的刘经理", "蓝海科技", "刘经理"),
        ("Met Jane at Acme Corp, wants a quote", "Acme Corp", "Jane"),
        ("Jane from Acme Corp wants a demo", "Acme Corp", "Jane"),
        ("跟Acme Corp的Tom确认PO", "Acme Corp", "Tom"),
    ],
)
def test_a_company_and_a_person_at_it(text: str, customer: str, contact: str) -> None:
    memo = parse_memo(text, NOW)
    assert (memo.customer, memo.contact) == (customer, contact)


@pytest.mark.parametrize(
    ("text", "team", "customer", "is_new"),
    [
        ("明天去华为海思开会", ("华为", "华为海思"), "华为海思", False),  # the longest wins
        ("给张伟华打电话", ("张伟",), "张伟华", True),  # not 张伟
        ("刚跟潮州的吴伟明聊完，后天发合同", ("吴伟",), "吴伟明", True),  # jieba: 吴伟明|聊
        ("刚跟潮州的吴伟明聊完，后天发合同", (), "吴伟明", True),  # jieba: 吴伟|明聊|完
        ("刚跟吴伟明天聊", ("吴伟",), "吴伟", False),  # 明天: the day after the name
        ("阿里云的报价明天发", ("阿里",), "阿里云", True),
        ("明天下午給陳經理打電話", ("陈静",), "陈静", False),  # traditional = simplified
        ("昨天去了趟恒远科技", (), "恒远科技", True),  # the name without its verbs
        ("明天下午4点去星耀科技", (), "星耀科技", True),
        ("Good first call with Mark Chen", (), "Mark Chen", True),  # no sentence starter
        ("Walked into Redwood Capital Inc today", (), "Redwood Capital Inc", True),
    ],
)
def test_name_boundaries_and_longest_match(
    text: str, team: tuple[str, ...], customer: str, is_new: bool
) -> None:
    memo = parse_memo(text, NOW, [KnownCustomer(n) for n in team])
    assert (memo.customer, memo.customer_is_new) == (customer, is_new)


@pytest.mark.parametrize("text", ["Weekly stats: 42 calls, 11 meetings", "Model X200 is out"])
def test_words_that_start_a_sentence_are_no_customer(text: str) -> None:
    assert parse_memo(text, NOW).customer is None


@pytest.mark.parametrize(
    "text", ["我明天要早点到公司", "I need to call back tomorrow", "remind me to email the deck",
             "客户反馈产品质量有问题"],
)
def test_the_rep_is_never_a_customer(text: str) -> None:
    memo = parse_memo(text, NOW)
    assert memo.customer not in ("我", "I", "me")
    assert memo.customer is None


def test_one_teams_customers_never_change_how_another_teams_memo_is_read() -> None:
    memo = "拜访张伟，聊了新项目"
    before = parse_memo(memo, NOW)
    parse_memo("明天给张卫打电话", NOW, [KnownCustomer("张伟"), KnownCustomer("李娜")])
    after = parse_memo(memo, NOW)
    assert after == before
    assert (after.customer, after.customer_is_new) == ("张伟", True)
