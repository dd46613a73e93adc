"""The contract's rules as reps write them, in both languages: which time is the due, who
the contact is, whether a contact happened, amount kinds, rates that are no recurrence,
and dateparser behind the own rules. Memos written for these tests, not taken from any
benchmark."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import KnownCustomer, parse_memo
from bot.parsing.fallback import absolute_date
from bot.parsing.normalize import normalize
from bot.parsing.numerals import cn_to_int
from bot.parsing.times import find_times

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=SHANGHAI)  # a Wednesday
TEAM = (
    KnownCustomer("蓝海科技"),
    KnownCustomer("阿里"),
    KnownCustomer("Meridian Insurance Brokers"),
    KnownCustomer("Copperleaf Hotels"),
    KnownCustomer("Pinecrest"),
    KnownCustomer("Jane Cooper"),
    KnownCustomer("Acme Corp"),
)


@pytest.mark.parametrize(
    ("text", "due", "all_day"),
    [
        # someone else's fact or word ranks below our action
        ("合同明年3月到期，下周三下午再跟进续约", "2026-11-25T14:00", False),
        ("Their policy renews July 1. Call the GM next Thursday 4pm", "2026-11-26T16:00", False),
        ("Finance 说下周一前不到账就停发货，明天 call 他们 AP", "2026-11-19", True),
        ("Linda promised payment next week. Escalate if nothing by Friday", "2026-11-20", True),
        # a start is no due when an action names another time
        ("我们下周起报价上调5%，记得周五前通知所有老客户", "2026-11-20", True),
        ("They switch supplier starting next month; send samples Friday", "2026-11-20", True),
        # a day and a time said apart
        ("去鼎信集团开复盘会，下周二，下午两点", "2026-11-24T14:00", False),
        # a month with no day
        ("明年3月再跟进华兴纺织的续保", "2027-03-01", True),
        ("Reach out to Acme Corp in March next year", "2027-03-01", True),
        ("follow up with Acme Corp early January", "2027-01-01", True),
        ("call Jane Friday after next", "2026-12-04", True),
        # leave is no action of ours
        ("我下周三请假，周二前把报价都发完", "2026-11-24", True),
        # their shutdown ranks below our crew's time on site
        ("Acme Corp shuts the elevator down for maintenance next week; they want our install "
         "crew there Friday after next at 6 am.", "2026-12-04T06:00", False),
        # a lower-case sat before a part of the day is the day
        ("demo the T40 spray drone for Jane Cooper sat morning", "2026-11-21T09:00", False),
        ("十二月二十再去一趟蓝海科技", "2026-12-20", True),
        ("book the engineer at Acme Corp for friday at 8 thanks", "2026-11-20T08:00", False),
        ("quoted Acme Corp $38,000 today.followup nextwed,they want it before CNY", "2026-11-25",
         True),  # next glued to the day
        # "that morning": the morning of the day said before it
        ("Pinecrest wants the duct cleaning on 11/25. Confirm the crew that morning at 7",
         "2026-11-25T07:00", False),
        ("今晚把方案改完发过去", "2026-11-18T20:00", False),  # 把…改完: a plan, not done
        ("Post her a sample kit on Wednesday.", "2026-11-18", True),  # said on a Wednesday
        ("Copperleaf Hotels wants the boilers serviced today", "2026-11-18", True),
        ("Acme Corp locked out again, told him ill swing by at 8 to swap the cylinder",
         "2026-11-19T08:00", False),  # what we will do, whatever was told before it
        ("Remind me at 6 to call Jane Cooper about tomorrow's order", "2026-11-18T18:00",
         False),  # tomorrow's: the order's day, not the reminder's
        ("Call Jane Cooper tomorrow at10am re the filing", "2026-11-19T10:00", False),
        ("明天打电话问一下蓝海科技的交期", "2026-11-19", True),  # our call to make
        ("Demo the unit at Pinecrest onMonday 10am, bring spare filters", "2026-11-23T10:00",
         False),  # typed with no space
        ("蓝海科技希望色温再暖一点，本周五下班前把修改稿发过去", "2026-11-20T18:00", False),
    ],
)
def test_the_due_is_the_time_of_our_action(text: str, due: str, all_day: bool) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.due is not None, text
    written = memo.due.strftime("%Y-%m-%d") if all_day else memo.due.strftime("%Y-%m-%dT%H:%M")
    assert (written, memo.all_day) == (due, all_day)


@pytest.mark.parametrize(
    "text",
    [
        "Received $4,250 from Acme Corp for the Oct invoice, all square now",
        "Quarterly review with 蓝海科技 done。Usage up 30%",
        "蓝海科技每周需要300kg海鲜，每月大概20万件",
        "On today's call, Acme Corp's IT head asked about SSO",
        "本月截至今天，杏鲍菇共出货１２吨，金针菇８吨，环比增长１５％",  # counted up to today
        "蓝海科技10月一共下单了4.8万的主粮和零食，环比涨了两成",  # the month's total, no 1st
        "FYI 蓝海科技 而家 用緊 Toyota Coaster 為主, 每年 大概 換 5-6 架",  # a count, no 6 May
        "11月15日已经完成蓝海科技的患者转运，费用8万已到账",  # that day, three days gone
        "Acme Corp's manager came by today and paid $3,480 by check",  # a visit, no "by" today
        "Pinecrest sold out of the oat milk in 4 days, best seller on their shelf",  # it took
        "Copperleaf Hotels burnt through the pellet silo in 5 weeks instead of 8",
        "蓝海科技的仓库收货时间只有上午9点到12点",  # their hours, no time of ours
        "今天 Jane Cooper 打电话问年度报税多少钱, 我报了 RMB 18000",  # her call, done
        "Pinecrest receiving hours are 7 to 11am, deliveries after that get refused",
    ],
)
def test_no_task(text: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert not memo.is_task and memo.due is None, text


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("每天9点给张总打电话", "FREQ=DAILY"),
        ("每两周一次 check-in call with 蓝海科技", "FREQ=WEEKLY;INTERVAL=2"),
        ("每年3月5日提醒我给蓝海科技续签", "FREQ=YEARLY"),
        ("我先报了人均每年1200元的方案，下个月初发给蓝海科技", None),
        ("蓝海科技 volume 想加到每月 2000 票, 周四下午3点 send rate card", None),
        ("Spoke w/ Rashid at Acme Corp, wants a weekly service quote. sending it tmrw", None),
        ("She wants quarterly reviews of Acme Corp's sales, first one Feb 10 at 10am",
         "FREQ=MONTHLY;INTERVAL=3"),
    ],
)
def test_a_rate_is_no_recurrence(text: str, recurrence: str | None) -> None:
    assert parse_memo(text, NOW, TEAM).recurrence == recurrence


@pytest.mark.parametrize(
    ("text", "customer", "contact"),
    [
        ("Spoke w/ Sarah Kim at Meridian Insurance Brokers about the umbrella program",
         "Meridian Insurance Brokers", "Sarah Kim"),
        ("Visited Copperleaf Hotels today. GM Carlos Mendez is open to switching",
         "Copperleaf Hotels", "Carlos Mendez"),
        ("Visited Copperleaf Hotels. She said Herman Miller is cheaper. Need approval from "
         "their CFO Jane Doe", "Copperleaf Hotels", "Jane Doe"),
        ("Acme Corp 的 QC 经理 Kevin 打电话来说尺寸超标", "Acme Corp", "Kevin"),
        ("谁有 Acme Corp 采购 Mike 的微信？", "Acme Corp", "Mike"),
        ("今晚8点 Zoom with Sarah Lim，她是 Sunrise Foods 的采购", "Sunrise Foods", "Sarah Lim"),
        ("Trade show 上认识了 Peter Schmidt，Bosch 的 buyer", "Bosch", "Peter Schmidt"),
        ("想约鼎盛集团信息部的李主任吃个饭", "鼎盛集团", "李主任"),
        ("Jan Botha at Acme Corp wants two more sprayers. Call him Tuesday at 2:30",
         "Acme Corp", "Jan Botha"),  # Jan before a surname: a given name, not January
        ("Visited Acme Corp. Engr. Dela Cruz to present to mgmt next week", "Acme Corp",
         "Engr. Dela Cruz"),  # a title's, not a firm's
        ("Site walk at Acme Corp's Parramatta job with the super, Dave. Quote to Dave by "
         "tomorrow", "Acme Corp", "Dave"),  # their job's site, no one
        ("Spoke to Hamish at Waikumete Crematorium, send an engineer tomorrow at 8",
         "Waikumete Crematorium", "Hamish"),  # a crematorium is a firm's word
    ],
)
def test_the_person_at_a_company_is_its_contact(text: str, customer: str, contact: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.contact) == (customer, contact)


@pytest.mark.parametrize(
    ("text", "customer", "is_new"),
    [
        ("明天上午给阿里云发新版的渠道报价", "阿里云", True),  # a known name inside a longer one
        ("Dropped off the demo unit at Pinecrest Medical Group", "Pinecrest Medical Group", True),
        ("Jinqiao Tech Park wants a quote by Friday", "Jinqiao Tech Park", True),
        ("3p today call acme crop about the invoice", "Acme Corp", False),  # typo, lower case
        ("jane's # is 917-555-0142", "Jane Cooper", False),
        ("今晚把演示视频剪好发给新锐科技", "新锐科技", True),  # the verb is no part of it
        ("跟进新越集团的采购需求", "新越集团", True),
        ("每季度给徐工集团做一次设备巡检", "徐工集团", True),
        ("聽日 10am call 陳生 about the renewal", "陳生", True),  # Cantonese Mr
    ],
)
def test_customer_names(text: str, customer: str, is_new: bool) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.customer_is_new) == (customer, is_new)


@pytest.mark.parametrize(
    "text", ["紧急！蓝海科技那边要加20张工位", "明天早上7点去冷库盯一下装车，给蓝海科技的货",
             "蓝海科技的订单出了问题，轴承座的孔位偏了0.2毫米",
             "刚从蓝海科技回来，他们下单了50箱安佳黄油，合计2.35万",  # goods counted: a brand
             "蓝海科技二期12间客房的卫浴翻新，今天报了18.6万",  # 卫浴: bathroom fittings
             "Polished Jane Cooper's Sunseeker at the marina and showed her the hull",  # a boat
             "JUST FINISHED WALKTHROUGH AT PINECREST LOBBY. QUOTED $4,800",
             "Bursar at Acme Corp called, they want 600 PE kits",  # a role, no name
             "周五下午4点半去蓝海科技看桂花树苗顺便谈价格",
             "有空再去趟蓝海科技看看新的铝合金导轨 不急",  # 合金: a word, no Mr 金
             "下周一 10am 跟 Acme Corp 的 Director of Care 谈 30张 nursing beds 的 order",
             "Demo at Jane Cooper's farm went ok. Need to check with Kisan Drone Hub first",
             "next tuesday 7am inspection of the drop tower at acme corp, bring the ndt kit",
             "Entrapment at Acme Corp lift 2 — firies got them out. Call the manager in 2 hours",
             "EVERY MONDAY 9AM CHECK STOCK LEVELS WITH ACME CORP, FIRST ONE NEXT MONDAY",
             "蓝海科技老板今晚加了微信，想拿明前龙井做茶礼",  # 明前: a tea's grade
             "Pinecrest's 2,000 t order shipped from Port Kembla on Monday",  # a port
             "Acme Corp rang, MV Kota Raya needs fresh water at the berth today 5pm"])  # a ship
def test_no_contact_from_words_that_are_no_names(text: str) -> None:
    assert parse_memo(text, NOW, TEAM).contact is None


@pytest.mark.parametrize(
    ("text", "contacted"),
    [
        ("Dropped off the demo unit at Pinecrest yesterday", True),
        ("just got off call w/ Jane Cooper, send her the SOW tmrw", True),
        ("Acme Corp tasting went great yesterday", True),
        ("quoted 三万五 to Jane Cooper for the annual maintenance", True),
        ("收到 Acme Corp 的 RFQ，本周五前确认", True),
        ("今天 video call 了 Acme Corp 的 Hans", True),
        ("刚从 Acme Corp 出来，他们要 redo", True),
        ("昨天拜访蓝海科技何总，说预算砍了", True),
        ("今天带蓝海科技林总在展厅转了一圈", True),
        ("Showroom visit with 蓝海科技 的 Lisa。They liked the walnut series", True),
        ("五一前跟蓝海科技把续费签了", False),  # a plan with a done-marker
        ("get the pricing letter signed w/ Acme Corp before New Year", False),
        ("年底前催蓝海科技把年费打过来", False),
        ("周五下午２点给蓝海科技回电话", False),
        ("Acme Corp procurement closed for the holidays, reconnect after Christmas", False),
        ("蓝海科技上周的订单出了点问题，被质检查出来了", False),
    ],
)
def test_contact_records(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, TEAM).contacted is contacted, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Closed the supply deal w/ Acme Corp today!! S$48,000 for 3 months", "deal"),
        ("They want 6 pumps, list is $9,500 each", "other"),
        ("蓝海科技搬新办公室，Deal size 估计 150w", "other"),
        ("蓝海科技签了合同，12万", "deal"),
    ],
)
def test_amount_kinds(text: str, kind: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.amount is not None and memo.amount.kind == kind


@pytest.mark.parametrize("text", ["Bosch 年量 20万 pcs", "给蓝海科技配送20桶15W-40机油",
                                  "蓝海科技车间里那台3015用的是锐科的激光器，功率3000W",
                                  "蓝海科技去年买的那台6000W还在保修期内",  # watts
                                  "蓝海科技采购部换人了，新来的负责人管林机和配件这一块"])
def test_a_count_or_a_grade_is_no_money(text: str) -> None:
    assert parse_memo(text, NOW, TEAM).amount is None


def test_a_meridiem_inside_a_link_is_no_time() -> None:
    assert find_times("see https://x.test/?id=~.~3am3ioYcY0K", NOW) == []


class TestDateparserBehind:
    def test_reads_an_absolute_date_the_own_rules_miss(self) -> None:
        assert find_times("Acme Corp on 2027-1-5T10:00", NOW)[0].due.year == 2026
        late = absolute_date("Acme Corp on 2027-1-5T10:00", NOW, "en",
                             find_times("Acme Corp on 2027-1-5T10:00", NOW))
        assert late is not None and late.due == datetime(2027, 1, 5, 10, tzinfo=SHANGHAI)
        memo = parse_memo("Acme Corp on 2027-1-5T10:00", NOW, TEAM)
        assert memo.due == datetime(2027, 1, 5, 10, tzinfo=SHANGHAI)

    def test_only_future_dates(self) -> None:
        assert absolute_date("Acme Corp signed on 3 March 2019", NOW, "en") is None

    def test_not_when_the_own_rules_read_the_year(self) -> None:
        own = find_times("renew 12 December 2027", NOW)
        assert own[0].due.date() == date(2027, 12, 12)
        assert absolute_date("renew 12 December 2027", NOW, "en", own) is None

    def test_no_date_no_dateparser(self) -> None:
        assert absolute_date("call Jane about the quote", NOW, "en") is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("半个月后回访张总", "2026-12-03"),
        ("一个半月后跟进", "2027-01-02"),
        ("年前把款收回来", "2027-02-04"),  # before the Spring Festival's days off (stand-in rules)
        ("过完年再联系张总", "2027-02-09"),
        ("周末前给张总回复", "2026-11-20"),
        ("call Jane before the weekend", "2026-11-20"),
        ("周末后再联系张总", "2026-11-23"),
        ("call Jane after the weekend", "2026-11-23"),
        ("明天一早去见张总", "2026-11-19T09:00"),
        ("send Jane the deck first thing tomorrow", "2026-11-19T09:00"),
        ("call Jane tmrw 9ish", "2026-11-19T09:00"),
        ("周一早上第一件事给华鑫集团打电话", "2026-11-23T09:00"),
    ],
)
def test_more_ways_to_say_when(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.due is not None, text
    fmt = "%Y-%m-%d" if memo.all_day else "%Y-%m-%dT%H:%M"
    assert memo.due.strftime(fmt) == due


@pytest.mark.parametrize(
    ("text", "due", "customer"),
    [
        ("明天 lunch w/ 张伟 12:30", "2026-11-19T12:30", "张伟"),
        ("月底 before 5pm 发 invoice 给蓝海科技", "2026-11-30T17:00", "蓝海科技"),
        ("今晚 8pm 跟 Jane Cooper Zoom", "2026-11-18T20:00", "Jane Cooper"),
    ],
)
def test_mixed_memos(text: str, due: str, customer: str) -> None:
    memo = parse_memo(text, NOW, (*TEAM, KnownCustomer("张伟")))
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == due
    assert memo.customer == customer


@pytest.mark.parametrize(
    ("text", "customer", "contact", "contacted"),
    [
        ("Sarah from HR asked me to submit expenses by EOM", None, None, False),
        ("Internal: update the CRM fields before Friday", None, None, False),
        ("Competitor Henry Schein undercut us at Bright Smiles Dental", "Bright Smiles Dental",
         None, False),
        ("Jane Cooper's assistant Tom rescheduled our call to Friday 11am", "Jane Cooper", None,
         True),
        ("Jane Cooper said she'll be out until the 28th; ping her on the 29th", "Jane Cooper",
         None, True),
        ("上午在蓝海科技开了个会，他们IT部门的赵主管说系统下个月要升级", "蓝海科技", "赵主管",
         True),
        ("蓝海科技那边说款项下周到账，到时候再确认一下", "蓝海科技", None, True),
        ("今天对方采购小吴打电话说蓝海科技老板还在犹豫", "蓝海科技", "小吴", True),
        ("跟同事小李说一下蓝海科技的事", "蓝海科技", None, False),
    ],
)
def test_who_and_whether(text: str, customer: str | None, contact: str | None,
                         contacted: bool) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.contact, memo.contacted) == (customer, contact, contacted)


def test_an_order_received_is_a_deal() -> None:
    memo = parse_memo("Acme Corp PO #5521 received for 200 units, $18,400. Ship by Dec 4.",
                      NOW, TEAM)
    assert memo.amount is not None and memo.amount.kind == "deal"


SHOP = (
    KnownCustomer("上海博雅教育培训中心"),
    KnownCustomer("华晟食品集团"),
    KnownCustomer("宏远物业"),
    KnownCustomer("顺达电器"),
    KnownCustomer("The Golden Lotus Restaurant"),
    KnownCustomer("Kessler & Wong LLP"),
    KnownCustomer("Kinetic Fitness"),
    KnownCustomer("Trattoria Roma"),
)


@pytest.mark.parametrize(
    ("text", "customer", "contact"),
    [
        ("博雅的教务主任赵老师打电话来，问暑期班的教材", "上海博雅教育培训中心", "赵老师"),
        ("今晚八点半给华晟赵经理发报价", "华晟食品集团", "赵经理"),
        ("明早8点去华晟二厂做CIP清洗演示", "华晟食品集团", None),
        ("Hongyuan Property owes ¥18,400 since July", "宏远物业", None),
        ("Huasheng delivery tmr 8am, don't forget", "华晟食品集团", None),
        ("顺达电器的货被扣了，司机老陈说证件不全。今天要跟顺达的张经理确认补件", "顺达电器",
         "张经理"),
        ("Dropped off samples at Golden Lotus, head chef Kenny Wong loved the ribeye",
         "The Golden Lotus Restaurant", "Kenny Wong"),
        ("Kessler & Wong paid the Q3 invoice", "Kessler & Wong LLP", None),
        ("Kinetic Fitness Xujiahui - met club mgr Tony", "Kinetic Fitness", "Tony"),
        ("Marco from Trattoria Roma called, wants 20 tins a month", "Trattoria Roma", "Marco"),
    ],
)
def test_known_customers_as_reps_shorten_them(text: str, customer: str,
                                              contact: str | None) -> None:
    memo = parse_memo(text, NOW, SHOP)
    assert (memo.customer, memo.customer_is_new, memo.contact) == (customer, False, contact)


@pytest.mark.parametrize(
    ("text", "customer", "contact"),
    [
        ("Talent Director Sandra at Orchid Hotels wants 40 staff", "Orchid Hotels", "Sandra"),
        ("跟主厨 Leo 聊了 pairing menu，Harbour Bistro 要 10 箱", "Harbour Bistro", "Leo"),
        ("Parent meeting with Mrs. Lee today about her daughter Chloe's IELTS prep", "Mrs. Lee",
         None),
        ("Bella 的主人 Mrs. Tan 说 Bella 下周五要做 dental scaling", "Mrs. Tan", None),
        ("@小王 明天上午跟进一下瑞鹏宠物医院的续约", "瑞鹏宠物医院", None),
        ("候选人刘洋今天面完腾讯的终面了", "腾讯", None),
        ("FYI new firmware v2.3 for the F9 lock fixes the Bluetooth pairing bug", None, None),
        ("跟星耀科技的对接人刘洋沟通了，明天把设备清单发给他", "星耀科技", "刘洋"),
        ("康师傅餐饮管理公司的中央厨房设备每季度回访一次", "康师傅餐饮管理公司", None),
        ("Jane Cooper LINE 我, 她的柯基要 book 洗澡+剪指甲", "Jane Cooper", None),  # a corgi
        ("急！明天下午两点带金鼎建设的刘工去看柳工856装载机", "金鼎建设", "刘工"),
        ("跟美团优选的团长群对接了一下，他们要鸡蛋和大米的链接", "美团优选", None),
        ("Open day 上周六 来了 35 families, 转化率 大概 20%, not bad", None, None),
        ("今天和蓝海科技的刘主任开了两个小时会, 下周二上午9点半 send quotation", "蓝海科技",
         "刘主任"),  # 和 opens the clause
        ("丽江古城客栈联盟有12家想统一上我们的预订系统", "丽江古城客栈联盟", None),
        ("刚跟 中建八局 采购 徐经理 通了电话, 岩棉保温 要重新报价", "中建八局", "徐经理"),
        ("Jane Cooper (buyer, Acme Corp) called - wants a restock of 120 tins", "Acme Corp",
         "Jane Cooper"),  # the known person's firm, in brackets with their role
        ("蓝海科技车队的机油用完了，今天给他们配送20桶15W-40", "蓝海科技", None),  # its fleet
        ("Spoke to Jane Cooper (GM at Acme Corp), grinder needs a service", "Acme Corp",
         "Jane Cooper"),
        ("Good meeting with Jane Cooper, new sommelier at Acme Corp. Send samples", "Acme Corp",
         "Jane Cooper"),
        ("接待了孕妈陈女士，婆婆嫌贵，说要再对比一下蓝海科技。下周一上午再回访", "陈女士", None),
        ("Demo of the 2-group La Marzocco at Acme Corp today, owner Carlo Reyes liked it",
         "Acme Corp", "Carlo Reyes"),  # the machine's make after its spec: no one
    ],
)
def test_who_is_the_customer_and_who_is_not(text: str, customer: str | None,
                                            contact: str | None) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.contact) == (customer, contact)


@pytest.mark.parametrize(
    ("text", "contacted"),
    [
        ("Gammon嘅Rachel話下個禮拜一再傾", True),  # Cantonese: 嘅 的, 話 说
        ("Mr. Okoro came in for the open day with his son", True),
        ("Kickoff with Maple Grove School District: PV on the roofs of 4 campuses", True),
        ("Sunway Trading paid 12.5k, invoice closed", False),
        ("鼎泰酒店 本月地面清洁剂 订了20桶 ￥6,400 周四送", False),  # an order alone
        ("Maple Leaf Bakery 的 Olivia WeChat 我, budget 5万以内", True),
        ("山岚咖啡 HQ 采购问 10.20 之前能不能交 6 台 machine", True),
        ("Harrow Learning Centre 的 principal Ms. Ong 今天同意 partner 我们的 coding camp", True),
    ],
)
def test_more_contact_records(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, (*TEAM, KnownCustomer("Gammon"),
                                  KnownCustomer("Sunway Trading"),
                                  KnownCustomer("鼎泰酒店"), KnownCustomer("山岚咖啡"),
                                  KnownCustomer("Maple Leaf Bakery"),
                                  KnownCustomer("Maple Grove School District"))
                      ).contacted is contacted, text


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("今天调休上班。下周一开始每天早上9点开15分钟站会", "2026-11-23T09:00"),
        ("Wed: - grease trap demo @ 10 - bring 5L sample", "2026-11-18T10:00"),
        ("Chen owes ¥3,400 - send him a statement Mon am", "2026-11-23T09:00"),
        ("Tmr 早上 first thing, call 张丽华 讲月底的 café event", "2026-11-19T09:00"),
        ("吴医生说价格要跟合伙人商量，两周后给答复。两周后我再主动打电话跟进", "2026-12-02"),
        ("我们王经理下周也想过去一趟。下周四下午2点先带样品过去找小周", "2026-11-26T14:00"),
        ("Keppel Builders 还欠 S$186k，他们 CFO 说 month end 前付，month end 前 follow up",
         "2026-11-30"),
    ],
)
def test_which_time_is_ours(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.due is not None, text
    assert memo.due.strftime("%Y-%m-%d" if memo.all_day else "%Y-%m-%dT%H:%M") == due


def test_a_birthday_told_today_makes_no_task() -> None:
    memo = parse_memo("陈总生日农历八月十八，今天吃饭时他自己说的，记一下", NOW, TEAM)
    assert memo.birthday is not None and memo.due is None


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("给蓝海科技报了前挡玻璃的价，福耀的一块680元", 680, "quote"),  # one piece, then its price
    ("每月1号去蓝海科技对数，机租每月5千", 5000, "other"),  # 5千 is money, no 5th of the month
    ("Fitting day at Acme Corp went grand. Ciara approves, est. €18,500", 18500, "other"),
    ("张总转了5000定金", 5000, "payment"),
    ("收到张总尾款2万", 20000, "payment"),
    ("张总定了100套，货款12万", 120000, "deal"),
    ("报价：1万张，单价0.35元", 0.35, "quote"),
])
def test_amounts_beside_money_words(text: str, value: float, kind: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.amount is not None
    assert (float(memo.amount.value), memo.amount.kind) == (value, kind)


@pytest.mark.parametrize(("text", "contacted"), [
    ("Glow Lab 的 Chloe 今天来工厂参观，下周寄样品给她", True),
    ("Hilton 的 procurement 今天 confirm 了 order", True),
    ("Chen Zhiqiang msg'd: he's signing the monthly plan", True),
    ("Dale picked up his boat yesterday, walked him through the electronics", True),
    ("Kowloon Trading paid HK$38,000 premium today", False),
    ("Lakeside Dental's office is closed on Fridays.", False),
    ("蓝海科技的Sharon刚email来，要报价", True),
    ("蓝海科技的Alex啱啱打嚟話要补货", True),
    ("半小时后给蓝海科技的何经理回电话", False),
    ("FW: from Jane Cooper - pls confirm the stock. Reply by Thursday.", True),
    ("Acme Corp's delivery came in 40 short!! Send the rest by Friday.", False),
    ("上午visit蓝海科技工厂，看了production line", True),
    ("Acme Corp got back to me with their numbers", True),
    ("Acme Corp's invoice was sent to accounts last week, chase Friday", False),
    ("Acme Corp cancelled their subscription via the portal", False),
    ("Was supposed to call Jane Cooper at 9 this morning, totally forgot. Call her at 3.",
     False),  # a call meant, not made
    ("蓝海科技订的护理床上周已经发货了，物流单号也发给他们了", True),  # sent to them
    ("Demo of the new grinder at Acme Corp today, they liked it. Send pricing tmrw", True),
    ("蓝海科技吴老板的烘干机皮带又断了，中秋节前一定要派人去换好", False),  # a belt
    ("今天在蓝海科技看了他们的洗衣房，对隧道式洗涤机比较感兴趣", True),  # seen there
    ("上周五给蓝海科技把20支滤芯全换完了，当场收了3200块", True),  # work done for them
    ("刚从冷库回来 蓝海科技要的羊肉卷明早发货 提醒我9点跟仓库确认车辆", False),  # our store
    ("已经把修订版报价发给蓝海科技了, 总价 ¥128,000, 等他们回复", True),
    ("蓝海科技 uniform order 上周五 delivered 了, 今天跟教务处确认过 sizing 都OK", True),
    ("蓝海科技的 IT 经理 Kevin 看完 demo 很满意, 要求下周五前出 integration 方案", True),
    ("新酿的IPA给蓝海科技的Kevin尝了，他觉得可以，周六晚上8点去谈铺货", True),  # tasted
    ("蓝海科技想租15台新能源车，行政部郑经理今天要了报价，两周后再跟进", True),
    ("Dropped samples of the new chewable at Acme Corp. Dr. Alvarez wants pricing", True),
    ("昨晚蓝海科技的小林发消息，驱虫药卖得好，要补50盒，明天上午发货", True),  # they wrote
    ("明天给蓝海科技的小林发消息确认", False),
    ("Home visit to Jane Cooper, her left aid keeps whistling. Return it on Monday at 3", True),
    ("Fitted Jane Cooper with the new BTE aids. Review appointment in two weeks.", True),
    ("Jane Cooper 今日 fitting 咗, 新 hearing aid 左耳 OK", True),
    ("今天帮 Jane Cooper 的 Tesla Model Y 做完 full PPF, 他很满意", True),
    ("蓝海科技采购部说有机大米可以进他们的超市，下周把检测报告寄过去", True),
    ("前天蓝海科技来还车了，奔驰S级车况没问题，押金已经退了", True),  # they came to return it
    ("今天跟蓝海科技一起把二期洁净室验收做完了，各项指标都过了", True),
    ("啱啱同蓝海科技對完數，收到貨款HK$35,000", True),  # accounts squared with them
    ("早上跟蓝海科技运营小周语音了一下，下周二前把选品表给她", True),  # a voice call
    ("已经给蓝海科技林老师的雅马哈调好音了，收了400块，搞定", True),  # tuned for her
    ("今早上了蓝海科技的船，轮机长老李要一批缆绳，清单拍给我了，明天中午之前要报出去", True),
    ("Johor farm visit w/ Mr Wong of Acme Corp, feed conversion improving on our premix", True),
    ("Acme Corp site mtg done. Steam lines need re-lagging. Submit tender docs before 30/6", True),
    ("Fire marshal inspection at Acme Corp got pushed. Meet their facilities guy Tom Reyes on "
     "site next Tuesday at 7:30", False),  # someone else's inspection
])
def test_contact_records_said_other_ways(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, TEAM).contacted is contacted


@pytest.mark.parametrize(("text", "contact"), [
    ("见了蓝海科技的采购经理蒋总和QC的Emily，明天上午把8D报告发给Emily", "Emily"),
    ("Met Acme Corp's owner, Kenny, and his manager, Lily. Send Lily the price list tomorrow",
     "Lily"),
    ("Renewal call with Acme Corp's head of IT Martin Cole. Send pricing Monday", "Martin Cole"),
    ("Called Acme Corp twice, no answer. Left a voicemail for Martin.", "Martin"),
    ("陪我们经理老蔡去了蓝海科技，见了彭经理，周五前把报价发给彭经理", "彭经理"),
    ("Demo at Acme Corp went ok. Their ops head Jun asked about the ASRS option", "Jun"),
    ("上午拜访了蓝海科技的院长孙姐，新楼要50张护理床", "孙姐"),  # 院长|孙姐, no 长孙
    ("去了蓝海科技，见了院长孙医生和采购小周。下周四下午2点带样品过去找小周", "小周"),
    ("下午跟蓝海科技 purchasing 的 Jenny 开了会, 下周一发 proposal 给她", "Jenny"),
    ("Dra. Santos from Acme Corp (QC branch) texted, running low on vaccine", "Dra. Santos"),
    ("walked the pitch at acme corp w/ groundsman Tom today. send ours EOD friday", "Tom"),
    ("Acme Corp 的营养师 Dr. He 说他们想试我们的仔猪 premix，3天后送 sample 到猪场", "Dr. He"),
    ("Stopped by Acme Corp, showed Rick the matte black shower valve line", "Rick"),
    ("石河子的天丰农业想把锅炉换成生物质锅炉，下周一上午十点去现场勘查", None),  # a city
    ("QUOTED ACME CORP USD 86,000 FOR THE 6KW FIBER LASER LAST WEEK. NO REPLY YET.", None),
    ("Acme Corp site visit done. Steam lines on Jurong Island need re-lagging", None),  # a place
    ("VISITED ACME CORP, MR KARIM WANTS 30 MORE OVERLOCK MACHINES. SEND QUOTE IN 2 WEEKS",
     "MR KARIM"),
    ("蓝海科技何姑娘回覆咗，想睇護理床報價，明天上午10點半覆電話給何姑娘", "何姑娘"),
])
def test_which_of_their_people_is_the_contact(text: str, contact: str) -> None:
    assert parse_memo(text, NOW, TEAM).contact == contact


@pytest.mark.parametrize(("text", "customer"), [
    ("紧急，周五下班前把报价发给远航物流公司", "远航物流公司"),
    ("每周一上午10点跟鑫达物流公司对一下运单", "鑫达物流公司"),
    ("月底前把账单跟佳和食品公司核对完", "佳和食品公司"),
    # a kind of firm alone, counted or not, names none (实验小学 is a school's name)
    ("每周一上午10点给合作的6家宠物医院群发一次服务提醒", None),
    ("明天去宠物医院送货", None),
    ("清明后去实验小学签合同", "实验小学"),
    ("下下周三上午开全县农资经销商订货会，提醒我提前准备会场", None),  # the county's, no firm
    ("下周末去东莞参加宠物医疗器械展，顺便拜访新瑞鹏集团", "新瑞鹏集团"),  # a show's trade
])
def test_a_trade_before_the_legal_form_is_no_name(text: str, customer: str | None) -> None:
    assert parse_memo(text, NOW, TEAM).customer == customer


@pytest.mark.parametrize(("text", "now", "due"), [
    # a deadline said on its own day is today's task
    ("Need the signed PO back from Acme Corp by Wednesday", NOW, "2026-11-18"),
    ("低优先级：１１．１８前给蓝海科技寄样品", NOW, "2026-11-18"),
    # a timed plan named by a meeting noun is still ahead
    ("Viewing at the Clapham flat with Jane Cooper this evening, remind me 30 min before",
     NOW, "2026-11-18T18:00"),
    # whom we call is no one who spoke
    ("in 2 hours 提醒我 call 陈总 问那批货的进度", NOW, "2026-11-18T12:00"),
])
def test_tasks_due_today(text: str, now: datetime, due: str) -> None:
    memo = parse_memo(text, now, TEAM)
    assert memo.due is not None, text
    assert memo.due.strftime("%Y-%m-%d" if memo.all_day else "%Y-%m-%dT%H:%M") == due


@pytest.mark.parametrize(("text", "rule", "due"), [
    ("Visit Pinecrest every other Monday to restock", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
     "2026-11-23"),
    ("biweekly on Thursdays sync with Acme Corp", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
     "2026-11-19"),
    ("隔周周五给蓝海科技打电话", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "2026-11-20"),
    ("每两周的周三跟阿里开会", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "2026-11-18"),
])
def test_every_other_week(text: str, rule: str, due: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.due is not None
    assert (memo.recurrence, memo.due.strftime("%Y-%m-%d")) == (rule, due)


LOWER_TEAM = (KnownCustomer("Kinetic Fitness"), KnownCustomer("Hackney Homes Trust"),
              KnownCustomer("Coquitlam Dental Centre"), KnownCustomer("Corbel Office Furniture"))


@pytest.mark.parametrize(("text", "customer", "contact"), [
    ("quick voice note tony from kinetic fitness emailed he wants the price list by friday",
     "Kinetic Fitness", "Tony"),
    ("coquitlam dental centre brenda wants the policy template send it tomorrow afternoon",
     "Coquitlam Dental Centre", "Brenda"),
    ("met the estates manager at hackney homes, paul, re the roof. chase paul on the 1st",
     "Hackney Homes Trust", "Paul"),
    ("kinetic fitness tasting on tuesday also email sandra tomorrow morning",
     "Kinetic Fitness", "Sandra"),
    # written with capitals, the words beside a company are no people
    ("Measure the boardroom at Corbel Office Furniture on Friday", "Corbel Office Furniture",
     None),
])
def test_people_written_in_lower_case(text: str, customer: str, contact: str | None) -> None:
    memo = parse_memo(text, NOW, LOWER_TEAM)
    assert (memo.customer, memo.contact) == (customer, contact)


@pytest.mark.parametrize(("text", "due", "all_day"), [
    ("mtg w/ kinetic fitness tmrw 10, bring the samples", "2026-11-19T10:00", False),
    ("Meeting with Acme Corp Fri 3 - bring the deck", "2026-11-20T15:00", False),
    ("ship Acme Corp tomorrow 10 units", "2026-11-19", True),
])
def test_an_hour_right_after_a_day(text: str, due: str, all_day: bool) -> None:
    memo = parse_memo(text, NOW, TEAM + LOWER_TEAM)
    assert memo.due is not None
    assert (memo.due.strftime("%Y-%m-%d" if all_day else "%Y-%m-%dT%H:%M"), memo.all_day) \
        == (due, all_day)


@pytest.mark.parametrize(("text", "due"), [
    ("周伍前把报价发给蓝海科技", "2026-11-20"),
    ("后天上五十点去华康医疗拜访刘主任", "2026-11-20T10:00"),
    ("明添上午十点去蓝海科技提货", "2026-11-19T10:00"),
    ("@mei re-confirm the crew with Acme Corp by Firday", "2026-11-20"),
    ("lunhc w/ Jane Cooper Firday 12:30", "2026-11-20T12:30"),
])
def test_slips_of_typing_in_time_words(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.due is not None, text
    assert memo.due.strftime("%Y-%m-%d" if memo.all_day else "%Y-%m-%dT%H:%M") == due


def test_typo_fixes_keep_every_offset() -> None:
    for text in ("周伍前发给蓝海科计", "Dniel calld, wnats it by Firday", "后天上五十点"):
        assert len(normalize(text)) == len(text)
    assert normalize("五月 上五楼") == "五月 上五楼"  # no time word: nothing to fix


@pytest.mark.parametrize(("text", "due"), [
    ("李大山当场下单复合肥40吨，元旦前要全部送到。下周一先送20吨", "2026-11-23"),
    ("Ship the full order to Acme Corp by month end; send the first 20 boxes Friday",
     "2026-11-20"),
])
def test_of_two_actions_alike_the_sooner_is_due(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.due is not None
    assert memo.due.strftime("%Y-%m-%d") == due


def test_a_time_on_that_day_is_on_the_day_said_before() -> None:
    memo = parse_memo("蓝海科技的开放日定在12月5号。@小王 你那天早上八点到现场布展。"
                      "蓝海科技的刘主任今天电话里说家长很多", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2026-12-05T08:00"
    assert memo.contacted  # 刘主任…电话里说: she spoke to us


@pytest.mark.parametrize(("text", "contacted"), [
    ("安达快运今天来对账，还有8万尾款没结，周四再去一趟", True),
    ("何美玲问：重疾险确诊后多久能赔付？", True),
])
def test_they_came_or_asked(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, (*TEAM, KnownCustomer("何美玲"))).contacted is contacted


def test_their_doing_at_an_hour_gone_is_no_task() -> None:
    evening = NOW.replace(hour=19)
    memo = parse_memo("今天上午十点，蓝海科技的88,000元货款到账了，九月的账清了。", evening, TEAM)
    assert memo.due is None


BOTH_KNOWN = (KnownCustomer("Kopi Republic Pte Ltd"), KnownCustomer("Jasmine Lim"),
              KnownCustomer("Sunset Bowl"))


@pytest.mark.parametrize(("text", "customer", "contact"), [
    # a known person at a known company: the company, with its person
    ("Lunch with Jasmine Lim from Kopi Republic Pte Ltd. Send Jasmine the proposal Wednesday",
     "Kopi Republic Pte Ltd", "Jasmine Lim"),
    # a role right after a name makes it a person's
    ("Good 40-minute call with Omar Reyes, operations director at Lone Star Pallet Co. "
     "Send Omar the ROI calculator by Thursday", "Lone Star Pallet Co", "Omar Reyes"),
    # whom the task goes to, named in full before
    ("Sunset Bowl's manager Hannah Cole goes on leave; her cover is Jo Marsh. Email Jo an intro "
     "next Monday", "Sunset Bowl", "Jo Marsh"),
    ("Sunset Bowl owes $2,350 on inv 118. txt Diego re pmt 2nite", "Sunset Bowl", "Diego"),
])
def test_the_company_and_its_person(text: str, customer: str, contact: str) -> None:
    memo = parse_memo(text, NOW, BOTH_KNOWN)
    assert (memo.customer, memo.contact) == (customer, contact)


@pytest.mark.parametrize(("text", "due"), [
    ("call Jasmine Lim tmorrow afternon", "2026-11-19T14:00"),
    ("swing by Sunset Bowl on friday arvo to check the inverter", "2026-11-20T14:00"),
    ("txt Jasmine Lim re pmt 2nite", "2026-11-18T20:00"),
])
def test_time_words_as_thumbs_type_them(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, BOTH_KNOWN)
    assert memo.due is not None
    assert memo.due.strftime("%Y-%m-%dT%H:%M") == due


@pytest.mark.parametrize(("text", "contacted"), [
    ("蓝海科技上周五下单了500套刹车片，合同额23.5万，发票已经开了", False),  # an order alone
    ("一个半小时后提醒我给蓝海科技打电话，问问验收单签了没有", False),  # asked, not done
    ("4号上午10点去蓝海科技跟宋主任过一下排课", False),  # 过一下 = go over, a plan
    ("蓝海科技的梁校长手机号谁有？我打了两次都是空号", False),  # no one reached
    ("蓝海科技那边今天下午过去对一下货，上次少发了20卷", False),  # short-shipped, no message
    ("不紧急，下周找时间给陈刚寄一份样件", False),  # 陈刚's 刚 is no "just"
    ("下午两点半给蓝海科技的财务总监冯总讲加计扣除", False),  # our words to him, a plan
    ("蓝海科技合同不续了，改用别家", False),  # not renewed: no one met
    ("蓝海科技上周五付了订金, 今天 财务 confirmed 到账了", False),  # our finance checked
    ("Acme Corp's GST audit closed with no demand.", False),  # the audit closed, no one met
    ("前天去蓝海科技现场试机，张工很满意", True),  # went there, the day before yesterday
    ("Acme Corp signed a framework deal with a Polish mill last month", False),  # not with us
    ("蓝海科技 的 visa 已经 approved, 今日亲自交了 passport 给他", True),  # handed over
    ("Acme Corp wants the service contract signed before Christmas. Send the paperwork", False),
    ("Droped by Acme Corp 2day, manager Rita likes the K9 system", True),  # a typo's drop-in
    ("Walked Acme Corp's project manager Dana Ruiz through the showroom", True),
    ("蓝海科技还欠 SGD 3,250 的 tooling fee, 上个月 已经 reminded 过一次了", True),
    ("蓝海科技的吴经理打电话反映上批橙汁糖度偏高，已经转给品控了", True),
    ("倉庫 說 蓝海科技 上週 下單 的 slippers 已經出貨了", False),  # our warehouse said
    ("老板交代：蓝海科技那批入户门的尾款12万，这周五必须催到", False),  # our boss's orders
    ("Walked the line at Acme Corp this afternoon, two belts are fraying", True),
    ("Acme Corp approved the new colour scheme at yesterday's board meeting.", False),
    ("今天电话里 蓝海科技 黄老板 加单 300 包, 周五前 发货", True),  # a call today
    ("Jane Cooper 回了 WhatsApp: 周五 她 都在 lab, 下周一上午10点 才有空", True),
])
def test_what_is_no_contact_record(text: str, contacted: bool) -> None:
    memo = parse_memo(text, NOW.replace(hour=9), TEAM)
    assert memo.contacted is contacted


def test_a_decimal_ten_thousands_takes_no_tail() -> None:
    memo = parse_memo("月中之前把蓝海科技的保养合同续上，去年签的是4.2万一年", NOW, TEAM)
    assert memo.amount is not None and memo.amount.value == 42000


@pytest.mark.parametrize(("text", "kind"), [
    ("跟蒋涛磨了一下午，终于成交了，三台冷库一共一百零八万，他答应下周三前付30%定金", "deal"),
    ("Sunset Bowl paid the $6,400 balance on the spot", "payment"),
    ("Acme Corp paied the Q3 invioce, $22,400", "payment"),
    ("蓝海科技年底前要把尾款八万结清，月底先打电话催一次", "owed"),
    ("Acme Corp still hasn't paid the USD 3,500 for the May service", "owed"),
    ("今天回访过蓝海科技, 上周买的两个 Birkin 25 很满意, 一共 S$52,000", "deal"),
    ("蓝海科技的锅炉要改燃气，初步估算改造费用120万左右，老板还没拍板", "other"),
    ("Follow up with Jane Cooper next Friday re order, she spends ~HK$25,000/month", "other"),
    ("Showed Jane Cooper the used crane. Offered €215k incl. TÜV. Call her Friday", "quote"),
    ("Jane Cooper phoned, a rival beat us on her Ranger - they offered R385k", "other"),
    ("拜访了蓝海科技的采购刘工，断桥铝6063一吨报到21500元，他嫌贵", "quote"),
    ("CALL JANE COOPER MONDAY 10AM RE CHILEAN CHERRY CONTAINER QUOTE $18,500 LANDED", "quote"),
])
def test_more_amount_kinds(text: str, kind: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.amount is not None and memo.amount.kind == kind


@pytest.mark.parametrize(("text", "customer", "contact"), [
    ("Mid-Autumn 前 送 mooncake gift box 给 Golden Wok 的 Alan", "Golden Wok", "Alan"),
    ("Harbour Brew (HK roastery) 的 buyer Tommy 问 Mythos 2 的价格, 约了下周四吃饭",
     "Harbour Brew", "Tommy"),
    ("金狮酒家 - 老板娘 黄丽娟 说 中秋 dinner 有 40 桌. 下周二前 confirm headcount with her.",
     "金狮酒家", "黄丽娟"),
])
def test_their_person_after_a_bracket_a_dash_or_a_role(text: str, customer: str,
                                                        contact: str) -> None:
    team = (KnownCustomer("Golden Wok"), KnownCustomer("金狮酒家"), KnownCustomer("黄丽娟"))
    memo = parse_memo(text, NOW, team)
    assert (memo.customer, memo.contact) == (customer, contact)


def test_a_date_ruled_out_is_no_due() -> None:
    memo = parse_memo("Jane Cooper rang, she wants the desks delivered on the 21st not the 19th"
                      " so book the van for the 21st", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%d") == "2026-11-21"


def test_everything_called_off_is_no_task() -> None:
    assert parse_memo("今天　暴雨　高架　封路　所有拜访取消　郁闷", NOW, TEAM).due is None


def test_a_slash_date_after_by_is_no_hour() -> None:
    memo = parse_memo("Acme Corp / deliver the letterhead by 12/1", NOW, TEAM)
    assert memo.due is not None and (memo.due.strftime("%Y-%m-%d"), memo.all_day) \
        == ("2026-12-01", True)


@pytest.mark.parametrize("text", [
    "✅ 已跟蓝海科技孙主管确认收货，无异常 👍",
    "Jane Cooper calld, wnats the install moved to Saturday 10am",
    "halsted medical grp / rita signed off on the calendars / $5,640 / deliver by 12/1",
])
def test_more_ways_a_contact_happened(text: str) -> None:
    team = (*TEAM, KnownCustomer("Halsted Medical Group"))
    assert parse_memo(text, NOW, team).contacted


@pytest.mark.parametrize(("text", "rule", "due"), [
    ("从下周开始，每周五下午4点跟蓝海科技对一下发货数据",
     "FREQ=WEEKLY;BYDAY=FR", "2026-11-27T16:00"),
    ("按合同约定每月5号上午去蓝海科技做巡检，包含每月一次的设备巡检，第一次就是下个月5号",
     "FREQ=MONTHLY;BYMONTHDAY=5", "2026-12-05T09:00"),
])
def test_a_first_date_lands_on_the_recurrence(text: str, rule: str, due: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.due is not None
    assert (memo.recurrence, memo.due.strftime("%Y-%m-%dT%H:%M")) == (rule, due)


def test_paying_yearly_is_a_rate_not_a_recurrence() -> None:
    memo = parse_memo("陈国栋倾向于每年交五万，交十年。约了下周六下午两点去他家里", NOW, TEAM)
    assert memo.recurrence is None
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2026-11-28T14:00"


@pytest.mark.parametrize(("text", "contact"), [
    ("恒隆广场的物业经理刘志华说车库照明改造批下来了。刘经理要我们下个月10号前报价", "刘志华"),
    ("上午在味佳食品的门店跟何丽萍聊了一个多小时，她挺满意。下周把备件清单发她", "何丽萍"),
])
def test_a_known_person_at_the_company_is_its_contact(text: str, contact: str) -> None:
    team = (KnownCustomer("恒隆广场"), KnownCustomer("刘志华"), KnownCustomer("味佳食品"),
            KnownCustomer("何丽萍"))
    assert parse_memo(text, NOW, team).contact == contact


@pytest.mark.parametrize(("text", "customer"), [
    ("明早给星河展览服务有限公司发一下展位套餐", "星河展览服务有限公司"),
    ("给彩虹印务报了价，画册一万本总价3万8", "彩虹印务"),
    ("展鸿国际下个月办新品发布会，这周四之前给过去方案", "展鸿国际"),
])
def test_what_a_company_does_is_part_of_its_name(text: str, customer: str) -> None:
    assert parse_memo(text, NOW, TEAM).customer == customer


@pytest.mark.parametrize(("text", "value"), [("总价3万8，对方说再商量", 38000),
                                             ("总价6万5", 65000),
                                             ("三万五", 35000), ("提成2万5%", 20000)])
def test_a_digit_after_wan_is_thousands(text: str, value: int) -> None:
    memo = parse_memo(f"蓝海科技{text}", NOW, TEAM)
    assert memo.amount is not None and memo.amount.value == value


def test_the_emergency_room_is_no_urgency() -> None:
    assert parse_memo("蓝海科技急诊科的王主任周四上午要样品", NOW, TEAM).priority == "normal"


def test_every_two_weeks_on_friday() -> None:
    memo = parse_memo("每隔两周的周五下午跟蓝海科技对一次数据", NOW, TEAM)
    assert memo.recurrence == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"


@pytest.mark.parametrize(("text", "contacted"), [
    ("杜小姐今天到店面诊，交了定金2000元，约了下周六上午做第一次热玛吉", True),
    ("蓝海科技的Ahmed今天邮件确认下单了，下周五前催他付预付款", True),
    ("蓝海科技 续费12w 已签 下周开票", True),
    ("蓝海科技急诊科的王主任今天微信问我们的清创耗材，周四上午带样品过去", True),
    ("今天上午9点给蓝海科技打电话确认发货", False),
    ("半小时后打给蓝海科技王经理问提货时间", False),
])
def test_came_wrote_or_signed(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW.replace(hour=8), TEAM).contacted is contacted


@pytest.mark.parametrize(("text", "expected"), [
    ("Amit Kapoor turns 60 on the 3rd of April — he mentioned it yesterday", (4, 3)),
])
def test_turning_an_age_on_a_day_is_a_birthday(text: str, expected: tuple[int, int]) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.birthday is not None and (memo.birthday.month, memo.birthday.day) == expected
    assert memo.due is None


@pytest.mark.parametrize(("text", "contact"), [
    ("Acme Corp signed today. Delivery next Thursday at 7; Sasha (the manager) will meet the "
     "truck", "Sasha"),
    ("Wish Mr Koh at Acme Corp a happy new year on Chinese New Year, 9am", "Mr Koh"),
    ("Acme Corp still owes HKD 48,600. Statement emailed today. Follow up on the 25th", None),
])
def test_names_and_words_that_open_a_sentence(text: str, contact: str | None) -> None:
    assert parse_memo(text, NOW, TEAM).contact == contact


def test_a_launch_event_is_no_action_of_ours() -> None:
    memo = parse_memo("展鸿国际下个月办新品发布会，预算50万左右，"
                      "让我们先出个方案，这周四之前给过去", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%d") == "2026-11-19"


def test_a_familiar_name_before_a_meal() -> None:
    assert parse_memo("明天中午约老王吃饭，聊软装尾款", NOW).customer == "老王"


@pytest.mark.parametrize("text", [
    "Has anyone heard back from Acme Corp on the Rotterdam rate?",
    "Does anyone know if the bar manager at Acme Corp, Dan, is still there? Orders stopped.",
])
def test_a_question_to_the_team_records_no_contact(text: str) -> None:
    assert not parse_memo(text, NOW, TEAM).contacted


def test_a_two_letter_name_in_a_crm_line() -> None:
    assert parse_memo("Acme Corp / Jo / wormer promo reorder / 5/11", NOW, TEAM).contact == "Jo"


@pytest.mark.parametrize(("text", "rule"), [
    ("Monthly: stock check call with Acme Corp on the 1st at 10.", "FREQ=MONTHLY;BYMONTHDAY=1"),
    ("Weekly sync with Acme Corp, Tuesday 10am", "FREQ=WEEKLY;BYDAY=TU"),
])
def test_a_plain_rule_takes_the_day_said_with_it(text: str, rule: str) -> None:
    assert parse_memo(text, NOW, TEAM).recurrence == rule


@pytest.mark.parametrize("text", [
    "Jane Cooper asked about Model HX-300 的 lead time, 我说 4-6 weeks",
    "Did Jane Cooper ever pay the 2nd installment? 财务说还没看到那 $8,500",
    "陈思思 的 birthday 是 农历 正月十五，跟元宵节同一天",
    # the present, a habit: no time to act
    "Which blend are Acme Corp on at the moment?",
    "Acme Corp moved their warehouse. Deliveries go there from now on.",
    "Acme Corp usually orders on Mondays",
    "蓝海科技那边一般下午比较忙",
    "Lakeside Dental's office is closed on Fridays.",
    # what is done: no task
    "今天收到恒远货款8000",
    "华为李经理今天挺忙，只聊了十分钟",
    "实验二小刘老师打电话反映周二送的青菜有一筐烂了，已经让仓库补送了",
    "Demo on Friday went great, they want a quote",
    "Call with Nikhil just now — they signed the PO!!",
])
def test_no_date_here(text: str) -> None:
    assert parse_memo(text, NOW, TEAM).due is None


def test_not_seen_yet_is_owed() -> None:
    memo = parse_memo("Did Jane Cooper ever pay? 财务说还没看到那 $8,500", NOW, TEAM)
    assert memo.amount is not None and memo.amount.kind == "owed"


@pytest.mark.parametrize(("text", "kind"), [
    ("Acme Corp made a verbal offer of S$1.68m, asking is S$1.75m", "other"),
    ("跟蓝海科技敲定了，三台冷库一共108万", "deal"),
    ("Acme Corp signed off on the $5,640 order for the calendars", "deal"),
    ("蓝海科技转了5000元过来", "payment"),
])
def test_kind_words_as_the_contract_lists_them(text: str, kind: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.amount is not None and memo.amount.kind == kind


@pytest.mark.parametrize(("text", "value"), [
    ("冯经理说上季度布草洗涤费还欠我们两万三千四", 23400),
    ("蓝海科技总价一万二千五百元", 12500),
    ("蓝海科技报价三千四百元", 3400),
])
def test_chinese_numbers_as_said(text: str, value: int) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.amount is not None and memo.amount.value == value


def test_colloquial_numerals() -> None:
    assert [cn_to_int(t) for t in ("三千四", "两万三", "一百二", "三千零四", "二十五")] \
        == [3400, 23000, 120, 3004, 25]


def test_mr_and_a_surname_said_first() -> None:
    memo = parse_memo("Mr. Lau 的 birthday 是 农历八月初三, 他 prefer 红酒", NOW,
                      (KnownCustomer("Lau Chi Wai"), KnownCustomer("Jane Cooper")))
    assert memo.customer == "Lau Chi Wai"


@pytest.mark.parametrize(("text", "customer"), [
    ("跟进一下启明书店，下周末他们店庆", "启明书店"),
    ("周六在游艇会碰到了海岚资本的赵总，周一上午把资料发他微信", "海岚资本"),
])
def test_bookshops_and_funds_are_companies(text: str, customer: str) -> None:
    assert parse_memo(text, NOW, TEAM).customer == customer


@pytest.mark.parametrize(("text", "due"), [
    ("St Brigid's still waiting on 30 boxes — ring the warehouse at half 9", "2026-11-18T09:30"),
    ("Jane Cooper confirmed her tasting for Saturday, half two", "2026-11-21T14:30"),
])
def test_half_past_as_said_in_britain(text: str, due: str) -> None:
    memo = parse_memo(text, NOW.replace(hour=8), TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == due


@pytest.mark.parametrize(("text", "currency", "value", "kind"), [
    ("send raymond the roaming quote hk$88 per line in two hours", "HKD", 88, "quote"),
    ("met tan wei ming today, budget s$20 an hour", "SGD", 20, "budget"),
    ("九龍灣貿易未找數，仲欠我哋8千蚊，後日再追", "CNY", 8000, "owed"),
])
def test_money_as_thumbs_and_cantonese_write_it(text: str, currency: str, value: int,
                                                kind: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.amount is not None
    assert (memo.amount.currency, memo.amount.value, memo.amount.kind) == (currency, value, kind)


def test_two_companies_joined_by_and() -> None:
    memo = parse_memo("中午在华美达酒店和永辉超市的行政总监姚女士吃了个饭，下周三发方案", NOW,
                      (KnownCustomer("永辉超市"),))
    assert (memo.customer, memo.contact) == ("永辉超市", "姚女士")


def test_a_known_name_less_its_legal_form() -> None:
    memo = parse_memo("九龍灣貿易未找數，仲欠我哋8千蚊，後日再追", NOW,
                      (KnownCustomer("九龙湾贸易有限公司"),))
    assert (memo.customer, memo.customer_is_new) == ("九龙湾贸易有限公司", False)


@pytest.mark.parametrize(("text", "contacted"), [
    ("锦江之星那边问下个月初能不能把新一批床单送到？", True),
    ("Acme Corp 的 Tom 约了 next Monday 10点 做 factory audit", True),
])
def test_they_asked_or_booked(text: str, contacted: bool) -> None:
    team = (*TEAM, KnownCustomer("锦江之星"))
    assert parse_memo(text, NOW, team).contacted is contacted


def test_a_hong_kong_surname_after_mr() -> None:
    memo = parse_memo("Mr. Ho paid 尾款 HK$1.6m today, 交船 下周六", NOW,
                      (KnownCustomer("Ho Man Kit"), KnownCustomer("Jane Cooper")))
    assert memo.customer == "Ho Man Kit"


def test_a_longer_forwarding_company_is_new() -> None:
    memo = parse_memo("Joyce from Lantau Freight Forwarding called. Follow up in a week.", NOW,
                      (KnownCustomer("Lantau Freight"),))
    assert (memo.customer, memo.customer_is_new) == ("Lantau Freight Forwarding", True)


@pytest.mark.parametrize(("text", "month", "day"), [
    ("下周三 is 郑总's birthday, 记得 send 花", 11, 25),
    ("Seesaw 的 owner 今天 birthday 🎂, 送了 一袋 geisha 过去", 11, 18),
    ("Next Friday is Jane Cooper's birthday", 11, 27),
])
def test_a_birthday_said_as_a_day(text: str, month: int, day: int) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.birthday is not None
    assert (memo.birthday.month, memo.birthday.day, memo.birthday.lunar) == (month, day, False)
    assert memo.due is None  # the contract: a birthday memo makes no one-off task


def test_quarterly_preventive_maintenance() -> None:
    memo = parse_memo("Quarterly PM for 蓝海科技 云城 项目, first visit 1月12号 9am", NOW, TEAM)
    assert memo.recurrence == "FREQ=MONTHLY;INTERVAL=3"


def test_hr_person_who_spoke_is_the_contact() -> None:
    memo = parse_memo("蓝海科技的人事小周说她们老板何总下周四来我们公司考察，让我准备一下案例",
                      NOW, TEAM)
    assert (memo.contact, memo.contacted) == ("小周", True)


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("just left acme corp they want two more spin bikes budget around eight thousand dollars",
     8000, "USD"),
    ("jane cooper has a budget of eight hundred euro for art supplies", 800, "EUR"),
])
def test_money_said_in_words(text: str, value: int, currency: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.amount is not None
    assert (memo.amount.value, memo.amount.currency, memo.amount.kind) \
        == (value, currency, "budget")
    assert memo.contacted is text.startswith("just left")


def test_a_time_closing_an_action_is_its_time() -> None:
    memo = parse_memo("Acme Corp: decision at their board meeting on the 9th of December."
                      " Send the catalogue beforehand, this Friday.", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%d") == "2026-11-20"


def test_a_time_said_apart_from_its_day_with_a_full_stop() -> None:
    memo = parse_memo("Acme Corp regatta is Sat Dec 12 — they want 2 demo boats on display from "
                      "9am. #regatta", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2026-12-12T09:00"


def test_a_date_then_a_day_of_next_week_are_two_times() -> None:
    memo = parse_memo("今天带李小姐去看了场地，婚期定在明年5月18号，下周二前出方案和报价",
                      NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%d") == "2026-11-24"


def test_the_first_one_said_as_such() -> None:
    memo = parse_memo("下个月开始每周五下午去蓝海科技专柜做品鉴会，第一次是12月11号", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%d") == "2026-12-11"


@pytest.mark.parametrize(("text", "kind", "currency"), [
    ("春节前找蓝海科技把那批定制酒的尾款18.6万收回来", "owed", "CNY"),
    ("今天拜訪了黃嘉欣，想訂陪月套餐，預算港幣五萬。下週二下午再跟進。", "budget", "HKD"),
])
def test_money_still_to_collect_and_a_currency_before_a_chinese_figure(
        text: str, kind: str, currency: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.amount is not None and (memo.amount.kind, memo.amount.currency) == (kind, currency)


def test_asking_the_team_in_chinese_records_no_contact() -> None:
    assert not parse_memo("有人对接过蓝海科技吗？听说他们换了新的采购总监", NOW, TEAM).contacted


@pytest.mark.parametrize(("text", "customer", "contact"), [
    ("今天上午去了趟星河置业新办公楼，行政部的周姐带我看了三层。下周五之前发方案给她",
     "星河置业", "周姐"),
    ("天猫养车 的 regional buyer 彭总 打来电话。下周二下午三点飞广州当面 pitch",
     "天猫养车", "彭总"),
    ("今天陪设计师去了万科城的样板房，业主孙女士想全屋定制，约了下周六再看", "孙丽", None),
])
def test_a_person_at_a_company_named_before_them(text: str, customer: str,
                                                 contact: str | None) -> None:
    team = (KnownCustomer("周敏"), KnownCustomer("孙丽"), KnownCustomer("彭建"))
    memo = parse_memo(text, NOW, team)
    assert (memo.customer, memo.contact) == (customer, contact)


@pytest.mark.parametrize(("text", "contacted"), [
    ("蓝海科技的张经理问样品寄了没有，后天下午给他回复快递单号", True),
    ("Jane Cooper from Acme Corp 想看 sit-stand desks, 约了 Friday 下午3点 showroom", True),
    ("刚跟蓝海科技 purchasing manager 周姐 chat 完, 明天 send 合同", True),
    ("半小时后打给蓝海科技王经理问提货时间", False),
])
def test_asked_booked_or_chatted(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, TEAM).contacted is contacted


@pytest.mark.parametrize(("text", "contact"), [
    ("跟 Acme Corp 的 supply chain team 定了 weekly sync，每周三 10 点。对接人是 Rachel。",
     "Rachel"),
    ("Mid-Autumn 前 deliver 300 盒 mooncake 去 Acme Corp，佢哋個 purchasing Winnie 話加咗。",
     "Winnie"),
    ("Visited Acme Corp Shanghai flagship today, 他们 nurse 配比是 1:1", None),
    ("今晚10点跟蓝海科技开会对Prime Day备货，重要", None),
])
def test_more_about_who_their_person_is(text: str, contact: str | None) -> None:
    assert parse_memo(text, NOW, TEAM).contact == contact


@pytest.mark.parametrize(("text", "contacted"), [
    ("张敏想在新店开业的时候做个试用装派发，问我们能不能支持500份，我跟她说周一给答复", True),
    ("馮磊裝修的那套房子要換指紋鎖，說五一後找我，不急", True),
    ("3点给蓝海科技的许总回个电话，说一下升降桌的交期", False),
    ("gaojianjun那个厂房的吊装方案专家论证通过了👍", False),
    ("just finished with jane cooper she wants the long range model in white", True),
])
def test_said_asked_or_passed(text: str, contacted: bool) -> None:
    team = (*TEAM, KnownCustomer("张敏"), KnownCustomer("冯磊"), KnownCustomer("高建军"))
    assert parse_memo(text, NOW, team).contacted is contacted


@pytest.mark.parametrize("text", [
    "8:30 call with Acme Corp done - they paid the Q3 balance, ¥318,000 received.",
    "蓝海科技今天回款35,000元，年费结清了",
    "周丽生日是农历五月初五，端午那天，记一下",
])
def test_done_and_paid_make_no_task(text: str) -> None:
    assert parse_memo(text, NOW.replace(hour=11), TEAM).due is None


def test_cantonese_tomorrow_morning() -> None:
    memo = parse_memo("Jane Cooper打嚟話想搞員工福利團購，預算大概五萬，聽朝打電話跟進", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2026-11-19T09:00"


@pytest.mark.parametrize("text", [
    "Closed Acme Corp!! 3 CNC lathes, $412,000 total. Signed at their plant this morning.",
    "蓝海科技 fleet deal 50台 closed!! total ¥6.9M，下个月15号 first batch delivery",
])
def test_a_deal_cried_out_before_its_amount(text: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.amount is not None and memo.amount.kind == "deal"


@pytest.mark.parametrize(("text", "due"), [
    ("Site inspection this morning with Jane Cooper. Send the contract by year end.",
     "2026-12-31"),
    ("周美玲的女儿下周一到伦敦，下午3点去希思罗接机", "2026-11-23T15:00"),
])
def test_year_end_and_a_time_for_the_day_of_their_event(text: str, due: str) -> None:
    memo = parse_memo(text, NOW.replace(hour=15), TEAM)
    assert memo.due is not None
    assert memo.due.strftime("%Y-%m-%d" if memo.all_day else "%Y-%m-%dT%H:%M") == due


@pytest.mark.parametrize("text", [
    "今天上午蓝海科技的领导力工作坊做完了，学员打分4.7，HR说下一期时间还没定",
    "3号冷库的 temperature log 已经 email 给蓝海科技 QA team 了",
    "Acme Corp paid the $18,750 implementation invoice. Nice year-end, team.",
])
def test_scores_rooms_and_seasons_are_no_dates(text: str) -> None:
    assert parse_memo(text, NOW.replace(hour=15), TEAM).due is None


@pytest.mark.parametrize(("text", "customer"), [
    ("下周五上午去天润乳业开产品说明会", "天润乳业"),
    ("远航国际货代的孙经理来电话，今晚8点前给孙经理回话", "远航国际货代"),
    ("今天认识了一个做民宿的老板叫潘晓东，想给他的三家民宿配家具，下周三去莫干山看房子", "潘晓东"),
])
def test_company_names_jieba_cuts_as_verbs(text: str, customer: str) -> None:
    assert parse_memo(text, NOW, TEAM).customer == customer


def test_a_familiar_name_before_a_verb() -> None:
    memo = parse_memo("路过蓝海科技新开的门店，进去坐了一下，店长小马认出了我，聊了几句。"
                      "下周再去拜访", NOW, TEAM)
    assert (memo.customer, memo.contact) == ("蓝海科技", "小马")


@pytest.mark.parametrize(("text", "kind"), [
    ("Acme Corp pd $9.2k 2day, still owe 4.6k, f/u nxt wk", "payment"),
    ("蓝海科技仲爭我哋HK$45,000尾數，後日朝早追佢", "owed"),
    ("Jane Cooper came in and bougth the Rolex Submariner for €9,400.", "deal"),
])
def test_kinds_as_thumbs_and_cantonese_write_them(text: str, kind: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.amount is not None and memo.amount.kind == kind


def test_daily_at_an_hour() -> None:
    memo = parse_memo("Daily 8am temperature report to Acme Corp, starting tomorrow", NOW, TEAM)
    assert memo.recurrence == "FREQ=DAILY"
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2026-11-19T08:00"


def test_a_village_secretary_is_a_title() -> None:
    memo = parse_memo("王支书问补贴申报材料啥时候要，跟他说了周一前给", NOW)
    assert (memo.customer, memo.contacted) == ("王支书", True)


def test_a_text_from_them_is_a_contact_record() -> None:
    memo = parse_memo("txt frm Rob at Acme Corp: car 2 ropes ok til jan. chk back in 2 wks",
                      NOW, TEAM)
    assert memo.contacted


def test_someone_who_needs_something_is_their_person() -> None:
    memo = parse_memo("Acme Corp — !1 Farah needs the IQ/OQ docs EOD Monday.", NOW, TEAM)
    assert memo.contact == "Farah"


@pytest.mark.parametrize(("text", "contact"), [
    ("met dr orla fitzgerald at liffey dental studio today, she was happy with the units",
     "Dr Orla Fitzgerald"),
    ("note for monday liffey dental studio wants a second pilot call their ops director aisha "
     "rahman at 10", "Aisha Rahman"),
])
def test_people_in_lower_case_with_titles_and_roles(text: str, contact: str) -> None:
    memo = parse_memo(text, NOW, (KnownCustomer("Liffey Dental Studio"),))
    assert memo.contact == contact


def test_a_lower_case_honorific_finds_the_known_surname() -> None:
    memo = parse_memo("pls remind me 2 call dr goh tmrw @ 11 re the spectrometer quote thx", NOW,
                      (KnownCustomer("Dr. Wei Ling Goh"), KnownCustomer("Jane Cooper")))
    assert memo.customer == "Dr. Wei Ling Goh"


def test_a_typo_of_the_customer_is_no_contact() -> None:
    memo = parse_memo("Folow up with Lakeshore Orthodontcs next Tuesady at 11, they recieved the "
                      "sterilizers", NOW, (KnownCustomer("Lakeshore Orthodontics"),))
    assert (memo.customer, memo.contact) == ("Lakeshore Orthodontics", None)


@pytest.mark.parametrize("text", [
    "蓝海科技的刘队长调去华南区了，新来的队长姓陈，还没见过",
    "蓝海科技去年从我们这买了7台万用表，今年到现在还没下过单 ＃流失预警",
])
def test_moved_away_or_last_year_is_no_contact_now(text: str) -> None:
    assert not parse_memo(text, NOW, TEAM).contacted


def test_a_group_around_a_known_name_is_a_longer_new_name() -> None:
    memo = parse_memo("恒昌贸易集团 的 CFO 黄先生 called, they want a D&O quote 下周五前.", NOW,
                      (KnownCustomer("恒昌贸易"),))
    assert (memo.customer, memo.customer_is_new) == ("恒昌贸易集团", True)


def test_their_known_person_is_their_contact() -> None:
    memo = parse_memo("Acme Corp 应收 USD 7,850 已经 overdue 30 days, 下周一上午 escalate "
                      "给他们的 Jane Cooper", NOW, TEAM)
    assert (memo.customer, memo.contact) == ("Acme Corp", "Jane Cooper")


def test_at_the_holiday_dinner_is_on_the_day() -> None:
    memo = parse_memo("Acme Corp still owes S$4,200. Raise it with their PI Prof Tan at the "
                      "Christmas dinner.", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%d") == "2026-12-25"


@pytest.mark.parametrize("text", [
    "Acme Corp reported a leak in unit 4; send a tech Friday",
    "Jane Cooper got in touch about the renewal, call her back Monday",
])
def test_they_reported_or_got_in_touch(text: str) -> None:
    assert parse_memo(text, NOW, TEAM).contacted


def test_that_morning_is_on_the_day_said_before() -> None:
    memo = parse_memo("Acme Corp reorder due 3/12 — check their stock levels that morning.", NOW,
                      TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2027-03-12T09:00"


def test_a_clock_after_a_day_and_its_part_refines_it() -> None:
    memo = parse_memo("Jane Cooper asked for a site visit the Wednesday after next, morning. "
                      "Pencil it in for 10:30.", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2026-12-02T10:30"


@pytest.mark.parametrize(("text", "due"), [
    # a report at a part of today still ahead is past all the same: the future day is due
    ("下午跟蓝海科技的老周通了个电话，让我月底前出个方案", "2026-11-30"),
    # a clock that ends a span is no time of its own
    ("蓝海科技下周二下午三点到四点有空", "2026-11-24T15:00"),
    ("Call Jane Cooper tomorrow 2-3pm", "2026-11-19T14:00"),
    # their doing ranks below ours
    ("Acme Corp ordered on the phone. Delivery Saturday 7am, they open at 8.", "2026-11-21T07:00"),
    # dictation: a run-on memo's clause ends before 我
    ("蓝海科技的吴经理刚打电话来说冷柜坏了让我们尽快派人去看一下我下午两点过去",
     "2026-11-18T14:00"),
    ("今天电话里Jane Cooper说开春要扩建，明年3月再联系她", "2027-03-01"),

    # times beside another language, glued on
    ("下周六10am去蓝海科技", "2026-11-28T10:00"),
    ("下周一10点打电话给蓝海科技催款", "2026-11-23T10:00"),
    ("25号3pm给蓝海科技交货", "2026-11-25T15:00"),
    # typed with a letter dropped or doubled
    ("Schedule the crew at Acme Corp for next Tuesday mornig", "2026-11-24T09:00"),
    ("call Jane Cooper tommorrow evning", "2026-11-19T18:00"),
    # an appointment moved: the new time; a clock on the day said before it
    ("原本2点半跟蓝海科技的会议改到4点", "2026-11-18T16:00"),
    ("蓝海科技下个月10号前报价。今天先去现场踏勘，下午2点到。", "2026-11-18T14:00"),
    ("Call Jane Cooper back in an hour and a half", "2026-11-18T11:30"),

    ("明朝下半日去张伟那里", "2026-11-19T14:00"),
    ("俩小时后提醒我给张伟回电话", "2026-11-18T12:00"),
    ("Call Acme Corp Monday week", "2026-11-30"),
    ("Acme Corp: 12 bottles on the 1st of every month, starting April", "2027-04-01"),
    ("今天打给张伟，他们还要评估，3天后再跟进", "2026-11-21"),
    ("12月初给张伟报价", "2026-12-01"),
    ("下周三或周四给张伟电话", "2026-11-25"),
    ("Acme Corp waiting on our quote, promised for Monday", "2026-11-23"),
    ("今晚跟蓝海科技的王磊吃了饭, 他们要上 sensors, 圣诞后 send proposal", "2026-12-28"),
    ("Acme Corp 想搞 tournament night, 周六下午 过去聊 partnership", "2026-11-21T14:00"),
])
def test_which_time_is_due(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, (*TEAM, KnownCustomer("张伟")))
    assert memo.due is not None
    assert memo.due.strftime("%Y-%m-%d" if memo.all_day else "%Y-%m-%dT%H:%M") == due


@pytest.mark.parametrize(("text", "customer", "contact", "contacted"), [
    ("给万达影城的采购小何回了个电话，报价单明天上午发她", "万达影城", "小何", True),
    ("帮海天味业的陈工调试了设备", "海天味业", "陈工", True),
    ("昨天带绿筑装饰的陈设计师去仓库看了样板", "绿筑装饰", "陈设计师", True),
    ("今天在展会上认识了远大机械的销售总监孔明", "远大机械", "孔明", True),
    ("在华泰物流签了单子，人事部的李秀英负责对接", "华泰物流", "李秀英", True),
    ("和蓝海科技吴总对了一下账，还欠我们3万8", "蓝海科技", "吴总", True),
    ("把样品寄给了蓝海科技的王主管，下周三问问反馈", "蓝海科技", "王主管", True),
    ("蓝海科技的老王约我周五中午吃饭", "蓝海科技", "老王", True),
    ("拜访新客户：星河湾酒店，联系人前厅经理刘洋，下周给打样", "星河湾酒店", "刘洋", True),
    ("今天去了田园农场，邓场长带我看了地", "田园农场", "邓场长", True),
    ("Swung past Harbor Dental this morning, Dr. Kim wants a demo", "Harbor Dental", "Dr. Kim",
     True),
    ("Sat with Maria Lopez of Lopez Bakeries for an hour", "Lopez Bakeries", "Maria Lopez", True),
    ("Had a good chat with Helen Park, Blue Ocean's CFO, about budget", "Blue Ocean",
     "Helen Park", True),
    ("Onsite at Keystone Plant all morning, their maintenance head Bill wants training",
     "Keystone Plant", "Bill", True),
    ("Walk-in lead: Tony Russo wants to lease 5 vans. Send terms by Friday", "Tony Russo", None,
     True),
    ("Sent Chef Wei at Bake House SG a quote", "Bake House SG", "Chef Wei", True),
    ("Meridian Insurance Brokers 的 Jason 打电话来说下周三来提货", "Meridian Insurance Brokers",
     "Jason", True),

    ("张伟跟我说下个月涨价", "张伟", None, True),
    ("张伟那边确认了订单，下周一排产", "张伟", None, True),
    ("张伟发来合同，今天盖章寄回", "张伟", None, True),
    ("张伟咨询了价格，明天给报价", "张伟", None, True),
    ("今儿晚上跟张伟唠了唠，他嫌课时费贵", "张伟", None, True),
    ("今天见了恒信律师事务所的刘律师", "恒信律师事务所", "刘律师", True),
    ("Got an email from Linda over at Acme Corp asking for samples.", "Acme Corp", "Linda", True),
    ("Long one at Acme Corp today. Met Eoin Keane (plant manager). Eoin wants a visit Friday.",
     "Acme Corp", "Eoin Keane", True),
    ("Per Karen (my boss) we're giving Acme Corp the discount. Book the crew Thursday.",
     "Acme Corp", None, False),
    ("Harbor Marine - talked to Ken in parts, needs 40 filters by the 5th", "Harbor Marine", "Ken",
     True),
    ("Dropped in at Riverside Bakery, Maria the manager wants samples", "Riverside Bakery",
     "Maria", True),
    ("Spoke with the owner, Dave, at Tony's Pizza - wants 2 ovens", "Tony's Pizza", "Dave",
     True),
])
def test_who_and_whether_this_too(text: str, customer: str, contact: str | None,
                                  contacted: bool) -> None:
    memo = parse_memo(text, NOW, (*TEAM, KnownCustomer("张伟")))
    assert (memo.customer, memo.contact, memo.contacted) == (customer, contact, contacted)


def test_a_caseless_memo_matches_a_known_name_with_a_typo() -> None:
    memo = parse_memo("MERIDAN INSURANCE BROKERS SIGNED TODAY!!! SEND THE WELCOME PACK MONDAY",
                      NOW, TEAM)
    assert memo.customer == "Meridian Insurance Brokers"


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("蓝海科技的货款还有3万没结", 30000, "owed"),
    ("今天收蓝海科技现金3000", 3000, "payment"),
    ("蓝海科技上个月一共进了8万的货", 80000, "deal"),
    ("Acme Corp renewed for $14,500/yr", 14500, "deal"),
    ("Acme Corp cut us a check for $2,300", 2300, "payment"),
    ("Acme Corp has $50k earmarked for Q1", 50000, "budget"),
    ("刘小姐今天来签了婚宴合同，每桌6688元，定金交了五万", 6688, "deal"),
    ("蓝海科技外包费用预算大概每人每月六千五", 6500, "budget"),
    ("Chen msg'd: he's signing the monthly plan, ¥2,150/mo", 2150, "deal"),
    ("蓝海科技续费了一年，9800元", 9800, "deal"),
    ("蓝海科技上个月的货款8万还没到", 80000, "owed"),
    ("蓝海科技付了一半，剩下4万下月付", 40000, "owed"),
    ("蓝海科技首付款5万已打", 50000, "payment"),
    ("蓝海科技订了两千八的货", 2800, "deal"),
    ("蓝海科技年框200万，今天盖章了", 2000000, "deal"),
    ("蓝海科技这次花了3.8万", 38000, "deal"),
    ("蓝海科技的应付款还有2.3万", 23000, "owed"),
])
def test_amount_kinds_said_other_ways(text: str, value: int, kind: str) -> None:
    amount = parse_memo(text, NOW, TEAM).amount
    assert amount is not None and (amount.value, amount.kind) == (value, kind)


@pytest.mark.parametrize(("text", "priority"), [
    ("明天给蓝海科技打电话，不用太急", "low"),
    ("明天给蓝海科技打电话，可以缓一缓", "low"),
    ("明天给蓝海科技打电话，优先处理", "high"),
    ("call Jane Cooper tomorrow, nothing urgent", "low"),
    ("call Jane Cooper tomorrow, it can wait", "low"),
    ("call Jane Cooper tomorrow, top priority", "high"),
    ("call Jane Cooper tomorrow, hi-pri", "high"),
    ("Not important, but text Jane Cooper tonight", "low"),
    ("not that urgent - call Acme Corp Friday", "low"),
    ("Acme Corp's spare parts aren't important, ship them this Friday", "low"),
    ("send revised p3 outdoor module drawings to acme corp by 15/12", "normal"),  # a pixel pitch
])
def test_negated_priority_is_low(text: str, priority: str) -> None:
    assert parse_memo(text, NOW, TEAM).priority == priority


def test_a_vague_every_few_weeks_is_no_recurrence() -> None:
    memo = parse_memo("Their filter fouls every few weeks. Send Acme Corp the proposal Friday.",
                      NOW, TEAM)
    assert memo.recurrence is None and memo.due is not None


def test_a_new_customer_introduced_by_name() -> None:
    memo = parse_memo("新客户陈嘉欣在Meridian开了间诊所，下周一call她", NOW,
                      (*TEAM, KnownCustomer("Meridian Aesthetics")))
    assert (memo.customer, memo.customer_is_new) == ("陈嘉欣", True)


def test_a_known_company_after_its_city() -> None:
    memo = parse_memo("8点到嘉兴恒丰纺织看AGV路线", NOW, (*TEAM, KnownCustomer("恒丰纺织")))
    assert (memo.customer, memo.customer_is_new) == ("恒丰纺织", False)


def test_a_company_name_jieba_glued_to_its_preposition() -> None:
    memo = parse_memo("帮顺发物流报了个价", NOW, TEAM)
    assert (memo.customer, memo.customer_is_new) == ("顺发物流", True)


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("Acme Corp ordered the package at NZ$1,290", 1290, "NZD"),
    ("张伟预算两千澳币", 2000, "AUD"),
    ("张伟已经付了一千加币订金", 1000, "CAD"),
])
def test_more_currencies(text: str, value: int, currency: str) -> None:
    amount = parse_memo(text, NOW, (*TEAM, KnownCustomer("张伟"))).amount
    assert amount is not None and (amount.value, amount.currency) == (value, currency)


@pytest.mark.parametrize(("text", "due"), [
    ("周一拜会了海天物流陈总", None),  # said on a Wednesday: the Monday just gone
    ("周一见了海天物流陈总，下周五再去一趟", "2026-11-27"),
    ("3号(周四)上午拜访蓝海科技", "2026-12-03"),  # the weekday in brackets names the date
])
def test_a_weekday_beside_a_done_verb_or_a_date(text: str, due: str | None) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.due.strftime("%Y-%m-%d") if memo.due else None) == due


@pytest.mark.parametrize("text", [
    "昨晚跟陈经理喝酒", "前天陪陈经理打高尔夫", "周一拜会了海天物流陈总",
    "这周跑了三家药厂，在蓝海科技聊得最好", "今天跑了蓝海科技在南宁的5家门店，店长反映卖得慢"])
def test_an_evening_out_or_a_formal_call_is_a_contact(text: str) -> None:
    assert parse_memo(text, NOW, TEAM).contacted


@pytest.mark.parametrize(("text", "customer", "contact"), [
    ("老客户万家福超市又订了50箱", "万家福超市", None),  # jieba reads 万家 as a numeral
    ("和益丰大药房谈了年度框架", "益丰大药房", None),  # 和 opens the clause
    ("跟益丰大药房谈了年度框架", "益丰大药房", None),  # jieba glued 跟 to the name
    ("刚和博研生物通了电话，下周一确认交期", "博研生物", None),  # jieba's 刚和博: 刚和 cut off
    ("拜访了速达国际物流的刘经理，周四发报价", "速达国际物流", "刘经理"),  # jieba's 了速|达
    ("下周二上午9点去拜访宏图集团人力资源部", "宏图集团", None),  # 人力 opens a department
    ("今天在展会上认识了蓝鲸数据的CTO王磊", "蓝鲸数据", "王磊"),
])
def test_new_company_names_whole(text: str, customer: str, contact: str | None) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.customer_is_new, memo.contact) == (customer, True, contact)


def test_a_known_short_name_after_a_verb() -> None:
    memo = parse_memo("明天拜访恒远，谈续约", NOW, (*TEAM, KnownCustomer("恒远科技有限公司")))
    assert (memo.customer, memo.customer_is_new) == ("恒远科技有限公司", False)


def test_a_head_of_an_institution_speaks() -> None:
    assert parse_memo("嘉禾幼儿园园长说下学期要换校服", NOW, TEAM).contacted


@pytest.mark.parametrize("text", [
    "Acme Corp: call back Jane re invoice tomorrow",
    "Jane in accounts at Acme Corp says payment is coming",
    "Jane over at Acme Corp liked the demo",
    "Acme Corp visit. Jane showed me their warehouse",
    "Acme Corp's office manager (Jane) wants new chairs",
    "Jane from procurement at Acme Corp emailed back",
])
def test_their_person_placed_addressed_or_acting(text: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.contact) == ("Acme Corp", "Jane")


def test_a_company_we_chase_is_no_contact() -> None:
    memo = parse_memo("Renewal meeting with Acme Corp today; Alan Fenwick isn't happy. "
                      "Remind me to chase Aviva on the 3rd", NOW, TEAM)
    assert memo.contact == "Alan Fenwick"


@pytest.mark.parametrize("text", [
    "和Jane Doe喝了个coffee，聊得挺好",
    "微信上王总确认下周二来看样",
    "与蓝海科技王总面谈，对方要求延长账期",
    "据蓝海科技王总讲，明年预算会增加",
    "跟张伟在电话上过了一遍合同条款",
    "张伟在微信上催发货",
])
def test_contacts_said_in_chinese_other_ways(text: str) -> None:
    assert parse_memo(text, NOW, TEAM).contacted, text


@pytest.mark.parametrize(("text", "due"), [
    ("下周一十点半去蓝海科技", "2026-11-23T10:30"),  # 一 is Monday's, 十点半 the clock
    ("周二十点去蓝海科技", "2026-11-24T10:00"),
    ("星期一十一点去蓝海科技", "2026-11-23T11:00"),
])
def test_a_weekday_keeps_its_numeral_before_a_clock(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == due


@pytest.mark.parametrize("text", [
    "Gave Jane Cooper a tour of the showroom today, she liked the oak range",
    "Dropped the winter samples at Pinecrest this morning. The owner loved the stout.",
    "上周六张伟来仓库提了20箱货，当场付了3000",
])
def test_a_tour_given_or_samples_dropped_is_a_contact(text: str) -> None:
    memo = parse_memo(text, datetime(2026, 11, 18, 16, 0, tzinfo=SHANGHAI),
                      (*TEAM, KnownCustomer("张伟")))
    assert memo.contacted and memo.due is None, text


def test_this_morning_reported_by_what_followed() -> None:
    early = datetime(2026, 11, 18, 7, 20, tzinfo=SHANGHAI)
    memo = parse_memo("Call with Acme Corp's CFO Raj Patel this morning. He signed the PO. "
                      "Training on site Wednesday the 25th at 7.", early, TEAM)
    assert memo.due is not None and memo.due.strftime("%m-%d %H:%M") == "11-25 07:00"


def test_the_recurrence_of_our_action_wins_over_their_habit() -> None:
    memo = parse_memo("Pinecrest run their open day with us every year. Ring them on 1 March "
                      "each year to get it moving.", NOW, TEAM)
    assert (memo.recurrence, memo.due and memo.due.strftime("%Y-%m-%d")) == (
        "FREQ=YEARLY", "2027-03-01")


def test_their_monthly_rate_is_no_recurrence() -> None:
    memo = parse_memo("去了蓝海科技，他们每个月要采购二十来台。下周二上午再打电话跟进", NOW, TEAM)
    assert memo.recurrence is None and memo.due is not None


@pytest.mark.parametrize(("text", "customers", "customer"), [
    ("25号把精修片发给新娘林雨萱，急", (), "林雨萱"),  # jieba leaves 萱 alone
    ("Mdm Koh's birthday is on 3 May", ("Mdm Koh Lay Hoon",), "Mdm Koh Lay Hoon"),
    ("deliver the cellos to Pinecrest on Febuary 12", (), "Pinecrest"),
])
def test_names_read_whole(text: str, customers: tuple[str, ...], customer: str) -> None:
    memo = parse_memo(text, NOW, (*TEAM, *(KnownCustomer(c) for c in customers)))
    assert memo.customer == customer


def test_a_misspelt_month_and_a_model_number() -> None:
    memo = parse_memo("remind me 给 Acme Corp 发 Yamaha U1 的 lead time on Febuary 12", NOW, TEAM)
    assert memo.contact is None
    assert memo.due is not None and memo.due.strftime("%Y-%m-%d") == "2027-02-12"


@pytest.mark.parametrize(("text", "customer", "contact"), [
    ("AFTER NEW YEAR VISIT MR CHOW AT GLOBAL ADHESIVE SOLUTIONS PTE LTD RE PRICING",
     "GLOBAL ADHESIVE SOLUTIONS PTE LTD", "MR CHOW"),
    ("WHO TOOK THE CALL FROM MRS GOH ABOUT THE SCIENCE CLASS??", "MRS GOH", None),
])
def test_names_in_an_all_caps_memo_as_written(text: str, customer: str,
                                               contact: str | None) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.customer_is_new, memo.contact) == (customer, True, contact)


def test_their_person_in_a_department_at_the_company() -> None:
    memo = parse_memo("Joanne in finance at Pinecrest emailed - they paid $2,275 today", NOW, TEAM)
    assert (memo.customer, memo.contact) == ("Pinecrest", "Joanne")


@pytest.mark.parametrize(("text", "customer"), [
    ("欧阳娜娜下周来签约", "欧阳娜娜"),
    ("司马南明天下午三点来公司", "司马南"),
    ("明天下午东方名苑的业主吴先生要来展厅", "吴先生"),  # 东方名苑 is an estate
])
def test_two_character_surnames(text: str, customer: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.customer_is_new) == (customer, True)


def test_their_secretary_speaks() -> None:
    assert parse_memo("郑总秘书说郑总下周出差", NOW, TEAM).contacted


@pytest.mark.parametrize(("text", "customer"), [
    ("New lead from LinkedIn: Priya Nair, CFO at Brightwave", "Brightwave"),
    ("Stock check: blenders low, reorder from Acme Corp Friday", "Acme Corp"),
])
def test_a_platform_or_a_heading_is_no_customer(text: str, customer: str) -> None:
    assert parse_memo(text, NOW, TEAM).customer == customer


def test_a_known_short_name_with_its_city() -> None:
    team = (*TEAM, KnownCustomer("杭州蓝海贸易"))  # 蓝海 alone is 蓝海科技's too
    memo = parse_memo("明天给杭州蓝海送货", NOW, team)
    assert (memo.customer, memo.customer_is_new) == ("杭州蓝海贸易", False)


def test_this_order_at_last_is_no_person() -> None:
    memo = parse_memo("刚收到华美装饰的尾款6.8万，这单总算结清了", NOW, TEAM)
    assert (memo.customer, memo.contact) == ("华美装饰", None)


def test_a_recurring_review_that_went_fine_is_over() -> None:
    memo = parse_memo("Quarterly check-in call with Acme Corp went fine, nothing new. "
                      "Next one in 3 months.", NOW, TEAM)
    assert memo.recurrence is None and memo.due is not None


@pytest.mark.parametrize(("text", "contacted"), [
    ("刚跟蓝海科技的王总确认，下单60箱", True),
    ("跟张伟倾好咗，Fri 10am去佢office sign合约", True),
    ("春节前must collect蓝海科技的尾款18.6万，财务那边已经在问了", False),
    ("蓝海科技的定金还没付。我们王经理说下周末当面提一下", False),
    ("Acme Corp's install moves to Friday. Told their foreman, Colin, this morning.", True),
    ("Treated the yard at Pinecrest, she was lovely. Follow up in 2 weeks.", True),
    ("Cupping at Pinecrest with the owner, Ana. Send samples by Friday.", True),
    ("Tasting at Pinecrest tomorrow at 4 with their team, bring the Rioja", False),
])
def test_who_spoke_and_whether_it_happened(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, (*TEAM, KnownCustomer("张伟"))).contacted is contacted, text


@pytest.mark.parametrize(("text", "due"), [
    ("Meeting with Acme Corp procurment on Wensday 2pm", "2026-11-18T14:00"),
    ("Send Acme Corp samples on Munday", "2026-11-23T00:00"),
    ("Acme Corp wants the samples by Agust 3rd", "2027-08-03T00:00"),
    ("call Acme Corp tomoz 3pm", "2026-11-19T15:00"),
    ("每季度同Acme Corp做一次review，first one 4月8号2:30pm", "2027-04-08T14:30"),
])
def test_typed_slips_and_a_clock_glued_to_its_day(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == due


def test_a_known_name_holding_a_weekday_is_no_time() -> None:
    memo = parse_memo("周一鸣那边定了，上午签的合同", NOW, (*TEAM, KnownCustomer("周一鸣")))
    assert (memo.customer, memo.due) == ("周一鸣", None)  # 上午签的: signed this morning


def test_a_gerund_opening_the_sentence_is_no_name() -> None:
    memo = parse_memo("Acme Corp called - alarm went off overnight. Sending Pete out at 2.",
                      NOW, TEAM)
    assert memo.contact is None


def test_the_first_words_of_a_known_english_name() -> None:
    memo = parse_memo("昨天去Swee Heng收了上个月的invoice，S$12,300", NOW,
                      (*TEAM, KnownCustomer("Swee Heng Bakery")))
    assert (memo.customer, memo.customer_is_new) == ("Swee Heng Bakery", False)


@pytest.mark.parametrize(("text", "customer", "contact"), [
    ("下午在开training，4:30再call蓝天光伏的Mr. Zhou谈price", "蓝天光伏", "Mr. Zhou"),
    ("今天下午去蓝海科技坦了一下午价格，他们嫌我们比沙钢贵", "蓝海科技", None),
    ("MET AHMAD YUSOF AT ACME CORP TODAY, RECEIVED THEIR $7,450 CHEQUE.", "Acme Corp",
     "AHMAD YUSOF"),
    ("GAS LINE INSPECTION AT ACME CORP PASSED. INSTALL THE RANGE NEXT TUESDAY 7AM.",
     "Acme Corp", None),
])
def test_names_beside_english_verbs_rivals_and_capitals(text: str, customer: str,
                                                        contact: str | None) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.contact) == (customer, contact)


def test_a_full_stop_after_a_weekday_ends_its_clause() -> None:
    memo = parse_memo("Green beans from the importer land Tuesday. Book Sione on the roaster "
                      "for a double shift Wednesday, important", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%m-%d") == "11-18"  # Wed, today


def test_a_plus_before_an_order_starts_a_clause() -> None:
    memo = parse_memo("Jane Cooper called re: moving her date from 12/17 to 12/24. check w/ ops "
                      "if 12/24 is open + call her back by 5", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%m-%d %H:%M") == "11-18 17:00"


def test_a_cried_out_deal_outweighs_the_deposit_after() -> None:
    amount = parse_memo("Jane Cooper came in and signed!! $38,500 package, deposit pd $9,625",
                        NOW, TEAM).amount
    assert amount is not None and (amount.value, amount.kind) == (38500, "deal")


def test_a_meeting_typed_short() -> None:
    assert parse_memo("Had a good meetng w/ Farah from Acme Corp.", NOW, TEAM).contacted


def test_a_surname_after_a_title_is_no_weekday() -> None:
    memo = parse_memo("周末去visit蓝海科技，带样品给Dr. Sun试", NOW, TEAM)
    assert (memo.customer, memo.contact) == ("蓝海科技", "Dr. Sun")


def test_the_afternoon_gone_with_a_deal_signed_is_a_contact() -> None:
    evening = datetime(2026, 11, 18, 18, 50, tzinfo=SHANGHAI)
    memo = parse_memo("下午去蓝海科技把热卷500吨的合同签了，总额207.5万。"
                      "下周一remind me跟财务check",
                      evening, TEAM)
    assert memo.contacted and memo.due is not None


def test_a_days_summary_reports() -> None:
    memo = parse_memo("今天跑蓝海科技三家店小结：\n1. 三家店都缺货\n2. 上个月的回款12万已到账",
                      NOW, TEAM)
    assert memo.due is None and memo.contacted


def test_a_holiday_finished_is_no_due() -> None:
    christmas = datetime(2026, 12, 25, 20, 50, tzinfo=SHANGHAI)
    memo = parse_memo("圣诞三场都顺利收工。明晚还有蓝海科技一场，下午4点布场", christmas, TEAM)
    assert memo.due is not None and memo.due.strftime("%m-%d %H:%M") == "12-26 16:00"


@pytest.mark.parametrize(("text", "contact"), [
    ("Acme Corp reception put me through to Paul in purchasing", "Paul"),
    ("Acme Corp called, Kate from their HR team, asking about group rates", "Kate"),
    ("Had a call with Priya and Dev at Acme Corp. Priya decides.", "Priya"),
])
def test_their_person_put_through_from_their_team_or_named_first(text: str,
                                                                   contact: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.contact, memo.contacted) == ("Acme Corp", contact, True)


@pytest.mark.parametrize(("text", "contact"), [
    ("前几天去过蓝海科技，王总不在", "王总"),
    ("蓝海科技王总之前提过想扩产", "王总"),
])
def test_a_known_company_after_a_verb_with_guo(text: str, contact: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.contact, memo.contacted) == ("蓝海科技", contact, True)


@pytest.mark.parametrize(("text", "due"), [
    ("Acme Corp budget gets approved in Q1, circle back in January", "2027-01-01"),
    ("Ring her in March next year to talk dates, Jane Cooper", "2027-03-01"),
    ("Acme Corp's old buyer left in April.", None),  # gone, no due
])
def test_a_month_said_after_a_follow_up(text: str, due: str | None) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.due.strftime("%Y-%m-%d") if memo.due else None) == due


@pytest.mark.parametrize(("text", "due"), [
    ("一月份再联系蓝海科技", "2027-01-01"),
    ("3月份去蓝海科技", "2027-03-01"),
    ("3月份的订单很多", None),  # the March orders: no time to act
])
def test_a_chinese_month_before_a_follow_up(text: str, due: str | None) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.due.strftime("%Y-%m-%d") if memo.due else None) == due


@pytest.mark.parametrize(("text", "rule", "due"), [
    ("隔周五去蓝海科技巡店", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "2026-11-20"),
    ("bi-weekly sync with Acme Corp Thursdays 2pm", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
     "2026-11-19"),
])
def test_every_other_week_said_other_ways(text: str, rule: str, due: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.recurrence, memo.due and memo.due.strftime("%Y-%m-%d")) == (rule, due)


@pytest.mark.parametrize(("text", "customers", "customer", "contact"), [
    ("Annual fire risk assessment for Acme Corp's Croydon block is due, book it for the 3rd",
     (), "Acme Corp", None),
    ("Walkthrough at Acme Corp ran long, they need 6 more mic channels", (), "Acme Corp", None),
    ("下周五前把RFQ回给Seberang Test Solutions Sdn Bhd", (),
     "Seberang Test Solutions Sdn Bhd", None),
    ("今天去锦秀布艺见了王老板，后天上午给他报价", ("锦绣布艺",), "锦绣布艺", "王老板"),
    ("晚上跟新客户聚光文化传媒有限公司的宋导吃了饭", (), "聚光文化传媒有限公司", "宋导"),
    # a city before 的 and a person is where they are: the known person, no firm of theirs
    ("寿光的杨树林要换大棚PO膜，五一后给他送样过去", ("杨树林", "寿光蔬菜合作社"), "杨树林", None),
    ("Acme Corp had Chubb round to quote. Hamid there told me ours came in higher.", (),
     "Acme Corp", "Hamid"),
])
def test_places_suffixes_homophones_and_titles(text: str, customers: tuple[str, ...],
                                               customer: str, contact: str | None) -> None:
    memo = parse_memo(text, NOW, (*TEAM, *(KnownCustomer(c) for c in customers)))
    assert (memo.customer, memo.contact) == (customer, contact)


@pytest.mark.parametrize(("text", "contacted"), [
    ("张伟那边内训费1.2万今天到账了，微信上跟她道了声谢", True),
    ("转发蓝海科技行政的微信：「团检排在国庆后」", True),
    ("朋友介绍了个做水果批发的罗总，下下周三去现场勘测", False),
    ("Livestream dropped again at Acme Corp's youth night. Text them in 2 hours", False),
])
def test_contacts_thanked_forwarded_or_only_introduced(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, (*TEAM, KnownCustomer("张伟"))).contacted is contacted, text


def test_a_question_with_le_is_no_report() -> None:
    late = datetime(2026, 11, 18, 16, 20, tzinfo=SHANGHAI)
    memo = parse_memo("3点给蓝海科技人事回电话 团检名额定了没", late, TEAM)
    assert memo.due is not None and memo.due.strftime("%m-%d %H:%M") == "11-19 15:00"


def test_the_number_of_things_is_no_day() -> None:
    memo = parse_memo("Call Acme Corp purchasing at 11 about the 3 pallet backorder", NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%m-%d %H:%M") == "11-18 11:00"


def test_a_lunar_birthday_said_in_cantonese() -> None:
    birthday = parse_memo("黄伟明 birthday 系 农历三月初八", NOW, TEAM).birthday
    assert birthday is not None and (birthday.month, birthday.day, birthday.lunar) == (3, 8, True)


def test_weekly_on_a_day_said_in_english_after_chinese() -> None:
    memo = parse_memo("每周 Mon 10am 给 Acme Corp 发 weekly ROI report", NOW, TEAM)
    assert memo.recurrence == "FREQ=WEEKLY;BYDAY=MO"


def test_overlapping_company_words_make_one_name() -> None:
    memo = parse_memo("下周一上午10点去宏利达机械设备有限公司看货估价", NOW, TEAM)
    assert (memo.customer, memo.customer_is_new) == ("宏利达机械设备有限公司", True)


def test_a_capital_st_is_no_full_stop() -> None:
    afternoon = datetime(2026, 11, 18, 15, 30, tzinfo=SHANGHAI)
    memo = parse_memo("CALLED DR. MENDOZA AT ST. LUKE'S CLINIC THIS MORNING. THEY PAID THE "
                      "$4,200 INVOICE.", afternoon, TEAM)
    assert memo.due is None and memo.contacted


@pytest.mark.parametrize(("text", "contact"), [
    ("Rats spotted at Acme Corp, their manager Jun Bautista called at 7 this morning",
     "Jun Bautista"),
    ("Acme Corp needs 2 reefers Cape Town to Joburg Thursday, we load at 6am sharp", None),
    ("Acme Corp moved their warehouse to 14 Gracefield Road, Lower Hutt.", None),
])
def test_given_names_that_are_words_and_places_of_two_words(text: str,
                                                           contact: str | None) -> None:
    assert parse_memo(text, NOW, TEAM).contact == contact


def test_a_name_of_a_month_with_a_surname_is_a_person() -> None:
    memo = parse_memo("May Wong wants a quote by Friday", NOW, TEAM)
    assert (memo.customer, memo.customer_is_new) == ("May Wong", True)


def test_words_after_re_in_capitals_are_no_person() -> None:
    memo = parse_memo("CALL ACME CORP TMRW 9AM RE 40FT REEFER RATES, URGENT", NOW, TEAM)
    assert (memo.customer, memo.contact) == ("Acme Corp", None)


def test_their_question_below_our_reply() -> None:
    memo = parse_memo("蓝海科技的何经理问11月中旬有没有能放300人的场地，"
                      "我说查完档期下午四点前回她",
                      NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%m-%d %H:%M") == "11-18 16:00"
    assert memo.contacted


def test_a_comma_after_words_ends_a_clause_before_a_figure() -> None:
    evening = datetime(2026, 11, 18, 19, 40, tzinfo=SHANGHAI)
    memo = parse_memo("下午去蓝海科技把叠合板二期合同签了，320万 月底前把排产计划发给他们",
                      evening, TEAM)
    assert memo.contacted and memo.due is not None and memo.due.strftime("%m-%d") == "11-30"


def test_their_word_over_whatsapp() -> None:
    memo = parse_memo("Acme 那边 Tom 今天 WhatsApp 说 shipment delay 了，明天 call 他", NOW, TEAM)
    assert (memo.contact, memo.contacted) == ("Tom", True)


@pytest.mark.parametrize("text", [
    "Called Acme Corp on the 3rd, no answer",
    "Visited Acme Corp on the 12th with the new catalogue",
    "蓝海科技3号付的款",
    "10号去过蓝海科技一趟",
    "蓝海科技的货12号已经发了",
])
def test_a_day_of_the_month_in_a_report_is_the_one_gone(text: str) -> None:
    assert parse_memo(text, NOW, TEAM).due is None, text


def test_a_day_of_the_month_someone_is_closed_is_ahead() -> None:
    memo = parse_memo("FYI Acme Corp is closed for inventory on the 14th, no deliveries",
                      NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%m-%d") == "12-14"


@pytest.mark.parametrize(("text", "contact", "contacted"), [
    ("At Acme Corp today. Jane needs 4 more licences by Friday", "Jane", True),
    ("Acme Corp (Jane) confirmed the PO number", "Jane", True),
    ("Acme Corp: left Jane a voicemail re renewal", "Jane", False),
])
def test_their_person_in_brackets_left_a_message_or_met_there(text: str, contact: str,
                                                               contacted: bool) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.contact, memo.contacted) == (contact, contacted)


@pytest.mark.parametrize(("text", "customer", "contacted"), [
    ("今天新认识一个做跨境电商的客户叫周凯，下周给他发资料", "周凯", True),
    ("明天去万达广场的星巴克见客户刘先生", "刘先生", False),
    ("在阿里巴巴上认识的客户王磊发来询价", "王磊", True),
    ("区妇幼保健院采购科下周三开标", "区妇幼保健院", False),
])
def test_the_one_called_the_customer_and_a_platform_met_on(text: str, customer: str,
                                                          contacted: bool) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.contacted) == (customer, contacted)


def test_grand_is_a_thousand() -> None:
    amount = parse_memo("Acme Corp order came to 14 grand", NOW, TEAM).amount
    assert amount is not None and (amount.value, amount.kind) == (14000, "deal")


@pytest.mark.parametrize(("text", "due"), [
    ("明后天去蓝海科技", "2026-11-19"),
    ("今明两天给蓝海科技回复", "2026-11-18"),
])
def test_two_days_offered_the_first(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%d") == due


@pytest.mark.parametrize(("text", "due"), [
    ("call Acme Corp this PM", "2026-11-18T14:00"),
    ("quote to Acme Corp before 5 on Thursday", "2026-11-19T17:00"),
    ("FYI Jane Cooper prefers WhatsApp over email and never picks up before 10", None),
])
def test_this_pm_before_five_and_a_habit_near_its_time(text: str, due: str | None) -> None:
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.due.strftime("%Y-%m-%dT%H:%M") if memo.due else None) == due


def test_an_ordinal_before_on_a_weekday_counts_reminders() -> None:
    memo = parse_memo("Acme Corp's payment is late again. 2nd reminder sent today, 3rd on Monday",
                      NOW, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%d") == "2026-11-23"


def test_after_getting_through_a_holiday() -> None:
    august = datetime(2026, 8, 18, 10, 0, tzinfo=SHANGHAI)
    memo = parse_memo("过完十一去蓝海科技", august, TEAM)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%d") == "2026-10-08"


@pytest.mark.parametrize("text", [
    "张总的助理小王说张总下周出差，回来再约", "蓝海科技王总回了个OK"])
def test_their_assistant_spoke_or_they_replied(text: str) -> None:
    assert parse_memo(text, NOW, (*TEAM, KnownCustomer("张总"))).contacted


def test_replied_on_wechat_goods_and_a_deal_signed_last_year() -> None:
    memo = parse_memo("蓝海科技冯总回微信说下周三有空，下周三下午3点去他厂里谈", NOW, TEAM)
    assert memo.contacted and memo.contact == "冯总"
    memo = parse_memo("蓝海科技要的那台雷沃拖拉机报价12W，下下周五之前定下来", NOW, TEAM)
    assert memo.contact is None
    amount = parse_memo("in 2 hours call 蓝海科技李总 about renewal, 去年签的是 ¥52,000",
                        NOW, TEAM).amount
    assert amount is not None and amount.kind == "deal"


@pytest.mark.parametrize("text", [
    "Acme Corp's website says they're closed for renovation",
    "Accounts says Acme Corp paid",
])
def test_a_website_or_our_accounts_saying_is_no_contact(text: str) -> None:
    assert not parse_memo(text, NOW, TEAM).contacted


@pytest.mark.parametrize("text", [
    "Acme Corp - Jane the buyer wants samples",
    "Called Acme Corp's main line, got Jane in sales",
])
def test_jane_the_buyer_and_got_jane(text: str) -> None:
    assert parse_memo(text, NOW, TEAM).contact == "Jane"


@pytest.mark.parametrize("text", [
    "Pricing Committee meets Thursday, prep the deck",
    "Team Offsite in Napa next Thursday",
    "Trade Show booth setup Wednesday 7am",
    "Valentine's pre-orders closed: 3,400 stems across 22 florists",  # a holiday's
    "Q3 CHAINSAW SALES UP 18% VS LAST YEAR. GREAT JOB TEAM",
    "What's the CADR rating on the new Breeze 600? Customers keep asking.",
])
def test_a_title_case_heading_is_no_customer(text: str) -> None:
    assert parse_memo(text, NOW, TEAM).customer is None, text


def test_asked_on_fridays_call_is_the_friday_gone() -> None:
    memo = parse_memo("Does anyone know if we still stock the commodes? Acme Corp asked on "
                      "Friday's call.", NOW, TEAM)
    assert memo.due is None


@pytest.mark.parametrize(("text", "customers", "customer", "contact"), [
    ("Met Amir Siddiqui at the show today. He hates his current POS (RxLink keeps crashing).",
     (), "Amir Siddiqui", None),
    ("New lead: Jollyville Mall in Cebu, marketing head Carla Mendoza. Visit them Friday.",
     (), "Jollyville Mall", "Carla Mendoza"),
    ("这周末去一趟金山贸易量一下门头尺寸 不急", ("金山贸易公司",), "金山贸易公司", None),
])
def test_a_current_product_a_mall_and_a_known_name_without_its_legal_form(
        text: str, customers: tuple[str, ...], customer: str, contact: str | None) -> None:
    memo = parse_memo(text, NOW, (*TEAM, *(KnownCustomer(c) for c in customers)))
    assert (memo.customer, memo.contact) == (customer, contact)


def test_a_deadline_closing_the_clause_before_a_dash() -> None:
    evening = datetime(2026, 11, 18, 18, 20, tzinfo=SHANGHAI)
    memo = parse_memo("Jane Cooper's off to Cabo next week so get the renders over before she "
                      "leaves - by Friday EOD.", evening, TEAM)
    assert memo.due is not None and memo.due.strftime("%m-%d %H:%M") == "11-20 18:00"


def test_a_count_in_capitals_is_no_person() -> None:
    memo = parse_memo("URGENT!! LONE STAR HVAC HAS 3 VANS BROKEN DOWN. CALL THEIR FLEET DESK "
                      "TODAY AT 4", NOW, TEAM)
    assert (memo.customer, memo.contact) == ("LONE STAR HVAC", None)


@pytest.mark.parametrize("text", [
    "Acme Corp accepted the quote",
    "Acme Corp rejected our bid",
    "Spent 2 hrs with Acme Corp's engineers",
])
def test_accepted_rejected_or_hours_spent_with_them(text: str) -> None:
    assert parse_memo(text, NOW, TEAM).contacted


KNOWN = (KnownCustomer("恒远科技"), KnownCustomer("鼎盛集团"), KnownCustomer("Kestrel Labs"),
         KnownCustomer("贝贝熊母婴连锁"), KnownCustomer("赛维"))


@pytest.mark.parametrize(
    ("text", "customer", "contact", "contacted"),
    [
        ("约了恒远王总下周二见面", "恒远科技", "王总", True),
        ("今天在展会上碰到鼎盛的陈总，加了微信", "鼎盛集团", "陈总", True),
        ("今天恒远王总来厂里验货", "恒远科技", "王总", True),
        ("下午在恒远开了两个小时会，技术部也来了", "恒远科技", None, True),
        ("恒远王总加了我微信", "恒远科技", "王总", True),
        ("上周五鼎盛集团的年单最终签给了瑞普，我们输在价格上", "鼎盛集团", None, False),
        ("刚跟贝贝熊的采购张姐聊完，她要一批纸尿裤", "贝贝熊母婴连锁", "张姐", True),
        ("赛维时代的何总下午打电话来", "赛维时代", "何总", True),
        ("Texted Jane at Kestrel Labs re the quote, no reply yet", "Kestrel Labs", "Jane", True),
        ("Called Jane at Kestrel Labs, no answer", "Kestrel Labs", "Jane", False),
        ("Kestrel Labs finally came back - they want to go ahead", "Kestrel Labs", None, True),
        ("Saw Priya at Kestrel Labs, they bought 40 pails", "Kestrel Labs", "Priya", True),
        ("Called Ms Tan (Harbour Foods) about the invoice", "Harbour Foods", "Ms Tan", True),
        ("SPOKE TO DAVE AT RIVERBEND CONSTRUCTION LLC, THEY NEED 2 LIFTS",
         "RIVERBEND CONSTRUCTION LLC", "DAVE", True),
        ("Visited Harbor Freight & Logistics today", "Harbor Freight & Logistics", None, True),
        ("明天10点一刻 跟 Sun Power HK Ltd 嘅 Mr Wong 开 Zoom", "Sun Power HK Ltd", "Mr Wong",
         False),
        ("网上 来 的 lead 周小姐, 刚 跟 她 通 了 电话", "周小姐", None, True),
    ],
)
def test_who_and_whether_as_reps_type_it(text: str, customer: str | None, contact: str | None,
                                         contacted: bool) -> None:
    memo = parse_memo(text, NOW, KNOWN)
    assert (memo.customer, memo.contact, memo.contacted) == (customer, contact, contacted)


@pytest.mark.parametrize(
    ("text", "value", "currency", "kind"),
    [
        ("他家尾款8千还没结", 8000, "CNY", "owed"),
        ("报价3千5", 3500, "CNY", "quote"),
        ("合计贰拾叁万陆仟元整，已签合同", 236000, "CNY", "deal"),
        ("They still owe AED 18,400 on the refill invoice", 18400, "AED", "owed"),
        ("AMC signed at INR 3,60,000/yr", 360000, "INR", "deal"),
        ("quoted Rs 3.6 lakh", 360000, "INR", "quote"),
        ("押金10万已到账，下周进场", 100000, "CNY", "payment"),
        ("我们报了年框价格18.6万，他说要商量", 186000, "CNY", "quote"),
        ("Quoted the annual contract at $9k", 9000, "USD", "quote"),
    ],
)
def test_amounts_as_reps_write_them(text: str, value: int, currency: str, kind: str) -> None:
    amount = parse_memo(text, NOW, KNOWN).amount
    assert amount is not None
    assert (amount.value, amount.currency, amount.kind) == (value, currency, kind)


@pytest.mark.parametrize(
    ("text", "due", "recurrence"),
    [
        ("每月服务费9.6万，下个月1号进场", "2026-12-01", None),
        ("每周一给艺星配送耗材，早上8点半送到", "2026-11-23T08:30", "FREQ=WEEKLY;BYDAY=MO"),
        ("Monthly call with Kestrel Labs, 1st of every month at 10am", "2026-12-01T10:00",
         "FREQ=MONTHLY;BYMONTHDAY=1"),
        ("quarterly maintenance check at kestrel labs, first one jan 12 10am", "2027-01-12T10:00",
         "FREQ=MONTHLY;INTERVAL=3"),
        ("8点到嘉和物业 2号梯要复查", "2026-11-19T08:00", None),
        ("李大山把拖拉机买了，剩下的三万元旦前付清", "2026-12-31", None),
        ("chase them b4 EOD wed pls", "2026-11-18T18:00", None),
    ],
)
def test_when_as_reps_write_it(text: str, due: str, recurrence: str | None) -> None:
    memo = parse_memo(text, NOW, KNOWN)
    assert memo.due is not None
    said = memo.due.strftime("%Y-%m-%d") if memo.all_day else memo.due.strftime("%Y-%m-%dT%H:%M")
    assert (said, memo.recurrence) == (due, recurrence)


def test_a_plan_for_this_friday_said_on_sunday_stays_flagged_past() -> None:
    sunday = datetime(2026, 11, 22, 20, 0, tzinfo=SHANGHAI)
    memo = parse_memo("Kestrel Labs revised schedule - send this Friday", sunday, KNOWN)
    assert memo.due is not None and memo.due.date() == date(2026, 11, 20) and memo.due_is_past


@pytest.mark.parametrize(
    ("text", "customer", "contact", "contacted"),
    [
        ("上午去了趟清源净水，见到采购王姐，她说下周二给答复", "清源净水", "王姐", True),
        ("金麦烘焙的李老板来电，问黄油价格，明天回复他", "金麦烘焙", "李老板", True),
        ("今天陪同王总考察了宏运车队，下周一签合同", "宏运车队", "王总", True),
        ("中午请瑞达人力的HR吃饭，聊得不错，下周三再约", "瑞达人力", None, True),
        ("跟美印包装的小陈微信聊了下，样品周五寄", "美印包装", "小陈", True),
        ("上周四去过鑫达机械，老板说等年后再说，春节后再联系", "鑫达机械", None, True),
        ("拜访华美达酒店，见了采购部赵经理和行政李姐，对布草感兴趣，下周送样", "华美达酒店",
         "赵经理", True),
        ("问下清源净水王姐要不要滤芯", "清源净水", "王姐", False),
        ("下周三跟金源食品的采购开会，提前一天提醒我", "金源食品", None, False),
    ],
)
def test_short_company_names_by_their_trade(text: str, customer: str, contact: str | None,
                                            contacted: bool) -> None:
    memo = parse_memo(text, NOW, ())
    assert (memo.customer, memo.contact, memo.contacted) == (customer, contact, contacted)


@pytest.mark.parametrize(
    ("text", "contacted"),
    [
        ("Per my call with Tom (Kestrel), they need 200 units by the 20th", True),
        ("After our meeting with Kestrel today, they need samples by Friday", True),
        ("Notes from the Kestrel call: samples Fri", True),
        ("Prep questions from the call tomorrow with Kestrel", False),
        ("WhatsApp from Mr Otieno at Mombasa Steelwork: needs 15 cylinders this weekend", True),
        ("Acct: Rocky Mtn Fabrication | Activity: call w/ Tom Becker | Next: survey next Tue",
         True),
        ("Delivered 40 bags of flour to Crust & Co this morning, sample Thurs 7am", True),
        ("刘经理讲他们老板在国外，月底回来再说", True),
        ("今天在展会上遇到蓝海科技刘经理，约下周拜访", True),
        ("上周末来店里看床垫的林小姐 说下周末带她老公再来试躺 记得下周五前把样品调过来", True),
        ("昨天送500株lavender去Greenway Landscaping Pty Ltd，和Tom当面点了数，all good", True),
        ("上周五Parramatta Auto Spares Pty Ltd的Raj来warehouse提了货，invoice已paid", True),
        ("Mr Rahman budget最多S$1.35m，下午WhatsApp了他两个listings，明年1月follow up", True),
        ("Talked to Marcus (our ops lead) about the Riverside Mall night shift. Need to call "
         "Riverside Mall Tuesday 9:30 to confirm the start.", False),
    ],
)
def test_contact_records_in_reports_and_logs(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, ()).contacted is contacted


@pytest.mark.parametrize(
    ("text", "known", "customer", "contact"),
    [
        ("Prairie Sky Grain – Doug Lindqvist emailed, wants a reply by COB tmrw", (),
         "Prairie Sky Grain", "Doug Lindqvist"),
        ("Delivered flour to Crust & Co this morning, Ben paid A$1,120 on delivery", (),
         "Crust & Co", "Ben"),
        ("Every day at 7:30am check the fill report for Western Sydney Hospitals and ping our "
         "coordinator Chloe", (), "Western Sydney Hospitals", None),
        ("Aqua Pure Estates paid the KSh 180,000 balance via M-Pesa this morning", (),
         "Aqua Pure Estates", None),
        ("昨天下午跟大同出版社的吴总编签了三千本画册的印刷合同", (), "大同出版社", "吴总编"),
        ("Met with Johan Botha at Fynbos Properties, Stellenbosch. Send him the proposal Friday",
         ("Fynbos Properties",), "Fynbos Properties", "Johan Botha"),
        ("Met with Johan Botha at Acme Corp. Send him the proposal Friday", (), "Acme Corp",
         "Johan Botha"),
        ("国庆前把Grundfos替代方案send给申江水务集团的刘工，他们budget大概45万", (),
         "申江水务集团", "刘工"),
        ("dropped off linens at Marina Bay Suites this morning Grace says the S$1,450 invoice is "
         "still unpaid chase her again on the 28th", ("Marina Bay Suites",), "Marina Bay Suites",
         "Grace"),
        ("Need to call Dean at Swan Valley Renovations re the recall. Do it Monday 2pm.",
         ("Swan Valley Renovations",), "Swan Valley Renovations", "Dean"),
        ("Headingley Lettings: cleans done. Tom in their accounts told me the invoice is unpaid",
         ("Headingley Lettings",), "Headingley Lettings", "Tom"),
        ("The Cellar Club春节前要50 cases Penfolds做hamper 我下午2点visit他们GM Marcus",
         ("The Cellar Club",), "The Cellar Club", "Marcus"),
        ("今天去启航教育科技见了Ms Sun, 签了teacher training package", (), "启航教育科技",
         "Ms Sun"),
        ("Installed the kitchen at Mrs Bello's Ikoyi duplex last Thursday, she was very happy", (),
         "Mrs Bello", None),
        ("NOTE: APEX BUILDERS STILL OWE US $18,600 ON THE TOWER JOB. CHASE THEIR ACCOUNTS TEAM "
         "NEXT TUESDAY.", ("Apex Builders",), "Apex Builders", None),
    ],
)
def test_who_is_their_person(text: str, known: tuple[str, ...], customer: str,
                             contact: str | None) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(k) for k in known))
    assert (memo.customer, memo.contact) == (customer, contact)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("明天带两块备用电池去丰禾", None),
        ("今天跟刘德贵聊了户用光伏，20块板报价4.6万，周日上午再打电话", (46000, "CNY", "quote")),
        ("跟华厨酒店周工通了电话，要报价：304不锈钢冰箱2台，总价4.6万", (46000, "CNY", "quote")),
        ("他们一批合同要英译中，约12万字，按每千字180元报了价", (180, "CNY", "quote")),
        ("budget is around 7500 Canadian dollars, send the quote Wed", (7500, "CAD", "budget")),
        ("sent the revised quote to linda today, 18k usd for the contract batch",
         (18000, "USD", "quote")),
    ],
)
def test_what_is_money_and_what_kind(text: str, amount: tuple[int, str, str] | None) -> None:
    found = parse_memo(text, NOW, ()).amount
    assert (None if found is None else (found.value, found.currency, found.kind)) == amount


@pytest.mark.parametrize(
    ("text", "now", "due"),
    [
        ("今日汇报：1. 去了安泰物业，量了保安冬装尺码 2. 面料小样下周一寄过去",
         datetime(2026, 8, 19, 18, 20, tzinfo=SHANGHAI), "2026-08-24"),
        ("今日小结：上午去华锐焊接换了减压阀。下午回公司对账，华锐还欠2.3万，下周一上午打电话催一下",
         datetime(2026, 10, 20, 19, 10, tzinfo=SHANGHAI), "2026-10-26T09:00"),
        ("FYI Windy City Tacos returned the fryer on 3/2, accounting is handling the credit",
         datetime(2026, 3, 4, 9, 10, tzinfo=SHANGHAI), None),
        ("Send the renewal on 3/2", datetime(2026, 3, 4, 9, 10, tzinfo=SHANGHAI), "2027-03-02"),
    ],
)
def test_a_day_in_a_report_is_gone(text: str, now: datetime, due: str | None) -> None:
    memo = parse_memo(text, now, ())
    said = None if memo.due is None or not memo.is_task else (
        memo.due.strftime("%Y-%m-%d") if memo.all_day else memo.due.strftime("%Y-%m-%dT%H:%M"))
    assert said == due


@pytest.mark.parametrize(
    ("text", "known", "contact", "contacted"),
    [
        ("SPOKE TO DAVE AT RIVERBEND CONSTRUCTION LLC, THEY NEED 2 SCISSOR LIFTS BY THURSDAY. "
         "CALL HIM TOMORROW 8AM", "Riverbend Construction LLC", "DAVE", True),
        ("DROPPED 60 CO2 CYLINDERS AT RIVERSIDE BREWING THIS AM, SPOKE W/ KEN THE BREWMASTER.",
         "Riverside Brewing", "KEN", True),
        ("明天下午去永盛建设的工地量window尺寸，找工务Jason，他们要soundproof窗120樘", "永盛建设",
         "Jason", False),
        ("今天跟业主方的曹总还有设计院的两个工程师一起巡查了星河湾三期，周五前把纪要发给曹总",
         "星河湾", "曹总", True),
    ],
)
def test_people_in_capitals_counted_goods_and_joint_visits(text: str, known: str,
                                                           contact: str | None,
                                                           contacted: bool) -> None:
    memo = parse_memo(text, NOW, (KnownCustomer(known),))
    assert (memo.contact, memo.contacted) == (contact, contacted)


@pytest.mark.parametrize(
    ("text", "known", "customer", "is_new"),
    [
        ("１２月２０号前把圣诞限定豆的报价８８００元发给半糖咖啡", (), "半糖咖啡", True),
        ("@liam Thornbury Accounting just emailed the signed order, install next Wednesday", (),
         "Thornbury Accounting", True),
        ("明天去帝苑酒店送货", ("香港帝苑酒店",), "香港帝苑酒店", False),
        ("明天去华为", ("华为海思",), "华为", True),
    ],
)
def test_companies_by_trade_and_known_ones_without_their_city(
        text: str, known: tuple[str, ...], customer: str, is_new: bool) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(k) for k in known))
    assert (memo.customer, memo.customer_is_new) == (customer, is_new)


def test_a_passed_afternoon_said_done_is_no_due() -> None:
    night = datetime(2026, 8, 6, 23, 20, tzinfo=SHANGHAI)
    memo = parse_memo("下午跟招商银行开完会，下周一发续约方案给孔老师", night, ())
    assert memo.due is not None and memo.all_day and memo.due.date() == date(2026, 8, 10)


def test_a_count_after_a_money_word_is_no_money() -> None:
    memo = parse_memo("仁济药房巡店完 - 预算：3家店一年 ¥24,000 → 周五下午3点去演示", NOW, ())
    amount = memo.amount
    assert amount is not None and (amount.value, amount.kind) == (24000, "budget")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("周五去Acme，下午3点开会", "2026-12-11T15:00"),
        ("下周二去看牙医复查，上午请半天假", "2026-12-15T09:00"),
        ("周五前交方案，下午3点先去鑫味谈", "2026-12-10T15:00"),
    ],
)
def test_a_part_of_day_in_the_next_clause_is_on_that_day(text: str, due: str) -> None:
    evening = datetime(2026, 12, 9, 20, 0, tzinfo=SHANGHAI)  # a Wednesday
    memo = parse_memo(text, evening, ())
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Renewal call with Ben Walsh — tomorrow works for him, or Thursday at 2pm.",
         "2026-11-19T14:00"),  # said on a Tuesday: the precise option
        ("明天或者周四下午2点都可以，跟张总约续约电话", "2026-11-19T14:00"),
        ("Call Jane Friday or Monday", "2026-11-20"),
    ],
)
def test_of_two_times_offered_the_more_precise(text: str, due: str) -> None:
    tuesday = datetime(2026, 11, 17, 10, 0, tzinfo=SHANGHAI)
    memo = parse_memo(text, tuesday, ())
    assert memo.due is not None
    said = memo.due.strftime("%Y-%m-%d") if memo.all_day else memo.due.strftime("%Y-%m-%dT%H:%M")
    assert said == due


def test_within_next_week_is_next_week() -> None:
    memo = parse_memo("下周内把报价发给张总", NOW, ())
    assert memo.due is not None and memo.all_day and memo.due.date() == date(2026, 11, 23)
    assert parse_memo("本周内回复张总", NOW, ()).due is None  # a range the contract leaves open


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Motorvia Bellville still owes R38,400 on the invoice - chase today 2pm",
         (38400, "ZAR", "owed")),
        ("met kavita today, quoted rupees 4500 per unit, call her back wednesday at 5",
         (4500, "INR", "quote")),
        ("talked to ruben last night, paid 18500 pesos deposit via gcash",
         (18500, "PHP", "payment")),
        ("R&D meeting with Acme R2 tomorrow", None),
        ("10月数据：仁爱齿科下单18.6万 回款只有9万 还差9.6万 下个月初找他们财务刘姐对账",
         (186000, "CNY", "deal")),
    ],
)
def test_rand_rupees_pesos_and_the_kind_of_each_figure(
        text: str, amount: tuple[int, str, str] | None) -> None:
    found = parse_memo(text, NOW, ()).amount
    assert (None if found is None else (found.value, found.currency, found.kind)) == amount


def test_the_start_as_a_noun_leaves_our_call_its_time() -> None:
    thursday = datetime(2026, 9, 24, 16, 0, tzinfo=SHANGHAI)
    memo = parse_memo("We can cover 4 guards from the 1st. Need to call Riverside Mall Tuesday "
                      "9:30 to confirm the start.", thursday, ())
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2026-09-29T09:30"


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("She wants quarterly reviews of niche sales, first one Feb 10 at 10am.",
         "FREQ=MONTHLY;INTERVAL=3"),
        ("we agreed on quarterly restock visits for the plugs first one april 20 at 10",
         "FREQ=MONTHLY;INTERVAL=3"),
        ("Call w/ Dana (Desert Oasis HOA) re: weekly service on their pools. Follow up Thursday "
         "10am.", None),
        ("quote for monthly cleaning at Acme, send Fri", None),
    ],
)
def test_a_recurrence_of_ours_not_the_matter_talked_of(text: str,
                                                        recurrence: str | None) -> None:
    memo = parse_memo(text, NOW, ())
    assert memo.due is not None and memo.recurrence == recurrence


def test_work_done_on_site_is_a_contact_record_and_a_reminder_set_for_their_date() -> None:
    memo = parse_memo("Serviced the fire pump at Lakeside Cold Storage today with their "
                      "facilities guy Dwayne, passed the flow test. Their NFPA 25 annual test is "
                      "due every year on March 15 - set a yearly reminder.", NOW, ())
    assert (memo.contacted, memo.contact, memo.recurrence) == (True, "Dwayne", "FREQ=YEARLY")
    assert memo.due is not None and memo.due.date() == date(2027, 3, 15)
    done = parse_memo("Installed 3 units at Acme Corp this morning, all good", NOW, ())
    assert done.contacted and not done.is_task


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("NOT URGENT - SEND GRUNDFOS PUMP DATASHEETS TO KAVITA AT SHREE WATERWORKS BY 15TH",
         "2026-12-15"),
        ("send datasheets by 15th", "2026-12-15"),
        ("SEND LONE STAR THE TYRE ORDER CONFIRMATION ON THE 28TH", "2026-11-28"),
        ("CALL ACME ON THE 26TH AT 3PM", "2026-11-26"),
        ("dropped off linens at Marina Bay Suites this morning Grace says the invoice is still "
         "unpaid chase her again on the 28th", "2026-11-28"),
    ],
)
def test_a_day_by_its_ordinal_and_an_order_in_a_run_on(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, ())
    assert memo.is_task and memo.due is not None and memo.due.strftime("%Y-%m-%d") == due


def test_a_known_name_in_full_beats_another_known_short_form() -> None:
    memo = parse_memo("瑞丰大厦一楼大象咖啡小林刚来电 咖啡机锅炉报警停机了!! 半小时后到现场", NOW,
                      (KnownCustomer("大象咖啡"), KnownCustomer("瑞丰食品")))
    assert (memo.customer, memo.contact, memo.contacted) == ("大象咖啡", "小林", True)


def test_paid_in_chinese_figures_and_our_driver() -> None:
    memo = parse_memo("刚才陈先生来电话 说上周已经付过九千五了 后天下午去金沙湾换沙缸", NOW, ())
    assert memo.amount is not None and (memo.amount.value, memo.amount.kind) == (9500, "payment")
    ours = parse_memo("由明天开始Cordis Hotel每周二、五早上7点pickup linen，记得remind driver阿强",
                      NOW, (KnownCustomer("Cordis Hotel"),))
    assert (ours.customer, ours.contact) == ("Cordis Hotel", None)


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("mtg w carla frm Pinecrest HOA 2day, send proposal nxt wk pls", "Carla"),
        ("met carla from Pinecrest HOA today", "Carla"),
        ("sent the quote to finance at Pinecrest HOA", None),
    ],
)
def test_a_first_name_in_lower_case_before_a_company_in_capitals(text: str,
                                                                 contact: str | None) -> None:
    memo = parse_memo(text, NOW, (KnownCustomer("Pinecrest HOA"),))
    assert (memo.customer, memo.contact) == ("Pinecrest HOA", contact)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tan & Sons下个project可能要多500 metres ringlock 我11点call Mr Tan谈price "
         "月底前要他们confirm",
         "2026-11-18T11:00"),
        ("The Cellar Club春节前要50 cases Penfolds做hamper 我下午2点visit他们GM Marcus",
         "2026-11-18T14:00"),
    ],
)
def test_a_clock_far_from_a_deadline_in_a_run_on_is_not_on_it(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, ())
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == due


def test_a_role_that_opens_the_memo_keeps_its_name() -> None:
    memo = parse_memo("Captain Ho called today, wants a hull survey next month", NOW, ())
    assert "parse_error" not in memo.notes
    assert (memo.customer, memo.contacted) == ("Captain Ho", True)


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("met Engr. Adebayo of Coastline Builders on site, he signed the PO", (),
         ("Coastline Builders", "Engr. Adebayo", True)),
        ("Jordan (our installer) says Burleigh Beach House Co wants a quote. Ring the owner Kate "
         "Nguyen Friday 10am.", (), ("Burleigh Beach House Co", "Kate Nguyen", False)),
        ("remind me in 90 minutes to phone Gerald Pike about his aid he was in last week for a "
         "clean", ("Gerald Pike",), ("Gerald Pike", None, True)),
        ("Bay Street Law LLP的office manager Priya来email问carpet shampoo 我回了个quote", (),
         ("Bay Street Law LLP", "Priya", True)),
        ("林媽媽今天打來說小宇這次段考數學進步了20分，下週一前回覆她時段", ("林淑芬", "張志偉"),
         ("林淑芬", None, True)),
    ],
)
def test_who_and_whether_said_in_other_ways(text: str, known: tuple[str, ...],
                                            expected: tuple[str, str | None, bool]) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(k) for k in known))
    assert (memo.customer, memo.contact, memo.contacted) == expected


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Agreed quarterly hearing checks for residents, first round 12 Feb at 10am",
         "FREQ=MONTHLY;INTERVAL=3"),
        ("刚跟Kopi Express的Mr Lee谈完 报了S$2,400/月 for daily pickup 明天10am reply他", None),
        ("见了华南跨境的Cindy 他们每月courier budget 2k USD 下下周一下午3点再谈", None),
        ("Set up a fortnightly gutter check at Hackney Homes with Paul, every other Wednesday, "
         "first one on 15 April at 10.", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ("陳伯伯的助聽器每季度回來做一次保養，第一次是下個月初", "FREQ=MONTHLY;INTERVAL=3"),
    ],
)
def test_which_recurrences_are_ours(text: str, recurrence: str | None) -> None:
    memo = parse_memo(text, NOW, ())
    assert memo.due is not None and memo.recurrence == recurrence


def test_their_visit_this_afternoon_said_at_four_is_gone_and_a_record() -> None:
    four = datetime(2026, 7, 18, 16, 0, tzinfo=SHANGHAI)
    memo = parse_memo("下午郑阿姨带她儿子来店里看浴室柜，房子下个月交房，让我下个月初回访一下",
                      four, ())
    assert memo.due is not None and memo.due.date() == date(2026, 8, 1) and memo.contacted


@pytest.mark.parametrize(
    ("text", "known", "customer", "contact"),
    [
        ("batteries for mr o'hara size 312 x 60, post them out wed", ("Seamus O'Hara",),
         "Seamus O'Hara", None),
        ("今日李太打嚟話佢個廚房想用德國五金，預算HK$8萬，下星期六朝早十點上門度尺", (),
         "李太", None),
        ("Victoria Dining Group上次order的Bordeaux还有HK$36,000尾款未付 下星期一call他们accounts",
         ("Victoria Dining Group",), "Victoria Dining Group", None),
    ],
)
def test_goods_are_no_one(text: str, known: tuple[str, ...], customer: str,
                          contact: str | None) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(k) for k in known))
    assert (memo.customer, memo.contact) == (customer, contact)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Rats spotted in the kitchen at Kusina ni Lola this morning. Inspection today 3pm, ASAP",
         "Kusina ni Lola"),
        ("Met Pieter van der Merwe today, send him the price list Friday", "Pieter van der Merwe"),
    ],
)
def test_names_with_small_words_inside(text: str, customer: str) -> None:
    assert parse_memo(text, NOW, ()).customer == customer


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("下周三晚7点来试第一套", "2026-11-25T19:00"),
        ("鲜丰果业的采购钟伟今天来仓库看了车厘子,春节前必须到货,下午4点把报价send给他",
         "2026-11-18T16:00"),
    ],
)
def test_an_evening_hour_and_a_clock_apart_from_a_deadline(text: str, due: str) -> None:
    memo = parse_memo(text, NOW, ())
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == due


@pytest.mark.parametrize(
    ("text", "contacted"),
    [
        ("铁馆健身财务今天来电 8台跑步机的款先付了¥96k 剩下24k月底前结清", True),
        ("星辰外国语学校 Ms Zhou 2day call 来 complain 校车 GPS 不准, 明早9点前回复 her", True),
        ("想offer陈国华榴莲, 还没跟他讲过, 今天中午call他先pitch一下", False),
        ("note to self i still havent called mr morales so call him monday morning", False),
        ("Pieter at Holland Marsh Growers ordered 3 booster pumps by phone, $14,700 total.",
         True),
        ("Site walk at Ridgeline Distribution this morning with Carlos Ortega. Follow up Thu.",
         True),
        ("颐康养老院邓院长今天看了我们的康复训练器演示，明天上午10点送货", True),
        ("刚才辽宁华晨配件王工打电话要切削液的MSDS，今天下班前发给他", True),
        ("Ran the 15kg roaster demo at Bean & Bloom Roasters this morning, they loved it.", True),
        ("晚上跟张国华吃了个饭，他说湘菜馆生意一般", True),  # 张|国华|吃: one name
    ],
)
def test_calls_in_and_calls_not_made(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, ()).contacted is contacted


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("今天去好运来超市 下单了300箱 合计3.36万 先付了1万 剩下货到付清 周四早上8点发车", "deal"),
        ("she placed the order for 25 lehengas ₹3,75,000 and paid 1 lakh advance", "deal"),
        # 还差 then goods counted (两千条) is goods to come, no money owed
        ("她说那批拉链还差两千条然后让我国庆前再确认交期对了纽扣那边报价是八千五", "quote"),
        ("还差两千块没付，下周去收", "owed"),
        # a guess opening the clause after a quote or a budget is of that figure
        ("周三下午给他报个价，估计85万上下", "quote"),
        ("预算他没明说，估计在50万上下", "budget"),
        ("吴经理打电话说清明前要补一批花圈，预计两万左右", "other"),
    ],
)
def test_a_kind_word_before_the_next_figure_is_that_ones(text: str, kind: str) -> None:
    amount = parse_memo(text, NOW, ()).amount
    assert amount is not None and amount.kind == kind


def test_a_quantity_weekly_is_no_recurrence_and_a_lawyer_is_no_firm() -> None:
    assert parse_memo("榴莲 300kg weekly, 今天中午call他", NOW, ()).recurrence is None
    memo = parse_memo("蓝鲸律师事务所吕律师今天来电 提醒我明天上午先把样稿发给她", NOW, ())
    assert (memo.customer, memo.contact) == ("蓝鲸律师事务所", "吕律师")


def test_a_weekday_with_a_dotted_hour_and_talks_by_wechat_or_over_lunch() -> None:
    tuesday_call = parse_memo("ph Ngaio at Kapiti Eco Homes Ltd tues 10.30 re heat pump", NOW, ())
    assert tuesday_call.due is not None
    assert tuesday_call.due.strftime("%Y-%m-%dT%H:%M") == "2026-11-24T10:30"
    wechat = parse_memo("云帆科技行政方琳微信上说他们下周末搬家 周三上午先去新地址看场地", NOW, ())
    assert (wechat.contact, wechat.contacted) == ("方琳", True)
    lunch = parse_memo("今日同信譯翻譯嘅director Angela Yip食咗lunch, 下週一send佢NDA", NOW, ())
    assert lunch.contacted


def test_a_lunar_birthday_after_the_english_word_a_holiday_and_our_explaining() -> None:
    memo = parse_memo("Vivian Xu的birthday是农历七月初七 哈哈 七夕生日", NOW, ())
    assert memo.birthday is not None and (memo.birthday.month, memo.birthday.day,
                                          memo.birthday.lunar) == (7, 7, True)
    assert parse_memo("Mother's Day orders - call Bloom Box Inc at 7", NOW, ()).customer \
        == "Bloom Box Inc"
    assert not parse_memo("COD超标，明天上午给他们打电话说明，ASAP", NOW, ()).contacted


@pytest.mark.parametrize(
    ("text", "known", "customer", "contact"),
    [
        ("bellgate housing assoc rang, leak at block C again", "Bellgate Housing Association",
         "Bellgate Housing Association", None),
        ("Nanyang Girls High HOD Mrs Chua emailed asking for inspection copies",
         "Nanyang Girls' High", "Nanyang Girls' High", "Mrs Chua"),
        ("met harbourgrill mgr today, they want 400 plates", "Harbour Grill", "Harbour Grill",
         None),
        ("MISC的tanker下周到Port Klang, 下周follow up fresh provisions order", "MISC Berhad",
         "MISC Berhad", None),
        ("精研模具这批prototype已经deliver了, 尾款还没付", "深圳市精研模具有限公司",
         "深圳市精研模具有限公司", None),
        ("Acme Corp Mrs Chua emailed asking for copies", "Acme Corp", "Acme Corp", "Mrs Chua"),
        ("昨晚在外滩 Mr & Mrs Smith 餐厅跟主厨 Leo 聊了 pairing menu", "Other Co",
         "Mr & Mrs Smith", "Leo"),
    ],
)
def test_known_names_shortened_run_together_or_without_place_and_form(
        text: str, known: str, customer: str, contact: str | None) -> None:
    memo = parse_memo(text, NOW, (KnownCustomer(known),))
    assert (memo.customer, memo.contact) == (customer, contact)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("拜访嘉禾医药，见了行政部的小李，预算一份一百五以内", 150, "budget"),
        ("他们地库想装40个交流桩，我报了每个桩三千八含安装", 3800, "quote"),
        ("乐享餐饮 代账 月费三百 今天去店里签了一年", 300, "deal"),
        ("今日去咗Lucky Gems睇货, Mr Ho要20pcs 18K手链, quote咗HK$38,000", 38000, "quote"),
        # of several amounts, a space for a comma: the words past it speak of the next figure
        ("给鸿福养殖场王场长打了电话 回款3万已到账 还欠1.5万 他说月底结清", 30000, "payment"),
        ("昨天去山岚咖啡送样 当场下单 合计1.26万 上回欠的3200也一起结清了", 12600, "deal"),
        # a total said alone, then a deposit (not 6800,定金 as one)
        ("林小姐的单子下了，主纱加两套敬酒服一共6800，定金2000已收。", 6800, "deal"),
    ],
)
def test_hundreds_said_in_chinese_beside_a_money_word_and_karats_are_no_money(
        text: str, value: int, kind: str) -> None:
    amount = parse_memo(text, NOW, ()).amount
    assert amount is not None and (amount.value, amount.kind) == (value, kind)


def test_a_budget_of_people_is_no_money() -> None:
    assert parse_memo("预算控制在两百人以内", NOW, ()).amount is None


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("今天在恒泰生物现场踏勘，见了工程部姜工", "苏州恒泰生物科技有限公司"),
        ("月中前把国网电动那边的 tender 文件 submit 上去", "国网电动汽车服务有限公司"),
        ("今天光影那邊打電話來說燈架要加急", "光影摄影工作室"),
        ("乐享餐饮 代账 月费三百 今天去店里签了一年", "乐享餐饮管理有限公司"),
    ],
)
def test_a_known_company_cut_down_one_ending_at_a_time(text: str, known: str) -> None:
    assert parse_memo(text, NOW, (KnownCustomer(known), KnownCustomer("美时婚纱摄影"))).customer \
        == known


def test_slips_full_width_lunar_days_wknd_and_a_chinese_weekday_after_next_week() -> None:
    birthday = parse_memo("今天和赵丽吃了饭，她的生日是农历１０月初８", NOW, ()).birthday
    assert birthday is not None and (birthday.month, birthday.day, birthday.lunar) == (10, 8, True)
    weekend = parse_memo("jade office park emailed, wants it serviced this wknd", NOW, ())
    assert weekend.due is not None and weekend.due.date() == date(2026, 11, 21)
    slips = parse_memo("今天打电化给华彩印染周总，明天上午十点再跟近", NOW, ())
    assert slips.contacted and slips.due is not None and slips.due.hour == 10
    mixed = parse_memo("想 next week三 再 meet 睇样", NOW, ())
    assert mixed.due is not None and mixed.due.date() == date(2026, 11, 25)
    together = parse_memo("next week一起吃饭", NOW, ())
    assert together.due is not None and together.due.date() == date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "contacted"),
    [
        ("仁和医院设备科周科长原话：“预算批下来了，450万。” 月底记得盯一下", True),
        ("韩冬回复：“下周三下午两点来我们公司再讲一遍，老板也在。”", True),
        ("万科物业的张经理call里说国庆后再谈充电桩二期，不急", True),
        ("蔚来design team要的prototype，五一后第一天上班就send过去，重要", False),
    ],
)
def test_words_quoted_after_a_name_and_a_call_said_in_english(text: str,
                                                              contacted: bool) -> None:
    assert parse_memo(text, NOW, (KnownCustomer("韩冬"),)).contacted is contacted


def test_a_review_heading_a_unit_after_a_price_and_the_brewer() -> None:
    review = parse_memo("周末活动回顾：\n1. 上周六借了一套无线麦\n2. 跟马工碰了头", NOW, ())
    assert review.due is None
    litre = parse_memo("刚给唐经理发了报价 5L花生油每桶¥128 今晚8点再打电话确认", NOW, ())
    assert litre.amount is not None and litre.amount.value == 128
    brewer = parse_memo('Walked into Three Rivers Brewing Co. Brewer Nate Olson: "our budget is '
                        '25k, tops." Follow up on the 28th.', NOW, ())
    assert (brewer.contact, brewer.contacted) == ("Nate Olson", True)


@pytest.mark.parametrize(
    ("text", "known", "customer", "contact"),
    [
        ("新航科技 王倩说中秋后定下一期课程", ("新航科技", "王倩"), "新航科技", "王倩"),
        ("Northfield Roofing called - they paid the invoice. Summit Roofing asked for the same "
         "terms.", ("Northfield Roofing Ltd", "Summit Roofing"), "Northfield Roofing Ltd", None),
        ("今天去了Cameron Highlands的Bee Farm Sdn Bhd，跟Mr Tan聊了OEM honey的事",
         ("Tan Ah Huat",), "Bee Farm Sdn Bhd", "Mr Tan"),
        ("明早callJenny确认PCB打样数量", ("Jenny",), "Jenny", None),
    ],
)
def test_a_known_person_beside_a_known_company_and_names_run_into_a_verb(
        text: str, known: tuple[str, ...], customer: str, contact: str | None) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(name) for name in known))
    assert (memo.customer, memo.contact) == (customer, contact)


def test_a_solar_birthday_in_chinese_after_the_english_word() -> None:
    memo = parse_memo("Rachel Ng的birthday是5月12号，她最喜欢Manuka honey", NOW, ())
    assert memo.due is None and memo.birthday is not None
    assert (memo.birthday.month, memo.birthday.day, memo.birthday.lunar) == (5, 12, False)


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("提醒我每周五下午去鱼乐汇补货巡店", "汉口鱼乐汇"),
        ("提醒我6月24号上午9点半去桂林医学院附院参加CT招标开标", "桂林医学院附属医院"),
        ("今朝去咗恒丰置业，行政部何小姐话今年春节礼盒要300份", "广州越秀恒丰置业"),
        ("历下区一中每月1号对账，提醒我", "济南历下区第一中学"),
        ("月中去宜昌中心医院做一次MRI的保养巡检", "宜昌中心人民医院"),
    ],
)
def test_a_known_chinese_name_without_the_places_it_opens_with_or_abbreviated(
        text: str, known: str) -> None:
    assert parse_memo(text, NOW, (KnownCustomer(known), KnownCustomer("襄阳第一人民医院"))
                      ).customer == known


def test_a_kind_of_place_is_no_known_name_without_its_head_and_titles_stay_as_written() -> None:
    memo = parse_memo("周六在游艇会碰到了海岚资本的赵总，周一上午先把资料发他微信", NOW,
                      (KnownCustomer("蓝湾游艇会"),))
    assert memo.customer == "海岚资本"
    titled = parse_memo("Apex Staging 的 Mr 周 phoned — 他们 owe us £6,400", NOW,
                        (KnownCustomer("Apex Staging Ltd"), KnownCustomer("周明")))
    assert (titled.customer, titled.contact) == ("Apex Staging Ltd", "Mr 周")


def test_a_part_of_day_before_arranging_and_a_two_day_trip() -> None:
    arranged = parse_memo("我答应下周一给方案，11月30号上午安排技术过去测节拍", NOW, ())
    assert arranged.due is not None and arranged.due.strftime("%m-%d %H:%M") == "11-30 09:00"
    trip = parse_memo("清明后要搞一次红色游，3天后把延安两日游的线路和报价发给工会王主席", NOW, ())
    assert trip.due is not None and trip.due.date() == date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("华建3号楼明天上午浇筑C30 120方 记得提前确认泵车", "南通市华建建设工程有限公司"),
        ("今天去中盛集团项目部跑了一趟，见了顾总", "江苏中盛建筑集团有限公司"),
        ("今天在顺德美凯待了一整天，上午跟设备部的冯工看了总装线", "佛山市顺德区美凯电器有限公司"),
        ("下午去丰台金桥酒店见了工程部的彭经理", "北京市丰台区金桥国际酒店有限公司"),
        ("昨天下午去了安庆阳光幼儿园，园长姓钱", "安庆市迎江区阳光幼儿园"),
        ("通达路桥还欠43万 下周去对账", "如皋市通达路桥工程有限公司"),
    ],
)
def test_a_registered_name_said_by_its_trade_name_with_or_without_a_place(
        text: str, known: str) -> None:
    others = (KnownCustomer("东莞市精锐五金制品有限公司"), KnownCustomer("顾卫东"))
    assert parse_memo(text, NOW, (KnownCustomer(known), *others)).customer == known


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("accounts says hollis bros paid inv 2207 $8,940", "Hollis Brothers Construction Inc"),
        ("gutter guard promo → keystone properties, email them monday 10am",
         "Keystone Property Management LLC"),
        ("Visit to Harrowden Trust HQ today, met their procurement lead",
         "Harrowden Academies Trust"),
        ("sorrento cafe owes A$1,140 from nov, chase fri", "Sorrento Foreshore Cafe Pty Ltd"),
        ("novafit – restock all 6 gyms before CNY", "NovaFit Gyms Pte Ltd"),
        ("Call with Fiona Leckie this morning, she is the parent rep", "Mrs Fiona Leckie"),
        ("Site survey at Graham Dalton's house in Bexley today. Call him on the 21st.",
         "Graham Dalton"),
    ],
)
def test_a_registered_english_name_as_people_say_it(text: str, customer: str) -> None:
    known = ("Hollis Brothers Construction Inc", "Keystone Property Management LLC",
             "Harrowden Academies Trust", "Sorrento Foreshore Cafe Pty Ltd",
             "NovaFit Gyms Pte Ltd", "Mrs Fiona Leckie", "Bexley Homes Ltd")
    memo = parse_memo(text, NOW, tuple(KnownCustomer(name) for name in known))
    assert memo.customer == customer


@pytest.mark.parametrize(
    ("text", "known", "customer"),
    [
        ("禾木滨江分公司今天盖章了，代账签一年",
         ("杭州禾木餐饮管理有限公司", "杭州禾木餐饮管理有限公司滨江分公司"),
         "杭州禾木餐饮管理有限公司滨江分公司"),
        ("南京云图数据科技有限公司HR今天电话约了周五10点一刻面谈", ("南京云创数据科技有限公司",),
         "南京云图数据科技有限公司"),
        ("温州横达建筑的尾款2.6万还没结 下周三打电话催一下", ("温州恒达建筑工程有限公司",),
         "温州恒达建筑工程有限公司"),
        ("Kapiti Coast Primary want their order in before Christmas. Ring Aroha on Monday",
         ("Kāpiti Coast Primary School",), "Kāpiti Coast Primary School"),
        ("Cupping at Kowhai Café with the owner, Ana Tupou", ("Kowhai Cafe",), "Kowhai Cafe"),
    ],
)
def test_branches_sound_alike_slips_other_trade_names_and_accents(
        text: str, known: tuple[str, ...], customer: str) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(name) for name in known))
    assert memo.customer == customer


@pytest.mark.parametrize(
    ("text", "known", "customer"),
    [
        ("KMS rang - 2 loader tyres blown, call Shane back in 2 hours",
         "Kalgoorlie Mining Services Pty Ltd", "Kalgoorlie Mining Services Pty Ltd"),
        ("Dermot from Cork BC came into the yard and bought 40 lengths", "Cork Build Centre Ltd",
         "Cork Build Centre Ltd"),
        ("drove 120 kms to the site", "Kalgoorlie Mining Services Pty Ltd", None),
        ("Dana W's bday is Oct 14 - she mentioned it at the yard yesterday", "Dana Whitfield",
         "Dana Whitfield"),
    ],
)
def test_initials_in_capitals_and_a_first_name_with_an_initial(
        text: str, known: str, customer: str | None) -> None:
    assert parse_memo(text, NOW, (KnownCustomer(known),)).customer == customer


@pytest.mark.parametrize(
    "text",
    ["优居酒店许经理微信上要20套指纹锁的报价，明天上午发给她",
     "优家酒店管理公司也在问指纹锁，让我周四过去演示",
     "杭州禾丰餐饮公司郑老板过来咨询代账和增资", "禾木滨江分公司今天盖章了，代账签一年",
     "Dermot from Cork BC came into the yard and bought 40 lengths"],
)
def test_asked_by_wechat_came_to_ask_and_stamped_are_contacts(text: str) -> None:
    assert parse_memo(text, NOW, ()).contacted


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("每天早上8点查一下鲜丰那批冻品的温控记录", "苏州鲜丰生鲜超市有限公司"),
        ("锦绣那边的客房窗帘保养，每季度上门清洗一次", "锦绣大酒店（南京）有限公司"),
        ("刚从天诚律所出来，合伙人林律师亲自接待的", "上海天诚律师事务所"),
        ("上周三已经回访过粮丰了，他们对米的口感没意见", "哈尔滨粮丰餐饮管理有限公司"),
    ],
)
def test_a_registered_name_by_the_trade_name_jieba_cuts_after_a_place_it_knows(
        text: str, known: str) -> None:
    memo = parse_memo(text, NOW, (KnownCustomer(known), KnownCustomer("欧林橱柜")))
    assert memo.customer == known


def test_a_word_jieba_only_guesses_is_a_place_stays_in_the_name() -> None:
    memo = parse_memo("黃小姐新房的櫥櫃方案下午已經發過去了，月底前再跟進", NOW,
                      (KnownCustomer("黄丽"), KnownCustomer("欧林橱柜")))
    assert memo.customer == "黄丽"


@pytest.mark.parametrize(
    ("text", "contacted"),
    [
        ("£640 from Tom Whitcombe landed in the account today – no call or email from him.",
         False),
        ("Called Pioneer Dental Lab 3x today, rang out every time. try Dr. Kaur tomorrow 8:30am",
         False),
        ("Anil himself placed the order on phone: 300 plastic pallets. dispatch on 12th", True),
        ("Delta Foods 的 Mike 昨天来 showroom 看了 palletizing robot", True),
        ("惠民超市这个月的货款12600元今天到账了，采购部吴主任也发消息确认了", True),
    ],
)
def test_no_call_calls_that_rang_out_orders_by_phone_and_messages_confirming(
        text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, ()).contacted is contacted


def test_our_finance_is_no_contact_a_known_name_before_gang_and_whom_we_go_to_see() -> None:
    ours = parse_memo("金鼎化工回款35万已到账，我们财务小葛确认过了", NOW,
                      (KnownCustomer("金鼎化工"),))
    assert ours.contact is None
    called = parse_memo("赵丽刚来过电话，要改刺绣图案，30分钟后给她回电话", NOW,
                        (KnownCustomer("赵丽"),))
    assert called.customer == "赵丽"
    visit = parse_memo("明天3pm去BigCatch渔具找Kevin谈鱼竿订单", NOW,
                       (KnownCustomer("BigCatch渔具"),))
    assert (visit.customer, visit.contact) == ("BigCatch渔具", "Kevin")


@pytest.mark.parametrize(
    ("text", "contacted"),
    [
        ("蓉城安居财务打电话说货款8.5万已经转了 明天查一下到账没", True),
        ("何总让我把彩色机的方案发他邮箱 今晚发", True),
        ("云南红高原农业科技来电要试用 明天送两桶样品", True),
        ("蓉城安居的货款，财务那边说已经转了 明天查一下", False),
    ],
)
def test_their_finance_calling_a_boss_asking_me_and_a_call_in_with_a_request(
        text: str, contacted: bool) -> None:
    known = (KnownCustomer("成都蓉城安居装饰工程有限公司"), KnownCustomer("何文斌"))
    assert parse_memo(text, NOW, known).contacted is contacted


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("quoted her ballpark $62,000 w/ install + training", 62000, "quote"),
        ("宏远物业 保洁耗材续约报了12W/年 下下周一前跟进", 120000, "quote"),
        ("柳红梅那边上周五已经付了换货后的1200", 1200, "payment"),
        ("渔家乐农家院前后拿了600多箱，到现在还欠着8400没给", 8400, "owed"),
        ("Stopped by Hansen Ag Repair, sold 2 x rear tires for $5,780, delivering Monday", 5780,
         "deal"),
    ],
)
def test_with_is_no_ten_thousands_a_figure_after_paid_or_owing_and_sold(
        text: str, value: int, kind: str) -> None:
    amount = parse_memo(text, NOW, ()).amount
    assert amount is not None and (amount.value, amount.kind) == (value, kind)


def test_a_service_named_quarterly_someone_not_in_and_a_plan_to_sign_by_a_holiday() -> None:
    service = parse_memo("quarterly parlour service at Trewithen Farm, first one 10 Feb 8am", NOW,
                         ())
    assert service.recurrence == "FREQ=MONTHLY;INTERVAL=3"
    absent = parse_memo("渔家乐农家院还欠着8400没给。今天又送了30箱，人没在，放门口了。", NOW,
                        (KnownCustomer("渔家乐农家院"),))
    assert not absent.contacted
    plan = parse_memo("元旦前 把拓普集团 6台 SCARA 的合同签了, 合同金额 ¥48万", NOW,
                      (KnownCustomer("宁波拓普集团股份有限公司"),))
    assert not plan.contacted


def test_a_clock_after_a_weekly_day_and_a_4k_screen() -> None:
    weekly = parse_memo("金嗓子ktv 每周五16:00巡检音响 p1", NOW, ())
    assert weekly.recurrence == "FREQ=WEEKLY;BYDAY=FR"
    assert weekly.due is not None and weekly.due.strftime("%a %H:%M") == "Fri 16:00"
    assert parse_memo("每周1、3下午开会", NOW, ()).recurrence == "FREQ=WEEKLY;BYDAY=MO,WE"
    assert parse_memo("can you check if the 4K projector is free on 11/28?", NOW, ()).amount \
        is None


def test_dateparser_never_gives_a_year_the_memo_did_not_say() -> None:
    assert absolute_date("金龙酒店的锅炉是2015年的，用的是燃油，能耗高", NOW, "zh") is None
    assert parse_memo("金龙酒店的锅炉是2015年的，用的是燃油，能耗高", NOW, ()).due is None


def test_from_now_on_a_budget_for_a_contract_and_tenths_after_kuai() -> None:
    weekly = parse_memo("Sandton Lock & Safe: weekly stock call every Friday at 4 from now on",
                        NOW, ())
    assert weekly.due is not None and weekly.due.strftime("%a %H:%M") == "Fri 16:00"
    budget = parse_memo("Gareth rang: their budget for the winter maintenance contract is €30k.",
                        NOW, ()).amount
    assert budget is not None and (budget.value, budget.kind) == (30000, "budget")
    price = parse_memo("老板嫌我们的针织汗布价格偏高 每米报的14块5 没谈拢", NOW, ()).amount
    assert price is not None and price.value == Decimal("14.5")


@pytest.mark.parametrize(
    "text",
    ["华茂吴总交代 以后每周五下午三点把当周的坯布库存表发给他",
     "今天跟黎志明黎老板在他店里坐了一下午 我说回去跟经理商量",
     "went out to Pieter van der Merwe last nite - garage door remote issue sorted"],
)
def test_told_us_to_sat_with_and_went_out_to_are_contacts(text: str) -> None:
    known = (KnownCustomer("苏州华茂纺织有限公司"), KnownCustomer("黎志明"),
             KnownCustomer("Pieter van der Merwe"))
    assert parse_memo(text, NOW, known).contacted


def test_a_new_customer_is_the_one_whose_birthday_is_stated() -> None:
    memo = parse_memo("Tyler Brooks' birthday is October 21. Huge Mets fan.", NOW, ())
    assert (memo.customer, memo.contact) == ("Tyler Brooks", None)


REGISTERED = (
    KnownCustomer("R.J.M. Exteriors Inc"), KnownCustomer("Lockwise Solutions Ltd"),
    KnownCustomer("Bruce's Turf & Garden Pty Ltd"), KnownCustomer("Marcus Yip"),
    KnownCustomer("Zhang Wei"), KnownCustomer("FabLab创客空间"),
    KnownCustomer("晴雨伞业(义乌)有限公司"), KnownCustomer("唐山市冀东钢铁集团有限公司"),
    KnownCustomer("长沙市星城汽车销售服务有限公司"), KnownCustomer("喜洋洋婚庆策划有限公司"),
    KnownCustomer("Mike Delgado"), KnownCustomer("Kim Hock Warehousing"),
    KnownCustomer("Victor Leung"), KnownCustomer("Tsuen Wan Metalworks"),
    KnownCustomer("Neway Karaoke"), KnownCustomer("王丽"),
)


@pytest.mark.parametrize(
    ("text", "customer", "is_new", "contact"),
    [
        ("rjm called about the gutter job, send the crew tomorrow at 7", "R.J.M. Exteriors Inc",
         False, None),
        ("RJM Exteriors wants a second quote by Friday", "R.J.M. Exteriors Inc", False, None),
        ("Walked into Lockwise Doors Ltd thinking it was our Lockwise lot. New account though.",
         "Lockwise Doors Ltd", True, None),
        ("bruces rang, 3 pallets ordered, deliver thu 7am", "Bruce's Turf & Garden Pty Ltd",
         False, None),
        ("#BlackFriday promo: Lockwise Solutions want 50 locks, follow up Friday",
         "Lockwise Solutions Ltd", False, None),
        ("Coldchain Express Mozambique Lda emailed, they want 3 freezers", "Coldchain Express "
         "Mozambique Lda", True, None),
        ("圣诞前 send Marcus 30部 gaming chair 嘅 quote", "Marcus Yip", False, None),
        ("明天上午十点去拜访张伟，带样品", "Zhang Wei", False, None),
        ("昨天见了FabLab的Jason，下周五再去一次", "FabLab创客空间", False, "Jason"),
        ("晴雨伞业王总 折叠伞报价已发 周四前跟进", "晴雨伞业(义乌)有限公司", False, "王总"),
        ("今天去唐山冀东钢铁，见了设备处的郝处长", "唐山市冀东钢铁集团有限公司", False, "郝处长"),
        ("下午去星城汽车开会，谈车展的事", "长沙市星城汽车销售服务有限公司", False, None),
        ("今天去喜洋洋婚庆签了合同", "喜洋洋婚庆策划有限公司", False, None),
        ("苏州贝贝佳玩具店新开的，吴老板人挺爽快，周末过去看看", "苏州贝贝佳玩具店", True,
         "吴老板"),
        ("天韵婚庆公司的灯光租赁，周三之前给方案", "天韵婚庆公司", True, None),
        ("Pastor Delgado wants the LED wall quote reworked", "Mike Delgado", False, None),
        ("Kim Hock Warehousing的finance Ms. Tay今早call我", "Kim Hock Warehousing", False,
         "Ms. Tay"),
        ("Victor Leung told me Tsuen Wan Metalworks has no budget till March",
         "Tsuen Wan Metalworks", False, "Victor Leung"),
        ("今早跟Neway的purchasing王小姐聊了，要换30间房的mic", "Neway Karaoke", False, "王小姐"),
        ("Spoke to Hamid at Greenline Apartments about the lift, quote by Friday",
         "Greenline Apartments", True, "Hamid"),
    ],
)
def test_registered_names_said_as_people_say_them(text: str, customer: str, is_new: bool,
                                                  contact: str | None) -> None:
    memo = parse_memo(text, NOW, REGISTERED)
    assert (memo.customer, memo.customer_is_new, memo.contact) == (customer, is_new, contact)


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("visited Brightway Mall, chatted w Liam about the snack machines", "Liam"),
        ("just left stone and tile depot talked to ray about the porcelain order", "Ray"),
        ("周末去 Kmart Chatswood 摆摊, store manager 是 Priya, 记得带价目表", "Priya"),
        ("GoShare那边的合作不急，下周三下午再call Wendy聊", "Wendy"),
        ("今天下午去了润泽物业公司，见了物业经理孙海涛。孙经理说业主群里吵了半年了", "孙海涛"),
    ],
)
def test_the_person_spoken_with(text: str, contact: str) -> None:
    known = (KnownCustomer("Brightway Mall"), KnownCustomer("Stone and Tile Depot"),
             KnownCustomer("Kmart Chatswood"), KnownCustomer("GoShare"))
    assert parse_memo(text, NOW, known).contact == contact


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("restock the 5 units at the library this Friday3pm", "2026-11-20T15:00"),
        ("FollowUp w/ VoltPad nextTuesday re the reprint", "2026-11-24"),
        ("followup w/ Sarah nextweek re the fitting", "2026-11-23"),
        ("余款12/28前催", "2026-12-28"),
        ("Submit ours by Thursday the 26th COB.", "2026-11-26T18:00"),
        ("冯工 明年3月 二期 再联系", "2027-03-01"),
        ("采购说要看样书 周四寄", "2026-11-19"),
        ("早上去 Mount Pleasant 看了, 他们下单了. 周五3点去收支票", "2026-11-20T15:00"),
    ],
)
def test_times_typed_glued_spaced_or_beside_another(text: str, due: str) -> None:
    memo = parse_memo(text, datetime(2026, 11, 18, 11, 45, tzinfo=SHANGHAI), ())
    assert memo.due is not None
    assert memo.due.isoformat().startswith(due if "T" in due else due[:10])
    assert memo.all_day == ("T" not in due)


def test_a_clock_typed_off_by_spaces_after_it_passed_is_tomorrows() -> None:
    memo = parse_memo("8点到嘉和物业 2号梯昨天困人了要复查 钱主管在现场等 急",
                      datetime(2026, 11, 12, 21, 10, tzinfo=SHANGHAI), ())
    assert memo.due == datetime(2026, 11, 13, 8, 0, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("evry friday 4pm check stock levels", "FREQ=WEEKLY;BYDAY=FR"),
        ("Signed a 12-month agreement today, £42,000 a year, billed monthly.", None),
        ("Sharma Textiles signed, Rs 3.2 lakh annually. Kickoff next Monday 11am", None),
    ],
)
def test_recurrences_typed_and_money_at_a_rate(text: str, recurrence: str | None) -> None:
    assert parse_memo(text, NOW, ()).recurrence == recurrence


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("报了个年框价，大米每吨4,150元，下周五前出合同", 4150, "quote"),
        ("电缆采购预算估计三百万左右", 3000000, "budget"),
        ("Met Oksana; they bought the sheeter for USD 7,800 and still owe USD 2,000 on it.",
         7800, "deal"),
        ("Quiet week: 1 order worth £3,900.", 3900, "deal"),
        ("Folow up next Monday re the $2,915 still outstandng", 2915, "owed"),
        ("Visited the pro shop, qouted S$18,500 for 30 sets", 18500, "quote"),
        ("Jason 今天下了一个 S$760 的补货单", 760, "deal"),
    ],
)
def test_amount_kinds_typed_or_bounded_by_the_next(text: str, value: int, kind: str) -> None:
    amount = parse_memo(text, NOW, ()).amount
    assert amount is not None and (amount.value, amount.kind) == (value, kind)


@pytest.mark.parametrize(
    ("text", "contacted"),
    [
        ("Dropped into Pukeko saddlery, they'll look at the bridle range.", True),
        ("刚跟海之味邓总通电话，下单30箱龙虾", True),
        ("SHEIN IT那边demo做完了, feedback OK", True),
        ("今天在川味轩坐了一下午，最后也没谈成", True),
        ("今天下午跟王芳同了电话 货款已经到账了", True),
        ("Does anyone know if Dan at Clapton Social Club is still there?", False),
        ("Does anyone know if Matt still does the stall? He emailed asking for 20 bags.", True),
    ],
)
def test_contact_records_typed_or_asked(text: str, contacted: bool) -> None:
    known = (KnownCustomer("Pukeko Saddlery & Sons Ltd"), KnownCustomer("海之味餐饮集团"),
             KnownCustomer("SHEIN"), KnownCustomer("川味轩"), KnownCustomer("王芳"),
             KnownCustomer("Clapton Social Club"), KnownCustomer("Matt Harland"))
    assert parse_memo(text, NOW, known).contacted is contacted


@pytest.mark.parametrize(
    ("text", "customer", "is_new"),
    [
        ("鑫海明天下午两点半过来看样板", "舟山鑫海船舶修造有限公司", False),
        ("给华纺报了活性红，每公斤46块", "绍兴柯桥华纺印染有限公司", False),
        ("花间酒店说国庆前要把迷你吧配齐", "成都锦里花间精品酒店有限公司", False),
        ("DBS 的 event team confirmed the order", "DBS Bank Ltd", False),
        ("名片上是广州粤香阁餐饮管理有限公司，跟粤香楼没关系。跟老板麦总聊了几句",
         "广州粤香阁餐饮管理有限公司", True),
        ("漳州龙江水务工程有限公司来询价，不是龙江供水那家，明天报价", "漳州龙江水务工程有限公司",
         True),
        ("Met Gareth P, he signed for the 6-sheets", "Gareth Pryce", False),
    ],
)
def test_registered_names_by_their_zihao_and_look_alikes_set_apart(text: str, customer: str,
                                                                   is_new: bool) -> None:
    known = (KnownCustomer("舟山鑫海船舶修造有限公司"), KnownCustomer("绍兴柯桥华纺印染有限公司"),
             KnownCustomer("成都锦里花间精品酒店有限公司"), KnownCustomer("DBS Bank Ltd"),
             KnownCustomer("广州市粤香楼餐饮管理有限公司"),
             KnownCustomer("漳州龙江供水设备有限公司"), KnownCustomer("Gareth Pryce"))
    memo = parse_memo(text, NOW, known)
    assert (memo.customer, memo.customer_is_new) == (customer, is_new)


@pytest.mark.parametrize(
    ("text", "contacted"),
    [
        ("今天陌拜了一家新的五金店", True),
        ("美盈森 走访", True),
        ("金帆渔具老陈今天又订了50根海竿", True),
        ("上午在海韵物业弄了三个小时，电脑全重装了", True),
        ("孙工签字确认了桥架走向", True),
        ("华晟光能的项目款今天到账一笔，剩下的等验收完再付", False),
        ("明天上午给吴佳打电话问下海外仓的包价", False),
    ],
)
def test_more_chinese_contact_records(text: str, contacted: bool) -> None:
    known = (KnownCustomer("五金店"), KnownCustomer("美盈森"), KnownCustomer("金帆渔具"),
             KnownCustomer("海韵物业"), KnownCustomer("中泰机电"), KnownCustomer("华晟光能"),
             KnownCustomer("吴佳"))
    assert parse_memo(f"中泰机电：{text}" if "孙工" in text else text, NOW,
                      known).contacted is contacted


def test_rand_with_spaced_thousands_and_a_dotted_clock_after_tomorrow() -> None:
    amount = parse_memo("They owe R86 000 on the May invoice.", NOW, ()).amount
    assert amount is not None and (amount.value, amount.currency) == (86000, "ZAR")
    memo = parse_memo("ring re credit terms tomorrow 10.30, low priority", NOW, ())
    assert memo.due == datetime(2026, 11, 19, 10, 30, tzinfo=SHANGHAI)


def test_late_rules_of_the_seventh_session() -> None:
    budget = parse_memo("Their budget is 75 grand USD, proposal due Friday", NOW, ()).amount
    assert budget is not None and (budget.value, budget.currency) == (75000, "USD")
    paid = parse_memo("昨天他来店里把剩下的两万块付了", NOW, ()).amount
    assert paid is not None and paid.kind == "payment"
    gary = parse_memo("Gary - Red Lion Pub rang, speakers cutting out again",
                      NOW, (KnownCustomer("Red Lion Pub"),))
    assert (gary.customer, gary.contact) == ("Red Lion Pub", "Gary")
    assert parse_memo("Best month yet, 23 cars delivered.", NOW, ()).customer is None
    together = parse_memo("周四上午十点一起去车管所过户", NOW, ())
    assert together.due == datetime(2026, 11, 19, 10, 0, tzinfo=SHANGHAI)
    cold = parse_memo("Vaccine run every Monday 6am from next Monday, 2-8°C", NOW, ())
    assert cold.due == datetime(2026, 11, 23, 6, 0, tzinfo=SHANGHAI)
    tonight = parse_memo("他们下个月要清一批库存车，晚上给钱老板打个电话问问底价",
                         datetime(2026, 7, 13, 17, 10, tzinfo=SHANGHAI), ())
    assert tonight.due == datetime(2026, 7, 13, 20, 0, tzinfo=SHANGHAI)
    month_end = parse_memo("欠我们一万二的货款，越底之前要催一下", NOW, ())
    assert month_end.due is not None and month_end.due.date() == date(2026, 11, 30)
    quote = parse_memo("Sent them the quote: 40 desks incl. install, €18,400.", NOW, ()).amount
    assert quote is not None and quote.kind == "quote"


def test_last_rules_of_the_seventh_session() -> None:
    cloth = parse_memo("喜临门要的30张酒红色台布明早送到", NOW, (KnownCustomer("喜临门婚庆"),))
    assert cloth.contact is None
    known = (KnownCustomer("唐莉"), KnownCustomer("艾力·买买提"),
             KnownCustomer("汉中市勉县蜂农专业合作社"), KnownCustomer("保利翡翠园物业管理处"),
             KnownCustomer("Batangas Port Logistics Corp."))
    assert parse_memo("艾力家200亩棉田的飞防做完了，800块还欠着", NOW, known).customer \
        == "艾力·买买提"
    assert parse_memo("勉县合作社今年槐花蜜收了3吨左右", NOW, known).customer \
        == "汉中市勉县蜂农专业合作社"
    daily = parse_memo("从明天开始每天早上7点半提醒我检查翡翠园的保洁打卡记录", NOW, known)
    assert daily.customer == "保利翡翠园物业管理处"
    assert parse_memo("BPLC visit done. Deliver 5 sample pairs next Monday 9am.", NOW,
                      known).customer == "Batangas Port Logistics Corp."
    assert parse_memo("Luzon Prime emailed. Revert to Sir Jun by Wednesday.", NOW,
                      (KnownCustomer("Luzon Prime Realty Inc."),)).contact == "Sir Jun"
    for text in ("Matilda 嘅 procurement Cindy 寻日落咗单, gloves + masks",
                 "Matilda 今天 email 来 complain, 上批有 stains",
                 "Matilda keeps ringing about the invoice. Ring her back at 5"):
        assert parse_memo(text, NOW, (KnownCustomer("Matilda International"),)).contacted
    assert parse_memo("台北市聽障協會每週四下午2點的手語課 我們派老師去", NOW, ()).contact is None


def test_rules_of_the_eighth_session() -> None:
    evening = datetime(2026, 11, 17, 18, 15, tzinfo=SHANGHAI)  # a Tuesday evening
    moved = parse_memo("Lena called, wants the demo moved from this Friday to the Friday "
                       "after next so put it down for 10 in the morning", evening, ())
    assert moved.due == datetime(2026, 12, 4, 10, 0, tzinfo=SHANGHAI)
    back = parse_memo("Moved the call to Friday 2pm from Wednesday", evening, ())
    assert back.due == datetime(2026, 11, 20, 14, 0, tzinfo=SHANGHAI)
    assert parse_memo("dinner with Acme Corp Friday 7.30 in the evening", NOW, TEAM).due \
        == datetime(2026, 11, 20, 19, 30, tzinfo=SHANGHAI)
    renewal = parse_memo("Acme Corp renews every year on 1 July. Remind me every year on 1 June "
                         "to start the renewal talks", NOW, TEAM)
    assert (renewal.due, renewal.recurrence) == (
        datetime(2027, 6, 1, tzinfo=SHANGHAI), "FREQ=YEARLY")
    lunar = parse_memo("Coffee with Jane Cooper. Her birthday goes by the lunar calendar, 8th "
                       "month 15th day", NOW, TEAM).birthday
    assert lunar is not None and (lunar.month, lunar.day, lunar.lunar) == (8, 15, True)
    owner = parse_memo("Acme Corp 的 owner Mrs Wong 刚刚来 showroom 看了 mats", NOW, TEAM)
    assert (owner.customer, owner.contact) == ("Acme Corp", "Mrs Wong")
    budget = parse_memo("蓝海科技的Lisa说Q4budget有50万，下周去pitch", NOW, TEAM).amount
    assert budget is not None and budget.kind == "budget"
    reminder = parse_memo("蓝海科技要的30张台布明早送到 别忘了", NOW, TEAM)
    assert not reminder.contacted
    assert parse_memo("蓝海科技的蒙氏教具目录下周寄过去", NOW, TEAM).contact is None


def test_known_names_written_by_sound_and_bare_figures() -> None:
    slip = parse_memo("今天去了周德名家里看屋顶，后天下午再给他打电话", NOW,
                      (KnownCustomer("周德明"), KnownCustomer("阳光农庄")))
    assert (slip.customer, slip.customer_is_new) == ("周德明", False)
    branch = parse_memo("中午去了趟鲜茶到万达店，果糖机坏了", NOW,
                        (KnownCustomer("鲜茶道"), KnownCustomer("鲜茶道(万达店)")))
    assert branch.customer == "鲜茶道(万达店)"
    owed = parse_memo("那台举升机的尾款4500月底前转过来", NOW, ()).amount
    assert owed is not None and (owed.value, owed.kind) == (Decimal(4500), "owed")
    quote = parse_memo("报价每台12800，三台38400", NOW, ()).amount
    assert quote is not None and (quote.value, quote.kind) == (Decimal(12800), "quote")
    month = parse_memo("还剩8万尾款 3月底前结清", NOW, ())
    assert month.due is not None and month.due.date() == date(2027, 3, 31)


def test_english_rules_of_the_eighth_session() -> None:
    follow = parse_memo("He'll confirm volumes after their board mtg on the 22nd. Follow up 23rd "
                        "morning", NOW, ())
    assert (follow.customer, follow.due) == (None, datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI))
    rate = parse_memo("Acme Corp runs 3 trucks daily on the lane. Follow up Friday", NOW, TEAM)
    assert (rate.recurrence, rate.due) == (None, datetime(2026, 11, 20, tzinfo=SHANGHAI))
    theirs = parse_memo("Mr. Joseph will share size data by Thursday. Send samples this Friday",
                        NOW, ())
    assert theirs.due == datetime(2026, 11, 20, tzinfo=SHANGHAI)
    missed = parse_memo("call Jane Cooper at 11 today re the missed 6am collection",
                        datetime(2026, 11, 18, 13, 50, tzinfo=SHANGHAI), TEAM)
    assert missed.due == datetime(2026, 11, 18, 11, 0, tzinfo=SHANGHAI)
    assert parse_memo("Walked the site at Acme Corp w/ their facilities head", NOW,
                      TEAM).contacted
    beverly = parse_memo("Acme Corp wants 3 more beds. Beverly in purchasing emailed asking "
                         "for a quote by Monday", NOW, TEAM)
    assert beverly.contact == "Beverly"
    rang = parse_memo("Dave rang Friday to sign off, $3,450 for the system. Install at Acme Corp "
                      "next weekend", datetime(2026, 11, 22, 9, 0, tzinfo=SHANGHAI), TEAM)
    assert rang.due == datetime(2026, 11, 28, tzinfo=SHANGHAI)
    assert rang.amount is not None and rang.amount.kind == "deal"


def test_cantonese_rules_of_the_eighth_session() -> None:
    later = parse_memo("蓝海科技何校長覆咗email 叫我哋八月尾再搵佢 唔使急", NOW, TEAM)
    assert (later.due, later.priority) == (datetime(2027, 8, 31, tzinfo=SHANGHAI), "low")
    order = parse_memo("蓝海科技Mrs Lau已經加單20個，HK$4,800", NOW, TEAM).amount
    assert order is not None and order.kind == "deal"


def test_names_and_people_of_the_eighth_session() -> None:
    hotel = parse_memo("蓝泉湾酒店工程部老张打电话来，说直饮水机老出故障", NOW,
                       (KnownCustomer("蓝泉"),))
    assert (hotel.customer, hotel.customer_is_new, hotel.contact) == ("蓝泉湾酒店", True, "老张")
    gone = parse_memo("谁有蓝海科技新来的采购的电话？之前那个王姐离职了", NOW, TEAM)
    assert (gone.customer, gone.contact) == ("蓝海科技", None)
    mark = parse_memo("帮我跟进下Acme Corp的订单，Mark今早WhatsApp说周五前要收到PI", NOW, TEAM)
    assert mark.contact == "Mark"
    short = parse_memo("明天visit美福Executive Housekeeper Mr張談床單rental", NOW,
                       (KnownCustomer("台北美福大飯店"), KnownCustomer("晶華酒店")))
    assert (short.customer, short.contact) == ("台北美福大飯店", "Mr張")
    school = parse_memo("Meet Mr Goh (HOD PE, Yuhua Sec) Friday 3.30pm re the jersey tender",
                        NOW, (KnownCustomer("Yuhua Secondary School"),))
    assert (school.customer, school.contact) == ("Yuhua Secondary School", "Mr Goh")
    solar = parse_memo("下午去晶扬签了框架协议，首批500块组件，合同额29.5万", NOW,
                       (KnownCustomer("山东晶阳新能源科技有限公司"),))
    assert (solar.customer, solar.contacted) == ("山东晶阳新能源科技有限公司", True)
    assert solar.amount is not None and solar.amount.value == Decimal(295000)


def test_places_before_names_of_the_eighth_session() -> None:
    new = parse_memo("刚打电话问了乌鲁木齐恒信达商贸有限公司的马主任，下周一要20箱A4纸", NOW, ())
    assert (new.customer, new.customer_is_new, new.contact) == (
        "乌鲁木齐恒信达商贸有限公司", True, "马主任")
    inn = parse_memo("苍山小筑杨姐签了：床单一套按18块洗", NOW,
                     (KnownCustomer("大理苍山小筑客栈"),))
    assert (inn.customer, inn.contact) == ("大理苍山小筑客栈", "杨姐")
    farm = parse_memo("早上简阳罗老板打电话来，猪场暂停送货", NOW,
                      (KnownCustomer("罗志勇"), KnownCustomer("资阳猪场")))
    assert farm.customer == "罗志勇"
    flats = parse_memo("頭先同灣仔海港居嘅黃小姐傾咗，星期五之前覆佢", NOW,
                       (KnownCustomer("海港居服務式住宅"),))
    assert (flats.customer, flats.contact) == ("海港居服務式住宅", "黃小姐")
    baby = parse_memo("乐友那边回款到了¥56,000", NOW, (KnownCustomer("乐友孕婴童"),))
    assert baby.customer == "乐友孕婴童"
    board = parse_memo("金桥物流园管委会那边想做团餐", NOW, (KnownCustomer("金桥物流"),))
    assert (board.customer, board.customer_is_new) == ("金桥物流园管委会", True)


def test_branches_and_askers_of_the_eighth_session() -> None:
    clinics = (KnownCustomer("瑞鹏宠物医院（西湖店）"),
               KnownCustomer("瑞鹏宠物医院（滨江店）"))
    asked = parse_memo("采血管哪个厂家便宜？瑞鹏西湖店的张院长今天问我的", NOW, clinics)
    assert (asked.customer, asked.contact, asked.contacted, asked.due) == (
        "瑞鹏宠物医院（西湖店）", "张院长", True, None)
    each = parse_memo("从明天开始，每天早上9点在群里报一下孩子王各门店的库存", NOW,
                      (KnownCustomer("孩子王"),))
    assert each.customer == "孩子王"
    rival = parse_memo("听说宏发五金在打价格战，PPR管比我们便宜8%，鑫达上周已经转去他们那进货了",
                       NOW, (KnownCustomer("鑫达建材"),))
    assert rival.contact is None
    tower = parse_memo("锦江之星城东店的冷却塔上周清洗完了，工程部老何签了字", NOW,
                       (KnownCustomer("锦江之星（城东店）"),))
    assert (tower.customer, tower.contact) == ("锦江之星（城东店）", "老何")


def test_english_people_of_the_eighth_session() -> None:
    dental = (KnownCustomer("Lakeshore Dental Centre"),)
    assert parse_memo("Lakeshore Dental wants the quote. Email it to Tom by EOD Wednesday",
                      NOW, dental).contact == "Tom"
    arctic = parse_memo("Arctic Fresh returned the reefer yesterday. Damage charge CAD 1,150 "
                        "outstanding — Mike from Arctic says they'll pay it", NOW,
                        (KnownCustomer("Arctic Fresh Foods Inc"),))
    assert (arctic.contact, arctic.amount.currency if arctic.amount else None) == ("Mike", "CAD")
    olivia = parse_memo("Olivia in Blackwood Capital's EA team emailed this morning", NOW,
                        (KnownCustomer("Blackwood Capital LLP"),))
    assert olivia.contact == "Olivia"
    hearsay = parse_memo("Heard from our distributor that Acme Corp's admin Mrs. Lakshmi wants "
                         "quotes", NOW, TEAM)
    assert not hearsay.contacted
    assert parse_memo("Had a yarn with Acme Corp's agronomist Pete, reckons 3 passes", NOW,
                      TEAM).contacted
    assert parse_memo("Balance owing $6,200 CAD on completion", NOW, ()).customer is None
    area = parse_memo("22k sq ft, wants the storefront doors swapped", NOW, ())
    assert area.amount is None
    brewing = parse_memo("NQ Brewing sign job, invoice £3,960 still unpaid. Chase Thurs", NOW,
                         (KnownCustomer("Northern Quarter Brewing Co"),))
    assert brewing.customer == "Northern Quarter Brewing Co"
    hafiz = parse_memo("Call with Encik Hafiz (procurement) at Acme Corp — Puan Linda from their "
                       "finance joined too", NOW, TEAM)
    assert hafiz.contact == "Encik Hafiz"
    tony = parse_memo("met with the guy from Pike Place Chowder his name is Tony", NOW, ())
    assert tony.contact == "Tony"
    ours = parse_memo("Acme Corp called: 3 coolers leaking. Tech Luis booked Monday at 8", NOW,
                      TEAM)
    assert ours.contact is None


def test_dates_and_money_of_the_eighth_session() -> None:
    assert parse_memo("BOOK DEMO NEXT WEDS 2PM", NOW, ()).due \
        == datetime(2026, 11, 25, 14, 0, tzinfo=SHANGHAI)
    assert parse_memo("Acme Corp xmas order: deliver Christmas Eve 6am sharp", NOW,
                      TEAM).due == datetime(2026, 12, 24, 6, 0, tzinfo=SHANGHAI)
    assert parse_memo("陳靜的生日是１２月２４日，剛好平安夜，好記", NOW, ()).due is None
    rand = parse_memo("Acme Corp paid R12 450,00 this morning via EFT", NOW, TEAM)
    assert rand.amount is not None and (rand.amount.value, rand.amount.currency) == (
        Decimal("12450.00"), "ZAR")
    assert rand.due is None
    per_metre = parse_memo("quoted her R89/m for the lining", NOW, ()).amount
    assert per_metre is not None and per_metre.value == Decimal(89)
    weekly = parse_memo("跟禾苗餐厅谈完，定下来每周二、周五早上配送。"
                        "每周一上午提醒我跟他们确认菜单", NOW, ())
    assert (weekly.recurrence, weekly.due) == (
        "FREQ=WEEKLY;BYDAY=MO", datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI))


def test_monthly_weekdays_fees_and_crew_of_the_eighth_session() -> None:
    first = parse_memo("Acme Corp - send the restock list every first Monday of the month", NOW,
                       TEAM)
    assert (first.recurrence, first.due) == (
        "FREQ=MONTHLY;BYDAY=1MO", datetime(2026, 12, 7, tzinfo=SHANGHAI))
    monday = datetime(2026, 11, 2, 11, 0, tzinfo=SHANGHAI)  # the first Monday, 10:00 gone
    meeting = parse_memo("每月第一个周一上午10点开例会", monday, ())
    assert (meeting.recurrence, meeting.due) == (
        "FREQ=MONTHLY;BYDAY=1MO", datetime(2026, 12, 7, 10, 0, tzinfo=SHANGHAI))
    last = parse_memo("call them on the last Friday of every month at 3pm", NOW, ())
    assert (last.recurrence, last.due) == (
        "FREQ=MONTHLY;BYDAY=-1FR", datetime(2026, 11, 27, 15, 0, tzinfo=SHANGHAI))
    fee = parse_memo("这个月的检测费八千还未付", NOW, ()).amount
    assert fee is not None and (fee.value, fee.kind) == (Decimal(8000), "owed")
    refund = parse_memo("赵子轩家长今天来办了退费，退了一千五", NOW, ()).amount
    assert refund is not None and refund.value == Decimal(1500)
    ours = parse_memo("去蓝海科技做了site visit，下周三2pm跟我们 engineer Kevin 一起再过去", NOW,
                      TEAM)
    assert ours.contact is None


def test_shops_by_district_of_the_eighth_session() -> None:
    dental = parse_memo("今天去拜博徐汇拜访了 Dr. Zhou，五一后 call 她", NOW,
                        (KnownCustomer("拜博口腔徐汇店"), KnownCustomer("美奥口腔")))
    assert dental.customer == "拜博口腔徐汇店"
    toyota = parse_memo("有谁知道中升丰田浦东店的精品经理换成谁了？", NOW,
                        (KnownCustomer("中升丰田(浦东)"), KnownCustomer("永达宝马4S店")))
    assert toyota.customer == "中升丰田(浦东)"


def test_money_and_people_of_batch_iii() -> None:
    street = parse_memo("Acme Corp car 3 at 410 W 34th keeps stalling, quoted $14,200", NOW,
                        TEAM).amount
    assert street is not None and street.value == Decimal(14200)
    rand = parse_memo("Acme Corp ordered 30 coffins, contract total R186 000. Deliver by the "
                      "10th", NOW, TEAM).amount
    assert rand is not None and rand.value == Decimal(186000)
    lakh = parse_memo("Acme Corp needs 500 FR coveralls, budget ₹12L", NOW, TEAM).amount
    assert lakh is not None and (lakh.value, lakh.currency) == (Decimal(1200000), "INR")
    assert parse_memo("Load-out done, truck heading back. Remind me in 3 hours to check it",
                      NOW, ()).customer is None
    told = parse_memo("lot walk at Acme Corp, told Brian the used car manager we'd do $88,500. "
                      "call Brian tomorrow at 9", NOW, TEAM)
    assert (told.contact, told.contacted) == ("Brian", True)
    vet = parse_memo("Lunch at Acme Corp. Their herd vet Dr. Lisa Grant is switching them to us. "
                     "Call Lisa at 1:30 tomorrow", NOW, TEAM)
    assert vet.contact == "Dr. Lisa Grant"


def test_zh_rules_of_batch_iii() -> None:
    paid = parse_memo("Gammon嘅site agent阿強上星期五已經pay咗HK$36,800", NOW,
                      (KnownCustomer("Gammon Construction"),)).amount
    assert paid is not None and paid.kind == "payment"
    contract = parse_memo("下週一早上九點到遠雄大樓管委會做年度保養，合約一年十二萬", NOW,
                          (KnownCustomer("遠雄大樓管委會"),)).amount
    assert contract is not None and contract.kind == "deal"
    found = parse_memo("聽日下晝三點去天河搵新城停車場管理公司嘅明哥 傾充電樁報價", NOW,
                       (KnownCustomer("新城停車場管理公司"),))
    assert (found.customer, found.contact) == ("新城停車場管理公司", "明哥")
    district = parse_memo("九龍城海記酒家陳老闆今朝嚟咗檔口，禮拜一下晝再覆佢", NOW,
                          (KnownCustomer("海记酒家"),))
    assert district.customer == "海记酒家"
    sold = parse_memo("上周三收的那台宝马X1今天卖给了陈志明，成交价23.8万", NOW,
                      (KnownCustomer("陈志明"),))
    assert sold.contacted
    school = parse_memo("明晚7点半和小雅幼儿园的潘园长吃饭", NOW,
                        (KnownCustomer("小雅艺术幼儿园"),))
    assert school.customer == "小雅艺术幼儿园"
    discount = parse_memo("马师傅又打电话来，说哈弗H6可以再让五千", NOW, ()).amount
    assert discount is not None and discount.value == Decimal(5000)
    ours = parse_memo("华谊演艺打过来三万二。小刘跟他们制片通了电话，下个月还要用我们的灯",
                      NOW, (KnownCustomer("华谊演艺"),))
    assert ours.contact is None
    tonight = parse_memo("海記酒家陳老闆啱啱打嚟話今晚八點前要加多五箱生蠔", NOW,
                         (KnownCustomer("海记酒家"),))
    assert tonight.due == datetime(2026, 11, 18, 20, 0, tzinfo=SHANGHAI)
    wang = parse_memo("跟华侨城大剧院的Wang总聊了几句", NOW, (KnownCustomer("华侨城大剧院"),))
    assert wang.contact == "Wang总"


def test_rules_of_batch_jjj() -> None:
    board = parse_memo("Met with Acme Corp board tonight - chair Linda Park + treasurer Bob. "
                       "Board votes June 9", NOW, TEAM)
    assert board.contact == "Linda Park"
    assert parse_memo("Recap of today's mtg with Acme Corp procurement (Joanne): happy with the "
                      "trial. Follow up Friday", NOW, TEAM).contacted
    assert parse_memo("Jane Cooper's birthday is 3 October. Loves Earl Grey, hates 8am "
                      "meetings.", NOW, TEAM).due is None
    cathay = parse_memo("剛跟國泰 HR 張小姐通完電話，預算 NT$150,000", NOW,
                        (KnownCustomer("國泰金控"), KnownCustomer("張淑芬")))
    assert (cathay.customer, cathay.contact) == ("國泰金控", "張小姐")
    assert parse_memo("Barclays 的 Emma 邮件说我们的 quote 太贵", NOW,
                      (KnownCustomer("Barclays"),)).contacted
    assert parse_memo("James Whitfield 今天来 pick up fabric swatches", NOW,
                      (KnownCustomer("James Whitfield"),)).contacted
    shopee = parse_memo("Shopee 的 Priya 说 wellness budget SGD 85k 被 cut 了", NOW,
                        (KnownCustomer("Shopee SG"), KnownCustomer("Grab Holdings")))
    assert (shopee.customer, shopee.contact) == ("Shopee SG", "Priya")
    assert parse_memo("The Sail 的 chairman 说想 upgrade", NOW,
                      (KnownCustomer("The Sail Condo"),)).customer == "The Sail Condo"
    pallets = parse_memo("does Acme Corp still owe us for the 300 euro pallets? about $4.2k "
                         "outstanding", NOW, TEAM).amount
    assert pallets is not None and (pallets.value, pallets.currency) == (Decimal(4200), "USD")
    weekly = parse_memo("由下個禮拜開始，逢星期三晚上八點去信和中心做地毯清潔", NOW,
                        (KnownCustomer("信和中心"),))
    assert weekly.recurrence == "FREQ=WEEKLY;BYDAY=WE"
    assert not parse_memo("听前台说吴建平他们公司新租了一层，下个月约他聊聊", NOW,
                          (KnownCustomer("吴建平"),)).contacted
    per_ton = parse_memo("见了马场长 我报了三千二一吨", NOW, ()).amount
    assert per_ton is not None and per_ton.value == Decimal(3200)


def test_rules_of_batch_kkk() -> None:
    wanda = parse_memo("二七万达的LED大屏每周一早上去拍一次播放监测照片", NOW,
                       (KnownCustomer("二七万达广场"),))
    assert (wanda.customer, wanda.amount) == ("二七万达广场", None)
    arranged = parse_memo("刚跟许总约好7月1号上午九点半做年度消防检测", NOW,
                          (KnownCustomer("许国强"),))
    assert arranged.contacted
    yacht = parse_memo("基隆海洋之星的林董中秋当天要包一艘游艇", NOW,
                       (KnownCustomer("海洋之星游艇"), KnownCustomer("林志明")))
    assert (yacht.customer, yacht.contact) == ("海洋之星游艇", "林董")
    given = parse_memo("晓彤今天上完课跟我说她生日是农历十月初六", NOW,
                       (KnownCustomer("周晓彤"), KnownCustomer("乐之声琴行")))
    assert given.customer == "周晓彤"


def test_more_rules_of_batch_kkk() -> None:
    naira = parse_memo("Mrs Adebayo in Lekki called, paid fifty thousand naira by transfer", NOW,
                       ()).amount
    assert naira is not None and (naira.value, naira.currency) == (Decimal(50000), "NGN")
    assert parse_memo("Acme Corp sprinkler inspection - book it for Tue 8am, Ron the "
                      "maintenance super will let us in", NOW, TEAM).contact == "Ron"
    review = parse_memo("Acme Corp. Monthly review with Sandeep every 1st at 11am. Next one will "
                        "cover the 2nd flush lots.", NOW, TEAM)
    assert review.due == datetime(2026, 12, 1, 11, 0, tzinfo=SHANGHAI)
    assert parse_memo("Maple Ridge Motorsports asked about the digital board. Send avails by "
                      "Friday", NOW, (KnownCustomer("Maple Ridge Motors"),)).customer_is_new
    pump = parse_memo("Acme Corp: monthly fire pump test on the 10th, 7am, starting next month",
                      NOW, TEAM)
    assert (pump.recurrence, pump.due) == (
        "FREQ=MONTHLY;BYMONTHDAY=10", datetime(2026, 12, 10, 7, 0, tzinfo=SHANGHAI))
    lights = parse_memo("今天跟蓝海科技林主任談好，滅火器換藥跟緊急照明檢修，下周一做", NOW, TEAM)
    assert (lights.customer, lights.priority) == ("蓝海科技", "normal")
    renewed = parse_memo("今天跟Acme Corp的Kevin续了cold storage合同", NOW, TEAM)
    assert renewed.contacted
    came = parse_memo("喜茶的Helen Liu找我们做new product launch，预算60w", NOW,
                      (KnownCustomer("喜茶"),))
    assert came.contacted


def test_rules_of_batch_lll() -> None:
    mehta = parse_memo("bday - Dr Mehta is Aug 19. he mentioned it at the demo lol", NOW,
                       (KnownCustomer("Dr. Anand Mehta"),))
    assert (mehta.birthday is not None and (mehta.birthday.month, mehta.birthday.day) == (8, 19),
            mehta.due) == (True, None)
    lunar = parse_memo("Mr. Nguyen at Acme Corp - birthday is lunar 8th month 15th", NOW,
                       TEAM).birthday
    assert lunar is not None and (lunar.month, lunar.day, lunar.lunar) == (8, 15, True)
    rv = parse_memo("途居的赵总说国庆前要把3台房车开过去，下周一上午再跟他确认", NOW,
                    (KnownCustomer("途居房车营地"), KnownCustomer("孟凡")))
    assert (rv.customer, rv.contact) == ("途居房车营地", "赵总")
    assert parse_memo("朋友介绍了个做私人诊所的邓医生，下个月初约她见一面", NOW,
                      ()).customer == "邓医生"
    assert parse_memo("今天跟绿茵学校食堂把最后一批订单确认了，总价六万三千二", NOW,
                      (KnownCustomer("绿茵学校食堂"),)).contacted
    sound = parse_memo("今天和小马去了视介优品，周总亲自接待的", NOW,
                       (KnownCustomer("视界优品"), KnownCustomer("周建华")))
    assert sound.customer == "视界优品"
    apart = parse_memo("New acct: Dymocks Rundle Mall - NOT the same as Dymocks George St. Met "
                       "the owner Bev Carter", NOW, (KnownCustomer("Dymocks George St"),))
    assert apart.customer_is_new


def test_ah_before_an_english_name() -> None:
    ken = parse_memo("今朝去咗Jacky Optical旺角分店，manager阿Ken话想要promo material", NOW,
                     (KnownCustomer("Jacky Optical"),))
    assert (ken.customer, ken.contact) == ("Jacky Optical", "阿Ken")


def test_rules_of_batch_mmm() -> None:
    little = parse_memo("给鲁总报价12w，他基本同意，还想压一点，周一上午去他办公室当面谈",
                        NOW, (KnownCustomer("鲁国栋"),))
    assert little.due == datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
    school = parse_memo("今天十九中后勤聂主任打电话说开学前要做食堂卫生大检查", NOW,
                        (KnownCustomer("南昌市第十九中学"), KnownCustomer("江西师大附中")))
    assert (school.customer, school.contact) == ("南昌市第十九中学", "聂主任")
    bistro = parse_memo("好食光的林經理下午打來說想加投一檔直播", NOW,
                        (KnownCustomer("台北好食光餐酒館"), KnownCustomer("陳冠宇")))
    assert (bistro.customer, bistro.contact) == ("台北好食光餐酒館", "林經理")
    malay = parse_memo("今天给 Air Jernih 的 Encik Hafiz 报了 RM 2.1m", NOW,
                       (KnownCustomer("Syarikat Air Jernih"),))
    assert malay.customer == "Syarikat Air Jernih"
    gates = parse_memo("Signed Acme Corp to monthly maintenance. Service visit first Monday of "
                       "every month 6am", NOW, TEAM)
    assert gates.recurrence == "FREQ=MONTHLY;BYDAY=1MO"


def test_rules_of_batch_nnn() -> None:
    hotel = parse_memo("Clarke Hotel GM (Mr Tan) met us this morning. Send revised BOQ before "
                       "Christmas!!", NOW, (KnownCustomer("The Clarke Hotel"),))
    assert (hotel.customer, hotel.contact) == ("The Clarke Hotel", "Mr Tan")
    kemsa = parse_memo("KEMSA tender closes end of month. Estimated value KES 12.4m. Get the docs "
                       "submitted by the 28th", NOW, (KnownCustomer("KEMSA Embakasi"),))
    assert kemsa.customer == "KEMSA Embakasi"
    leader = parse_memo("每周五下午4点跟郑团长对一下当周的单", NOW,
                        (KnownCustomer("王秀英"), KnownCustomer("郑丽华")))
    assert leader.customer == "郑丽华"
    told = parse_memo("爱诺动物医院的牙科治疗台端午前要装好，杨院长电话里特地交代的", NOW,
                      (KnownCustomer("爱诺动物医院"),))
    assert told.contacted
    horse = parse_memo("金鼎模具的冷水机压缩机烧了，配件3天后才到，先借他们一台5P的顶着", NOW,
                       (KnownCustomer("金鼎模具"),))
    assert horse.due == datetime(2026, 11, 21, tzinfo=SHANGHAI)
    mailed = parse_memo("PetCare Plus Ltd 发邮件来问内窥镜，预算USD 12,000，周一回复他们", NOW,
                        ())
    assert mailed.contacted
    lunch = parse_memo("阿强带着海力风电的两个工程师来公司看了产线，中午请吃饭花了1280", NOW,
                       (KnownCustomer("海力风电设备"),)).amount
    assert lunch is not None and lunch.value == Decimal(1280)


def test_the_field_of_a_title_is_no_name() -> None:
    from bot.parsing.names import en_names  # noqa: PLC0415 - the names alone, for this test

    said = [hit.name for hit in en_names("met Marcus Reyes (VP Leasing) + Dana from their team")]
    assert said == ["Marcus Reyes", "Dana"]


def test_rules_of_batch_ooo() -> None:
    later = parse_memo("Brian from Acme Corp asked for the rebate schedule again. Send it now, "
                       "then call him at 4 today", NOW, TEAM)
    assert later.due == datetime(2026, 11, 18, 16, 0, tzinfo=SHANGHAI)
    rand = parse_memo("Pretoria: Acme Corp owes R 23 400 on inv 5512 (90 days)", NOW, TEAM).amount
    assert rand is not None and (rand.value, rand.currency) == (Decimal(23400), "ZAR")
    assert parse_memo("Acme Corp parts order: A$38,600 signed off by their engineering mgr Priya "
                      "today", NOW, TEAM).contacted


def test_cherries_and_mentions_in_a_group() -> None:
    fruit = parse_memo("果之道要的智利车厘子JJ级200箱 明早7点前到冷库 急！！", NOW,
                       (KnownCustomer("深圳果之道贸易有限公司"),))
    assert (fruit.customer, fruit.contact) == ("深圳果之道贸易有限公司", None)
    assert parse_memo("汇宇的钟总刚在群里@我说元旦前要把深化图确认掉", NOW,
                      (KnownCustomer("杭州汇宇建筑工业化"),)).contacted


def test_a_known_name_that_may_be_a_firm_has_its_people() -> None:
    board = parse_memo("Met with Desert Oasis HOA board tonight - chair Linda Park + treasurer "
                       "Bob. Board votes June 9", NOW, (KnownCustomer("Desert Oasis HOA"),))
    assert board.contact == "Linda Park"
    ours = parse_memo("Desert Palms HOA called - pump is screaming again. Send Rico out "
                      "tomorrow 7am", NOW, (KnownCustomer("Desert Palms HOA"),))
    assert ours.contact is None


def test_visits_said_as_nouns_are_records() -> None:
    assert parse_memo("Acme Corp visit today - Gary Holt (plant mgr) wants to see the cell "
                      "running", NOW, TEAM).contacted
    assert parse_memo("Visit notes - Acme Corp. Walk-round with the block director Helen Price",
                      NOW, TEAM).contacted
    assert parse_memo("Jane Cooper's birthday is Sept 9 - found out at the store visit today",
                      NOW, TEAM).contacted


def test_orders_that_stopped_are_no_visit() -> None:
    assert not parse_memo("Does anyone know if the bar manager at Acme Corp, Dan, is still there? "
                          "Their orders stopped in October.", NOW, TEAM).contacted
    assert parse_memo("Stopped in at Acme Corp, Dan showed me the new bar", NOW, TEAM).contacted


def test_a_coined_four_character_name_is_said_by_its_first_two() -> None:
    team = tuple(KnownCustomer(n) for n in ("腾讯", "阿里巴巴", "海康威视", "杭州银行"))
    memo = parse_memo("海康的行政部沈经理来电，让我劳动节前把方案发过去", NOW, team)
    assert (memo.customer, memo.customer_is_new, memo.contact) == ("海康威视", False, "沈经理")


def test_a_branch_is_said_by_its_place_then_the_short_name() -> None:
    team = tuple(KnownCustomer(n) for n in ("颐和养老院", "南京颐和养老院(江宁分院)", "福寿康养"))
    memo = parse_memo("江宁颐和的伙食科刘主任刚来电话", NOW, team)
    assert (memo.customer, memo.customer_is_new) == ("南京颐和养老院(江宁分院)", False)


@pytest.mark.parametrize(
    ("text", "names", "customer", "contact"),
    [
        # a known person at the company the memo opens with is its contact, not the customer
        ("兴澄特钢的设备款尾款还有二十三万五，今天电话里采购部王伟说春节前安排付",
         ("宝武钢铁", "江阴兴澄特钢", "王伟"), "江阴兴澄特钢", "王伟"),
        ("Selayang Fresh - Ah Seng ordered 120 boxes, deliver Sat 6am",
         ("Selayang Fresh Sdn Bhd", "Mydin Klang", "Ah Seng"), "Selayang Fresh Sdn Bhd",
         "Ah Seng"),
        # a three-character short name written by its sound beats a surname's guess
        ("刚才跟果然先的陈总通了电话他说下周二过来看货样", ("佳农", "杭州果然鲜贸易", "陈国华"),
         "杭州果然鲜贸易", "陈总"),
        # a coined name's hyphen left out
        ("Alutec moaning about the finish. Their QC guy Rhys sent photos. Reply by Weds",
         ("Alu-Tec Fabrications Ltd", "Sheffield Glazing Co", "Rhys Evans"),
         "Alu-Tec Fabrications Ltd", "Rhys"),
    ],
)
def test_the_company_before_a_known_person(text: str, names: tuple[str, ...], customer: str,
                                           contact: str) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(n) for n in names))
    assert (memo.customer, memo.customer_is_new, memo.contact) == (customer, False, contact)


def test_a_clock_in_the_clause_after_a_later_day_is_on_that_day() -> None:
    memo = parse_memo("下周三demo class at 光华美语，跟Amy老师 confirm时间 3点", NOW)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2026-11-25T15:00"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a first date said as the first wins, even off the rule
        ("Check all cams on the 1st of every month at 10am, first one 4th Jan",
         "2027-01-04T10:00"),
        ("每月1号上午10点巡检，第一次是1月4号", "2027-01-04T10:00"),
        # a first said as a week: the rule's first day in it
        ("weekly call w/ Highfield Stables every Tuesday at 4. first one next week",
         "2026-11-24T16:00"),
    ],
)
def test_a_recurrence_first_said_outright(text: str, due: str) -> None:
    memo = parse_memo(text, NOW)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == due, text


@pytest.mark.parametrize(
    "text",
    ["跟永丰印刷林副理确认过了，过年后再联络",
     "鼎诚包装 今天电话沟通结果：周五上午10点前发新刀模图",
     "刚回了Tiger Wu的微信 他想带三个客户来打球 下周找时间跟他确认开球时间",
     "下下周五上午10点去市体育中心验收草坪 王主任那边已经确认过了"],
)
def test_confirmed_replied_or_talked_by_phone_is_a_contact(text: str) -> None:
    assert parse_memo(text, NOW).contacted is True, text


def test_recvd_is_a_payment() -> None:
    memo = parse_memo("Mr Deshmukh came by - Rs 3,85,000 recvd from Deshmukh Agro. Call him on "
                      "the 26th", NOW)
    assert memo.amount is not None and memo.amount.kind == "payment"


@pytest.mark.parametrize(
    ("text", "names", "contact"),
    [
        ("spoke w/ mr tan @ EduStar Learning Centre 2day, will ping him tmrw am",
         ("EduStar Learning Centre", "EduStar Tuition Hub"), "Mr Tan"),
        ("Chief Adebayo of Sunfield Energy Ltd came in this morning and paid",
         ("Sunfield Energy Ltd", "Adebayo Okoro"), "Chief Adebayo"),
    ],
)
def test_a_titled_person_at_the_company(text: str, names: tuple[str, ...], contact: str) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(n) for n in names))
    assert memo.contact == contact


@pytest.mark.parametrize(
    ("text", "priority"),
    [
        ("星光那边说户外P4的屏要加到60平，周四上午去量尺寸", "normal"),  # a pixel pitch
        ("Wants the P3.9 outdoor rental wall, site survey this Saturday 10am", "normal"),
        ("明天交季度报告 p3", "low"),
    ],
)
def test_a_model_number_is_no_priority(text: str, priority: str) -> None:
    assert parse_memo(text, NOW).priority == priority, text


@pytest.mark.parametrize(
    ("text", "names", "customer", "is_new"),
    [
        # a new 字号 ending in a verb-like character, before its trade (宏盛|达|建筑公司)
        ("宏盛达建筑公司新开的项目要一台6010，下午三点过去谈", ("宏盛建设集团有限公司",),
         "宏盛达建筑公司", True),
        ("恒信达包装科技来询价，明天下午两点半过来面谈", ("苏州恒信包装材料有限公司",),
         "恒信达包装科技", True),
        # a known name by the 字号 jieba cuts and one of its trades
        ("碧桂园服务是不是换了对接人？", ("碧桂园智慧物业服务集团股份有限公司", "万科物业"),
         "碧桂园智慧物业服务集团股份有限公司", False),
        # a 字号 jieba cut before a verb-like character, then an unknown trade: a new name
        ("今天鑫达土石方工程公司的赵总来堆场看中那台卡特320", ("鑫达建设", "张国栋"),
         "鑫达土石方工程公司", True),
        # a known branch with its legal form inside, and a place in brackets before it
        ("华夏银行杭州分行下单了380份春节员工礼盒", ("华夏银行股份有限公司杭州分行", "杭州银行"),
         "华夏银行股份有限公司杭州分行", False),
        ("罗森华东采购部下午3点开会，记得带新品试吃装", ("苏州好德便利店", "罗森(上海)有限公司"),
         "罗森(上海)有限公司", False),
    ],
)
def test_chinese_company_heads(text: str, names: tuple[str, ...], customer: str,
                               is_new: bool) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(n) for n in names))
    assert (memo.customer, memo.customer_is_new) == (customer, is_new)


def test_a_count_in_thousands_is_no_amount() -> None:
    memo = parse_memo("Klang Glove ordered 15k master cartons, MYR 33,750. Deliver thurs", NOW)
    assert memo.amount is not None
    assert (memo.amount.value, memo.amount.currency) == (Decimal(33750), "MYR")


def test_a_payment_reflected_this_morning_is_done() -> None:
    said = datetime(2026, 11, 18, 10, 15, tzinfo=SHANGHAI)
    memo = parse_memo("Umhlanga Rentals paid the licence, ZAR 148,200 reflected this morning.",
                      said)
    assert not memo.is_task


@pytest.mark.parametrize(
    ("text", "names", "customer", "contact"),
    [
        # a known Chinese company typed in pinyin, then its person
        ("jinding 的 刘总 明天下午 来厂里 看 打样", ("金鼎包装", "Lucky Print", "刘德明"),
         "金鼎包装", "刘总"),
        # a known English name without its initials' group
        ("今早跟 FairPrice 的 Jason Goh 通了电话", ("NTUC FairPrice", "Sheng Siong"),
         "NTUC FairPrice", "Jason Goh"),
    ],
)
def test_known_names_typed_short(text: str, names: tuple[str, ...], customer: str,
                                 contact: str) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(n) for n in names))
    assert (memo.customer, memo.customer_is_new, memo.contact) == (customer, False, contact)


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("RECEIVED USD 15,000 FROM OCEANIC SEAFOODS TODAY. EMAILED MARIA TO CONFIRM.", "MARIA"),
        ("JUST SIGNED WITH OCEANIC SEAFOODS!!! CALL EMMA THE DAY BEFORE DELIVERY", "EMMA"),
        ("NEED TO ORDER 4 SHAFTS FOR OCEANIC SEAFOODS ASAP CALL SUPPLIER TOMORROW 9AM", None),
    ],
)
def test_whom_an_all_caps_memo_calls(text: str, contact: str | None) -> None:
    memo = parse_memo(text, NOW, (KnownCustomer("Oceanic Seafoods"), KnownCustomer("Acme Corp")))
    assert (memo.customer, memo.contact) == ("Oceanic Seafoods", contact)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("note to self ring fiona at hawkesbury hydroponics monday 10 about the grow lights",
         "2026-11-23T10:00"),
        ("corrib diagnostics - pipettes on backorder, ring Sinead tues 11 w/ ETA",
         "2026-11-24T11:00"),
    ],
)
def test_an_hour_right_after_a_weekday(text: str, due: str) -> None:
    memo = parse_memo(text, NOW)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == due


def test_a_meal_on_a_weekday_gone_is_no_task() -> None:
    sunday = datetime(2026, 11, 22, 20, 15, tzinfo=SHANGHAI)
    assert not parse_memo("周五跟新华书店城东店的孙经理吃了饭，她说春季想自己进货", sunday).is_task


@pytest.mark.parametrize(
    ("text", "names", "customer", "contact"),
    [
        ("Brandt & Vogel emailed, the partners signed off on 3 lasers. Install Monday 9:30",
         ("Kanzlei Brandt & Vogel", "Vogel Logistik"), "Kanzlei Brandt & Vogel", None),
        ("圣诞前 把 Seiko 新款 display 送到 新世界大丸, 他们要 布置 橱窗",
         ("新世界大丸百货", "久光百货"), "新世界大丸百货", None),
        ("pilsen kitchen group wants cooler pricing for the new West Loop spot. quote 1/20",
         ("Pilsen Kitchen Group", "Lou's Deep Dish"), "Pilsen Kitchen Group", None),
        ("popped into spokes & sprockets today, dave the workshop manager there wants a quote",
         ("Spokes & Sprockets Cycle Hub", "Harrow Wheels"), "Spokes & Sprockets Cycle Hub",
         "Dave"),
        ("２小时后提醒我给安达校车的周调度回电话，急", ("安达校车", "周明"), "安达校车", "周调度"),
        # a possessive ends the known name; a place of theirs is no person
        ("Visited Apollo Clinics' Dubai Healthcare City branch. Quote by Friday",
         ("Apollo Clinics", "Mercy Health"), "Apollo Clinics", None),
        ("Demo at Tasman Forestry's Kaingaroa block went well. Their ops manager Hemi Walker "
         "wants a finance option", ("Tasman Forestry", "Redgum"), "Tasman Forestry",
         "Hemi Walker"),
        # a verb opening a company's name that goes on past its business word
        ("Call Vision Hub about the display walls", ("Vision Hub", "OptiMart"), "Vision Hub",
         None),
        ("grand plaza hotel wants the channel manager add-on live before christmas",
         ("Grand Plaza Hotel", "Emily Zhang"), "Grand Plaza Hotel", None),
        # a valley is a place; a site of a known firm named with its suburb is that firm
        ("Visited Deccan Pharma Ltd's new block at Genome Valley. Their projects head Srinivas "
         "Rao walked us through", ("Deccan Pharma Ltd", "Kavya"), "Deccan Pharma Ltd",
         "Srinivas Rao"),
        ("今天 meeting at Yarra Logistics Port Melbourne depot, ops manager Steve 说 peak season",
         ("Yarra Logistics", "Hertz"), "Yarra Logistics", "Steve"),
        # a rival that won the tender is no person of theirs
        ("育英小学的器材招标出结果了，被康威体育拿走了", ("育英小学", "高伟"), "育英小学", None),
        # the one named first, their role in brackets; a place in brackets; a labelled contact
        ("Met Doug Hale (GM) and Carla (service mgr) at Rocky Mtn RV Center. Ship by Friday",
         ("Rocky Mountain RV Center", "Summit Camping"), "Rocky Mountain RV Center", "Doug Hale"),
        ("Acct: Tightlines Angling (Grimsby). Contact: Dave Pell, owner. Visited - he ordered "
         "rods", ("Tightlines Angling", "Reel Deal"), "Tightlines Angling", "Dave Pell"),
        # a language or an app is no person of theirs
        ("Anyone know where the glossary for Desert Sun Health Systems' Spanish patient forms "
         "lives?", ("Desert Sun Health Systems", "Mesa Clinic"), "Desert Sun Health Systems",
         None),
        # a known person's role at a known firm; our own, copied in or sent out, are not theirs
        ("Linda Tan, head of housekeeping at Sentosa Bay Resort, wants to see the kits. Bring "
         "samples Friday 2:30", ("Sentosa Bay Resort", "Linda Tan"), "Sentosa Bay Resort",
         "Linda Tan"),
        ("Sunridge Orchards - demo went fine. send quote monday, p3. cc Luis",
         ("Sunridge Orchards", "Luis Ortega"), "Sunridge Orchards", None),
        ("Desert Palms HOA called - pump 2 is screaming again. Send Rico out tomorrow 7am",
         ("Desert Palms HOA", "Camelback Villas"), "Desert Palms HOA", None),
        # a place said as a noun's modifier, a word after a hyphen: no one of theirs
        ("Met with Midwest Cold Storage, they signed the coating contract for the Elk Grove "
         "freezer building", ("Midwest Cold Storage", "Keller Logistics"), "Midwest Cold Storage",
         None),
        ("NEED TO CALL ROADMASTER TIRE & AUTO AT 11 ABOUT THE 48 ALL-SEASON SETS",
         ("Roadmaster Tire & Auto", "Valley Wheel Co"), "Roadmaster Tire & Auto", None),
        # a known firm's name, then what we do for it (叉车锂电改装), is that firm
        ("迅捷物流叉车锂电改装12台，今天报了价，43.2万", ("迅捷物流", "宏达"), "迅捷物流", None),
        # a known clinic, then its work in trade words (安装牙科椅): no clinic's name goes on
        ("今天下午三點去德仁牙科診所安裝牙科椅", ("德仁牙科診所", "美齒牙醫診所"), "德仁牙科診所",
         None),
        # a known person, then the known firm whose role they hold
        ("Met Kenji Watanabe, Aoyama Residences' building manager, on the roof this morning",
         ("Aoyama Residences", "Kenji Watanabe"), "Aoyama Residences", "Kenji Watanabe"),
        ("liam o'brien from harbour brewing co emailed, ring him thursday at 2",
         ("Harbour Brewing Co", "Kegs Direct"), "Harbour Brewing Co", "Liam O'brien"),
        # a known short name before a verb of one character; a safe is no insurance firm
        ("美肌坊付了面膜货款，下周二发货前给她们打个电话", ("美肌坊", "丽人坊"), "美肌坊", None),
        ("锦江之星保险箱预算三万五，下周一上午去量尺寸", ("锦江之星", "如家"), "锦江之星", None),
        ("Jurong Semicon 的 QA manager Priya emailed 我, 要 coveralls 800 套",
         ("Jurong Semicon", "Lim Wei Ling"), "Jurong Semicon", "Priya"),
        ("昨晚 Starlight Events 的 gala dinner 顺利完成, 散场后跟他们的 producer Aisyah 聊了",
         ("Starlight Events", "Genting Live"), "Starlight Events", "Aisyah"),
        # a known Chinese brand with an English trade, by its brand alone
        ("茶语 要 tapioca pearls 200箱, 明天早上 confirm 交货期", ("茶语 Bubble Tea", "TeaLive"),
         "茶语 Bubble Tea", None),
    ],
)
def test_more_known_names_and_their_people(text: str, names: tuple[str, ...], customer: str,
                                           contact: str | None) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(n) for n in names))
    assert (memo.customer, memo.customer_is_new, memo.contact) == (customer, False, contact)


def test_ten_thousand_fish_fry_is_no_money() -> None:
    assert parse_memo("今天刚投了6万尾草鱼苗，下个月初跟他对一下用量", NOW).amount is None
    memo = parse_memo("佛山Dragon Tiles还欠我们4.2万尾款", NOW)
    assert memo.amount is not None and memo.amount.value == Decimal(42000)


def test_a_currency_code_before_its_figure_is_no_word_amount() -> None:
    memo = parse_memo("FYI Thames Freight has a USD 18,000 budget for cargo cover", NOW)
    assert memo.amount is not None
    assert (memo.amount.value, memo.amount.currency) == (Decimal(18000), "USD")


@pytest.mark.parametrize(
    ("text", "said", "due"),
    [
        # a possessive weekday names a thing, not a time; the call's time stays as said
        ("Need to call Rick Alvarez today at 9am about the torn covers in Friday's drop",
         datetime(2026, 11, 18, 12, 30, tzinfo=SHANGHAI), "2026-11-18T09:00"),
        ("remnd me to chase kwik fit garage for the outstanding £1,240 on friday morn",
         NOW, "2026-11-20T09:00"),
        # this week's Friday, past: a plan kept as said
        ("本周五下班前把维也纳酒店的布草报价发过去", datetime(2026, 11, 21, 10, tzinfo=SHANGHAI),
         "2026-11-20T18:00"),
        # 坏了的: broken, not done
        ("周末把仓库里那台坏了的史密斯机拉去厂里修", datetime(2026, 11, 22, 20, tzinfo=SHANGHAI),
         "2026-11-22"),
        # next week's menu names a thing; start this Friday is the first
        ("EVERY FRIDAY 3PM SEND NEXT WEEK'S MENU TO KIDDIWINKIE PRESCHOOL. START THIS FRIDAY",
         datetime(2026, 12, 1, 21, 30, tzinfo=SHANGHAI), "2026-12-04T15:00"),
        # the signed PDF is a thing to send, not a deal done today
        ("Board signed: 3 feeder systems, $86,500, install week of Feb 15. Send the signed PDF "
         "to Dave today", datetime(2027, 1, 4, 10, tzinfo=SHANGHAI), "2027-01-04"),
    ],
)
def test_dues_kept_as_said(text: str, said: datetime, due: str) -> None:
    memo = parse_memo(text, said)
    assert memo.due is not None, text
    written = memo.due.strftime("%Y-%m-%dT%H:%M" if "T" in due else "%Y-%m-%d")
    assert written == due, text


def test_a_holiday_is_no_person() -> None:
    memo = parse_memo("Wing On Restaurant wants their cylinders swapped before National Day, "
                      "they're fully booked for Golden Week banquets", NOW,
                      (KnownCustomer("Wing On Restaurant"),))
    assert memo.contact is None


def test_by_all_means_is_no_ten_million() -> None:
    text = "!! 大后天上午去海丰养殖场抽检虾苗，上批有白斑，千万别忘"
    assert parse_memo(text, NOW).amount is None
    memo = parse_memo("预算一千万，下周一报方案", NOW)
    assert memo.amount is not None and memo.amount.value == Decimal(10_000_000)


def test_a_rival_quoting_with_a_space_is_a_quote() -> None:
    text = "Steelcase 这次 又 低价 抢了 招商蛇口 的 单 他们 报 ¥980/m² 比 我们 低 15%"
    memo = parse_memo(text, NOW)
    assert memo.amount is not None and memo.amount.kind == "quote"


@pytest.mark.parametrize(
    "text",
    ["lost the church job — Northshore Roofing went with Safway, they came in 15% under us",
     "anyone 有 Northshore Roofing 新 buyer 的 email? 之前 的 Oliver 已经 离职 了"],
)
def test_a_rival_or_someone_gone_is_no_contact(text: str) -> None:
    memo = parse_memo(text, NOW, (KnownCustomer("Northshore Roofing"),))
    assert (memo.customer, memo.contact) == ("Northshore Roofing", None), text


@pytest.mark.parametrize(
    ("text", "names", "customer"),
    [
        ("今天去蓝湾合作社塘头见了陈社长，下周四上午再过去跟他谈",
         ("蓝湾对虾合作社", "粤海饲料"), "蓝湾对虾合作社"),
        ("从5月11号开始每周一上午9点跟小刘车行对一下电池库存",
         ("小刘电动车行", "雅迪专卖店"), "小刘电动车行"),
    ],
)
def test_a_known_name_with_a_middle_word_left_out(text: str, names: tuple[str, ...],
                                                  customer: str) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(n) for n in names))
    assert (memo.customer, memo.customer_is_new) == (customer, False)


def test_a_timed_weekly_rule_beats_an_all_day_one() -> None:
    said = datetime(2026, 12, 24, 14, tzinfo=SHANGHAI)  # a Thursday
    memo = parse_memo("Echo Rooms want us to check inventory every Friday before the weekend "
                      "crowd. Every Fri 5pm, from next week", said)
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2027-01-01T17:00"


def test_a_day_over_twelve_before_a_dot_is_the_day() -> None:
    said = datetime(2026, 12, 17, 16, 45, tzinfo=SHANGHAI)
    memo = parse_memo("Send her the site prep checklist on 15.01, not urgent", said)
    assert memo.due is not None and memo.due.date() == date(2027, 1, 15)


def test_our_colleague_who_left_is_no_contact() -> None:
    memo = parse_memo("Who is handling Pieter van Wyk's account now that Lerato left?", NOW,
                      (KnownCustomer("Pieter van Wyk"),))
    assert (memo.customer, memo.contact) == ("Pieter van Wyk", None)


def test_watts_in_a_spec_are_no_money() -> None:
    text = "给光明路政周科发路灯方案（６米杆，４０Ｗ），报价３２万，下周三前发过去！"
    memo = parse_memo(text, NOW)
    assert memo.amount is not None
    assert (memo.amount.value, memo.amount.kind) == (Decimal(320000), "quote")


@pytest.mark.parametrize(
    ("text", "names", "customer", "is_new", "contact"),
    [
        ("Les Mills Takapuna's manager Brooke wants a vending trial. call her Monday afternoon",
         ("Les Mills Auckland",), "Les Mills Takapuna", True, "Brooke"),
        ("walkthrough of the new tanker w/ Capt. Briggs @ Red Mesa VFD on jan 6 at 9",
         ("Red Mesa VFD", "Briggs Hardware"), "Red Mesa VFD", False, "Capt. Briggs"),
        # 园区 alone is no form of a known park's committee
        ("赵总刚来电话说园区那台泡沫车底盘要年检，下下周五之前把检测报告准备好",
         ("滨江化工园区管委会", "赵德明"), "赵德明", False, None),
    ],
)
def test_names_said_with_their_trimmings(text: str, names: tuple[str, ...], customer: str,
                                         is_new: bool, contact: str | None) -> None:
    memo = parse_memo(text, NOW, tuple(KnownCustomer(n) for n in names))
    assert (memo.customer, memo.customer_is_new, memo.contact) == (customer, is_new, contact)


def test_a_thing_back_in_a_month_is_no_follow_up() -> None:
    memo = parse_memo("Trillium Tours still owes USD 3,150 for the charter back in Oct. their "
                      "accountant keeps stalling", NOW)
    assert not memo.is_task


def test_twelve_thousand_pigs_is_no_money() -> None:
    assert parse_memo("王德福生日是3月18号，他家猪场今年出栏一万二头，想扩栏", NOW).amount is None


@pytest.mark.parametrize(
    ("text", "priority"),
    [
        ("今天开会 华文教材中心 confirm 了 P3 华文课本 reprint 5000 本, 明天 10am 前 send artwork",
         "normal"),  # Primary 3, a school grade
        ("p3 下下周五整理一下鼎丰集团的历史订单", "low"),
        ("每天早上看一下各店激活量 p3", "low"),
    ],
)
def test_p3_as_a_grade_or_a_priority(text: str, priority: str) -> None:
    assert parse_memo(text, NOW).priority == priority, text


def test_a_lake_is_no_person() -> None:
    memo = parse_memo("Emergency call-out last night at Rob Thibault's cottage on Lake Simcoe, "
                      "baffle collapsed. replaced it, he paid by card on site", NOW)
    assert (memo.customer, memo.contact) == ("Rob Thibault", None)


def test_a_dot_inside_a_word_ends_no_sentence() -> None:
    memo = parse_memo("昨天去仁爱口腔拜访了, 下单 20颗 e.max 贴面, 共 ¥16,000, 2月3号前交货", NOW)
    assert memo.amount is not None and memo.amount.kind == "deal"


@pytest.mark.parametrize(
    ("text", "said", "due"),
    [
        # this weekend said on a Sunday is today; popping in is ours to do
        ("Kirra wants to do the mat + block order this weekend, pop in with the samples",
         datetime(2026, 11, 22, 19, tzinfo=SHANGHAI), "2026-11-22"),
        # a day the customer gives their word for is ahead, not gone
        ("快马车业Jason说上次那批还剩NT$38,500没付，他说25号一定结清，到时候再check",
         datetime(2026, 10, 8, 14, 45, tzinfo=SHANGHAI), "2026-10-25"),
    ],
)
def test_a_day_ahead_in_their_words_or_ours(text: str, said: datetime, due: str) -> None:
    memo = parse_memo(text, said)
    assert memo.due is not None and memo.due.date().isoformat() == due, text


def test_a_rule_of_two_weekdays_starts_on_the_sooner() -> None:
    thursday_night = datetime(2026, 9, 3, 20, tzinfo=SHANGHAI)
    memo = parse_memo("每周一、周四早上给丰润食品发冷库温度记录", thursday_night)
    assert memo.recurrence == "FREQ=WEEKLY;BYDAY=MO,TH"
    assert memo.due is not None and memo.due.strftime("%Y-%m-%dT%H:%M") == "2026-09-07T09:00"


def test_who_runs_it_for_a_company_is_its_contact() -> None:
    memo = parse_memo("New lead: Rosa Delgado, who runs transportation for Pasadena Unified "
                      "School District. Book a demo next Wednesday at 11.", NOW, ())
    assert (memo.customer, memo.customer_is_new, memo.contact) == (
        "Pasadena Unified School District", True, "Rosa Delgado")


@pytest.mark.parametrize("text", [
    "Lotus Hotels went live on the new PMS on Monday, 212 rooms across 3 properties.",  # gone
    "PACED RUNNING CO PAID THE $7,200 INVOICE ON MONDAY. ALL 60 PAIRS SOLD THROUGH.",  # gone
    "Full scaffold inspection at the Pacific Crest job this morning, no deficiencies. Walked "
    "it with their superintendent Luis Ortega.",  # the morning gone, the work done
    "Vela pilot numbers for November: 11,200 rides, average trip 1.8 miles.",  # no date
])
def test_a_past_weekday_or_a_measure_is_no_task(text: str) -> None:
    assert parse_memo(text, NOW.replace(day=19, hour=19), ()).due is None, text


def test_a_colour_temperature_and_a_hall_in_a_name() -> None:
    lights = parse_memo("They want warm 2700K throughout. Send the boards Monday", NOW, ())
    assert lights.amount is None
    screen = parse_memo("还要加一块 outdoor facade screen, 下周一 send proposal", NOW, ())
    assert screen.amount is None
    hall = parse_memo("明天下午四点去蓝鲸宠物水族馆看鱼缸", NOW, (KnownCustomer("蓝鲸宠物"),))
    assert (hall.customer, hall.customer_is_new) == ("蓝鲸宠物水族馆", True)


def test_they_walked_me_through_this_morning_is_a_contact_and_no_task() -> None:
    memo = parse_memo("蓝海科技 今天上午9点 带我 walk through 新的 glasshouse, 他们 happy",
                      NOW.replace(hour=18), TEAM)
    assert (memo.due, memo.contacted) == (None, True)


def test_someone_met_at_a_show_is_the_customer_not_the_show() -> None:
    memo = parse_memo("Met Anton Steyn at the Rosebank home show last Friday — he's building "
                      "a guesthouse in Parys", NOW, ())
    assert (memo.customer, memo.contact) == ("Anton Steyn", None)


def test_a_call_planned_for_an_hour_gone_stays_as_said() -> None:
    memo = parse_memo("今天早上8点要给蓝海科技王工打电话说一下验收的事情别忘了",
                      NOW.replace(hour=8, minute=50), TEAM)
    assert (memo.due, memo.contacted) == (NOW.replace(hour=8, minute=0), False)


@pytest.mark.parametrize(("text", "kind"), [
    ("Acme Corp's accounts team rang: the €12.5k for the scales went out on Monday.", "payment"),
    ("Quoted Acme Corp RMB 52,000 for the raisin order over the phone.", "quote"),
])
def test_money_gone_out_and_a_price_quoted_for_an_order(text: str, kind: str) -> None:
    amount = parse_memo(text, NOW, TEAM).amount
    assert amount is not None and amount.kind == kind


@pytest.mark.parametrize("text", [
    "蓝海科技的王春燕今天电话里说，今年春节礼盒要减量",  # the holiday's goods, no day
    "今天去了林口那家卫浴展，看到竞品的浴室柜卖得比我们便宜两成",  # a show, no one
])
def test_a_holidays_goods_or_a_show_is_no_due_and_no_person(text: str) -> None:
    memo = parse_memo(text, NOW, (KnownCustomer("蓝海科技"),))
    assert memo.due is None and memo.customer in ("蓝海科技", None), text


def test_a_strata_body_code_is_part_of_the_name_and_a_spec_note_is_no_one() -> None:
    condo = parse_memo("Kallang Point Condo MCST – fire-rated door replacement, 46 units. "
                       "quoted S$138,000. follow up next monday", NOW, ())
    assert (condo.customer, condo.customer_is_new) == ("Kallang Point Condo MCST", True)
    assert parse_memo("Spec note: AG-30 spray drone tank is 30 L, swath 9 m", NOW,
                      ()).customer is None


def test_a_budget_word_right_after_the_figure() -> None:
    memo = parse_memo("Acme Corp call: quote for a 2nd smoke sauna, they said €60k max budget",
                      NOW, TEAM)
    assert memo.amount is not None and memo.amount.kind == "budget"
    signs = parse_memo("去仁和医院看了现场，导视牌要换42块，对方说预算在15万以内", NOW, ()).amount
    assert signs is not None and (signs.value, signs.kind) == (150000, "budget")
    paid = parse_memo("Kevin Zhao 昨天 called, 余款 ¥18,600 今天到账了", NOW, TEAM).amount
    assert paid is not None and paid.kind == "payment"
    owed = parse_memo("蓝海科技 尾款二十万 周五下午四点前必须到账", NOW, TEAM).amount
    assert owed is not None and owed.kind == "owed"
    assert parse_memo("Send a techician Wednesday 9am, high priorty.", NOW, ()).priority == "high"


def test_a_pasted_email_from_them_records_a_contact() -> None:
    memo = parse_memo("From: Jason Lim <purchasing@acme.example>\nSubject: Re: kits\n\n"
                      "Hi, we'd like to go ahead with the order. Please send the proforma.\n"
                      "---\nsend proforma today", NOW, TEAM)
    assert memo.contacted is True


def test_a_rule_in_a_reports_heading_is_no_recurrence() -> None:
    memo = parse_memo("Quarterly review at Acme Corp with Harriet Cole, ops manager.\n"
                      "- Discussed consolidating laundry bags.\n"
                      "Action: samples to Harriet by next Friday.", NOW, TEAM)
    assert (memo.recurrence, memo.due is not None) == (None, True)


def test_someone_from_their_dorms_is_its_contact() -> None:
    memo = parse_memo("Priya Natarajan from Riverside Dorms called, they need 40 bunk beds",
                      NOW, ())
    assert (memo.customer, memo.contact) == ("Riverside Dorms", "Priya Natarajan")


def test_a_daily_service_sold_is_no_rule_and_buying_is_a_deal() -> None:
    tea = parse_memo("Visited Acme Corp and signed them for 12 months of daily tea service, "
                     "¥480,000. Kick-off delivery next Monday at 8.", NOW, TEAM)
    assert (tea.recurrence, tea.due is not None) == (None, True)
    safes = parse_memo("Acme Corp emailed to confirm they're buying 60 safes, total USD 15,000.",
                       NOW, TEAM).amount
    assert safes is not None and safes.kind == "deal"


def test_paid_on_a_holiday_gone_is_no_task_and_a_drop_by_yesterday_a_contact() -> None:
    paid = parse_memo("Jane Cooper paid $2,350 for the batteries on Christmas Eve.",
                      NOW.replace(month=12, day=28), TEAM)
    assert paid.due is None
    memo = parse_memo("尋日 drop by Acme Corp, 佢哋上批貨款 HK$12,500 已經收到", NOW, TEAM)
    assert memo.contacted is True



@pytest.mark.parametrize(("text", "customer"), [
    ("周六去盾安门窗科技看新款防盗门", "盾安门窗科技"),  # jieba's 去盾安: the verb is cut off
    ("周五下午三点半带刘建华看商用烤箱演示", "刘建华"),  # 带|刘|建华: a name after 带
    ("Toured the new Bounce Bay Kids Club site with the owner", "Bounce Bay Kids Club"),
    # another school of a known school's first words; a school's PTA is its own
    ("Call Mrs. Delgado at Oak Grove Elementary tomorrow afternoon", "Oak Grove Elementary"),
    ("Mrs. Delgado from the Sunnyside Elementary PTA emailed - wants a proposal",
     "Sunnyside Elementary PTA"),
    # a mall named alone at the site visited is the customer
    ("Did a site visit at Al Noor Mall this morning with the MEP consultant. Send the revised "
     "quote on Sunday", "Al Noor Mall"),
])
def test_new_names_after_a_verb_or_before_their_site(text: str, customer: str) -> None:
    memo = parse_memo(text, NOW, (KnownCustomer("盾安"), KnownCustomer("Bounce Bay"),
                                  KnownCustomer("Oak Grove High School")))
    assert (memo.customer, memo.customer_is_new) == (customer, True)


def test_a_model_after_a_short_name_is_goods() -> None:
    memo = parse_memo("25/5前把奥迪A6L的原厂刹车盘订回来，周先生等着换", NOW,
                      (KnownCustomer("奥迪4S店"),))
    assert (memo.customer, memo.customer_is_new) == ("周先生", True)


@pytest.mark.parametrize(("text", "contact"), [
    ("下午跟麦香坊 purchasing 的 Jenny 开了会, 下周一发 proposal 给她", "Jenny"),  # a shop's name
    ("今天给仁和康复中心做了设备培训，护士长刘敏提了几个问题，周五前整理个操作手册给她", "刘敏"),
])
def test_known_people_at_known_firms(text: str, contact: str) -> None:
    team = (KnownCustomer("麦香坊"), KnownCustomer("仁和康复中心"), KnownCustomer("刘敏"))
    assert parse_memo(text, NOW, team).contact == contact


def test_the_home_of_a_trade_has_no_short_name() -> None:
    memo = parse_memo("今天给陈女士做了回访，月嫂上户一周了，她挺满意", NOW,
                      (KnownCustomer("陈静"), KnownCustomer("月嫂之家")))
    assert memo.customer == "陈静"  # 月嫂 is the trade, no short 月嫂之家


def test_a_lunar_birthday_typed_with_a_slip() -> None:
    memo = parse_memo("老客户Jane Cooper的生日是农力八月十五，记一下", NOW, TEAM)
    assert memo.birthday is not None and memo.birthday.lunar and memo.due is None


def test_a_lower_case_title_keeps_its_full_stop() -> None:
    text = "just got off the phone with dr. patel from acme corp, demo thursday at 2"
    memo = parse_memo(text, NOW, TEAM)
    assert (memo.customer, memo.contact) == ("Acme Corp", "Dr. Patel")


def test_a_known_name_before_its_trade_is_a_longer_new_one() -> None:
    memo = parse_memo("明天3pm去雀友棋牌室收尾款8000块记得带收据", NOW, (KnownCustomer("雀友"),))
    assert (memo.customer, memo.customer_is_new) == ("雀友棋牌室", True)


def test_a_known_person_seen_at_the_known_firm_is_its_contact() -> None:
    team = (KnownCustomer("黃醫生"), KnownCustomer("Smile Dental Centre"))
    memo = parse_memo("明天上午10點半去Smile Dental Centre見黃醫生傾種植牙套裝", NOW, team)
    assert (memo.customer, memo.contact) == ("Smile Dental Centre", "黃醫生")
