"""What a memo says happened, and what it plans: clauses, reports of past events
(拜访了, met, called), planned actions (去, 打电话, call, send) and contact records.

A time in a clause that reports something done (今天拜访了华为, visited them today) is
not a due; a memo that says an interaction with the customer happened records a contact
(`contacted`), which is what moves the customer's last-contact date.
"""

from __future__ import annotations

import bisect
import re

from bot.parsing.names import SURNAMES
from bot.parsing.normalize import CJK_SPACE

# A clause ends at sentence or list punctuation; a '.' only when it is no decimal point
# (3.5万, 11.25) and a ',' only when it is no thousands separator ($2,000).
# a full stop after a title is no end (Ms. Ong 今天同意, Mr. Lim 说)
NOT_AFTER_TITLE = (r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bProf)"
                   r"(?<!\bMR)(?<!\bMRS)(?<!\bMS)(?<!\bDR)(?<!\bST)"
                   r"(?<!\bincl)(?<!\bexcl)(?<!\bapprox)(?<!\bapx)(?<!\bvs)")  # incl. install
_CLAUSE_END = re.compile(
    rf"[，。；;！!？?\n]|\s/\s|\s\+\s(?=(?i:call|email|send|check|ping|text|book|confirm|follow|"
    rf"ring|chase|remind|ask|get)\b)|(?<!\d),|,(?!\d{{3}})|{NOT_AFTER_TITLE}\.(?!\d)|\s+-\s+|\s+(?:but|then)\s+|"
    # a run-on memo's next order: …is still unpaid chase her again on the 28th
    r"(?<=[a-z0-9])\s+(?<!\bto\s)(?<!\bwill\s)(?<!'ll\s)(?<!\band\s)(?<!\bor\s)(?<!\bcan\s)"
    r"(?=(?i:chase|call|ring|email|text|ping|remind|follow\s+up)\s+(?:him|her|them|us|me|back|"
    r"up|again)\b)|"
    r"(?<=[\u4e00-\u9fff])(?<![给跟和与让叫帮替对向被请找约问同把为说告诉是带陪"
    r"一二三四五六七八九十日天午晚早点号分半刻后前末底初中周月年了过])(?=我(?![们司方的]))")
# a sentence ends at a full stop (not a decimal point, a title's or one inside a word like
# e.max), ! ? ; or a new line
SENTENCE_END = re.compile(rf"[。；;！!？?\n]|{NOT_AFTER_TITLE}\.(?!\d)(?!(?<=[A-Za-z]\.)[a-z])")

# --- reports: something that was done -------------------------------------------------
# a done-marker after a verb: 拜访了, 打了电话, 见过; not 为了 / 除了 / 了解 / 说好了 (a plan)
_ZH_DONE = re.compile(
    r"(?<![为除罢])(?<!说好)(?<!约好)(?<!讲好)(?<!定好)(?<!商量好)(?<!谈好)(?<!坏)(?<!忘)了(?!解|没|吗|么)"
    r"|(?:跟进|联系|拜访|见|去|聊|谈|沟通|打|发|回访|问|约|来|到|做|用)过(?![来去年节])"
    r"|已经|已(?!读)|刚刚|刚才|刚(?=[\u4e00-\u9fff])|打电话(?:来|说(?!一下|下|清楚)|问(?!一下|下|问|清楚|他|她|对方|客户))|来电|打来|回复说|反馈说"
    r"|(?<=上午|下午|早上|中午|昨天|前天|刚刚|刚才)(?:签|谈|定|买|订|付|发|见|聊|收|交)的"
    r"|收工|完工|顺利结束|圆满结束"
    r"|(?:今天|今早|上午|早上|中午|昨天|前天)[^，。,.;；]{0,8}?(?:收到|接到|拿到|见到|碰到|碰见|到账|入账)"
    r"(?![^，。,.;；]{0,12}(?:后|以后|之后|再))"  # 今天收到货款: received, done
)
# work done on a customer's site: Serviced the fire pump at…, Installed 3 units at…
_ON_SITE_WORK = (r"(?:installed|serviced|repaired|fixed|fitted|inspected|measured|surveyed|"
                 r"cleaned|tested|commissioned|replaced|mounted|calibrated|upgraded|swapped|"
                 r"refilled|restocked)")
# a verb of ours that opens its sentence, or follows I or we: Delivered…, we dropped…
_OURS_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=\bI\s)|(?<=\bwe\s))"
_EN_DONE = re.compile(
    r"(?<!\bthe\s)(?<!\bour\s)\b(?:met|visited|called|emailed|e-mailed|spoke|talked|had|went|sent|signed|"
    r"closed|"
    r"discussed|demoed|demo'd|presented|received|got|saw|dropped\s+by|stopped\s+by|done|"
    r"caught\s+up|chatted|texted|pinged|messaged|phoned|rang|heard|followed\s+up|"
    r"reached\s+out|delivered|shipped|finished|completed|did|already|was|were|left|walked|"
    r"toured|showed|gave|told|said|asked|agreed|confirmed|declined|ordered|bought|paid|"
    r"transferred|wired|deposited|collected|picked\s+up|cleared|landed|arrived|reflected|"
    r"quoted|submitted|wrapped\s+up|held|hosted|attended|joined|pitched|negotiated|renewed|"
    r"dropped|went\s+over|ran|took|came|checked\s+in|touched\s+base|lost|won|"
    r"has\s+been|have\s+been|on\s+(?:today's|this\s+morning's|this\s+afternoon's)\s+"
    r"(?:call|meeting|visit|demo)|" + _ON_SITE_WORK + r")\b",
    re.IGNORECASE | re.ASCII,
)

# --- actions: something to do -----------------------------------------------------------
_ZH_ACTION = re.compile(
    r"提醒|记得|跟进|回访|再联系|联系|回电|打电话|电话|打给|发给|(?<![出头])发(?![布展现生烧车])|让我|叫我|要我|寄|送|催|约|去|拜访|见|"
    r"开会|会议|汇报|演示|签|交|提交|准备|安排|确认|回复|报价|讨论|沟通|对接|吃饭|请(?!假)|带(?!了?我(?!们?的))|"
    r"谈|聊|问(?!我)|通知|过去|跑一趟|上门|处理|搞定|落实|跟|催款|对账|回话|答复|反馈|补齐|"
    r"发过去|寄过去|回(?=她|他|你|客户|对方)"
)
# verbs too common to say on their own that something is ours to do (给, 看, 做, 到)
_ZH_WEAK_ACTION = re.compile(r"看|办|做|出|给|到(?!期|账|货|位)|收|付|回(?!来|去|款)")
# our work a customer wants done: wants the boilers serviced, needs the contract signed —
# the want, up to four words of the thing, the work
_WORK_DONE = r"(?:serviced|installed|delivered|fitted|repaired|fixed|cleaned|inspected|measured)"
_THE_THING = r"\s+(?:[\w'-]+\s+){0,4}?"
_EN_ACTION = re.compile(
    r"\b(?:remind|follow[\s-]?up|f/u|call|ring|phone|send|email|e-mail|mail|ping|text|"
    r"check|meet|meeting|visit|demo|present|presentation|review|prepare|submit|confirm|sign|"
    r"deliver|ship|discuss|draft|book|schedule|drop(?!-)|pick|bring|get|chase|collect|invoice|"
    r"quote|pitch|lunch|dinner|coffee|sync|go|head|fly|renew|update|share|reply|"
    r"respond|finalize|finalise|close|set\s+up|touch\s+base|reach\s+out|escalate|"
    r"notify|tell|ask|loop\s+in|circle\s+back|nudge|push|pop\s+(?:in|by|over)|"
    r"swing\s+by|stop\s+by|come\s+by|courier|post(?=\s+(?:her|him|them|it|the|a|an|out)\b)|"
    r"wants?" + _THE_THING + _WORK_DONE + r")\b",
    re.IGNORECASE | re.ASCII,
)
# what says a time is someone else's fact or word, not our action: 合同明年3月到期, renews
# July 1, Finance 说下周一前不到账就…, promised payment next week
_NOT_OURS = re.compile(
    r"到期|过期|截止日|生效|搬家|搬迁|入驻|开业|上线|放假|请假|休假|出差|在外地|定在|定于|"
    r"(?:他|她|他们|对方|客户|老板|财务|finance|[A-Za-z]+)\s*(?:说|表示|承诺|答应)|^\s*说|"
    r"船期|交期|到港|评审会|截止|推迟|延期|到账|取消|(?i:\bmoved\s+to\b|\brescheduled\s+to\b)|"
    r"(?i:\b(?:postponed|delayed|cancell?ed|pushed\s+(?:back|out))\b)|"
    r"(?i:\bshuts?\b|\bshutting\b|\bshut\s+down\b)|"  # they shut the plant down next week
    r"\b(?!(?:Mon|Tues?|Wednes|Thurs?|Fri|Satur|Sun)day\b)(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?"
    r"\s+(?:to|will|'ll)\s+(?:confirm|send|revert|reply|decide|share|provide|advise|"
    r"sign|get\s+back|come\s+back|review)|\b(?:deadline|closes|closing\s+date)\b|"
    r"\b(?:expires?|expiring|renews?|renewal\s+is|ends?(?!\s+of)|ending|"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bour\s)(?<!\btheir\s)(?<!\bto\s)starts?|goes\s+live|"
    r"move-?in|(?<!\bit\s)(?<!things\s)moving(?!\s+(?:forward|ahead|along))|promised|said|says|told\s+(?:me|us)|closed|out\s+of\s+office|"
    r"on\s+leave|vacation|holiday)\b",
    re.IGNORECASE,
)
# what puts an appointment at a new time: moved it to, rescheduled to, 改到, 推迟到
_MOVE = (r"(?:(?i:\b(?:moved|rescheduled|pushed|postponed|changed|shifted|bumped|"
         r"brought\s+forward)\b[^,.;!?，。；]{0,20}?\bto)|改到|改成|改在|推到|推迟到|延到|延期到|挪到|换到|"
         r"调到|提前到)")
MOVED_TO = re.compile(_MOVE + r"\s*$")
_MOVED_AFTER = re.compile(_MOVE + r"\s*\S")


# the old time of a move said with "from" (moved the demo from this Friday to …; moved the
# call to Friday 2pm from Wednesday)
_MOVE_VERB = re.compile(r"\b(?:mov(?:e|ed|ing)|reschedul(?:e|ed|ing)|push(?:ed|ing)?|"
                        r"postpon(?:e|ed|ing)|shift(?:ed|ing)?|bump(?:ed|ing)?)\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:this|the|last|next)\s+)?$", re.IGNORECASE)


def moved_later(text: str, span: tuple[int, int]) -> bool:
    """Whether the time at `span` is the old one of an appointment moved later in its clause
    (原本2点半的会议改到4点; cancelled Saturday's clean and moved it to next Tuesday; moved it
    from this Friday to the Friday after next)."""
    left, right = bounds(text, *span)
    if _MOVED_AFTER.search(text, span[1], right) is not None:
        return True
    return _FROM_BEFORE.search(text, max(left, span[0] - 12), span[0]) is not None \
        and _MOVE_VERB.search(text, left, right) is not None
# a time followed by these is when something starts (下周起报价上调, 下个月开始换供应商)
_FROM_ON = re.compile(r"\s*(?:起|开始|以后|之后起|onwards|on\s+wards)")


# a clause about what they do (Their governors meet on the 14th): below an action of ours
_THEIRS = re.compile(r"^\s*(?:(?:their|they|he|she|his|her)\b|他们|她们|对方)", re.IGNORECASE)


_ONLY_WHEN = re.compile(r"(?i:first\s+thing|asap|sharp|ish|\s)+|(?:一早|先|再|就|\s)+")
_COLLEAGUE = re.compile(
    r"^\s*(?:(?:我们|我司)\s*\S{0,8}?(?:boss|老板|经理|总|同事|主管)|(?:my|our)\s+(?:boss|manager|"
    r"colleague|team|tech|engineer|internal|老板)\b)", re.IGNORECASE)


def names_action(text: str) -> bool:
    """Whether the memo names anything to do at all (去, 打电话, call, send, 给…)."""
    return bool(_ZH_ACTION.search(text) or _EN_ACTION.search(text)
                or _ZH_WEAK_ACTION.search(text))


def action_strength(text: str, span: tuple[int, int]) -> int:  # noqa: C901, PLR0911 - a rule each
    """How surely the time at `span` is when we are to act: 3 work assigned (@sam prep the
    SOW by Wed), 2 an action of ours names it (下周三再跟进报价, follow up Fri), 1 only a
    common verb or a colleague's plan does, 0 none, -1 it is their doing (they open at 8),
    someone else's fact or word (合同明年3月到期, promised payment next week) or a start
    (下周起)."""
    left, right = bounds(text, *span)
    clause = text[left:right]
    rest = (text[left:span[0]] + text[span[1]:right]).strip(" ,，:：-")
    if not rest or _ONLY_WHEN.fullmatch(rest):  # "Tmr 早上 first thing, call 张丽华…": the time
        after = _CLAUSE_END.match(text, right)     # heads the clause that follows
        if after is not None and after.end() < len(text) and text[after.end():].strip(" .。!！"):
            nxt = bounds(text, after.end(), after.end())
            return action_strength(text, (nxt[0], nxt[0])) if nxt[1] > nxt[0] else 0
        if left > 0:  # "Send the catalogue beforehand, this Friday.": it closes the one before
            ends = [m.start() for m in _CLAUSE_END.finditer(text, 0, left)]
            prev = bounds(text, ends[-1], ends[-1]) if ends else (0, 0)  # over " - ", ", "
            if prev[1] > prev[0]:
                return action_strength(text, (prev[1], prev[1]))
    if MOVED_TO.search(text, max(left, span[0] - 40), span[0]) and not said(clause):
        return 1  # moved it to next Tuesday 2pm, 改到4点: when it happens, below our own doing
    beside = _whose_beside(text, left, span)
    if beside is not None:
        return beside
    if _NOT_OURS.search(clause) or _FROM_ON.match(text, span[1]) or said(clause):
        return -1 if not _ZH_ACTION.search(clause.replace("到期", "")) else 0
    if re.match(r"\s*@\w", clause):
        return 3  # @sam prep the SOW by Wed: work assigned, the memo's point
    if _THEIRS.match(clause) or _THEIRS.match(rest):
        return -1  # they open at 8; 周一到周三他们都在盘点
    if _COLLEAGUE.match(clause):
        return 1  # 我们王经理下周也想过去一趟: a colleague's plan, below our own action
    if _ZH_ACTION.search(clause) or _EN_ACTION.search(clause):
        return 2
    return 1 if _ZH_WEAK_ACTION.search(clause) else 0


def _whose_beside(text: str, left: int, span: tuple[int, int]) -> int | None:
    """Whose doing a time is by the words right beside it, before the clause is read whole:
    -1 theirs to us (图纸他晚上发我), 2 ours said after their word (…wants to see 报价 first —
    本周五下午3点 email him the quote; 采购说要看样书 周四寄); None when they do not tell."""
    if _THEY_BEFORE.search(text, left, span[0]) and _TO_ME_AFTER.match(text, span[1]):
        return -1
    if _OUR_CALL_AFTER.match(text, span[1]) and not text[span[0]:span[1]].endswith("."):
        return 2
    pieces = _CJK_GAP.split(text[left:span[0]])
    if len(pieces) > 1 and said(pieces[-2]) and not said(pieces[-1]) \
            and _OUR_ACT_AFTER_WORD.match(text, span[1]):
        return 2
    return None


# --- contact records: an interaction with the customer happened ------------------------
_ZH_MET_VERB = (
    r"拜访|拜会|会见|会面|宴请|喝酒|聚餐|见|见面|见到|碰|碰面|打(?![印包样款卡折扫])|通(?!过)|聊|谈|倾|唠|沟通|交流|巡店|"
    r"(?<![少多漏错补])发(?![货群出]|朋友圈)|寄|回访|去|(?<![出起回过上下进])来|"
    r"开会|吃饭|喝茶|语音|"
    r"试驾|试用|"
    r"对接|演示|参观|走访|接待|联系|跟进|微信|视频|电话|通话|约见|面谈|洽谈|问|回复|催|"
    r"签|签约|送|报价|报|介绍|讲|说|聊过|到访|上门|认识|结识|加(?=了?(?:我|你|他|她|我们)?(?:的)?微信)|吵|(?<!预)约(?=了|好)|咨询"
)
# English verbs a mixed memo conjugates the Chinese way: call 了, 已经 apologize 了
_MIXED_VERB = (r"(?:call(?:ed)?|meet|met|meeting|visit(?:ed)?|demo|e-?mail(?:ed)?|zoom|chat|"
               r"text|ping|wechat|review|present|pitch|apologi[sz]e|follow\s?up|check\s?in|ask(?:ed)?|"
               r"sync|quote|test\s?drive|trial|tour|audit|tasting|interview|survey|answer|"
               r"reply|replied|walk-?in|sign|signed|send|sent|confirm(?:ed)?|order(?:ed)?|"
               r"visit|call|whatsapp|message|msg|dm|facetime|skype|teams|remind(?:ed)?|chased?)")
_ZH_CONTACTED = re.compile(
    rf"(?:{_ZH_MET_VERB})(?:掂|好)?(?:了|过(?![来去]|一下|一遍)|完)(?!解|没|吗)|"
    r"刚(?:刚|才)?\s*(?:跟|和|与|给|同)[^，。,.;；]{1,30}?(?:确认|沟通|聊|谈|说|讲|通话|通了|核对|对了|报了|约好|说好|定好|"
    r"通电话|打电话|见面|开会)|"
    r"(?:新|刚|今天|昨天)认识|(?:卖|租|转)给了|(?<![不没])续(?:签|约)?了|(?i:line)\s*了|@(?:了)?我|"
    r"发(?:了)?(?:邮件|微信|信息|消息|(?i:e-?mail))(?:过)?来|"
    r"(?:今天|今日|刚才|刚刚|上午|下午|早上)\s*(?:电话|微信|邮件)(?:里)?\s*(?:确认|说|讲|回复|通知|沟通)|"
    r"(?:跟|和|与)[^，。,.;；!！?？]{1,25}(?:确认了|谈好了|定下来了|敲定了)|"
    r"(?<![要去再])找(?:了)?(?:我们|我司|我)(?:做|要|买|谈|聊|问|订|报价)|(?<![要会再去请让叫])问(?:了|过)?我(?!们?(?:要不要|能不能|可不可以))|"
    r"(?:今天|今早|昨天|前天|上午|中午|刚才|刚刚)[^，。,.;；]{0,10}(?:遇到|碰到|碰见|遇见|偶遇|撞见)|"
    r"(?:跟|和|与|同|陪)[^，。,.;；]{1,25}一起[^，。,.;；]{0,8}(?:了|过)(?!解)|"
    r"(?:跟|和|与|同)[^，。,.;；]{1,20}(?:坐了|待了|呆了)|"
    r"当面[^，。,.;；]{0,8}(?:了|过)(?!解)|(?:他|她|他们|对方|客户|家属)\s*让我|(?:食|饮)(?:咗|了)|"
    r"[\u4e00-\u9fff](?:总|经理|主任|老板|工|科长|处长)\s*(?:让|叫)我|"
    r"(?<![要请让给])来电(?:要|问|说|咨询|询问|订|投诉|反馈|催)|"
    r"(?:今天|今早|上午|下午|刚才|刚刚|昨天)\s*(?:电话|微信|视频|(?i:meeting|call|zoom))\s*(?:里|中|上|时|的时候)|"
    r"回了\s*(?i:whatsapp|wechat|e-?mail|message|msg|text)|"
    r"(?:今天|今早|今日|早上|上午|中午|下午|刚才|刚刚|昨天|2day|today)\s*(?:打)?(?:来电|来电话|打来|打电话来|"
    r"(?i:call)\s*(?:来|我)|(?i:call)了我)|"
    rf"已(?:经)?\s*(?:{_ZH_MET_VERB}|{_MIXED_VERB})|"
    rf"(?<!给[{SURNAMES}])(?<!跟[{SURNAMES}])(?<!和[{SURNAMES}])(?<!找[{SURNAMES}])"
    rf"刚(?:刚|才)?(?:{_ZH_MET_VERB}|确认)|(?:{_MIXED_VERB}|fitting)\s*(?:了|咗|过(?![去来])|完|[做开搞]完)(?!解)|"
    r"刚(?:刚|才)?\s*(?:在\s*[A-Za-z]+\s*上\s*)?(?:e-?mail|message|msg|whatsapp|wechat|text|ping|call|"
    r"slack|dm|zoom|teams)|(?:回了|刚(?:刚|才)?回)[^，。,.;；]{0,20}?(?:message|msg|e-?mail|邮件|微信|信息|短信)|"
    r"[\u4e00-\u9fff]{1,3}(?:那边|这边)已(?:经)?\s*确认(?:过)?了|"
    r"(?:拜访|见|打电话|通电话|聊|谈|开会|吃饭|回访|(?<![调回过上下进出失搬])去(?!年|月|周)|走访|到访|上门|回邮件|回信|发邮件|"
    r"(?<![皮腰磁胶鞋绑送领色地热])带|陪)"  # 皮带又断了: a belt, no one brought
    r"[^，。,.;；!！?？]{0,12}(?:(?<!忘)了|过(?![来去]|一下|一遍))(?!解|没|吗)|"
    r"(?:上门|(?<![调回过上下进出失搬])去)把[^，。,.;；!！?？]{1,16}(?:签|送|装|交|办)了|"
    r"在[^，。,.;；!！?？]{1,12}(?:坐了|待了|呆了|弄了|忙了|修了)|"
    r"(?:今天|昨天|上午|下午|刚才|刚刚)在[^，。,.;；!！?？]{1,15}(?:看了|参观了|转了|量了|测了)|"
    r"(?:给|帮)[^，。,.;；!！?？]{1,20}?把[^，。,.;；!！?？]{1,15}(?:换|装|修|调|弄|搞)(?:完|好)了|提了(?:个|一个|几个)?(?:要求|需求|意见)|"
    r"(?:聊|谈|倾|沟通|交流)得(?:很|挺|不错|最|比较|还|蛮|非常|特别|好|不)|"  # 聊得最好: happened
    r"跑了[^，。,.;；!！?？]{0,16}(?:门店|店|家|趟|一圈|工地|现场)|"  # 跑了5家门店: visits made
    r"吃了(?:个|顿|一顿)?饭|看了[^，。,.;；!！?？]{0,16}(?:演示|样品|样板|展厅|现场|(?i:demo))|"
    r"(?:刚才|刚刚)[^，。,.;；!！?？给]{1,15}(?<![要得再])打(?:了)?(?:个)?电话(?:来|过来)?"
    r"(?:要|问|说|咨询|订|催|询)|"  # 刚才…王工打电话要MSDS: they called
    r"陌拜|走访\s*$|拜访(?:小结|记录|纪要)|(?:今天|今日|昨天|昨日|寻日|刚刚|刚才)[^，。,.;；!！?？]{0,8}?(?:又)?"
    r"(?:下单|下了单|订了|落单|落了单|赊了|定了)|"
    r"(?<![打回给])(?:微信|电话|语音|邮件|短信|(?i:wechat|whatsapp|e-?mail))\s*(?:里|上|中)?\s*(?:特地|特别)?"
    r"(?:说|讲|交代|嘱咐|叮嘱)"
    r"(?!一下|下|清楚)|(?:今天|今日|刚才|刚刚)\s*(?:来|过来)(?:了)?\s*(?![不之前])(?=[A-Za-z\u4e00-\u9fff])|"
    r"(?i:e-?mail|wechat|whatsapp|message|msg)\s*(?:来|过来)(?!的)|"
    r"(?:装|安装|调试|施工|维修)完了|验收(?:通过|完)(?!再|后|之后|以后|才)|签字(?:确认)?了|"
    r"(?:今天|今早|刚才|刚刚)\s*确认[^，。,.;；!！?？]{1,10}了|"
    r"刚(?:刚|才)?从(?!(?:冷库|仓库|公司|厂里|工地|机场|家里|家|展会|总部|车间)(?:出来|回来))"
    r"[^，。,.;；]{1,20}(?:出来|回来)|"  # (刚从冷库回来: our own cold store)
    r"(?:给|帮)[^，。,.;；]{1,12}(?:做|办|讲|演示|介绍|调试|安装|装|维修|修|检修|保养|培训|测|量|处理|"
    r"尝|品尝|试吃|试喝|试用)(?:了|好了|完了)|(?:给|帮)[^，。,.;；]{1,30}做完|"
    r"(?:给|帮)[^，。,.;；]{1,12}(?:调|修|装|换|做)好[^，。,.;；]{0,2}了|(?:发|拍|传|寄)给我(?:们)?了|"
    r"(?:今天|刚才|刚刚|上午|下午|昨天)(?:来)?要了(?:个|份)?(?:报价|价格|资料|样品|方案|目录|价目表)|"
    r"(?:寄|发|送|交|递|转)给(?:他|她|他们|她们|客户|对方)?了|"
    r"把[^，。,.;；!！?？]{1,20}(?:发|寄|送|交|转)给[^，。,.;；!！?？]{1,12}了|"
    # 跟教务处确认过, 同金牛對完數, 跟芯源一起把验收做完了: done with them
    r"(?:跟|和|与|同)[^，。,.;；!！?？]{1,15}(?:确认过|对(?:完|好|了)(?:数|账|帐)|"
    r"一起[^，。,.;；!！?？]{0,20}(?:做完|完成|弄完|搞完|装完))|"
    r"(?:看|试|用)完(?:了)?[^，。,.;；!！?？]{0,12}(?:满意|喜欢|认可)|(?:发|寄|送)到[^，。,.;；]{1,12}(?<![别勿忘])了|"
    r"(?:交|送|递|拿)了[^，。,.;；]{1,20}给(?:他|她|他们|她们|客户|对方)|"
    r"做了[^，。,.;；]{0,15}(?:演示|presentation|demo|介绍|汇报|提报|培训|讲解|pitch)|"
    r"(?:带|陪)[^，。,.;；]{1,20}(?:看|转|参观|逛)了|过来[^，。,.;；]{0,6}了|"
    r"来\s*(?:我们|我司|公司|工厂|厂里|店里|店|展厅|门店|现场|仓库|门市|车间|我这|showroom|office|办公室|"
    r"warehouse|store|shop|factory|plant|studio|site)"
    r"[^，。,.;；]{0,10}了|"
    r"聊天才|聊起来|聊着聊着|聊天时|聊天的时候|聊天中|接待(?:我|了我)|"
    r"已(?:经)?\s*(?:跟|和|与|给)[^，。,.;；]{1,15}(?:确认|沟通|联系|说|讲|谈|聊|核对|对接|对过)|"
    r"(?:跟|和|与|同)[^，。,.;；]{1,15}(?:确认|核对|商量|敲定|定|讲|说)(?:好|过)?了|"
    r"(?:跟|和|与|向|给)[^，。,.;；]{1,10}(?:道了(?:声|个)?谢|道谢|致谢|拜了(?:个)?年|问了(?:声|个)?好|打了(?:声|个)?招呼)|"
    r"转发[^，。,.;；]{1,20}的(?:微信|消息|邮件|短信|信息)",
    re.IGNORECASE,
)
# said without a done-marker, so a record only when no time to come stands beside it
# (张伟华下周二来公司看样品 is a plan): 来公司参观, 收到…询价, 打电话来, 投诉
_ZH_CONTACTED_UNMARKED = re.compile(
    r"来(?:我们|我司|公司|工厂|厂里|店里|展厅|showroom|office|办公室)[^，。,.;；]{0,6}(?:参观|考察|看)|"
    r"(?:接到|收到)(?![^，。,.;；]{0,8}(?:后|以后|之后))[^，。,.;；]{0,20}(?:电话|微信|邮件|消息|询价|询盘|RFQ|RFP|PO|订单|inquiry|"
    r"email|e-mail|message|call|反馈|回复)|(?:他|她|对方|客户)(?:打来|来电)|"
    r"打(?:电话|微信)?来|来电|询价|询盘|投诉|抱怨|回了(?:邮件|微信|电话)|"
    r"带(?:了)?我(?:们)?\s*(?:看|参观|逛|转|走|试|(?i:walk|tour|show))|"
    r"(?:今天|今日|昨天|前天|上午|下午)[^，。,.;；]{0,8}(?<![出起回上下进])来(?:拣|选|挑|看|试|拿|取|签|谈|找|量|订|定|"
    r"咨询|问)|发(?:了)?语音|(?<![给要再去会得想记])发(?:了)?(?:个)?(?:消息|信息|短信)(?:来|过来)?(?!给)|"
    r"(?:今天|昨天|前天|上午|下午|刚才|刚刚)[^，。,.;；来到]{0,8}?(?<![要会去想])(?:来|到)(?:我们|我司)?(?:对账|拜访|参观|签|谈|送|看|找|结账|取|提货|开会|店|厂|"
    r"公司|展厅|门店)|(?<!打)(?:邮件|微信|短信)\s*(?:确认|回复|问|说)|来电话\s*(?:确认|问|说)|"
    r"(?<![没未如若要])(?<!下次)(?<!下回)(?:碰到|碰见|遇见|偶遇|撞见)|回(?:了)?(?:消息|信息)(?!给)|"
    r"(?:聊|谈)到(?!时候|\s*[\d一二两三四五六七八九十几])|开了[^，。,.;；]{0,12}(?:会|call|meeting|zoom|teams)|"
    r"覆(?:咗|了)|(?:电话|微信)(?:里|上)[^，。,.;；]{0,8}(?:了|过)(?!解)|"
    r"(?:电话|微信)(?:里|上)\s*(?:要|问|说|催|约)|过来(?:咨询|问|看|谈|找)|也在问|盖(?:了)?章了|"
    r"(?:让|叫|要)我(?:把|给|帮|发|寄|送)|(?<![要会想再])来(?:订|买|拿|提|取|签|交|付|还)[^，。,.;；]{0,4}?了|(?:(?<![过回上下出进])去(?!年|月|周[一二三四五六日天末])|到)[^，。,.;；]{1,12}(?:做|签|谈|装|办)的|"
    r"(?:上午|早上|中午|刚才|刚刚|昨天|前天|今早)[^，。,.;；]{0,4}打(?:了)?(?:个)?电话(?:过来|来)?"
    r"(?:要|问|说|催|订|反映|投诉|咨询)",
    re.IGNORECASE,
)
# someone's word: 赵主管说, 她上周说, 对方表示 — it was said, whatever time it speaks of
_ZH_SAID = re.compile(
    r"(?:他们|她们|他|她|对方|客户|那边|[\u4e00-\u9fff]{0,3}(?:总|经理|主任|医生|老师|总监|主管|工|姐|哥|生|"
    r"太|小姐|先生|女士|厨师长|店长|院长|校长|老板娘|会计|出纳|园长|厂长|所长|科长|处长|部长|行长|局长|"
    r"书记|支书|村长|站长|馆长|护士长|董事长|老板|采购|秘书|助理|前台)|(?:小|阿)[\u4e00-\u9fff]|"
    r"(?:CFO|CEO|CTO|COO|GM|HR|boss|老板|(?:Mr|Mrs|Ms|Dr)\.?\s*[A-Z]?[a-z]+))"
    r"\s*(?:上周|昨天|前天|今天|刚才|之前|也)?\s*(?:打|回(?=微信|消息|邮件))?(?:电话|微信|邮件里|在电话里|(?i:whatsapp|wechat|e-?mail|text|msg|message)(?:里|上)?)?\s*"
    r"(?:说|讲(?![解座课究价述])|话(?![题费筒术])|表示|反馈|(?i:feedback)|提到|提出|答应|同意|拒绝|透露|告诉我|交代|嘱咐|"
    r"确认(?=了|下单|要|订|采购|购买|收货|收到)|"
    r"要求|强调|坚持|抱怨|承认|提过|回了(?=个|条|句|消息|微信|邮件|电话|[A-Za-z]))"
    r"(?!服|法|明(?![年天早晚后]))|"
    r"打(?:电话|微信)?(?:过)?来(?:说|问|讲|话)|打(?:电话|微信)(?:过)?来|打电话\s*(?:说(?!明)|反映|反馈|投诉)|来电话|(?:来|发)(?:了)?\s*(?i:e-?mail|email|msg|message|whatsapp|wechat)\s*(?:问|说|要|催)|(?:^|(?<=[，,]))\s*(?:反馈|回复)(?!一下|下)|(?:电话|微信|视频|邮件|短信|(?i:call|zoom|meeting|teams|whatsapp|wechat))(?:里|中|上)[^，。,.;；]{0,8}"
    r"(?:说|表示|提到|答应|同意|确认|回复|催|讲)|签收|据[^，。,.;；]{1,12}(?:讲|说|介绍|透露|反馈)|(?:(?:跟|和|与|同)[^，。,.;；]{1,15}(?:过|对|核|捋)了一遍)|约(?:了)?我|邀请(?:了)?我|请我|问我们|"
    r"^\s*说(?!明|好|一下|下(?![周个午礼星月次])|清|声)|"
    r"(?i:(?:manager|director|owner|buyer|procurement|purchasing|gm|boss|ceo|cfo|cto))\s*说|"
    r"(?i:(?:wechat|whatsapp|line|dm|message|call|ping|text|email|msg)(?:'d|ed)?\s*(?:我|me\b))|(?:他|她|对方|客户)(?:来)?(?:找我|联系我|问我)|"
    r"发(?:了)?(?:邮件|微信|消息|信息|email)过来|(?:发|来)(?:了)?(?:邮件|微信|消息|短信)\s*(?:要|问|催|说|确认)|私信(?:说|问|要)|"
    r"传了(?:讯息|消息|信息)|"
    r"(?:^|(?<=[，。；,;\s的]))(?:他|她|对方|采购|老板|[\u4e00-\u9fff]{1,3}(?:总|经理|主任|老师|总监|主管|工|"
    r"姐|哥|生|太|小姐|先生|女士))\s*(?:[A-Za-z]+\s*)?问(?!题)")
# the verbs by which we reach someone, so that what follows their name is our asking, not
# their word: call 陈总 问进度, 找王总问一下, 打给顺通物流王经理问…
_WE_REACH = r"call|ring|text|ping|email|打给|找|联系|问问|给"
_ASKED_BY_US = re.compile(rf"(?:{_WE_REACH}|问一下|跟)\s*$", re.IGNORECASE)
# our boss's orders, headed so: 老板交代：鑫盛物业那批尾款这周五必须催到
_OUR_BOSS_ORDERS = re.compile(r"\s*(?:老板|领导|主管|经理)\s*(?:交代|吩咐|安排|说)\s*[:：]")
# whom we speak to: 给启明电子的财务总监冯总讲…, 跟王总说一下 (our words to them, not theirs)
_WE_TELL = re.compile(r"(?:给|跟|对|向)(?![我们])[^，。,.;；!！?？说讲了过]{1,15}$")


# a time said on its own after their word, then our verb: 采购说要看样书 周四寄(过去)
_OUR_ACT_AFTER_WORD = re.compile(r"(?:再|先)?(?:寄|发|送|去|报价|回访|跟进|打电话|过去)")
_THEY_BEFORE = re.compile(r"(?:他|她|他们|她们|对方)\s*$")
_TO_ME_AFTER = re.compile(r"\s*(?:发|给|回|告诉|打给|寄给|传|送)(?:给)?(?:我|我们)")
_OUR_CALL_AFTER = re.compile(
    r"\s*(?:to\s+)?(?:email|e-mail|call|ring|text|send|ping|phone|whatsapp|message|chase)\s+"
    r"(?:him|her|them|(?-i:[A-Z])[a-z]+)\b", re.IGNORECASE | re.ASCII)
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+")


def said(clause: str) -> bool:
    """Whether someone of theirs spoke in the clause (赵主管说, 对方表示, 打电话来); not our
    own people (我们王经理说, 财务那边在问)."""
    return any(not _ASKED_BY_US.search(clause, 0, m.start())
               and not _WE_TELL.search(clause, 0, m.start())
               and not (m.start() < 3 and _OUR_BOSS_ORDERS.match(clause))
               and not _OURS_SPEAK.search(clause, 0, m.start() + 2)
               for m in _ZH_SAID.finditer(clause))


# our own departments, by name alone: 财务那边在问, 仓库说已经出货了
_OUR_DEPTS = "财务|仓库|库房|售后|物流部"
# a clause about what our own people do: 财务那边已经在问了, 我们王经理去过了
_OURS_DO = re.compile(
    r"\s*(?:(?:今天|今早|昨天|刚才|刚刚|上午|下午)\s*)?(?:(?:我们|我司|咱们)(?:的)?\s*"
    r"(?:财务|领导|老板|同事|[\u4e00-\u9fff]{0,2}(?:经理|总|工|主管))|"
    rf"同事|{_OUR_DEPTS}|领导|朋友介绍|(?:i|a)\s+friend\s+(?:introduced|referred))",
    re.IGNORECASE)
# our own people before their word: 我们王经理说, 同事小李说, 财务那边在问
_OURS_SPEAK = re.compile(r"(?:我们|我司|咱们|同事|(?:^|(?<=[\s，,：:。]))"
                         rf"(?:{_OUR_DEPTS}))\s*\S{{0,3}}$")


# a meeting with a word between verb and noun: 开了个会, 吃了顿饭, 见了一面, 打了个电话
_ZH_MET_SPLIT = re.compile(
    r"(?:开|见|吃|打|聊|通|碰|回|对|喝)(?:了|完|过)[^，。,.;；]{0,8}(?:会|面|饭|电话|天|账|茶|咖啡|酒|"
    r"call|meeting|zoom|coffee|tea|lunch|dinner|drinks?)|(?:聊|谈)得(?:很|挺|还|蛮|非常|不错|愉快|开心|好)",
    re.IGNORECASE)
# a plan written with a done-marker: 五一前把续费签了, get it signed before National Day —
# a plan when its clause names a time still to come; 今晚把方案改完发过去
_ZH_PLAN = re.compile(rf"把[^，。,.;；]{{0,24}}(?:(?:{_ZH_MET_VERB})了|完)")
_WANTS_IT_DONE = r"\b(?:wants?|needs?)" + _THE_THING + r"(?:signed|renewed|" + _WORK_DONE + r")\b"
_WANTED_DONE = re.compile(_WANTS_IT_DONE, re.IGNORECASE | re.ASCII)
_EN_PLAN = re.compile(
    _WANTS_IT_DONE + r"|"
    r"\b(?:get|have|getting|want|need)\s+(?:[\w'-]+\s+){0,6}?(?:signed|closed|done|sent|"
    r"confirmed|ordered|renewed)\b", re.IGNORECASE | re.ASCII)
# a meeting verb said with a past time: 昨天拜访何总, 前天在展会上碰到何主任
_ZH_MET_BARE = re.compile(
    r"拜访|拜会|会见|会面|接待|宴请|喝酒|聚餐|唱K|唱歌|打球|高尔夫|陪|见面|见了|见到|碰到|碰见|遇到|聊|谈|沟通|交流|开会|吃饭|打电话|打给|通电话|通话|面谈|洽谈|"
    r"回访|走访|上门|到访|参观|签|约见|联系|演示|视频|寄给|发给|demo|call|met|meeting|来厂|来公司|饮茶|"
    r"来访|喝咖啡|喝茶|说|audit|visit|drop(?:ped)?\s*by|pop(?:ped)?\s*by|"
    r"试机|(?<![过回上下出进失])去(?![年月周世])", re.IGNORECASE)
# no contact made, or a deal lost to a rival (签给了瑞普)
_ZH_NOT_CONTACTED = re.compile(
    r"(?:没|未|还没|没有|没能)(?:有)?(?:跟[^，。,.;；]{1,8})?(?:联系|见|打|拜访|去|聊|谈(?![成妥拢])|通|讲|"
    r"说)|"
    r"签给了?(?!我们|我司|咱们)|输给|被[^，。,.;；]{0,8}抢")
# what we heard from someone else, not from them: 听前台说…, 听说…
_HEARSAY = re.compile(r"\s*听(?:说|[^，。,.;；]{1,6}说)")
_EN_CONTACTED = re.compile(
    r"\b(?:met|visited|called|emailed|e-mailed|spoke|talked|chatted|texted|pinged|messaged|"
    r"phoned|rang|demoed|demo'd|presented|pitched|caught\s+up|(?:dropp?ed|popp?ed|swung)\s+(?:by|into)|"
    r"stopped\s+by|walked\s+(?:the\s+)?(?:site|floor|plant|premises|store|warehouse|yard|line|"
    r"facility|building|property|roof|grounds|kitchen|farm|job\s*site)|"
    r"today'?s\s+(?:mtg|meeting|call|visit|demo|catch-?up)\s+(?:with|at|w/)|"
    r"^\s*(?:fwd?|fw)\b\s*:?\s*from\s+(?-i:[A-Z])|pasted\s+from\s+(?:an?\s+|their\s+)?e-?mail|"
    r"\bvisit\s+(?:today|this\s+(?:morning|afternoon))\b|^\s*visit\s+notes\b|"
    r"^\s*(?:call|mtg|meeting|chat)\s+w(?:/|ith)\s+(?-i:[A-Z])[\w'-]*\s*[—–-]|"
    r"took\s+(?:an?\s+|the\s+)?order\s+(?:from|off)|signed\s+off\s+by\s+(?:their|the)\b|"
    r"\bbought\b[^.;!?]{0,30}\b(?:off|from)\s+(?-i:[A-Z])|\btold\s+(?-i:[A-Z])[a-z]+\b|"
    r"had\s+a\s+(?:[\w-]+\s+)?(?:yarn|natter|chat|catch-?up|convo|conversation|talk|word|cuppa|"
    r"coffee|beer|pint)\s+(?:with|w/)|"
    r"keeps\s+(?:ringing|calling|emailing|texting|messaging|chasing)|"
    r"(?:has|have)\s+been\s+(?:ringing|calling|emailing|texting|chasing)|"
    r"calld|caled|cald|emaild|emailed|txted|txtd|texed|spoek|msg'?d|just\s+left|just\s+(?:got\s+)?out\s+of|"
    r"(?:just\s+)?finished\s+with|reported|requested|enquired|inquired|got\s+in\s+touch|"
    r"wrote\s+(?:back|in|to\s+(?:me|us))|let\s+(?:me|us)\s+know|"
    r"(?:txt|text|msg|message|email|e-mail|call|vm|voicemail|whatsapp|wechat|sms|dm|note|letter|"
    r"reply|response|enquiry|inquiry|rfq|feedback)\s+(?:frm|from)\b|"
    + _OURS_OPENS + _ON_SITE_WORK +
    r"\s+(?:[\w'-]+\s+){0,5}?(?:at|for)\s+(?-i:[A-Z])\w*|"
    r"(?:was|were)\s+in\s+(?:last\s+\w+|yesterday|today|this\s+(?:morning|afternoon)|on\s+\w+day)\b|"
    r"activity\s*[:：]\s*(?:call|meeting|mtg|visit|demo|site\s+visit|email|lunch|zoom|teams|"
    r"phone)|" + _OURS_OPENS + r"delivered\b|"
    r"walking\s+out\s+of|walk-?in(?=\s*[:,]|\s+(?:lead|customer|client|today|this|from|by))|walked\s+in\b|brought\s+(?:[\w'-]+\s+){1,3}in\b|"
    r"got\s+back\s+to\s+(?:me|us)|put\s+(?:me|us)\s+through\s+to|came\s+back\s+(?:to\s+(?:me|us)\s+)?with|and\s+I\s+(?:went|had|talked|spoke|met|"
    r"caught\s+up|walked)|caught\s+(?-i:[A-Z])\w*|left\s+(?:me|us)\s+(?:a\s+)?(?:voicemail|vm|message|note)|"
    r"(?:out|over|down)\s+at\s+(?-i:[A-Z])\w*|"
    r"^\s*at\s+(?-i:[A-Z])[^.;!?]{0,40}\bwith\s+(?-i:[A-Z])\w*|"
    r"told\s+(?:their|the|him|her|them)\b|(?:she|he|they)\s+(?:was|were)\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:lovely|happy|pleased|great|nice|friendly|thrilled|delighted|impressed|keen|upset|annoyed|"
    r"unhappy|not\s+happy|rude|grumpy)|"
    r"^\s*(?:per|according\s+to)\s+(?-i:[A-Z])\w*(?!\s*\(\s*(?:my|our)\b)|"
    r"(?:finished|completed|did|ran|wrapped\s+up)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,4}"
    r"(?:install|installation|service|job|inspection|survey|fitting|repair|training|audit|delivery|"
    r"walkthrough|handover|site\s+visit|measure-?up|count|stocktake|stock-?take|check|check-?up|demo|clean|"
    r"trial|tasting|test|assessment|valuation|consult|consultation|tour|session|workshop)"
    r"\s+(?:at|for|with)\b|test[\s-]?drove|msged|dm'?d|dmed|whatsapp(?:'d|ed)|wechat(?:'d|ted)|"
    r"(?:picked\s+up|collected)\s+(?:his|her|their|the)|walked\s+(?:him|her|them)\s+through|"
    r"popped\s+(?:in|into|by)|swung\s+by|touched\s+base|checked\s+in|followed\s+up|"
    r"reached\s+out|heard\s+(?:back\s+)?from|walked\s+(?:in(?:to)?|through)|"
    r"sat\s+(?:down\s+)?with|went\s+(?:out\s+)?(?:to|over)|swung\s+(?:by|past|through)|stopped\s+(?:at|off)|"
    r"dropped\s+(?:[\w'-]+\s+){1,3}off\b|"
    + _OURS_OPENS + r"dropped\s+(?:[\w'-]+\s+){1,4}(?:at|with)\s+(?-i:[A-Z])\w*|"
    r"gave\s+(?:[\w'-]+\s+){1,3}(?:a|the)\s+(?:\w+\s+)?(?:tour|demo|walkthrough|presentation|ring|call|"
    r"tasting|trial|fitting)\b|walked\s+[A-Z][\w'-]*(?:\s+[\w@'-]+){0,6}\s+through|"
    r"walked\s+(?-i:[A-Z])[\w'-]*\s*\([^()]{1,60}\)\s+through|"  # Walked Helen (…) through
    r"picked\s+(?:it|them)\s+up|"
    r"spent\s+(?:the\s+|an\s+|all\s+)?(?:morning|afternoon|day|hour|evening|\w+\s+(?:hours?|hrs?|mins?|minutes))"
    r"\s+(?:at|with)|(?<!\bwe\s)(?<!\bI\s)(?:accepted|rejected|declined|turned\s+down)\s+(?:the|our|my)\s+"
    r"(?:quote|offer|proposal|bid|terms|price|pricing|tender)|"
    r"(?:onsite|on-site|on\s+site)\s+(?:at|with)|grabbed\s+(?:a\s+)?(?:coffee|lunch|breakfast|dinner|drinks?|"
    r"bite|beer)|interviewed|lunched|toured|hosted|showed|(?<!was\s)(?<!were\s)(?<!been\s)sent|replied|"
    r"responded|"
    r"(?<!the\s)(?<!a\s)(?<!our\s)(?<!invoice\s)(?<!ticket\s)(?<!case\s)(?<!account\s)(?<!\d\s)(?<!audit\s)(?<!claim\s)"
    r"(?<!inspection\s)(?<!tender\s)(?<!job\s)"
    r"(?<!was\s)(?<!is\s)(?<!were\s)(?:signed(?!\s+up\b)|closed(?!\s+(?:for|on|until|till|over|during|at|"
    r"when)\b)|renewed|agreed|confirmed|quoted)|dropped\s+off|got\s+off\s+(?:the\s+|a\s+)?(?:call|phone)|"
    r"on\s+(?:today's|yesterday's|this\s+morning's|this\s+afternoon's|our|the|a)\s+call|"
    r"(?:per|from|following)\s+(?:my|our|today's|yesterday's|this\s+morning's|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:call|meeting|chat|visit|conversation|catch-up|discussion|demo)\b"
    r"(?!\s+(?:tomorrow|tmrw|next|later|on\s+\w+day))|"
    r"after\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,2}(?:call|meeting|visit|chat|demo)\s+"
    r"(?:with\s+[\w&'-]+(?:\s+(?-i:[A-Z])[\w&'-]*){0,3}\s+)?(?:today|this\s+morning|"
    r"this\s+afternoon|yesterday|earlier)\b|"
    r"had\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:\w+\s+){0,2}(?:call|meet?i?ng|chat|lunch|dinner|"
    r"coffee|demo|visit|conversation|sync|catch-up|catchup|tasting|viewing|walkthrough|session|"
    r"review)|finished\s+(?:up\s+)?at|"
    r"got\s+(?:a\s+|an\s+)?(?:call|email|e-mail|message|reply|text|letter|note|voicemail|whatsapp)|"
    r"(?:left|dropped)\s+(?:a\s+)?(?:voicemail|vm|message)|walked\b[^.;!?]{0,60}\bwith|"
    r"(?<![Ii]\s)(?<!\bwe\s)(?<!website\s)(?<!\bsite\s)(?<!\bpage\s)(?<!notice\s)(?<!\bsign\s)"
    r"(?<!accounts\s)(?<!finance\s)(?:said|says|told\s+(?:me|us)|mentioned|asked\s+(?:me|us|for)|"
    r"complained|confirmed|promised|rescheduled|postponed|cancel(?:l)?ed|moved\s+(?:our|the)\s+"
    r"(?:call|meeting))|(?<!delivery\s)(?<!shipment\s)(?<!order\s)(?<!parcel\s)(?<!payment\s)"
    r"(?<!\bit\s)(?<!stock\s)came\s+(?:into|in|by|over|down\s+to|to\s+(?:the|our))(?!\s+(?:at\s+)?(?:[\d$€£¥]|"
    r"under|over|below|above|lower|higher|cheaper|first|second|third|last))|"  # came in 12% under
    r"had\s+(?:[\w-]+\s+){1,3}with\s+(?:Mr|Mrs|Ms|Dr|(?-i:[A-Z])\w*)|^\s*(?:fw|fwd)(?=\s*:)|"
    r"(?:dropped|stopped)\s+in(?!\s+(?:the\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|[12]\d{3}|last|this)\b)|ran\s+into|bumped\s+into|"
    r"visited\s+us|came\s+back(?=\s*(?:[-–—,.;:!]|$|\s+(?:and|to\s+say|saying|today|yesterday)\b))|"
    r"went\s+through\b[^.;!?]{0,40}\bwith\b|saw\s+(?:(?-i:[A-Z])\w*|(?:the|their)\s+(?:owner|manager|buyer|gm|director|boss|head)\b)|"
    r"got\s+(?:[\w'-]+\s+){1,5}to\s+(?:confirm|agree|sign|commit|approve)|"
    r"(?:call|meeting|visit|demo|chat|lunch|dinner|tasting|session|walkthrough|review|tour|"
    r"presentation|trial|viewing|negotiation)\b[^.;!?]{0,60}\b(?:went\s+(?:well|great|fine|ok|okay|smoothly|"
    r"badly)|done|finished|completed))\b",
    re.IGNORECASE | re.ASCII,
)
# an interaction named by a noun ("Intro call with Samuel", "ordered on the call"): it
# happened only when its clause names no time ahead ("Kickoff call with Ostara Jan 5th")
_EN_CONTACT_NOUN = re.compile(
    r"\b(?:(?:good|great|first|intro|quick|long|short|productive|positive|initial|"
    r"discovery|follow-up|kickoff|kick-off|nice|useful|tough|2nd|3rd|second|third|"
    r"showroom|site|office|factory|onsite|on-site|video|zoom|phone|service)\s+(?:[\w-]+\s+)?"
    r"(?:call|meet?i?ng|chat|visit|demo|lunch|dinner|review|tour|walk)\s+"
    r"(?:(?:today|yesterday|this\s+(?:morning|afternoon))\s+)?(?:with|at|to|by|from|w(?=/)|给)|"
    r"^\s*(?:home|site|house|office)\s+visit\s+to\s+(?-i:[A-Z])\w*|"
    r"^\s*(?:[\w-]+\s+){2}visit\s+(?:with|w(?=/))|"  # Johor farm visit w/ Mr Wong
    r"\b(?:mtg|meeting|call|visit|demo|walkthrough)\s+(?:done|finished|completed)|"
    r"^\s*(?:(?:today|yesterday|今天|昨天|今日|尋日|琴日)\s*)?(?:[\w-]+\s+)?"
    r"(?:demo|call|meet?i?ng|mtg|visit|lunch|dinner|chat|negotiation|viewing|walkthrough|tasting|"
    r"appointment|appt|consult|"
    r"zoom|teams\s+call|facetime|coffee|breakfast|"
    r"session|presentation|kickoff|kick-off|workshop|training|onboarding|qbr|survey|"
    r"consultation|fitting|inspection|review|catch-up|check-in|sync|ride-along)"
    r"(?:\s+(?:today|yesterday|this\s+morning))?\s+(?:with|at|w(?=/)|w\b|给)|"
    r"^\s*(?:dropped|left)\s+(?:off\s+)?(?:the\s+|some\s+|a\s+few\s+)?(?:[\w-]+\s+)?"
    r"(?:samples?|brochures?|catalogues?|catalogs?)\b[^.;!?]{0,60}?\b(?:at|with)\s+(?-i:[A-Z])\w*|"
    # Fitted Mzee Kamau with the new aids, Detailed Mr Kenneth Lee's Porsche: work done
    r"^\s*(?:fitted|detailed|serviced|repaired|groomed|treated|tuned|polished|trained)\s+"
    r"(?:(?:mr|mrs|ms|dr|mdm|mzee|puan|encik)\.?\s+)?(?-i:[A-Z])\w*|"
    r"on\s+(?:the|a|our)\s+(?:call|phone)|over\s+(?:the\s+)?(?:phone|coffee|lunch|dinner)|"
    r"(?:ordered(?:\s+[\w$,.-]+){0,5}?|placed\s+(?:the|an|his|her|their)\s+order)\s+(?:on|by|over)\s+"
    r"(?:the\s+)?phone|"
    r"^\s*(?:[\w-]+\s+){1,2}at\s+(?-i:[A-Z])[^.;!?]{0,40}\bwith\s+(?:the|their|(?-i:[A-Z]))|"
    r"^\s*(?:at|@)\s+(?-i:[A-Z])[^.;!?]{0,40}\b(?:today|this\s+(?:morning|afternoon))\s*$|"
    r"^\s*(?:[A-Z][\w'&-]*\s+){1,4}(?:visit|meeting|call|demo|tasting|lunch)(?=\s*[:,–-]|\s*$)|"
    r"^\s*[\w-]+\s+meet(?:-?up)?\s+(?:with|at|w/)|"  # Farmer meet at …: the noun
    # Demo of the 2-group La Marzocco at Kape Kalye today: what was shown, where, when
    r"^\s*(?:demo|visit|tour|tasting|walkthrough|inspection|meeting|call)\s+(?:of|for)\s+"
    r"[^.;!?,]{1,40}?\s(?:with|at)\s+(?-i:[A-Z])[^.;!?,]{0,40}\b(?:today|yesterday|"
    r"this\s+(?:morning|afternoon)))\b",
    re.IGNORECASE,
)
_EN_NOT_CONTACTED = re.compile(
    r"\b(?:didn't|didnt|did\s+not|haven't|havent|have\s+not|hasn't|hasnt|never|couldn't|couldnt|"
    r"could\s+not|not\s+yet)\b|"
    r"\b(?:was|were)\s+(?:supposed|meant|due)\s+to\b|\bforgot\s+to\b|"  # meant to call him
    r"(?:\b(?:to|with|w/)\s+|^\s*)[A-Z][\w'-]*\s*\((?:our|my)\b|"  # Marcus (our ops lead)
    r"\bno\s+(?:call|email|e-mail|message|contact|word)\b|"  # landed today, no call or email
    r"\bheard\s+(?:from|via|through)\s+(?:our|a|the|my)\s+(?:distributor|supplier|partner|"
    r"colleague|rep|friend|contact|agent|dealer)|"  # heard from our distributor that…: hearsay
    # signed a framework deal with a Polish mill: with someone else
    r"\b(?:signed|went|partnered|teamed\s+up)\s+(?:[\w-]+\s+){0,4}?with\s+(?:a|an|another|"
    r"some|their\s+(?:old|current|existing|usual)|(?-i:[A-Z]))\b",
    re.IGNORECASE | re.ASCII,
)


def says_done(clause: str) -> bool:
    """Whether a clause says with its verb that something was done (拜访了, bought)."""
    return bool(_ZH_DONE.search(clause) or _EN_DONE.search(clause))


def wants_it_done(clause: str) -> bool:
    """Whether a clause says the customer wants our work done (wants the boilers serviced)."""
    return _WANTED_DONE.search(clause) is not None


def plans_done(clause: str) -> bool:
    """Whether a clause plans with a done-marker: 下午把报价发了, get the PO signed."""
    return bool(_ZH_PLAN.search(clause) or _EN_PLAN.search(clause))


# what happened with no one in it: via the portal, online, automatically
_UNATTENDED = re.compile(
    r"\b(?:online|via\s+(?:the\s+)?(?:portal|website|web|app)|through\s+the\s+(?:website|portal|app)|"
    r"automatically)\b", re.IGNORECASE)


def bounds(text: str, start: int, end: int,
           ends: re.Pattern[str] = _CLAUSE_END) -> tuple[int, int]:
    """Where the clause (or what `ends` delimits) holding the span start..end begins and
    ends in `text`."""
    left = max((m.end() for m in ends.finditer(text, 0, start)), default=0)
    right_match = ends.search(text, end)
    return left, right_match.start() if right_match else len(text)


def clause_at(text: str, start: int, end: int) -> str:
    """The clause of `text` holding the span start..end (between two clause ends)."""
    left, right = bounds(text, start, end)
    return text[left:right]


def is_report(clause: str, memo: str = "") -> bool:
    """Whether the clause says something was done (拜访了张总, met Jane), or is today's
    visit the rest of the memo reports on (今天拜访刘小姐，她说要再考虑)."""
    if _ZH_DONE.search(clause) or _EN_DONE.search(clause) or _EN_CONTACT_NOUN.search(clause):
        return True
    if _ZH_VISIT_HEADING.match(clause):
        return True  # 拜访新客户：星河湾酒店: the heading of a visit report
    return bool(memo and _ZH_TODAY_VISIT.search(clause) and _ZH_VISIT.search(clause)
                and not _ZH_PLANNED.search(clause)
                and (_ZH_REPORTED.search(memo.replace(clause, ""))
                     or _ZH_RAISED.search(clause)))


# someone raised something at the meeting: 上午开会林总提出来
_ZH_RAISED = re.compile(r"提出|提到|说")


# a visit report's heading: 拜访新客户：…, 走访：…
_ZH_VISIT_HEADING = re.compile(
    r"\s*(?:今天|今日|上午|下午)?\s*(?:拜访|走访|回访|上门|到访|面谈)[^，。:：]{0,6}[:：]|"
    r"[^，。:：\n]{0,20}(?:小结|总结|汇总|复盘|日报|纪要)\s*(?:[(（][^()（）\n]{1,20}[)）])?\s*(?:[:：]|\n)|"
    r"^\s*[^，。:：\n]{1,16}?\s*(?:走访|拜访|回访|巡店完?|需求会|沟通会|(?i:kickoff|kick-off|visit))"
    r"\s*(?:[:：✅\-–—]|[1１][)）.、]|\n)")
# what makes today's visit one still to make: 今天下午过去看看, 今天要去一下
_ZH_PLANNED = re.compile(r"看看|一下|再|要|准备|打算|计划|需要|记得|得去|得过去|安排|先去|先过去")


# a meeting said plainly, and the customer's reaction to it elsewhere in the memo
_ZH_VISIT_PLAIN = re.compile(r"(?:去|在)[^，。,.;；]{1,25}(?:开会|拜访|见面|面谈|开了|见了|聊|谈)")
_REACTED = re.compile(
    r"很?感兴趣|很满意|挺满意|觉得|反馈|表示|(?i:\b(?:interested|loved|liked)\b)")
_ZH_TODAY_VISIT = re.compile(r"今天|今日|刚才|刚刚|上午|中午|下午|晚上|傍晚")
_ZH_VISIT = re.compile(
    r"拜访|见了?|去了?|走访|到访|上门|面谈|开会|吃饭|喝咖啡|喝茶|谈|过来|来了|来(?:取|拿|试|签|选|挑|拣|提|咨询)|"
    r"打电话给|打给|通电话|"
    r"(?i:visit|demo|zoom)")
_ZH_REPORTED = re.compile(
    r"说|表示|反馈|觉得|认为|提到|透露|答应|同意|拒绝|了(?!解)|想|希望|要求|"
    r"人(?:挺|很|蛮|还|比较|非常|不错)|态度|印象|聊得|谈得|"
    r"(?i:\b(?:wants?|said|says|mentioned|liked|asked)\b)")


_PASTED_MAIL = re.compile(r"(?im:^\s*from:\s*(?-i:[A-Z])[^\n]{0,80}\n(?:[^\n]*\n)?\s*subject:)")


# a meeting of their own: approved at yesterday's board meeting
_THEIR_MEETING = re.compile(r"\b(?:board|internal|council|committee|staff)\s+meeting\b",
                            re.IGNORECASE)


def records_contact(text: str, ahead: tuple[tuple[int, int], ...] = (),
                    behind: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether the memo says an interaction with the customer happened (today or earlier):
    read with the spaces some reps put between Chinese words taken out (刚 跟 她 通 了 电话)."""
    gaps = [m.start() for m in CJK_SPACE.finditer(text)]
    if not gaps:
        return _records_contact(text, ahead, behind)

    def moved(spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        return tuple((a - bisect.bisect_left(gaps, a), b - bisect.bisect_left(gaps, b))
                     for a, b in spans)

    return _records_contact(CJK_SPACE.sub("", text), moved(ahead), moved(behind))


def _records_contact(  # noqa: PLR0911, C901 - one return per kind of record
        text: str, ahead: tuple[tuple[int, int], ...] = (),
        behind: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether the memo says an interaction with the customer happened (today or earlier).

    `ahead`: where the memo names times still to come; an interaction named by a noun in
    such a clause is a plan ("kickoff call with Ostara on Jan 5th"), not a record, and so
    is one written with a done-marker (五一前把续费签了). `behind`: where it names past
    times; a meeting verb beside one is a record (昨天拜访何总).
    """
    if _PASTED_MAIL.search(text):
        return True  # From: Jason Lim <…>\nSubject: Re: kits — their e-mail, pasted in
    text = _PARENS.sub(lambda m: re.sub(r"[,，]", " ", m.group(0)), text)  # (ops manager, Acme)
    unanswered = [(a, b) for m in _UNANSWERED.finditer(text)
                  for a, b in [bounds(text, m.start(), m.end(), SENTENCE_END)]
                  if not (m.group("reply") and _WRITTEN.search(text, a, m.start()))]
    unanswered += [(m.start(), m.end()) for m in _ASKING.finditer(text)]  # a question asked
    offset = 0
    for clause in _CLAUSE_END.split(text):
        start, offset = offset, offset + len(clause)
        offset = _skip_end(text, offset)
        if not clause.strip() or any(a <= start < b for a, b in unanswered) \
                or _OURS_DO.match(clause) or _HEARSAY.match(clause):
            continue  # called their finance twice, no answer; 财务那边已经在问了: our own
        later = any(start <= a < start + len(clause) for a, _ in ahead)
        earlier = any(start <= a < start + len(clause) for a, _ in behind)
        if said(clause) or _ZH_MET_SPLIT.search(clause):
            return True  # said or met, whatever time it speaks of
        if later and (_ZH_PLAN.search(clause) or _EN_PLAN.search(clause)):
            continue
        if _ZH_CONTACTED.search(clause) and not _ZH_NOT_CONTACTED.search(clause):
            return True
        if not later and _ZH_CONTACTED_UNMARKED.search(clause) \
                and not _ZH_NOT_CONTACTED.search(clause):
            return True
        if not later and _ZH_VISIT_PLAIN.search(clause) and _REACTED.search(text):
            return True  # 去Pearson跟Helen开会…Helen对我们的认证很感兴趣: the meeting happened
        if _EN_CONTACTED.search(clause) and not _EN_NOT_CONTACTED.search(clause) \
                and not _UNATTENDED.search(clause):
            return True
        if _EN_CONTACT_NOUN.search(clause) and not later and not _THEIR_MEETING.search(clause):
            return True
        if earlier and _ZH_MET_BARE.search(clause) and not _ZH_NOT_CONTACTED.search(clause) \
                and not _EN_NOT_CONTACTED.search(clause) and not _THEIR_MEETING.search(clause) \
                and not (_ZH_PLANNED.search(clause) and "了" not in clause.replace("忘了", "")):
            # (今天早上8点要给王工打电话…别忘了, said at 8:50: a plan, its time gone)
            return True
        if _ZH_VISIT_HEADING.match(clause) or (
                _ZH_TODAY_VISIT.search(clause) and _ZH_VISIT.search(clause) and not later
                and not _ZH_PLANNED.search(clause) and _ZH_REPORTED.search(text)):
            return True  # 今天拜访刘小姐，她说要再考虑: the visit is being reported
    return False


_SPEAKS = re.compile(
    r"\s*(?:那边|方面|这边|[\u4e00-\u9fff]{1,3}部)?\s*(?:也|又)?\s*(?:今天|昨天|刚才|上午|下午|早上|晚上)?\s*"
    r"(?:在)?(?:电话里|电话上|微信里|微信上|邮件里|(?i:whatsapp|wechat|e-?mail|text|msg|message)(?:里|上)?)?\s*(?:(?:跟|和|对)我(?:们)?\s*)?"
    r"(?:说|话(?![题费筒术])|表示|反馈|回复说|答应|同意|表态|提到|确认了|拒绝|发来|寄来|发过来|寄过来|"
    r"回电话\s*说|回电说|(?i:feedback|replied|reply)\s*说|"
    r"问\s*[:：]|(?:微信|邮件|短信)问|问(?=我|了|过|起)|(?<=那边)问|约(?:了|好了)|"
    r"告诉我|发\s*(?:email|邮件|微信|message)\s*(?:说|过来)|(?:今天|昨天|刚才|上午|下午)?\s*来(?:我们|我司)"
    r"\s*\S{0,6}(?:office|公司|办公室|展厅|showroom)|打电话\s*说)"
    r"|\s*(?:原话|回复|回覆|留言|的原话)?\s*[：:]\s*[“\"「『]"  # 周科长原话：“…”, Nate Olson: "…"
    r"|\s+(?:said|says|told|mentioned|asked|confirmed|agreed|replied|called|emailed|rang|texted|"
    r"messaged|signed\s+off)\b")


_ASKS = re.compile(r"\s*(?:今天|刚才|上午|下午)?\s*问(?![题候一])|\s+asked\b", re.IGNORECASE)


def asks_us(text: str, start: int, end: int) -> bool:
    """Whether the one named at start..end asked something (张经理问样品寄了没有, Mr. Tan 问…),
    not someone we are to ask (call 陈总 问进度)."""
    return _ASKS.match(text, end) is not None and not addressed_by_us(text, start)


# a call of ours heading the name, a company between: 打给顺通物流王经理问…
_WE_ADDRESS = re.compile(rf"(?:{_WE_REACH}|打电话给)[^，。,.;；!?！？]{{0,12}}$", re.IGNORECASE)


def addressed_by_us(text: str, start: int) -> bool:
    """Whether the one named at `start` is someone our call or message goes to (给…赵工回电话)."""
    return _WE_ADDRESS.search(text, 0, start) is not None


def speaks_after(text: str, end: int) -> bool:
    """Whether someone named just before `end` speaks right after their name (王芳那边说,
    Jane said): they told us something, a contact record."""
    return end > 0 and _SPEAKS.match(text, end) is not None


_UNANSWERED = re.compile(
    r"(?i:(?<!\bif\s)(?<!\bin\scase\sof\s)\bno\s+(?:answer|(?P<reply>reply|response)|pick\s*up)\b|\bdidn't\s+pick\s+up\b|\bwent\s+to\s+"
    r"voicemail\b|\bleft\s+a\s+(?:voicemail|vm|message)\b|\brang\s+out\b|\bwent\s+unanswered\b)|"
    r"没人接|没接电话|无人接听|空号|关机|打不通|人没在|人不在|没见到人|"
    r"没打通")


_PARENS = re.compile(r"[(（][^()（）]{1,60}[)）]")
# a message we wrote: it was sent whether or not an answer came (texted Jane, no reply yet)
_WRITTEN = re.compile(
    r"(?i:\b(?:texted|txted|emailed|e-mailed|messaged|sent|wrote|whatsapp'?d|dm'?d)\b)|发了|发过|发给")


# a question to the team, not a record: Has anyone heard back from…? Does anyone know if…?
_ASKING = re.compile(
    r"(?:^|(?<=[.!?。！？\n]))\s*(?:(?i:has|have|did|does|do|is|are|was|any|anyone|anybody|who|"
    r"what|when|where|why|how|can|could)\b[^.!?。！？\n]*\?|(?:有人|有没有人|谁|请问)[^。！？\n]*[？?])")


def _skip_end(text: str, offset: int) -> int:
    match = _CLAUSE_END.match(text, offset)
    return match.end() if match else offset
