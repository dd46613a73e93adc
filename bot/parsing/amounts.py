"""Money amounts: 1000元, 1000块, ￥1,200, ¥5k, 3.5万, 2万元, 三千五百元, 五万 -> CNY;
$2,000, 2k USD, USD 1.5m -> USD; €300 -> EUR.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from bot.parsing.events import NOT_AFTER_TITLE, SENTENCE_END, bounds
from bot.parsing.model import Amount, AmountKind
from bot.parsing.normalize import misspellings
from bot.parsing.numerals import CN_DIGITS, EN_NUM_WORD, cn_to_int, word_to_int

_SYMBOLS = {"¥": "CNY", "￥": "CNY", "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP",
            "S$": "SGD", "HK$": "HKD", "A$": "AUD", "C$": "CAD", "NT$": "TWD", "人民币": "CNY",
            "新台币": "TWD", "台币": "TWD", "NZ$": "NZD", "AU$": "AUD", "CA$": "CAD", "RM": "MYR",
            "₹": "INR", "₱": "PHP", "澳币": "AUD", "澳元": "AUD", "加币": "CAD", "加元": "CAD",
            "纽币": "NZD", "马币": "MYR",
            "美元": "USD", "美金": "USD", "港币": "HKD", "新币": "SGD", "欧元": "EUR",
            "₦": "NGN", "₵": "GHS", "GH₵": "GHS", "KSh": "KES", "Ksh": "KES", "Rs": "INR",
            "Rs.": "INR", "R": "ZAR", "₩": "KRW", "฿": "THB", "Rp": "IDR", "R$": "BRL",
            "Dhs": "AED",
            "迪拉姆": "AED", "卢比": "INR", "泰铢": "THB", "韩元": "KRW"}
# ISO 4217 codes beyond the ones named above, written before or after a figure (AED 18,400)
_MORE_CODES = ("aed sar qar kwd bhd omr ghs ngn kes zar tzs ugx thb idr vnd krw chf sek nok dkk "
               "pkr bdt lkr egp mxn brl")
_CODES = {
    "元": "CNY", "块": "CNY", "块钱": "CNY", "蚊": "CNY", "人民币": "CNY", "rmb": "CNY",
    "cny": "CNY",
    "usd": "USD", "dollars": "USD", "dollar": "USD", "美元": "USD", "美金": "USD",
    "bucks": "USD", "eur": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR", "gbp": "GBP",
    "英镑": "GBP", "hkd": "HKD", "港币": "HKD", "日元": "JPY", "jpy": "JPY", "sgd": "SGD",
    "新币": "SGD", "新加坡元": "SGD", "aud": "AUD", "cad": "CAD", "港元": "HKD", "twd": "TWD",
    "nzd": "NZD", "myr": "MYR", "php": "PHP", "inr": "INR", "澳币": "AUD", "澳元": "AUD",
    "加币": "CAD", "加元": "CAD", "纽币": "NZD", "马币": "MYR", "令吉": "MYR",
    "dirhams": "AED", "dirham": "AED", "rupees": "INR", "rupee": "INR", "ringgit": "MYR",
    "baht": "THB", "naira": "NGN", "cedis": "GHS", "rand": "ZAR",
    "canadian dollars": "CAD", "australian dollars": "AUD", "aussie dollars": "AUD",
    "us dollars": "USD", "singapore dollars": "SGD", "hong kong dollars": "HKD",
    "hk dollars": "HKD", "new zealand dollars": "NZD", "nz dollars": "NZD", "shillings": "KES",
    "kenyan shillings": "KES", "kes": "KES", "pesos": "PHP", "peso": "PHP",
    **{code: code.upper() for code in _MORE_CODES.split()},
}
_MULT = {
    "k": 1000, "K": 1000, "千": 1000, "thousand": 1000, "grand": 1000, " grand": 1000,
    "w": 10000, "W": 10000, "万": 10000,
    "m": 1_000_000, "M": 1_000_000, "mn": 1_000_000, "million": 1_000_000, "百万": 1_000_000,
    "千万": 10_000_000, "亿": 100_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000,
    "L": 100_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000,
    "crore": 10_000_000, "crores": 10_000_000, "cr": 10_000_000,
}
# 18,400 and 1,250,000; Indian grouping too (3,60,000, 1,20,00,000)
_NUM = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_NUM = f"[{CN_DIGITS}十百千万亿]+"
# ten-thousands, not "with": 12W/年 is 120,000, but $62,000 w/ install and 200 w/ logo are not
_TEN_THOUSAND = r"[wW](?![A-Za-z]|/\s?(?!yr|year|mo|month)[A-Za-z]|-\d)"  # not 15W-40 oil
_MULT_RE = (r"(?:千万|百万|thousand|million|billion|mn|bn|(?:lakhs?|lacs?|crores?|cr)\b|"
            r"(?<=\d)L(?![A-Za-z])|"  # ₹12L: twelve lakh
            rf"[kKmM千万亿](?![A-Za-z])|{_TEN_THOUSAND})")
_CODE_RE = "|".join(sorted((re.escape(c) + ("(?!旦)" if c == "元" else "") for c in _CODES),
                          key=len, reverse=True))  # 三万元旦前: 三万, then 元旦前
# the currencies said in Chinese before a figure (人民币5000, 澳币2000): _SYMBOLS' own names
_CJK_CURRENCIES = "|".join(sorted((cur for cur in _SYMBOLS if not cur.isascii() and cur.isalpha()),
                                  key=len, reverse=True))
_PREFIX = re.compile(
    rf"(?P<cur>(?<![A-Za-z])(?i:US|NZ|AU|CA|S|HK|A|C|NT|R)\$|GH₵|[¥￥$€£₹₱₦₵₩฿]|"
    rf"(?<![A-Za-z])(?:RM|KSh|Ksh|Rs\.?|Rp|Dhs|"
    rf"R(?=\s?\d{{1,3}}[, ]\d{{3}}|\d{{3}}|\d{{2}}\s*/\s*[a-z])|"
    rf"(?i:rupees|pesos))(?=\s?\d)|"
    rf"{_CJK_CURRENCIES}|"
    rf"(?<![A-Za-z])(?i:usd|eur|rmb|cny|gbp|sgd|hkd|aud|cad|jpy|nzd|myr|php|inr|"
    rf"{'|'.join(_MORE_CODES.split())})\s?)\s*"
    rf"(?P<num>\d{{1,3}}(?: \d{{3}})+(?:,\d\d)?(?![\d,]|\.\d)|{_NUM})"
    rf"\s*(?P<mult>{_MULT_RE})?", re.ASCII
)
_SUFFIX = re.compile(
    rf"(?<![\d.])(?<!\d,)(?P<num>{_NUM}|{_CN_NUM})\s*(?P<mult>{_MULT_RE})?\s*(?P<cur>(?i:{_CODE_RE}))"
    r"(?![A-Za-z])(?!\s+pallets?\b)", re.ASCII
)
# 3.5万, 五万: a bare ten-thousands figure is money in a Chinese memo, unless a counter follows
_COUNTERS = "人台个件套箱次名位家辆吨平米公斤张份条本瓶盒只双册粉单字页株棵头羽亩户"
_WAN = re.compile(
    rf"(?<![\d.])(?<!\d,)(?!千万(?:别|不|要|记|得|注意|小心))"  # 千万别忘: by all means
    rf"(?P<num>{_NUM}|{_CN_NUM})(?P<mult>千万|百万|万(?![达科象家])|亿|(?<=\d)千(?![米克瓦卡伏字步]))"
    rf"(?P<tail>[一二两三四五六七八九](?![十百千万{_COUNTERS}年月天周季日])|\d(?![\d.%]|,\d))?"
    rf"(?![{_COUNTERS}]|尾(?![款数])|[二两三四五六七八九][{_COUNTERS}])"  # 6万尾鱼苗, 一万二头猪
    r"(?!\s*(?i:pcs|pieces|units?|sets?|seats?|users?|people|kg|tons?|boxes|cartons|"
    r"m2|sqm|km|次|人次))", re.ASCII
)
# 14块5: fourteen and a half yuan (the tenths said after 块; 两块五 stays a count)
_KUAI_JIAO = re.compile(
    rf"(?<![\d.])(?P<num>\d+)\s*块(?P<mult>)(?P<tail>[1-9])(?![\d.毛角分号型{_COUNTERS}])",
    re.ASCII)
# 12w, 12W: ten-thousands in CNY; a bare 50k is in the team's currency
# money said in words, as dictation leaves it: eight thousand dollars, eight hundred euro
_EN_WORD_MONEY = re.compile(
    rf"\b(?P<num>(?:{EN_NUM_WORD})(?:[\s-]+(?:{EN_NUM_WORD}|hundred|thousand|and))*)"
    r"[\s-]+(?P<cur>dollars?|bucks|euros?|pounds?|quid|usd|eur|gbp|naira|rand|rupees|ringgit|pesos)\b"
    r"(?!\s*[\d$€£])",  # a USD 18,000 budget: the figure follows the code
    re.IGNORECASE | re.ASCII)
_WORD_CURRENCY = {"dollar": "USD", "dollars": "USD", "bucks": "USD", "usd": "USD", "euro": "EUR",
                  "euros": "EUR", "eur": "EUR", "pound": "GBP", "pounds": "GBP", "quid": "GBP",
                  "gbp": "GBP", "naira": "NGN", "rand": "ZAR", "rupees": "INR",
                  "ringgit": "MYR", "pesos": "PHP"}


def _words_value(words: str) -> int | None:
    """eight thousand five hundred -> 8500."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and":
            continue
        if word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total, current = total + max(current, 1) * 1000, 0
        else:
            value = word_to_int(word)
            if value is None:
                return None
            current += value
    return total + current or None


# a currency said before a Chinese figure: 港币五万, 美金三千
_CURRENCY_BEFORE = re.compile(r"(?:港币|美元|美金|新币|欧元|人民币)$", re.ASCII)
# 两万三千四, 一万二千五百: ten-thousands with thousands after them, said in full
_WAN_FULL = re.compile(
    rf"(?<![\d.])(?P<num>[{CN_DIGITS}十百千]*[{CN_DIGITS}十]万[零{CN_DIGITS}十]*[千百][零{CN_DIGITS}十百]*)"
    rf"(?P<mult>)(?![{_COUNTERS}万亿{CN_DIGITS}十百千零])", re.ASCII)
# 12w, 12 w, 12W (not 410 W 34th: a street; not the 6000W laser: watts, four figures)
_W = re.compile(rf"(?<![A-Za-z0-9_.$¥€£])(?!\d{{4,}}W)(?P<num>\d+(?:\.\d+)?)(?:\s(?=w)|)"
                rf"(?P<mult>{_TEN_THOUSAND})(?!\s*[)）])", re.ASCII)  # (6米杆，40W): watts
_BARE_K = re.compile(  # (2700K, 6500K: a colour temperature, four figures before the k)
    r"(?<![A-Za-z0-9_.$¥€£])(?!\d{4})(?P<num>\d+(?:\.\d+)?)\s?(?P<mult>[kK](?![A-Za-z])|\s?grand\b)"
    r"(?!\s*(?:users?|units?|people|employees|staff|seats|pcs|pieces|km|followers|views|"
    r"steps|miles|members|customers|hits|visits|views|impressions|downloads|km|订单|个|台|件|人|"
    r"套|箱|projectors?|tvs?|displays?|monitors?|screens?|video|cameras?|resolution|uhd|"
    r"sq\.?\s*(?:ft|m)|sqft|sqm|square|ft|feet|litres?|liters?|kg|tons?|tonnes?|km|m2|平))"
    r"(?!\s+(?:(?!usd|eur|rmb|cny|for|in|on|at|by|to|per|and|or|the)[a-z]+\s+)?"
    r"(?!usd|eur|rmb|cny)[a-z]+s\b)"  # 15k cartons, 15k master cartons: a count
    # 18K手链, 18K gold: karats
    r"(?!\s*(?:金|白金|黄金|玫瑰金|手链|项链|戒指|耳环|吊坠|手镯|系列|(?i:gold|rose|white|yellow)\b))",
    re.ASCII
)


# a bare number beside a money word is the team's currency: 5000定金, 预算5000, 报价1200
_MONEY_WORD = ("定金|订金|押金|货款|尾款|余款|预算|报价|总价|单价|年费|费用|金额|合同额|价格|首付|"
               "欠着|欠了|还欠|月租|租金|现金|月薪|工资|薪资|月费|付过|付了|已付|付清|收了|报了|开价|"
               "检测费|服务费|安装费|运费|维修费|加工费|设计费|管理费|学费|培训费|咨询费|物业费|"
               "租赁费|保养费|清洗费|维保费|退款|退费")  # 检测费八千
_BARE_MONEY = re.compile(
    rf"(?:(?:{_MONEY_WORD}|退了|再让|让了|便宜了?|优惠了?)[^，。；;,\d]{{0,8}}?"
    rf"(?P<num3>[{CN_DIGITS}][千百][{CN_DIGITS}]?)"
    rf"(?!(?!一[{_COUNTERS}斤米])[百万亿{CN_DIGITS}{_COUNTERS}])|"
    rf"(?:{_MONEY_WORD})(?:是|为|大概|大约|约|只有|共|：|:)?\s*(?:每[{_COUNTERS}])?\s*"
    rf"(?P<num>\d[\d,]*(?:\.\d+)?)(?:(?P<thousands>千)(?P<hundreds>\d(?![\d.]))?)?"
    rf"(?![\d.A-Za-z/-]|\s*[万千百]?\s*(?:%|[{_COUNTERS}天年号点日周]|月(?![底中初尾])|kg|pcs)|"
    r"\s*(?:不锈钢|不銹鋼|钢|鋼|铝|鋁|型))"  # 报价：304不锈钢: a steel grade
    r"(?!(?<!\d\d\d)\s*月)"  # 尾款4500月底前: the figure; 尾款 3月底前: the month
    rf"|(?<![\d.])(?P<num2>\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(?:的)?(?:定金|订金|押金|货款|尾款|余款)"
    # 已经付了换货后的1200: the figure a few words after the money word
    rf"|(?:付了|收了|欠着|还欠|花了)[^，。；;,\d]{{0,8}}?(?P<num5>\d{{3,}}(?:\.\d+)?)"
    rf"(?![\d.%A-Za-z]|\s*[万千百]?\s*(?:[{_COUNTERS}天年月号点日周]|kg|pcs))"
    rf"|(?<![\d.{CN_DIGITS}])(?P<num4>[{CN_DIGITS}]千[{CN_DIGITS}]?)(?=的(?:货|单子|单|活))"
    # 一共6800, 合计 12,600: a total with nothing after it but the end of its clause
    r"|(?:合计|共计|总计|总共|一共)(?:是|为)?\s*(?P<num6>\d{3,}(?:,\d{3})*(?:\.\d+)?)"
    r"(?=\s*(?:[,，。;；!！]|$)))",
        re.ASCII)


def _value(num: str, mult: str | None) -> Decimal | None:
    if " " in num and re.search(r",\d\d$", num):  # R12 450,00: a decimal comma
        num = num[:-3].replace(" ", "") + "." + num[-2:]
    try:
        value = Decimal(num.replace(",", "").replace(" ", ""))  # R86 000: spaced thousands
    except InvalidOperation:
        parsed = cn_to_int(num)
        if parsed is None:
            return None
        value = Decimal(parsed)
    return value * _MULT.get(mult or "", 1)


def _amount(match: re.Match[str], currency: str) -> Amount | None:
    value = _value(match.group("num"), match.group("mult"))
    tail = match.groupdict().get("tail")
    if value is not None and tail and "." not in match.group("num"):  # 三万五 = 35,000
        digit = int(tail) if tail.isdigit() else cn_to_int(tail) or 0
        value += Decimal(digit) * _MULT.get(match.group("mult") or "", 1) / 10
    if value is None or value <= 0:
        return None
    exact = Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
    return Amount(exact, currency)


def _bare(match: re.Match[str], currency: str) -> Amount | None:
    num = match.group("num") or match.group("num2") or match.group("num3") \
        or match.group("num4") or match.group("num5") or match.group("num6")  # 两千八的货
    value = _value(num, None)
    if value is not None and match.group("thousands"):  # 尾款8千, 报价3千5
        value = value * 1000 + Decimal(int(match.group("hundreds") or 0) * 100)
    if value is None or value <= 0:
        return None
    exact = Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
    return Amount(exact, currency)


def _currency(match: re.Match[str]) -> str:
    cur = match.group("cur").strip()
    return _SYMBOLS.get(cur) or _SYMBOLS.get(cur.upper()) or _CODES.get(cur.lower(), "CNY")


# the figures of cheques and contracts (贰拾叁万陆仟元整), read as everyday ones
_FINANCIAL = re.compile(
    r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+(?=[元圆整块])|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[万亿]")
_FINANCIAL_ONLY = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟]")
_FINANCIAL_DIGITS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")


# the codes reps write beside a figure every day: 75 grand USD, USD 2,000
_EVERYDAY_CODES = "usd|eur|gbp|sgd|hkd|aud|cad|nzd|myr|inr|php|cny|rmb"
_CODE_AFTER = re.compile(rf"\s*(?i:({_EVERYDAY_CODES}))\b", re.ASCII)


# a few pieces (两块, 3块) before a noun: 块 counts things there (两块备用电池, 三块板子)
_PIECES = re.compile(rf"(?:[{CN_DIGITS}]|\d)\s*块$")
_MANY_PIECES = re.compile(r"\d\s*块$")
# pieces put up or swapped: 导视牌要换42块, 铺了300块 (块 counts them, whatever follows)
_PIECES_PUT = re.compile(r"(?:换|装|铺|贴|挂|切|补)(?:了|上)?\s*\d+\s*块$")
_GOODS_AFTER = re.compile(r"(?:光伏|太阳能)?(?:组件|面板|电池板|电池|钢板|铝板|玻璃|瓷砖|地砖|"
                          r"石材|砖|显示屏|屏幕|屏|芯片|主板|电路板|滤芯|模组|地垫|垫子|标牌|牌子|手表|"
                          r"蛋糕|香皂|肥皂|板)")
# 功率3000W: a power in watts; 管配件这一块: this area, no yuan
_POWER_BEFORE = re.compile(r"(?:功率|功耗|输出|(?i:power))\s*[:：]?\s*$")
_THIS_AREA = re.compile(r"[这那哪]一块")
# 一块680元: one piece, then its price
_PRICE_AFTER = re.compile(r"\s*\d")
# (一块 outdoor screen: an English noun counted too)
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff](?<![钱多的半每左一二三四五六七八九十])|"
                         r"\s?(?!(?i:rmb|cny|yuan|bucks?|dollars?|each|per)\b)[A-Za-z]{3,}")


def find_amounts(text: str, currency: str = "CNY") -> list[tuple[Amount, tuple[int, int]]]:
    """Every money amount in `text` with its span and kind, in text order; `currency` is the
    team's, for a bare 50k."""
    found: list[tuple[Amount, tuple[int, int]]] = []
    text = _FINANCIAL.sub(lambda m: m.group(0).translate(_FINANCIAL_DIGITS)
                          if _FINANCIAL_ONLY.search(m.group(0)) else m.group(0), text)
    for match in _EN_WORD_MONEY.finditer(text):
        value = _words_value(match.group("num"))
        if value is not None:
            kind = amount_kind(text, match.start(), match.end())
            found.append((Amount(Decimal(value), _WORD_CURRENCY[match.group("cur").lower()], kind),
                          match.span()))
    for pattern in (_PREFIX, _KUAI_JIAO, _SUFFIX, _WAN_FULL, _WAN, _W, _BARE_K, _BARE_MONEY):
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for _, (a, b) in found):
                continue
            if pattern is _SUFFIX and ((_PIECES.match(match.group(0))
                                        and (_NOUN_AFTER.match(text, match.end())
                                             or _PRICE_AFTER.match(text, match.end())))
                                       or (_MANY_PIECES.search(match.group(0))
                                           and _GOODS_AFTER.match(text, match.end()))
                                       or _PIECES_PUT.search(text, max(0, match.start() - 4),
                                                             match.end())):
                continue  # 两块备用电池, 500块组件: pieces of something, no money
            if (pattern is _W and _POWER_BEFORE.search(text, max(0, match.start() - 6),
                                                       match.start())) \
                    or (pattern is _SUFFIX and _THIS_AREA.search(
                        text, max(0, match.start() - 1), match.end())):
                continue  # 功率3000W: watts; 这一块: this area of work
            said = _CURRENCY_BEFORE.search(text, max(0, match.start() - 4), match.start())
            cur = _SYMBOLS[said.group(0)] if said and pattern in (_WAN_FULL, _WAN) \
                else "CNY" if pattern in (_WAN_FULL, _WAN, _W, _KUAI_JIAO) else currency \
                if pattern in (_BARE_K, _BARE_MONEY) else _currency(match)
            named = _CODE_AFTER.match(text, match.end()) if pattern is _BARE_K or (
                pattern is _PREFIX and match.group("cur").strip() == "$") else None
            cur = _CODES[named.group(1).lower()] if named is not None else cur  # 75 grand USD
            amount = _bare(match, cur) if pattern is _BARE_MONEY else _amount(match, cur)
            if amount is not None:
                kind = amount_kind(text, match.start(), match.end())
                found.append((Amount(amount.value, amount.currency, kind), match.span()))
    return sorted(found, key=lambda pair: pair[1])


# 还差9.6万 is owed; 还差两千条 is goods still to come
_SHORT_OF = r"还差(?![\d一二两三四五六七八九十百千几]+[条个件箱台套张只批包袋瓶吨米份双把根片])|"
_KINDS: tuple[tuple[AmountKind, re.Pattern[str]], ...] = (
    ("owed", re.compile(
        r"欠|未付|未结|没结|挂账|挂着|未找数|尾款|余款|(?:剩下|剩余|余下)(?:的)?(?=\s*[\d一二三四五六七八九十两])|还没到(?!期)|待结|还没(?:打|转|付|给)|没打过来|尾数|争(?=我们|我)|应收|应付|待收|待付|没付|还没付|未到账|没到账|"
        + _SHORT_OF + r"赊|账期|没看到|没收到|"
        r"(?i:\bowes?\b|\bowed\b|\boutstanding\b|\boverdue\b|\bunpaid\b|\bdue\s+from\b|"
        r"\bbalance\b|\breceivable|\bnot\s+(?:yet\s+)?paid\b|n'?t\s+(?:yet\s+)?paid\b|"
        r"\bbehind\s+on\b|\barrears\b|"
        r"\bstill\s+owe)", re.ASCII)),
    ("payment", re.compile(
        r"收到|到账|回款|付了|付过|付款了|已付|打款|汇款|转账|转了|打款了|支付了|结清|入账|收款|已收|收了|付清|(?<!成)交了|"
        r"(?i:\bpa(?:y|id)\s*了)|"
        r"已打|打过来|首付|首款|"
        r"定金|订金|入数|收[^，。；;]{0,6}现金|现金收|(?i:\bpaid\s+up\b|\bcleared\b|(?<!\d\s)\blanded\b)|"
        r"(?i:\b(?:rcvd|rec'd|recd|recvd|recv'd|rcv'd|pymt|pd)\b)|"
        r"(?i:\bpaid\b|\bpaied\b|\bpayed\b|\breceived\b|\bpayment\b|\bwired\b|\btransferred\b|"
        r"\bcollected\b|\bsettled\b(?!\s+on\b)|\bdeposit(?:ed)?\b|\bcharged\b|\b(?:went|gone)\s+out\b|"
        r"\b(?:cut|sent|mailed|got)\b[^.;!?]{0,12}\b(?:check|cheque)\b)", re.ASCII)),
    ("deal", re.compile(
        r"签了|签约|签下|签订|签的|成交|下单|续费|续签|续约|盖章|盖了章|年框|框架协议|花了|下了单|订单|合同|买了|(?<![要想准打算])买的|采购了|拿下|订了|定了|定下|单子|订的|订购|落单|"
        r"落了单|下了[^，。；;]{0,8}单|[补订进]货单|进了[^，。；;]{0,6}货|谈好了|追加了|(?<=[张份])单|敲定|拍板|谈妥|谈成|成单|签单|加单|加單|合约|合約|(?i:\bagreed\s+(?:on|to)\b|\baccepted\b|\bgo-ahead\b|"
        r"\bcommitted\b|\bsign(?:ed)?[\s-]+off\b|\bwent\s+with\b|\bpurchased\b|\bsold\b)|"
        r"(?i:\bsign(?:ed)?\s*了|\breorder(?:ed)?\b|\bagreement\b)|"
        r"已签|(?i:\bsigned\b|\bsignd\b|\bclosed\b|\bordered\b|\borderd\b|\bbought\b|\bpurchased?\b|\bdeal\b|"
        r"\bcontract\b|\bPO\b|\bwon\b|\border\b|\bbooked\b|\brenewed\b|\bspent\b|\bsigning\b|"
        r"\bbuying\b)",
        re.ASCII)),
    ("quote", re.compile(
        r"报价|报了|报给|报的|报个|报到?(?=\s*[¥￥$]?\s*[\d一二三四五六七八九十])|报[^，。；;]{1,12}价|开价|询价|"
        r"(?i:\bquote[ds]?\b|\bqoute\b|\bquotations?\b|\bpriced\b|(?:^|(?<=[.!?]\s)|(?<=\bwe\s)|(?<=\bI\s))offered\b|\bgave\b[^.;!?]{0,20}\bprice\b)",
            re.ASCII)),
    ("budget", re.compile(r"预算|(?i:(?:\b|(?<=[Qq][1-4]))budget|\bearmarked\b|"
                          r"\bset\s+aside\b|\ballocated\b)",
        re.ASCII)),
    # a size or a price list, not money changing hands: Deal size 估计 150w, list is $9,500
    ("other", re.compile(
        r"(?<!预算)估计|(?<!预算)预计|估算|预估|市场价|原价|标价|指导价|零售价|退回|退款|退还|(?i:\brefund(?:ed)?\b)|(?i:\bdeal\s+size\b|\blist\s+(?:price\s+)?is\b|"
        r"\blist\s+price\b|\bmsrp\b|\bretail\b|\bestimated?\b|\best\.|\bpotential\b|\bworth\b|"
        r"\bspends\b|\bspending\b)",
            re.ASCII)),
)
# the kind words typed with a letter dropped or doubled (outstandng, ordred, recieved is a
# swap, fixed by normalize)
_TYPED_KINDS: dict[AmountKind, str] = {
    "owed": "outstanding overdue", "deal": "ordered signed purchased", "quote": "quoted",
    "payment": "received payment deposit", "budget": "budget"}
_KINDS += tuple(
    (kind, re.compile(r"(?i:\b(?:" + "|".join(
        typo for word in words.split() for typo in misspellings(word)) + r")\b)", re.ASCII))
    for kind, words in _TYPED_KINDS.items())
_STILL_OWED = re.compile(
    r"欠|未付|没付|还没付|没结|未结|挂账|" + _SHORT_OF
    + r"未到账|没到账|(?i:\bowes?\b|\bowed\b|\boutstanding\b|\boverdue\b|"
    r"\bunpaid\b|n't\s+(?:yet\s+)?paid\b|\bstill\s+owe)", re.ASCII)
_PAID_IN = re.compile(
    r"(?:收到|到账|付了|结清|付清|收回)[^，。；;]{0,8}(?:尾款|余款)|把(?:尾款|余款)(?:给)?(?:结|付|打)了|"
    r"把(?:剩下|剩余|余下)的[^，。；;]{1,8}(?:结|付|打|交)了|"
    r"(?:押金|定金|订金|首付|货款)[^，。；;]{0,8}(?:已|已经)(?:到账|收到|付|交)|"
    r"(?<!把)(?:尾款|余款)[^，。；;没未前要须得需会将再]{0,16}"
    r"(?:到账|收到|付了|结清|付清|收回)|(?i:\b(?:received|paid|collected)\b(?:[^.;,]|,(?=\d{3})){0,20}"
    r"(?:\bbalance\b|尾款|余款))", re.ASCII)
# a quote for a deal still to be had: 报了年框价格18.6万, quoted the annual contract at $9k
_QUOTED_FOR = re.compile(
    r"(?:报了|报价|报给[^，。；;]{0,6}|(?i:\bquoted\b))[^，。；;\d]{0,16}?(?:年框|合同|订单|框架协议|单子|"
    r"(?i:\b(?:contract|order|deal)\b))|"
    r"(?i:\bquoted\b[^.;!?]{0,50}?\bfor\s+(?:the|their|an?|this)\s+(?:[\w-]+\s+){0,3}"
    r"(?:order|contract|deal)\b)", re.ASCII)
# they said €60k max budget: the word right after the figure says what it is
_BUDGET_AFTER = re.compile(r"\d[kKmM]?\s+(?:max(?:imum)?\s+|total\s+|annual\s+|capex\s+)?budget\b",
                           re.ASCII)
# their budget for the maintenance contract is €30k: the budget, whatever it is for
_BUDGET_IS = re.compile(
    r"(?i:\bbudget\b[^.;!?\d]{0,60}?\b(?:is|of|was|around|about|at)\s*(?:about|around|roughly|"
    r"approx\.?|~)?\s*(?=[$€£¥￥]|[A-Z]{1,3}\$|\d|(?:usd|eur|gbp|rmb|cny)\b))", re.ASCII)
# an order or a contract said to be worth the sum: 1 order worth £3,900, the contract for the
# plaques is worth ₱2.4M (what it is worth is the deal)
_ORDER_WORTH = re.compile(r"(?i:\b(?:orders?|contracts?|PO)\b[^.;!?]{0,40}\bworth\b)", re.ASCII)
_REFUND = re.compile(r"退回|退款|退还|(?i:\brefund(?:ed)?\b)", re.ASCII)
_ORDER_IN = re.compile(
    r"(?i:\b(?:PO|purchase\s+order|order)\b[^.;!?]{0,30}\breceived\b)|收到[^，。]{0,8}(?:订单|PO)|"
    r"(?i:\bPO\b)\s*(?:已经|已)?收到", re.ASCII)
_CLAUSE = re.compile(rf"[，。；;！!？?\n]|(?<!\d),|,(?!\d{{3}})|{NOT_AFTER_TITLE}\.(?!\d)",
                     re.ASCII)
_SENTENCE = SENTENCE_END
_GUESSED = re.compile(r"\s*(?:估计|预计)")


def amount_kind(text: str, start: int, end: int) -> AmountKind:
    """What the amount at start..end is: the nearest kind word in its clause, else in its
    sentence (签了合同，总金额12万 is a deal)."""
    kind = _overriding_kind(text, start, end) or _nearest_kind(text, start, end, _CLAUSE)
    if kind == "other":
        kind = _guessed_kind(text, bounds(text, start, end, _CLAUSE)[0]) or kind
    if kind is not None:
        return kind
    # the sentence before, when the amount opens its own (Closed the deal today!! S$48,000…)
    # or when that one was cried out (Closed Midwest Gear Works!! 3 lathes, $412,000 total;
    # 刚在视界眼镜总部签了！300副 总共12.6万): before the rest of its own sentence
    # (signed!! $38,500 package, deposit pd $9,625: a deal)
    left, _ = bounds(text, start, end, _SENTENCE)
    before = text[:left].rstrip(" \t!！?？.。;；")
    opens = not text[left:start].strip(" \t!！")
    cried = text[:left].rstrip(" \t").endswith(("!", "！"))
    if before and opens and cried:
        kind = _nearest_kind(before, len(before), len(before), _SENTENCE)
    kind = kind or _nearest_kind(text, start, end, _SENTENCE)
    if kind is None and before and (opens or cried):
        kind = _nearest_kind(before, len(before), len(before), _SENTENCE)
    return kind or "other"


def _guessed_kind(text: str, left: int) -> AmountKind | None:
    """给他报个价，估计85万上下; 预算他没明说，估计在50万上下: a guess opening the clause at
    `left` is of the quote or budget said in the clause before."""
    if left <= 1 or not _GUESSED.match(text, left) or _SENTENCE.match(text, left - 1):
        return None
    before = _nearest_kind(text, left - 1, left - 1, _CLAUSE)
    return before if before in ("quote", "budget") else None


# what outweighs the nearest kind word: still owing (the deposit they still owe), the
# balance received (收到尾款), money going back (定金退回去了), an order come in (PO received)
_OVERRIDES: tuple[tuple[AmountKind, re.Pattern[str], re.Pattern[str]], ...] = (
    ("owed", _STILL_OWED, _CLAUSE), ("payment", _PAID_IN, _CLAUSE),
    ("other", _REFUND, _CLAUSE), ("deal", _ORDER_IN, _SENTENCE), ("quote", _QUOTED_FOR, _CLAUSE),
    ("deal", _ORDER_WORTH, _CLAUSE),
    ("budget", _BUDGET_IS, _CLAUSE), ("budget", _BUDGET_AFTER, _CLAUSE),
)


def _overriding_kind(text: str, start: int, end: int) -> AmountKind | None:
    for kind, pattern, ends in _OVERRIDES:
        left, right = bounds(text, start, end, ends)
        other = _FIGURE.search(text, end, right)
        if other is not None:  # 下单18.6万 回款9万 还差9.6万: to the next figure, and not the
            # words that lead to it (bought it for USD 7,800 and still owe USD 2,000)
            joins = list(_TO_NEXT.finditer(text, end, other.start()))
            right = joins[-1].start() if joins else other.start()
        before = [m.end() for m in _FIGURE.finditer(text, left, start)]
        left = before[-1] if before else left
        found = pattern.search(text, left, right)
        if found and not (kind == "payment" and _TO_COLLECT.search(text, left, found.start())):
            return kind  # 把尾款18.6万收回来 is still to collect: owed, not paid
    return None


# another figure in the clause: a word past it speaks of that one
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*\s*(?:万|千|w|k|元|块|lakhs?|lacs?|crores?|m\b|million)|"
                     r"(?<=[欠付收结])(?:的|了)?\d{3,}(?![\d年月日号点:])|"  # 上回欠的3200
                     rf"(?:[$€£¥₹]|\b(?:{_EVERYDAY_CODES})\s?)\d",
                     re.IGNORECASE | re.ASCII)
_TO_NEXT = re.compile(r"\band\b|[,，、；;]|以及|另外|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])",
                      re.IGNORECASE | re.ASCII)  # (回款3万已到账 还欠1.5万: a space for a comma)
_TO_COLLECT = re.compile(r"把[^，。；;]{0,15}$", re.ASCII)


_CONTRACT_TO_SEND = re.compile(
    r"合同[^，。；;]{0,10}?(?:发给|发过去|寄给|寄过去|准备|起草|拟好|拟一|到期|过期)|"
    r"(?i:contract\s+(?:to\s+(?:be\s+)?(?:sent|send|draft)|will\s+(?:be\s+)?(?:sent|go\s+out)))",
    re.ASCII)


_FIGURE_AFTER = re.compile(r"\s*(?:的)?\s*(?:[¥￥$€£₹]|(?i:rs\.?|usd|rmb)\s*)?\d", re.ASCII)
_FOR_THE = re.compile(r"(?i:\bfor\s+(?:the|a|an|this|that|their|our|its)\s+)$", re.ASCII)


def _nearest_kind(text: str, start: int, end: int, ends: re.Pattern[str]) -> AmountKind | None:
    """The kind word nearest the amount within `ends`; across clauses of a sentence, one
    said before the amount first (签了婚宴合同…每桌6688元…定金交了五万: a deal)."""
    left, right = bounds(text, start, end, ends)
    best: tuple[int, AmountKind] | None = None
    across = ends is _SENTENCE
    for kind, pattern in _KINDS:
        for match in pattern.finditer(text, left, right):
            gap = start - match.end() if match.end() <= start else match.start() - end + 1
            if across and match.end() > start and _CLAUSE.search(text, end, match.start()):
                gap += len(text)  # after the amount, in another clause: only when none before
            if kind == "deal" and (_CONTRACT_TO_SEND.match(text, match.start()) or any(
                    q.end() == match.end()
                    for q in _QUOTED_FOR.finditer(text, left, match.end()))):
                continue  # 合同下周三之前发给他: a contract still to send is no deal yet; 报了个
                # 年框价: what the quote is for
            if kind == "deal" and match.start() >= end \
                    and _FOR_THE.search(text, max(0, match.start() - 12), match.start()):
                continue  # quoted …, 18k usd for the contract batch: what it is for
            if match.start() >= end and (_FIGURE_AFTER.match(text, match.end())
                                         or _FIGURE.search(text, end, match.start())):
                continue  # 合计3.36万 先付了1万…付清, ₹3,75,000 and paid 1 lakh: the next one's
            if best is None or max(gap, 0) < best[0]:
                best = (max(gap, 0), kind)
    return best[1] if best else None


def find_amount(text: str) -> Amount | None:
    """The first money amount in `text`, or None."""
    found = find_amounts(text)
    return found[0][0] if found else None
