"""Which customer a memo is about: a known customer by name, alias, surname + title,
pinyin (zhangwei -> 张伟) or a fuzzy near-miss; else a new one as written.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

# A name is read character by character: pypinyin's phrase dictionary (55 MiB resident,
# a quarter of the bot's memory) only helps words, and its copy of the character
# dictionary is only needed for custom readings, which we never add.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")

import itertools

from pypinyin import lazy_pinyin  # reads the two settings above on import
from rapidfuzz import fuzz, process

from bot.parsing import segment
from bot.parsing.events import SENTENCE_END, bounds, speaks_after
from bot.parsing.model import KnownCustomer
from bot.parsing.names import (
    ADDRESSED_BY_ROLE,
    BRANDS,
    DEPARTMENTS,
    EN_ROLES,
    EN_STOP,
    GLUED,
    HONORIFIC,
    ORG_WORDS,
    ROLE_BEFORE,
    SURNAMES,
    TITLES,
    ZH_PLACES,
    NameHit,
    business_word,
    common_word,
    en_company,
    en_names,
    en_place,
    roman_surname,
    zh_names,
)
from bot.parsing.normalize import has_cjk, normalize

_FUZZY_MIN = 86.0
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ASCII_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]+){0,2}")


@dataclass(frozen=True)
class CustomerGuess:
    """The customer a memo names, and the known customers it may be.

    `guessed`: matched by surname + title or a near miss, not by name (the card says so).
    `contact`: the person at a company customer (蓝海科技刘经理 -> 刘经理).
    """

    name: str | None = None
    is_new: bool = False
    candidates: tuple[str, ...] = ()
    start: int = -1
    end: int = -1  # where the name as written ends (David for a known David Chen)
    contact: str | None = None
    guessed: bool = False
    ambiguous: bool = False


@dataclass(frozen=True)
class _Index:
    """The team's customers, prepared for matching (built once per customer list)."""

    keys: tuple[tuple[str, str], ...]  # (normalised, lower-cased name or alias, canonical)
    pinyin: dict[str, str]  # pinyin of a name or alias -> canonical name
    fuzzy_keys: tuple[str, ...]
    first_words: dict[str, tuple[str, ...]]  # "priya" -> ("Priya Raman",), "acme" -> ...
    short: frozenset[str] = frozenset()  # the keys that are short forms (华庭 for 华庭物业)
    lower_only: frozenset[str] = frozenset()  # keys read only as typed in lower case (novafit)
    upper_only: frozenset[str] = frozenset()  # keys read only as written in capitals (kms)
    romanised: dict[str, str] | None = None  # "zhangwei" -> "Zhang Wei": 张伟 is that person


@lru_cache(maxsize=1 << 16)
def _pinyin(text: str) -> str:
    """Cached: a team's index is rebuilt whenever its customer list changes (a memo naming
    someone new), and reading 10,000 names again took 0.3 s."""
    return "".join(lazy_pinyin(re.sub(r"[()（）]", "", text))).lower()  # 鲜茶道(万达店)


def _short_forms(customers: tuple[KnownCustomer, ...],
                 taken: set[str]) -> tuple[list[tuple[str, str]], frozenset[str]]:
    """(short form, canonical name) of the known names whose short form is theirs alone and
    no other name's or alias's (博雅 for 上海博雅教育培训中心); and the forms that are
    initials or capitals, read only as written so (KMS, MISC: kms, misc are words)."""
    cores: dict[str, set[str]] = {}
    capitals: set[str] = set()
    for customer in customers:
        for form in _forms_of(normalize(customer.name.strip())):
            if form.lower() not in taken:
                cores.setdefault(form.lower(), set()).add(customer.name)
            if form.isupper() and form.isalpha() and len(form) <= 5 \
                    and not _dotted_initials(form, customer.name):
                capitals.add(form.lower())
    return [(core, next(iter(names))) for core, names in cores.items()
            if len(names) == 1], frozenset(capitals)


@lru_cache(maxsize=1 << 14)
def _forms_of(name: str) -> tuple[str, ...]:
    """Every shorter or other form one known name is said in (cached: a name's forms never
    change, and a team's list is read again whenever it changes)."""
    if not _CJK.search(name):
        return _own_forms(name)
    middle = _MIDDLE_LEGAL.search(name)
    if middle is not None:  # 华夏银行杭州分行 for 华夏银行股份有限公司杭州分行: the branch's
        # forms, not its company's
        branch, plain = name[middle.end():], name[:middle.start()] + name[middle.end():]
        return tuple(dict.fromkeys((*_own_forms(name), plain, *(
            form for form in _forms_of(plain) if form.endswith(branch)
            and len(form) > len(branch) + 1))))
    plain = _BRACKETED_BEFORE_LEGAL.sub("", name)
    if plain != name:  # 罗森 for 罗森(上海)有限公司
        return tuple(dict.fromkeys((*_own_forms(name), plain, *_forms_of(plain))))
    return _own_forms(name)


def _own_forms(name: str) -> tuple[str, ...]:
    cores = (short_form(name), _placed_short_form(name), _unsuffixed(name), _unplaced(name),
             *_shorter_forms(name), *_titled_forms(name), *_unheaded_forms(name),
             _abbreviated(name), *_unheaded_forms(_abbreviated(name) or ""),
             *_registered_forms(name), *_en_forms(name), *_initialled_forms(name),
             _latin_head(name), _cjk_head(name), *_trade_named_forms(name), _before_the_dot(name),
             *_branch_forms(name), _given_name(name), _school_number(name),
             _unprefixed(name), _coined_head(name))
    return tuple(dict.fromkeys(form for core in cores if core and not _GENERIC_FORM.fullmatch(core)
                               and core not in _PLACE_KINDS  # 园区 alone: a kind of place
                               for form in (core, _unaccented(core), _unhyphened(core))))


def _unhyphened(form: str) -> str:
    """A coined name's hyphen left out, as people type it: Alutec for Alu-Tec."""
    return re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", "", form)


# what a place-named customer leaves when its place is taken off: a place or a kind of
# site, no name (新界 of 新界物流, 猪场 of 资阳猪场, 货仓 of 葵涌货仓)
_GENERIC_FORM = re.compile(rf"(?:{ZH_PLACES})|[\u4e00-\u9fff][场仓厂店站库馆所园]")


# a legal form inside a branch's name, and a place in brackets before the legal form
_MIDDLE_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)(?=[\u4e00-\u9fff]{2,8}$)")
_BRACKETED_BEFORE_LEGAL = re.compile(
    r"[(（][^()（）]{2,4}[)）](?=(?:股份有限公司|有限责任公司|有限公司|公司)$)")


def _coined_head(name: str) -> str | None:
    """A known company whose 字号 is four coined characters, by its first two as people say
    it: 海康 for 海康威视 (not 果然 of 果然鲜, a word)."""
    core = _ZH_PLACE_HEAD.sub("", _BRACKETED.sub("", _ZH_LEGAL_FORM.sub("", name)))
    if not re.fullmatch("[\u4e00-\u9fff]{4}", core) or _ZH_ENDINGS.search(core) \
            or core[2] == "之" \
            or segment.word_frequency(core[:2]) >= 50 or segment.word_frequency(core) >= 50:
        return None  # (月嫂之家: the home of 月嫂, a trade, no coined 字号)
    return core[:2]


def _school_number(name: str) -> str | None:
    """A numbered school as people say it: 十九中 for 南昌市第十九中学, 一中 for 某某县第一中学."""
    found = re.search(r"第([一二三四五六七八九十]{1,3})中学$", name)
    return found.group(1) + "中" if found else None


# a word for company (Malay, Indonesian) or The before a name: Syarikat Air Jernih, The Clarke
_NAME_PREFIX = re.compile(r"(?:Syarikat|Perusahaan|Kedai|Toko|PT|CV|The)\s+(?=\S)")
_ACRONYM_HEAD = re.compile(r"([A-Z]{3,6})\s+[A-Z][a-z]")


def _unprefixed(name: str) -> str | None:
    """A name without the word for company it opens with (Air Jernih for Syarikat Air
    Jernih, Clarke Hotel for The Clarke Hotel), or its acronym head (KEMSA for KEMSA
    Embakasi)."""
    found = _NAME_PREFIX.match(name)
    if found and len(name) - found.end() >= 4:
        return name[found.end():]
    head = _ACRONYM_HEAD.match(name)
    return head.group(1) if head else None


def _given_name(name: str) -> str | None:
    """A known person called by the given name alone: 晓彤 for 周晓彤 (not a word of its own)."""
    if len(name) == 3 and name[0] in SURNAMES and all("\u4e00" <= c <= "\u9fff" for c in name) \
            and segment.word_frequency(name[1:]) == 0:
        return name[1:]
    return None


def _branch_forms(name: str) -> tuple[str, ...]:
    """A branch named with its company's short name: 瑞鹏西湖店 for 瑞鹏宠物医院（西湖店）,
    中升丰田浦东店 for 中升丰田(浦东), 拜博徐汇 for 拜博口腔徐汇店."""
    if not _CJK.search(name):
        return ()
    bracket = _BRACKETED_LAST.search(name)
    shop = _DISTRICT_SHOP.search(name) if bracket is None else None
    if bracket is not None:
        branch, base = bracket.group(0)[1:-1], name[:bracket.start()]
    elif shop is not None:
        branch, base = shop.group(1), name[:shop.start()]
    else:
        return ()
    heads = [head for head in dict.fromkeys((base, short_form(base), *_trade_named_forms(base)))
             if head and len(head) >= 2]
    branches = [branch] if branch.endswith("店") or len(branch) < 2 else [branch, branch + "店"]
    if shop is not None:
        branches.append(shop.group(0))
    placed = [where + head for where in (re.sub("(?:分公司|分院|分店|校区|店)$", "", branch),)
              if len(where) >= 2 and where != branch for head in heads[1:]]  # 江宁颐和
    return (*(head + place for head in heads for place in branches if len(branch) >= 2),
            *placed)


# a shop named by its district: 拜博口腔|徐汇店, 85度C|静安店
_DISTRICT_SHOP = re.compile(r"([\u4e00-\u9fff]{2})(?:分店|店)$")


_TITLED = re.compile(
    r"(?i:(Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Prof|Chief|Engr|Alhaji|Pastor|Coach)\.?)\s+"
    r"(\S+)(?:\s+\S+)*\s+(\S+)$")


def _titled_forms(name: str) -> tuple[str, ...]:
    """A known person named with a title and in full (Mdm Koh Lay Hoon, Dr. Amy Ross): the
    title and one name, as reps write them (Mdm Koh, Dr Ross)."""
    match = _TITLED.match(name)
    if match is None:
        return ()
    title, first, last = match.groups()
    untitled = name[match.end(1):].strip(". ")  # Fiona Leckie for Mrs Fiona Leckie
    return (*(f"{t} {n}" for t in (title, title + ".") for n in (first, last)), untitled)


def _before_the_dot(name: str) -> str | None:
    """A known person named with a middle dot, by the part before it (艾力 for 艾力·买买提)."""
    first, dot, _ = name.partition("·")
    return first if dot and len(first) >= 2 else None


def _cjk_head(name: str) -> str | None:
    """A known name of a Chinese brand and an English trade, by its brand: 茶语 for 茶语 Bubble
    Tea (a word in common use stays whole)."""
    head = re.fullmatch(r"([\u4e00-\u9fff]{2,4})\s*[A-Za-z][A-Za-z&' -]{2,}", name)
    if head is None or segment.word_frequency(head.group(1)) >= 2000:
        return None
    return head.group(1)


def _latin_head(name: str) -> str | None:
    """A known name of a Latin brand and a Chinese trade, by its brand: FabLab for
    FabLab创客空间 (not a word: Harmony琴行 stays whole)."""
    head = re.fullmatch(r"([A-Za-z][A-Za-z0-9&'-]{2,}(?: [A-Za-z0-9&'-]+)*)\s*[\u4e00-\u9fff]{2,}",
                        name)
    if head is None or common_word(head.group(1)) or head.group(1).lower() in _COMMON \
            or not re.search(r"[a-z][A-Z]|^[A-Z]{2,}|\s", head.group(1)):
        return None
    return head.group(1)


def _initialled_forms(name: str) -> tuple[str, ...]:
    """A known person by first name and the initial of the last (Dana W, Bruce H.)."""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words) \
            or any(business_word(w) for w in words):  # (Gareth Pryce, whatever a model says)
        return ()
    return (f"{words[0]} {words[1][0]}", f"{words[0]} {words[1][0]}.")


def _readings(text: str) -> list[str]:
    """The pinyin a short name may be written in, every reading of each character (晟:
    cheng, sheng), at most eight."""
    from pypinyin import Style, pinyin  # noqa: PLC0415 - the package already loaded above

    per_char = [readings[:2] for readings in pinyin(text, style=Style.NORMAL, heteronym=True)]
    return ["".join(combo).lower() for combo in itertools.islice(
        itertools.product(*per_char), 8)]


@lru_cache(maxsize=32)
def _index(customers: tuple[KnownCustomer, ...]) -> _Index:
    keys: list[tuple[str, str]] = []
    pinyin: dict[str, str] = {}
    first: dict[str, list[str]] = {}
    for customer in customers:
        for raw in (customer.name, *customer.aliases):
            key = normalize(raw.strip())
            if key:
                keys.append((key.lower(), customer.name))
                forms = _written_forms(key.lower())
                keys.extend((form, customer.name) for form in forms)
                if not key.isascii():  # 鲜茶到万达店 for a known 鲜茶道(万达店)
                    for form in (key, *forms):
                        pinyin.setdefault(_pinyin(form), customer.name)
                for word in _first_word_forms(key):
                    first.setdefault(word, []).append(customer.name)
    shorts, capitals = _short_forms(customers, {key for key, _ in keys})
    for core, name in shorts:
        keys.append((core, name))
        if not core.isascii():  # Hongyuan for a known 宏远物业, Huasheng for 华晟食品集团
            for reading in _readings(core):
                pinyin.setdefault(reading, name)
    taken = {key for key, _ in keys}
    typed = [(word, names[0]) for word, names in first.items()
             if len(set(names)) == 1 and word not in taken and _first_word_alone(word, names[0])]
    keys.extend(typed)
    keys.sort(key=lambda kv: -len(kv[0]))
    firsts = {w: tuple(dict.fromkeys(names)) for w, names in first.items()}
    return _Index(tuple(keys), pinyin, tuple(k for k, _ in keys), firsts,
                  frozenset(core for core, _ in shorts), frozenset(word for word, _ in typed),
                  capitals, _romanised(customers))


def _first_word_forms(key: str) -> tuple[str, ...]:
    """The first word a known English name may be typed by: priya, bruces for Bruce's Turf &
    Garden, siobhan for Siobhán Mulcahy."""
    if " " not in key:
        return ()
    word = key.split(maxsplit=1)[0].lower()
    if key.isascii():
        return tuple(dict.fromkeys((word, word.replace("'", ""), _unhyphened(word))))
    plain = _unaccented(word)
    return (plain,) if _unaccented(key).isascii() else ()


def _romanised(customers: tuple[KnownCustomer, ...]) -> dict[str, str]:
    """Known people listed in pinyin, by their letters run together in either order
    (zhangwei, weizhang -> Zhang Wei): 张伟 in a memo is that person."""
    return {"".join(order).lower(): c.name for c in customers
            if c.name.isascii() and len(words := c.name.split()) in (2, 3)
            for order in (words, words[::-1])}


def _first_word_alone(word: str, name: str) -> bool:
    """Whether a known company may be named by its first word typed in lower case (keystone,
    sorrento for Sorrento Foreshore Cafe): no common word, no person's first name."""
    return len(word) >= 4 and word.isalpha() and word not in _COMMON and not common_word(word) \
        and not _looks_like_person_name(name) and not _TITLED.match(name)


# how reps shorten the words of an English name: Bellgate Housing Assoc, Acme Intl
_ABBREVIATIONS = {
    "association": ("assoc", "assn"), "international": ("intl", "int'l"),
    "corporation": ("corp",), "company": ("co",), "manufacturing": ("mfg",),
    "brothers": ("bros",), "department": ("dept",), "university": ("univ", "uni"),
    "hospital": ("hosp",), "services": ("svcs",), "limited": ("ltd",),
    "incorporated": ("inc",), "industries": ("inds",), "and": ("&",), "&": ("and",),
    "rehabilitation": ("rehab",), "management": ("mgmt",), "engineering": ("eng", "engg"),
    "construction": ("constr",), "centre": ("ctr",), "center": ("ctr",),
}


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


def _written_forms(key: str) -> tuple[str, ...]:
    """Other ways a known English name is written: without its apostrophes (Nanyang Girls
    High), with a word shortened (Bellgate Housing Assoc), its words run together
    (harbourgrill, CampusSnacks)."""
    plain = _unaccented(key)
    if plain != key and plain.isascii():
        return (plain, *_written_forms(plain))  # Kapiti for Kāpiti, Siobhan for Siobhán
    if not key.isascii() or " " not in key:
        return ()
    words = key.replace("'", "").replace("’", "").split()
    forms = {" ".join(words)}
    for i, word in enumerate(words):
        for short in _ABBREVIATIONS.get(word, ()):
            forms |= {" ".join([*w[:i], short, *w[i + 1:]]) for w in [f.split() for f in forms]}
    squashed = "".join(words)
    if len(words) <= 3 and len(squashed) >= 8 and squashed.isalpha():
        forms.add(squashed)
    forms.discard(key)
    return tuple(forms)


_ZH_PLACE_HEAD = re.compile(
    rf"^(?:{ZH_PLACES})(?:市|省)?")
# the trade words of a registered name (南通市华建建设工程有限公司), cut to reach its 字号
_TRADE_ENDING_WORDS = ("工程 建设 安装 建筑 发展 文化 旅游 商业 电子商务 制品 针织 设备 "
                       "开发 游乐 投资 运营 制衣 电器 装备 工业 产业 国际 技术 服装厂 销售 策划 "
                       "管理处 产业园 工业园 科技园 公园 专业 蔬菜 地理信息 制作 大饭店 大酒店 "
                       "大药房 大药店 百货 百货公司")
_SHORT_ENDINGS = ORG_WORDS | {"中心", "培训中心", "会计师事务所", "律师事务所", "动物医院", "分行",
                              "支行", "分公司"} | set(
    _TRADE_ENDING_WORDS.split())
_ENDING_ALT = "|".join(sorted(_SHORT_ENDINGS, key=len, reverse=True))
_ZH_ENDINGS = re.compile(f"(?:{_ENDING_ALT})+$")
# a company's legal form (Pty Ltd, Sdn Bhd, LLC), and with the words a short name drops too
_LEGAL_FORMS = r"LLP|LLC|Ltd|Limited|Inc|Corp|Corporation|Co|PLC|Pte|GmbH|Bhd|Berhad|Pty|Pvt"
_EN_LEGAL = re.compile(
    rf"(?:\s+(?:{_LEGAL_FORMS}|Sdn\s+Bhd|Group|Holdings|"
    r"Restaurant|Restaurants|Clinic|Clinics|Hospital|Hotel|Hotels|Centre|Center|Company))+\.?$",
    re.IGNORECASE)


_ZH_LEGAL_FORM = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|公司)$")
# the place a name is registered in, in brackets: 晴雨伞业(义乌), 锦绣大酒店（南京）
_BRACKETED = re.compile(r"[(（][^()（）]{1,8}[)）]")
_BRACKETED_LAST = re.compile(rf"{_BRACKETED.pattern}$")


def _unsuffixed(name: str) -> str | None:
    """A known Chinese company without its legal form (金山贸易 for 金山贸易公司) or the
    place it is registered in (晴雨伞业 for 晴雨伞业(义乌)有限公司)."""
    if not _CJK.search(name):
        return None
    core = _BRACKETED_LAST.sub("", _ZH_LEGAL_FORM.sub("", name))
    return core if core != name and len(core) >= 3 else None


def _shorter_forms(name: str) -> list[str]:
    """A known Chinese company cut down one ending at a time, without its city: 恒泰生物科技,
    恒泰生物 for 苏州恒泰生物科技有限公司 (short_form gives the last, 恒泰)."""
    if not _CJK.search(name):
        return []
    forms, core = [], _ZH_PLACE_HEAD.sub("", name)
    while (cut := re.sub(f"(?:{_ENDING_ALT})$", "", core)) != core and len(cut) >= 3:
        forms.append(cut)
        core = cut
    return forms


# how reps shorten the words of a Chinese name: 附院 for 附属医院, 一中 for 第一中学
_ZH_ABBREVIATIONS = ((re.compile("附属医院$"), "附院"),
                     (re.compile("第([一二三四五六七八九十]+)中学$"), r"\1中"),
                     (re.compile("人民医院$"), "医院"), (re.compile("律师事务所$"), "律所"))


def _abbreviated(name: str) -> str | None:
    """A known Chinese name with its last words shortened as people say them: 桂林医学院附院,
    历下区一中, 宜昌中心医院."""
    for pattern, short in _ZH_ABBREVIATIONS:
        cut = pattern.sub(short, name)
        if cut != name:
            return cut
    return None


def _unheaded_forms(name: str) -> list[str]:
    """A known Chinese name without the places it opens with, whatever they are: 鱼乐汇 for
    汉口鱼乐汇, 恒丰置业 for 广州越秀恒丰置业, 星辉电子 for 深圳华强北星辉电子 — the last
    three or more characters, when what is left is no common word (少年宫, 人民医院, 游艇会)."""
    if not _CJK.search(name):
        return []
    core = _BRACKETED.sub("", _ZH_LEGAL_FORM.sub("", _MIDDLE_LEGAL.sub("", name)))
    forms = []
    for cut in range(2, len(core) - 2):
        tail = core[cut:]
        bare = _ZH_ENDINGS.sub("", tail)
        if len(bare) >= 2 and segment.word_frequency(tail) < 2000 \
                and not _GENERIC_FORM.fullmatch(bare) \
                and segment.word_frequency(bare) < 2000 and bare[:2] not in _GENERIC_HEADS \
                and (len(tail) > 3 or not segment.word_frequency(tail[:2])):  # 游艇会: a kind
            forms.append(tail)
    return forms


# what opens a generic name, not a distinctive one: 第一人民医院, 中心医院, 市场部
_GENERIC_HEADS = frozenset(("第一", "第二", "第三", "人民", "中心", "市场", "附属", "区域"))


# a place a registered name opens with: 南通市, 佛山市顺德区, 如皋市, 江苏; or one jieba both
# tags a place and knows well (哈尔滨; not 欧林, 中盛, which it only guesses are places)
_KNOWN_PLACE = 50
_PLACE_WORD = re.compile(
    rf"(?:{ZH_PLACES})(?:省|市|区|县|镇)?|[\u4e00-\u9fff]{{2,3}}?(?:省|市|区|县|镇)")


def _registered_forms(name: str) -> list[str]:
    """How people name a company registered as place + 字号 + trade + legal form: the 字号
    with some of its trade words (华建, 中盛集团, 通达路桥, 金桥酒店) and with one of its places
    (顺德美凯, 东莞精锐, 六安万象城, 丰台金桥酒店): 南通市华建建设工程有限公司 and the like."""
    if not _CJK.search(name):
        return []
    branch = re.fullmatch(r"(.+?(?:公司|集团))([\u4e00-\u9fff]{2,3}(?:分公司|分店|分院|店))", name)
    if branch is not None:  # 禾木滨江分公司 for 杭州禾木餐饮管理有限公司滨江分公司
        return [form + branch.group(2) for form in _registered_forms(branch.group(1))]
    places, rest = [], _BRACKETED.sub("", name)  # 锦绣大酒店（南京）
    while len(rest) >= 4:
        place = _PLACE_WORD.match(rest)
        head, flag = segment.tagged(rest)[0]
        size = place.end() if place else len(head) if flag == "ns" and len(head) >= 2 \
            and segment.word_frequency(head) >= _KNOWN_PLACE else 0
        if not size or len(rest) - size < 2 or len(_ZH_ENDINGS.sub(
                "", _ZH_LEGAL_FORM.sub("", rest[size:]))) < 2:
            break  # 哈尔滨粮丰餐饮: jieba knows 哈尔滨 is a place; 冀东钢铁集团: 冀东, a
            # place, is its 字号 all the same
        places.append(re.sub("[省市区县镇]$", "", rest[:size]))
        rest = rest[size:]
    rest = _ZH_LEGAL_FORM.sub("", rest)
    endings: list[str] = []
    while (cut := re.search(f"(?:{_ENDING_ALT})$", rest)) and cut.start() >= 2:
        endings.insert(0, cut.group(0))
        rest = rest[:cut.start()]
    if (not endings and not places) or rest in _SHORT_ENDINGS:
        return []  # 华南游乐: no 字号 of its own beside the place (游乐 is a trade)
    heads = [rest + "".join(endings[:size]) for size in range(len(endings) + 1)]
    word = segment.tagged(rest)[0][0]
    if 2 <= len(word) < len(rest) and segment.word_frequency(word) < 2000:
        heads.append(word)  # 鲜丰 for 鲜丰生鲜超市: its 字号 as jieba cuts it
    heads += [rest + ending for ending in endings[1:]]  # 金桥酒店 for 金桥国际酒店
    if segment.word_frequency(rest) >= 2000:
        heads = heads[1:]  # 阳光 alone is a word; 阳光幼儿园 is the name
    return [form for form in dict.fromkeys(
        [*heads, *(place + head for place in places for head in heads)]) if form != name]


# the words a registered name's trade is said in, after its 字号 (舟山鑫海|船舶修造, 成都锦里花间|
# 精品酒店, 深圳观澜湖|高尔夫球会): read from the end, so that the 字号 is what stands before them
_TRADE_TAIL_WORDS = ("船舶 修造 养老 精品 大酒店 球会 高尔夫 俱乐部 乡村 茶餐室 社区 委员会 "
                     "艺术 双语 管理委员会 纺织 印染 制品 五金 布业 酒店 宾馆 机电 工程 安装 "
                     "金控 游泳馆 体育馆 游艇 微电子 便利 房车营地 营地 拉面 餐酒馆 置地 "
                     "服务 管理 设备 "
                     "科技 实业 贸易 餐饮 食品 物业 置业 建设 供水 水务 劳保 用品 鞋业 电力 数据 "
                     "中心 护理 护理院 广场 股份")
_TRADE_TAIL = sorted(set(_TRADE_TAIL_WORDS.split()) | set(_SHORT_ENDINGS), key=len, reverse=True)
_TRADE_TAIL_RE = re.compile(f"(?:{'|'.join(_TRADE_TAIL)})$")
_PLACE_KINDS = frozenset(("园区", "厂区", "小区", "社区", "片区", "景区", "校区", "院区"))


_COUNTY = re.compile(r"[\u4e00-\u9fff]{1,2}县")  # 勉县, 沙雅县


def _trade_named_forms(name: str) -> list[str]:
    """A registered name by the 字号 before its trade words, whatever places stand before it
    (鑫海 for 舟山鑫海船舶修造有限公司, 华纺 for 绍兴柯桥华纺印染, 花间酒店 for
    成都锦里花间精品酒店): the 字号, and when it is longer its last word and its last two or
    three characters; each alone, with a trade word and with the region it ends with."""
    if not _CJK.search(name):
        return []
    core = _BRACKETED.sub("", _ZH_LEGAL_FORM.sub("", name))
    region = re.search(f"(?:{ZH_PLACES})(?:省|市)?$", core)  # 国药控股湖南: its region last
    core = core[:region.start()] if region is not None and region.start() >= 2 else core
    trades: list[str] = []
    while (cut := _TRADE_TAIL_RE.search(core)) is not None and cut.start() >= 2:
        trades.insert(0, cut.group(0))
        core = core[:cut.start()]
    county = ""
    while (place := _PLACE_WORD.match(core) or _COUNTY.match(core)) is not None \
            and len(core) - place.end() >= 2:
        county = place.group(0) if place.group(0)[-1] in "县区镇" else county
        core = core[place.end():]
    if not trades or not 2 <= len(core) <= 6:
        return []
    placed_trade = [county + trades[-1]] if county else []  # 勉县合作社 (汉中市勉县蜂农专业合作社)
    last = segment.cut(core)[-1]  # 华尔道夫 of 外滩华尔道夫; 恒丰; 翡翠园 of 保利翡翠园
    tails = [last, core[-2:], core[-3:] if len(core) >= 5 else ""] if len(core) >= 4 else []
    first = segment.cut(core)[0]  # 碧桂园 of 碧桂园智慧: its 字号 as jieba cuts it
    heads = [core, *(tail for tail in tails if len(tail) >= 2),
             *((first,) if 3 <= len(first) < len(core) else ())]
    heads = [head for head in heads if segment.word_frequency(head) < 2000]
    placed = re.sub("[省市]$", "", region.group(0)) if region is not None else ""  # 国药湖南
    return list(dict.fromkeys([*(form for head in heads for form in (
        head, *(head + trade for trade in trades), *((head + placed,) if placed else ()))),
        *placed_trade]))


def _unplaced(name: str) -> str | None:
    """A known company without the city it is named with: 帝苑酒店 for 香港帝苑酒店."""
    if not _CJK.search(name):
        return None
    core = _ZH_PLACE_HEAD.sub("", name)
    return core if core != name and len(core) >= 4 else None


def _placed_short_form(name: str) -> str | None:
    """A known company's short name with its city kept: 杭州蓝海 for 杭州蓝海贸易 (where
    蓝海 alone is another known company's too)."""
    if not _CJK.search(name) or not _ZH_PLACE_HEAD.match(name):
        return None
    core = _ZH_ENDINGS.sub("", name)
    return core if core != name and len(core) >= 4 else None


def short_form(name: str) -> str | None:
    """What reps call a known customer for short: 上海博雅教育培训中心 -> 博雅, The Golden
    Lotus Restaurant -> Golden Lotus, Kessler & Wong LLP -> Kessler & Wong; None when the
    name has no shorter distinctive form (or it would be a common word)."""
    if not _CJK.search(name):
        core = _EN_LEGAL.sub("", re.sub(r"^(?i:the)\s+", "", name)).strip()
        if core == name or not core or (" " not in core and core.lower() in _COMMON):
            return None
        return core if len(core) >= 4 else None
    core = _ZH_ENDINGS.sub("", _ZH_PLACE_HEAD.sub("", name))
    if core == name or len(core) < 2 or segment.word_frequency(core) >= 2000:
        return None
    return core


_COMMON = frozenset(("golden", "happy", "smile", "city", "metro", "global", "united", "first",
                     "best", "star", "green", "blue", "red", "royal", "grand", "new", "central",
                     "premier", "prime", "elite", "pacific", "atlantic", "national", "general",
                     "standard", "summit", "apex", "pinnacle", "top", "super", "great", "north",
                     "south", "east", "west", "old", "big", "little", "modern", "smart", "true"))


def _en_forms(name: str) -> list[str]:
    """How people name a registered English company: its first word when it is a coined
    one (NovaFit), its first and last (Harrowden Trust for Harrowden Academies
    Trust, Sorrento Cafe), its first two (Hollis Brothers), a last word in the plural
    (Keystone Properties for Keystone Property Management LLC), shortened words (Hollis Bros)."""
    if _CJK.search(name):
        return []
    core = _EN_LEGAL.sub("", re.sub(r"^(?i:the)\s+", "", name)).strip(" .,")
    words = core.split()
    if len(words) < 2 or _looks_like_person_name(core) or _TITLED.match(name):
        return []
    first = words[0]
    pairs = _pairs_of_words(name, words)
    if len(words) >= 3:  # Kapiti Coast Primary for Kāpiti Coast Primary School
        pairs.add(" ".join(words[:-1]))
    forms = {form for pair in pairs for form in (pair, *_written_forms(pair.lower()))}
    if len(first) >= 3 and first.isalpha() and re.search(r"[a-z][A-Z]|^[A-Z]{3,}$", first):
        forms.add(first)  # NovaFit, LASALLE, DBS: a coined word (Bexley, Aspen may be anyone's)
    named = _LEGAL_ONLY.sub("", name).split()  # Cork Build Centre (Ltd)
    if len(named) >= 3 and all(w[:1].isupper() and w.isalpha() for w in named):
        forms |= {"".join(w[0] for w in named),  # KMS, Lakeshore PM, Cork BC, NQ Brewing
                  f"{named[0]} " + "".join(w[0] for w in named[1:]),
                  f"{named[0][0]}{named[1][0]} {named[2]}"}
        legal = name[len(" ".join(named)):].strip(" .").split()
        if len(legal) == 1 and legal[0][:1].isupper():  # BPLC for Batangas Port Logistics Corp.
            forms.add("".join(w[0] for w in named) + legal[0][0])
    unheaded = _unheaded_en(words)
    if unheaded is not None:
        forms.add(unheaded)
    if re.fullmatch(r"(?:[A-Z]\.){3,4}", first):  # RJM, RJM Exteriors for R.J.M. Exteriors Inc
        forms |= {first.replace(".", ""), f"{first.replace('.', '')} {words[1]}"}
    if not re.match(r"(?i)the\s", name):
        forms.discard(core)  # (Clarke Hotel for The Clarke Hotel is a form of its own)
    return sorted(forms)


def _unheaded_en(words: list[str]) -> str | None:
    """An English name without its first word: the partners' names (Brandt & Vogel for
    Kanzlei Brandt & Vogel), or with its initials' group left off (FairPrice for NTUC
    FairPrice)."""
    rest = " ".join(words[1:])
    if len(words) >= 4 and words[2] in ("&", "and") and not business_word(words[1]):
        return rest
    if re.fullmatch(r"[A-Z]{2,5}", words[0]) \
            and (len(words) > 2 or re.search(r"[a-z][A-Z]", rest)) \
            and not common_word(rest.lower()) and not business_word(words[1]) \
            and words[1] not in _REGION_CODES:
        return rest
    return None


_REGION_CODES = frozenset(("SG", "HK", "MY", "UK", "US", "USA", "AU", "NZ", "PH", "ID", "TW",
                           "CN", "TH", "VN", "IN", "Asia", "APAC", "Singapore", "Malaysia"))


def _pairs_of_words(name: str, words: list[str]) -> set[str]:
    """The two-word (and shorter) forms of an English company's name: first and last, first
    two, the second in the plural or cut short (Yuhua Sec for Yuhua Secondary School), the
    first alone before a region (Shopee for Shopee SG), The and the first (The Sail)."""
    first = words[0]
    pairs = {f"{first} {words[-1]}", f"{first} {words[1]}", f"{first} {_plural(words[1])}"}
    if len(words[1]) >= 6 and words[1].isalpha():
        pairs |= {f"{first} {words[1][:3]}", f"{first} {words[1][:4]}"}
    if words[-1] in _REGION_CODES and len(words) == 2 and not common_word(first):
        pairs.add(first)
    if re.match(r"(?i)the\s", name) and not common_word(first):
        pairs.add(f"The {first}")
    return pairs


def _dotted_initials(form: str, name: str) -> bool:
    """Whether a form is the initials a name is registered with (RJM for R.J.M. Exteriors
    Inc): typed in lower case too (rjm called), unless that is a word."""
    return ".".join(form) + "." in name and not common_word(form)


_LEGAL_ONLY = re.compile(rf"(?:\s+(?:{_LEGAL_FORMS}|Sdn)\.?)+$", re.IGNORECASE)


def _plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") and len(word) > 3 else \
        word[:-1] if word.endswith("s") else word + "s"


_FUNCTION_CHARS = GLUED | frozenset(
    "的了和与跟在说是有要来去给把被对向让等也都还又就们那这今明后下上本每周月年号日点分时刚才各"
    "总经理老师主任先生女士小姐工董姐哥发打问约见聊谈送寄签催讲找请帮叫讨论确认回复电话"
    "那边这边公司家处里吗呢吧啊呀哦嘛到开趟，。、；：！？,.;:!? \n付买订收交欠退卖租"
)


# a verb that a customer's short name follows (拜访恒远 for a known 恒远科技有限公司)
_VERB_BEFORE = re.compile(
    r"(?:拜访|联系|回访|走访|跟进|对接|通知|催促|提醒|约见|面见|接待|致电|电话|微信|邮件|告诉|"
    r"发给|寄给|交给|转给|送给|报给|问问|见见|检查|查看|巡检|看看|知道|认识|听说)(?:过|了)?$")


# a day or a time of day a short name follows (今天恒远王总来厂里)
_DAY_BEFORE = re.compile(
    r"(?:今天|明天|后天|昨天|前天|今早|上午|下午|中午|晚上|早上|周[一二三四五六日天]|[日号])$")
_SURNAME_TITLE_AT = re.compile(rf"[{SURNAMES}](?:{TITLES})")


def _inside_longer_name(text: str, tokens: list[str], pos: int, size: int) -> bool:
    """A known Chinese name that is only part of a longer one here: 张伟 in 张伟华,
    阿里 in 阿里云 (jieba keeps the longer name whole, or leaves its last character alone).
    `tokens`: jieba's words of `text`."""
    if _SURNAME_TITLE_AT.match(text, pos + size):
        return False  # 华晟赵经理, 恒远王总 (cut 恒远王|总下): a person of the company follows
    offset = 0
    for index, token in enumerate(tokens):
        start, end = offset, offset + len(token)
        offset = end
        if end <= pos:
            continue
        if start > pos:
            return False
        if end > pos + size:  # one token runs past the name
            extra = text[pos + size:end]
            a_day = extra in "今明后" and text[end:end + 1] not in "天早晚年日儿"  # 吴伟明聊完
            return start <= pos and not (len(extra) == 1 and extra in _FUNCTION_CHARS
                                         and not a_day)
        if end == pos + size:
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            return (len(following) == 1 and "\u4e00" <= following <= "\u9fff"
                    and following not in _FUNCTION_CHARS)
    return False


_FIRST_NAME_BEFORE = re.compile(
    r"(?<![A-Za-z])(?!(?:Ring|Call|Email|Text|Ping|Met|Meet|See|Ask|Tell|Remind|Visit|Visited|"
    r"Called|Emailed)\s)[A-Z][a-z]+\s$")


_CITY_BEFORE = re.compile(rf"(?:{ZH_PLACES})(?:市|省|区)?$")


def _exact(text: str, index: _Index) -> list[tuple[int, int, str]]:
    """Known names and aliases written in the text: (start, end, canonical), the longest
    first where two start together; a name inside a longer match is left out."""
    lowered = text.lower()
    found: list[tuple[int, int, str]] = []
    tokens: list[str] | None = None  # jieba's words of the text, cut once when needed
    for key, name in index.keys:  # longest keys first
        pos = lowered.find(key)
        while pos >= 0:
            end = pos + len(key)
            inside = any(a <= pos and end <= b for a, b, _ in found)
            if not inside and key.isascii():
                whole = (_word_at(lowered, pos, len(key)) or _camel_glued(text, pos, len(key))) \
                    and (key not in index.lower_only or text[pos:end].islower()) \
                    and (key not in index.upper_only or text[pos:end].isupper()) and not (
                    key in index.short and _FIRST_NAME_BEFORE.search(text, 0, pos))
                # Gary Pruitt is no Pruitt of the known Pruitt Holdings (Ring Sam Friday is)
            elif not inside and key in index.short and has_cjk(key) \
                    and _MODEL_AFTER.match(text, end):
                whole = False  # 奥迪A6L is a car, no short 奥迪 of the known 奥迪4S店
            elif not inside and key in index.short and pos > 0 \
                    and "\u4e00" <= text[pos - 1] <= "\u9fff" \
                    and text[pos - 1] not in _FUNCTION_CHARS \
                    and not _VERB_BEFORE.search(text, 0, pos) \
                    and not _DAY_BEFORE.search(text, 0, pos) \
                    and not _CITY_BEFORE.search(text, max(0, pos - 6), pos):
                whole = False  # 盛世华庭 is no 华庭 of the known 华庭物业 (湾仔海港居 is 海港居)
            elif not inside:
                tokens = tokens if tokens is not None else segment.cut(text)
                whole = not _inside_longer_name(text, tokens, pos, len(key))
            else:
                whole = False
            if whole:
                found.append((pos, end, name))
                break
            pos = lowered.find(key, pos + 1)
    return sorted(found, key=lambda f: (f[0], f[0] - f[1]))


_MODEL_AFTER = re.compile(r"[A-Za-z]{0,3}\d")


def _camel_glued(text: str, pos: int, size: int) -> bool:
    """A known name run into the word before it, its capital kept: callJenny, metAcme."""
    after = text[pos + size] if pos + size < len(text) else " "
    return pos > 1 and text[pos].isupper() and text[pos - 1].islower() \
        and text[pos - 2].isalpha() and not _latin(after)


def _word_at(text: str, pos: int, size: int) -> bool:
    """Whether an ASCII key found at `pos` is a whole word: no Latin letter or digit
    touches it (Chinese may: 给Tony Zhang发报价)."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + size] if pos + size < len(text) else " "
    return not _latin(before) and not _latin(after)


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _by_surname(hit: NameHit, customers: Sequence[KnownCustomer]) -> list[str]:
    familiar = re.fullmatch(f"(?:小|老|阿)([{SURNAMES}])|([{SURNAMES}])(?:哥|姐)", hit.name)
    if familiar:  # 老王, 小周, 陈哥: the known customer of that surname
        surname = familiar.group(1) or familiar.group(2)
        return [c.name for c in customers if normalize(c.name).startswith(surname)
                and len(c.name) <= 4 and normalize(c.name)[0] in SURNAMES]
    surname = re.sub(f"(?:{TITLES})$", "", hit.name)
    title = hit.name[len(surname):]
    same = [c for c in customers
            if normalize(c.name).startswith(surname) and c.name[0] not in "0123456789"
            and normalize(c.name)[0] in SURNAMES and len(c.name) <= 4]
    titled = [c for c in customers
              if any(normalize(a) == hit.name for a in c.aliases)] or \
        [c for c in same if any(normalize(a).endswith(title) for a in c.aliases)]
    return [c.name for c in (titled or same)]


def _by_pinyin(text: str, index: _Index) -> tuple[str, int] | None:
    """A known Chinese name written in pinyin (jinding for 金鼎包装), and where it ends."""
    for match in _ASCII_WORDS.finditer(text):
        words = [w.removesuffix("'s") for w in match.group(0).lower().split()]
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                name = index.pinyin.get("".join(words[first:first + size]))
                if name is not None:
                    spans = [w.span() for w in re.finditer(r"\S+", match.group(0))]
                    return name, match.start() + spans[first + size - 1][1]
    return None


_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z][a-z'-]{2,}(?![A-Za-z])")


def _by_lower_words(text: str, index: _Index) -> str | None:
    """A known English name written in lower case or with a typo: acme crop -> Acme Corp
    (its first word, then the rest near enough), jane's # -> Jane Cooper (the only known
    person of that first name)."""
    for match in _LOWER_WORD.finditer(text):
        word = match.group(0).removesuffix("'s")
        names = index.first_words.get(word)
        if not names or len(names) != 1:
            continue
        name = names[0]
        if _looks_like_person_name(name):
            return name
        written = text[match.start():match.start() + len(name) + 2].lower()
        if fuzz.ratio(written[:len(name)], name.lower()) >= _FUZZY_MIN - 6:
            return name
        words = name.lower().split()
        if len(words) >= 3 and written.startswith(" ".join(words[:2])) \
                and not written[len(words[0]) + len(words[1]) + 1:][:1].isalpha():
            return name  # hackney homes for Hackney Homes Trust: its first two words
    return None


def _letters(text: str) -> list[str]:
    """The Latin letters of a memo, when there are enough to judge its case by."""
    letters = [ch for ch in text if "A" <= ch <= "Z" or "a" <= ch <= "z"]
    return letters if len(letters) >= 12 else []


def _shouted(text: str) -> bool:
    letters = _letters(text)
    return bool(letters) and all(ch.isupper() for ch in letters)


def _cased(text: str) -> str:
    """An ALL CAPS memo written the usual way, so that its names stand out by their capitals
    (VISIT MR CHOW AT GLOBAL ADHESIVE SOLUTIONS PTE LTD -> Visit Mr Chow at Global…); the
    same length, so that places carry over."""
    cased = re.sub(r"[A-Za-z][A-Za-z']*", lambda m: m.group(0).lower()
                   if m.group(0).lower() in _LOWER_IN_CAPS else m.group(0).capitalize(), text)
    return _COUNTED.sub(lambda m: m.group(0).lower(), cased)  # 60 CO2 CYLINDERS: goods


_COUNTED = re.compile(r"(?<=\d\s)[A-Za-z][\w']*(?:\s+[A-Za-z][\w']*)?")


_CAPS_LOWER_WORDS = (
    "about after before of up down over into onto per via than then so if as not no yes all any "
    "some more most less very too who what when where why how which there here their them his him "
    "her its your took take make made give gave left come came go went see saw know knew think "
    "just only again still now soon later week month year day hour hours mins minutes me us w")
_LOWER_IN_CAPS = EN_STOP | frozenset(_CAPS_LOWER_WORDS.split())


def _named_in_capitals(text: str, cased: str, contact: str) -> bool:
    """Whether an ALL CAPS memo's person is surely one: a full name, a title's, or a
    role's (MET THE OFFICE MANAGER SUSAN; not RE 40FT REEFER RATES). `cased`: the memo
    through `_cased`."""
    if re.search(rf"(?:\d\w*\s+(?:\S+\s+)?|\b(?:THE|A|AN|OUR|THEIR|MY|YOUR|ITS|CHECK|ORDER|"
                 rf"COUNT)\s+){re.escape(contact)}", text):
        return False  # 60 CO2 CYLINDERS AT…, ON THE TOWER JOB: goods and things, no one
    if " " in contact and not re.search(rf"\bRE\s+(?:\S+\s+)?{re.escape(contact)}", text) \
            and (not common_word(contact.split(maxsplit=1)[0].lower())
                 or HONORIFIC.match(contact.title()) is not None):  # not RESTOCK ORDER
        return True  # not RE 40FT REEFER RATES, not 3 VANS BROKEN
    at = text.find(contact)
    return at > 0 and (HONORIFIC.match(contact) is not None
                       or (_CAPS_ADDRESSED.search(text, max(0, at - 24), at) is not None
                           and not _not_a_name(contact) and not common_word(contact.lower()))
                       or ROLE_BEFORE.search(cased, max(0, at - 40), at) is not None
                       or _THE_ROLE_AFTER.match(cased, at + len(contact)) is not None
                       or (re.match(r"\s+(?:AT|FROM|FRM|OF|@)\s", text[at + len(contact):])
                           is not None and not _not_a_name(contact)))  # DAVE AT RIVERBEND


# whom an ALL CAPS memo calls or met: CALL EMMA, EMAILED MARIA, MET THE OFFICE MANAGER SUSAN
_CAPS_ADDRESSED = re.compile(
    r"\b(?:CALL(?:ED)?|RING|RANG|PHONED?|EMAIL(?:ED)?|TEXT(?:ED)?|(?:MET|MEET|SPOKE|TALKED|"
    r"CHECK\s+IN|FOLLOW\s+UP)\s+(?:WITH|TO|W/)|MET|ASK(?:ED)?|TELL|TOLD|CHASE|REMIND|PING|"
    r"WHATSAPP(?:ED)?)\s+(?:THEIR\s+|THE\s+)?(?:[A-Z]+\s+){0,2}?$")


def _as_written(text: str, cased: str, found: CustomerGuess) -> CustomerGuess:
    """`found` in a memo read through `_cased` (as `cased`), its new names as the memo
    writes them."""
    name = text[found.start:found.end] if found.is_new and found.start >= 0 else found.name
    contact = found.contact
    if contact is not None and (at := cased.find(contact)) >= 0:
        contact = text[at:at + len(contact)]
    return replace(found, name=name, contact=contact)


def _caseless(text: str) -> bool:
    """Whether a memo's case says nothing of its names: ALL CAPS, or all lower case."""
    letters = _letters(text)
    return bool(letters) and (all(ch.isupper() for ch in letters)
                              or all(ch.islower() for ch in letters))


_WORD = re.compile(r"[a-z0-9][a-z0-9&'-]*")


def _by_words_near(text: str, index: _Index) -> str | None:
    """A known English name in a memo whose case tells nothing, typos and all: the run of
    as many words as the name has, near enough to it."""
    words = _WORD.findall(text)
    best: tuple[float, str] | None = None
    for key, name in index.keys:
        size = len(key.split())
        if not key.isascii() or len(key) < 5:
            continue
        for first in range(len(words) - size + 1):
            score = fuzz.ratio(" ".join(words[first:first + size]), key)
            if score >= _FUZZY_MIN and (best is None or score > best[0]):
                best = (score, name)
    return best[1] if best else None


def _by_fuzzy(hit: NameHit, index: _Index) -> str | None:
    probe = hit.name.lower()
    if probe.isascii():
        firsts = index.first_words.get(probe.split()[0]) if " " not in probe else None
        if firsts is not None and len(firsts) == 1:
            return firsts[0]  # Priya -> Priya Raman, Acme -> Acme Corp
    best = process.extractOne(probe, index.fuzzy_keys, scorer=fuzz.ratio,
                              score_cutoff=_FUZZY_MIN)
    if best is not None and _CJK.search(probe) and not _slip_of(probe, best[0]):
        best = None  # 云图数据科技 is no slip of 云创数据科技: another 字号
    if best is not None and probe.isascii() and probe.startswith(best[0]) \
            and probe[len(best[0]):len(best[0]) + 1].isalpha() \
            and dict(index.keys)[best[0]].lower() == best[0]:
        best = None  # Maple Ridge Motorsports is no slip of Maple Ridge Motors: a longer name
    if best is None and not probe.isascii():
        return index.pinyin.get(_pinyin(hit.name)) or _by_dropped_word(probe, index)
    return dict(index.keys)[best[0]] if best is not None else None


def _by_dropped_word(probe: str, index: _Index) -> str | None:
    """A known Chinese name said with a word of its middle left out: 海丰养殖场 for
    海丰水产养殖场, 蓝湾合作社 for 蓝湾对虾合作社 (its 字号 and its ending kept, the one
    known name that fits)."""
    if len(probe) < 4 or not _CJK.search(probe):
        return None
    found = {name for key, name in index.keys if len(key) - len(probe) in (2, 3)
             and any(key.startswith(probe[:cut]) and key.endswith(probe[cut:])
                     for cut in range(2, len(probe) - 1))}
    return found.pop() if len(found) == 1 else None


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def _by_sound(text: str, index: _Index) -> _Mention | None:
    """A known Chinese name written with a character that sounds the same (温州横达建筑 for
    温州恒达建筑, 萍乡峻达电动车 for 萍乡骏达电动车): four characters or more, longest first,
    none of them the known name as it is written (恒昌贸易集团 is no slip of 恒昌贸易)."""
    written = set(index.fuzzy_keys)
    for run in _CJK_RUN.finditer(text):
        chars = run.group(0)
        for size in range(min(len(chars), 12), 1, -1):
            for start in range(len(chars) - size + 1):
                said = chars[start:start + size]
                at = run.start() + start
                if size == 2 and not (_TO_A_PLACE.search(text, max(0, at - 3), at)
                                      and segment.word_frequency(said) == 0):
                    continue  # two characters by sound only where we went (去晶扬签了)
                name = index.pinyin.get(_pinyin(said))
                if name is not None and not any(key in chars for key in written
                                                if _pinyin(key) == _pinyin(said)):
                    return _Mention(at, at + size, said, "known", name)
    return None


_TO_A_PLACE = re.compile(r"(?:去|到|拜访|跑了趟|去了趟|去了)$")


def _slip_of(written: str, known: str) -> bool:
    """Whether a Chinese name differs from a known one only as slips do: a character left out
    or added (金龙酒店, 金龙大酒店), or one that sounds the same (横达, 恒达)."""
    if _pinyin(written) == _pinyin(known):
        return True
    shorter, longer = sorted((written, known), key=len)
    chars = iter(longer)
    return all(char in chars for char in shorter)


_PERSON_KINDS = frozenset({"title", "person", "en", "familiar"})
_COMPANY_KINDS = frozenset({"company", "brand"})
_ROLE_ZH = (r"(?:[A-Za-z&]{1,6}\s*)?"
            r"(?:经理|总监|主管|老板娘|老板|负责人|对接人|联系人|采购|财务|人事|行政|老总|主任|工程师|助理|"
            r"秘书|厂长|店长)")
# between a company and its person: 蓝海科技刘经理, 蓝海科技的刘经理, Acme的Tom, Acme's Jane,
# Acme Corp 的 QC 经理 Kevin, Globex Ltd 采购 Mike
_COMPANY_THEN_PERSON = re.compile(
    rf"\s*[(（]\s*|\s*(?:\([^()]{{1,30}}\)|（[^（）]{{1,30}}）)?\s*[-–—:：]?"
    rf"\s*(?:[\u4e00-\u9fff]{{1,4}}(?:部|处|科|室|组)|(?i:{DEPARTMENTS})\s*)?"
    rf"(?:的|那边的|那边|'s|’s|'|’)?\s*"
    rf"(?:{_ROLE_ZH}\s*|[A-Z]{{2,4}}\s*)?|\s*(?:\([^()]{{1,30}}\)|（[^（）]{{1,30}}）)?"
    rf"\s*(?:的|'s|’s|那边的?)\s*(?:[A-Za-z&-]+\s+){{0,2}}[A-Za-z&-]+,?\s+|\s*那边的?\s*")
# a known person right after a company's possessive: Parkside Developments' Jane Ho
_POSSESSIVE = re.compile(r"\s*(?:的|'s|’s|'|’)\s*")
_EN_ROLE = (r"(?:cfo|ceo|cto|coo|gm|vp|head|owner|manager|director|buyer|founder|boss|"
            r"partner|lead|chief|president|controller|chef|principal|bursar|officer|engineer|"
            r"architect|consultant|administrator|admin|coordinator|supervisor|doctor|"
            r"physician|nurse|pharmacist|accountant|counsel|agent|landlord|landlady|dir|mgr|"
            r"rep|school|people|ops|brewmaster|foreman|superintendent|bookkeeper|receptionist|"
            r"concierge|headteacher|matron|planner|estimator|super|pm|qs)")
# a word that makes "Acme's Tuas warehouse" a thing of the company's, not its person
_ITS_THING = re.compile(
    r"\s+(?:warehouse|office|plant|site|factory|team|store|shop|branch|hq|lab|building|"
    r"account|order|project|deal|outlet|facility|campus|depot|yard|showroom|line|"
    r"division|unit|clinic|hospital|school|team|department|dept|house|home|flat|apartment|"
    r"duplex|villa|condo|bungalow|townhouse|penthouse|cottage|farm|boat|yacht|car|spot|"
    r"location|venue|block|mill|estate|premises|plantation|orchard|mine|terminal|kitchen|"
    r"restaurant|forest|ranch|paddock|compound|job)\b|"
    r"\s*(?:店|区|路|街|分院|分店|校区|门店|总部|办公室|团队|部门|工厂|厂|仓库)",
    re.IGNORECASE)
# a role right after a name, set off by a comma: Omar Reyes, operations director at…
_ROLE_NEXT = re.compile(
    r"[ \t]*(?:,|\()[ \t]*(?:the\s+|their\s+|our\s+)?(?:[\w-]+[ \t]+){0,2}(?:"
    + "|".join(sorted(EN_ROLES, key=len, reverse=True)) + r")\b(?![ \t]*(?-i:[A-Z]))",
    re.IGNORECASE)
# a person's role at their company, after a comma: Linda Tan, head of housekeeping at …
_ROLE_AT_GAP = (rf",\s*(?:the\s+)?(?:[\w-]+\s+){{0,2}}{_EN_ROLE}(?:\s+of\s+[\w&-]+)?"
                r"\s+(?:at|of|from)\s+")
# between a person and their company: Jane from Acme Corp, Tom at Globex, Tom (Globex)
_PERSON_THEN_COMPANY = re.compile(
    rf"\s*(?:{_ROLE_AT_GAP}|"
    r"\([^()]{1,30}\)\s*(?:from|at|of|@)\s+|"  # Encik Hafiz (procurement) at Skybridge
    # Rosa Delgado, who runs transportation for Pasadena Unified School District
    r",\s*(?:who|she|he)\s+(?:runs|manages|heads|leads|works|handles|oversees|is|does)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:at|for|of|from|with)\s+|"
    rf"(?:,\s*)?(?:(?:the\s+)?{_EN_ROLE}\s+)?(?:from|frm|(?:over\s+)?at|of|@|in|with)\s+|\(|（|的|"
    r"\s+(?:in|from)\s+(?:the\s+)?[a-z][\w-]+(?:\s+[a-z][\w-]+)?\s+(?:at|@|of)\s+)"
    r"(?:the\s+)?", re.IGNORECASE)
# a known person at a known company: Jasmine Lim from Kopi Republic -> Kopi Republic,
# contact Jasmine Lim (memo-conventions.md: Jane from Acme Corp)
_PERSON_AT = re.compile(r"\s*(?:from|at|of|@|\(|（)\s*(?:the\s+)?", re.IGNORECASE)
# a known person's role at a known company: Linda Tan, head of housekeeping at Sentosa Bay
_ROLE_AT = re.compile(rf"\s*{_ROLE_AT_GAP}(?:the\s+)?", re.IGNORECASE)
# an event someone was met at, no firm of theirs: Met Anton Steyn at the Rosebank home show
_EVENT_AFTER = re.compile(r"\s+(?:home\s+|trade\s+|auto\s+|food\s+|wine\s+)?(?:show|expo|fair|"
                          r"conference|summit|exhibition|festival|convention|roadshow|café|cafe|"
                          r"coffee\s+shop|food\s+court)s?\b", re.IGNORECASE)  # (…at a café)
# a known name someone is from or at is a company's, whatever it looks like: Grace from
# Paris Baguette
_FROM_AT = re.compile(r"\s*(?:from|at|@)\s*(?:the\s+)?", re.IGNORECASE)
# a person, then the company whose role they hold: Sarah Lim，她是 Sunrise Foods 的采购;
# Peter Schmidt，Bosch 的 buyer
_PERSON_COMMA = re.compile(r"\s*[,，]\s*(?:(?:他|她)是\s*)?")
# (Jurong Semicon 的 QA manager Priya: a department's letters before the role)
_POSSESSIVE_ROLE = re.compile(
    rf"\s*(?:的|'s|’s)\s*(?:[A-Z]{{2,4}}\s+)?(?:{_ROLE_ZH}|{_EN_ROLE}\b)\s*", re.IGNORECASE)
_ROLE_AFTER = re.compile(rf"\s*(?:的|'s|’s)\s*(?:{_ROLE_ZH}|{_EN_ROLE}\b|buyer|采购|员工)",
                         re.IGNORECASE)
# Kenji Watanabe, Aoyama Residences' building manager: a known firm's role, a word before it
_ROLE_AFTER_WORDS = re.compile(rf"\s*(?:'s|’s|'(?=\s)|’(?=\s))\s*(?:[\w-]+\s+){{0,2}}{_EN_ROLE}\b",
                               re.IGNORECASE)
# what a longer company name may add to a known one and still be it: 蓝海科技有限公司
_LEGAL_SUFFIX = re.compile(
    r"\s*(?:有限责任公司|股份有限公司|有限公司|公司|Corp|Corporation|Inc|Ltd|LLC|Co|Limited|"
    r"Pte|GmbH|PLC)\.?", re.IGNORECASE)
_BRAND_NAME = re.compile(f"(?:{BRANDS})")
# what names a branch after its company: 二厂, 徐汇店, 浦东分院, Xujiahui (a place alone)
_BRANCH = re.compile(
    r"[一二三四五六七八九十\d]*(?:厂|店|分店|分公司|分院|门店|校区|仓|仓库|车队|车间|食堂|工地)|[\u4e00-\u9fff]{2}(?:(?<![酒饭药花书商])店|分店|分院|校区)|"
    r"\s+[A-Z][a-z]+")


@lru_cache(maxsize=1 << 14)
def _looks_like_person_name(name: str) -> bool:
    """A known customer's name that is a person's (张伟, Jane Doe), not a company's."""
    if any(ch in name for ch in "公司集团科技") or _BRAND_NAME.fullmatch(name):
        return False
    if _CJK.search(name):  # (麦香坊, 陈记: a shop's, its last character says)
        return 2 <= len(name) <= 3 and normalize(name)[0] in SURNAMES \
            and normalize(name)[-1] not in "坊店馆厂社庄铺记苑斋"
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and not en_company(name) and not en_place(name)


_ACRONYM_END = re.compile(r"\s[A-Z]{2,}\d*$|^[A-Z]{3,}\s")  # Daikin VRV, AMAT Endura


@dataclass(frozen=True)
class _Mention:
    """A name in the memo: a known customer's, or a new one's."""

    start: int
    end: int
    name: str
    kind: str  # known / title / person / en / company / brand
    known: str | None = None
    place: bool = False  # said as a place one is at or comes from (at Shannon Feeds)

    @property
    def company(self) -> bool:
        if self.known is not None:
            return self.place or not _looks_like_person_name(self.known)
        return self.kind in _COMPANY_KINDS or (
            self.kind == "en" and en_company(self.name) and not en_place(self.name))

    @property
    def person(self) -> bool:
        if self.known is not None:
            return not self.place and _looks_like_person_name(self.known)
        return self.kind in _PERSON_KINDS and not self.company and not en_place(self.name) \
            and not _ACRONYM_END.search(self.name)  # Daikin VRV, Chanel CF: goods


# names that are no customer's: a competitor's (Competitor Henry Schein, vs Okta, 竞争对手
# 华为), our own colleague's (Sarah from HR, my manager Tom, 同事小李, 我们的王工)
# a rival the customer weighs us against: 再对比一下爱帝宫, 竞品, vs Okta
_RIVAL_WORDS = r"竞争对手|竞品|对手|(?<![对无])比|对比一下|比较一下|货比"
_NOT_THEIRS_BEFORE = re.compile(
    r"@$|(?:\bin\s+|候选人|candidate\s+|我们\s*\w*\s*的|(?i:our)\s+(?:老板|boss)|我们老板|"
    r"我们(?:的)?(?:财务|同事|技术|销售|客服|售后)|"
    r"原来合作的|之前合作的|现在用的是|用的是|之前用的?|竞品\s*[：:]?|\bincumbent\s*[:,]?|"
    r"currently\s+(?:use|using|with)|switching\s+from|"
    r"(?i:\b(?:current|existing|old)\s+(?:[\w-]+\s+)?(?:pos|system|software|supplier|vendor|provider|"
    r"platform|app)\s*[(（]?)|"
    r"\b(?:competitors?|competing|rivals?|vs\.?|versus|against|instead\s+of|my\s+(?:boss|"
    r"manager|colleague|teammate)|our\s+(?:[\w-]+\s+)?(?:rep|manager|engineer|tech|intern|"
    r"colleague|csm|se|ae|sdr|boss|dispatcher|driver|team|staff|ops|assistant)|"
    r"(?<!their\s)\bdriver|司机|"
    r"our\s+(?!(?:contact|client|customer|friend|buyer|guy|man|lady|champion|main|key|new|old)\b)"
    r"[a-z-]+)|" + _RIVAL_WORDS
    + r"|同事|我们的|我司的|我们|我们\s*(?:经理|老板|领导|主管|总监|boss)|"
    r"(?i:order|ordered)的|(?<!管)(?:订|买|进|订购)的)\s*$",
    re.IGNORECASE)
_NOT_THEIRS_AFTER = re.compile(
    r"\s*[（(]\s*(?:我们|我司|咱们|our\b)|\s*上(?:认识|找到|看到|加的|联系|刷到)|"
    r"\s+(?:from|in|at)\s+(?:HR|IT|finance|legal|marketing|accounting|ops|operations|"
    r"our\s+\w+|the\s+office)\b(?!\s+(?:at|@|of|from)\s)|\s*\((?:competitor|ours|(?:our|my)\s+[\w\s-]{1,25})\)|"
    r"\s*(?:对面|旁边|附近|楼下|隔壁)", re.IGNORECASE)


_COMPARED_WITH = re.compile(rf"(?:{_RIVAL_WORDS}|\bvs\.?|\bversus|\bcompetitors?)\s*$",
                            re.IGNORECASE)


def _theirs(hit: NameHit, text: str) -> bool:
    before = text[max(0, hit.start - 40):hit.start]
    if hit.kind == "familiar" and _WE_SEND.search(before):
        return False  # 让小李提前把样品摆出来, 安排教练老陈带他: our own people
    return not (_NOT_THEIRS_BEFORE.search(before)
                or _NOT_THEIRS_AFTER.match(text, hit.start + len(hit.name)))


# whom we send or set to work: 让小李, 叫小王, 派老陈, 安排教练老陈
_WE_SEND = re.compile(r"(?:让|叫|派|安排)\s*(?:[\u4e00-\u9fff]{1,3})?$")


# what puts a name as a place: at Shannon Feeds, from Harborwalk Gifts, owner of …
_AT_A_PLACE = re.compile(r"(?i:\b(?:at|inside|into|owner\s+of|manager\s+of)\s+(?:the\s+)?)$")


def _mentions(text: str, masked: str, index: _Index) -> list[_Mention]:
    found = [_Mention(a, b, text[a:b], "known", name,
                      bool(_AT_A_PLACE.search(text, max(0, a - 12), a)
                           or _ITS_THING.match(text, b + 2 if text[b:b + 2] == "'s" else b)))
             for a, b, name in _exact(text, index)]
    hits = zh_names(masked) if has_cjk(masked) else []
    hits += en_names(masked)
    hits = [hit for hit in hits if _theirs(hit, masked)]
    for hit in sorted(hits, key=lambda h: (h.start, -len(h.name))):
        end = hit.start + len(hit.name)
        branch_of = _branch_of(hit, index)
        if branch_of is not None:  # 华晟二厂: a branch of the known 华晟(食品集团)
            found = [m for m in found if not (m.start < end and hit.start < m.end)]
            found.append(_Mention(hit.start, end, hit.name, "known", branch_of))
            continue
        inside = [m for m in found if m.start < end and hit.start < m.end]
        if inside and _longer_new_name(hit, end, inside, text, index):
            found = [m for m in found if m not in inside]
        elif inside:
            continue
        kind = hit.kind
        longer = _longer_known(hit.name, index)
        if longer is not None:  # Swee Heng for the known Swee Heng Bakery: its first words
            found.append(_Mention(hit.start, end, hit.name, "known", longer, bool(
                _AT_A_PLACE.search(text, max(0, hit.start - 12), hit.start)
                or _ITS_THING.match(text, end))))
            continue
        spelled = index.pinyin.get("".join(hit.name.lower().split())) \
            if kind == "en" and " " in hit.name else None
        if kind == "person" and index.romanised and not hit.name.isascii():
            spelled = index.romanised.get(_pinyin(hit.name))  # 张伟 for the known Zhang Wei
        if spelled is not None:  # Wang Fang for the known 王芳: its pinyin, as a name
            found.append(_Mention(hit.start, end, hit.name, "known", spelled))
            continue
        if kind == "en" and (ROLE_BEFORE.search(masked, max(0, hit.start - 30), hit.start)
                             or _ROLE_NEXT.match(masked, end)):
            kind = "person"  # head of IT Martin Cole, Omar Reyes, operations director at…
        found.append(_as_said(hit, kind, end, text))
    return sorted(_named_again(_not_its_namesake(found), text), key=lambda m: m.start)


# Anil Kapoor Traders — Anil himself: the man, not his firm said again
_HIMSELF = re.compile(r"\s+(?:himself|herself)\b", re.IGNORECASE)


_ZH_TITLE_AFTER = re.compile(r"(?:总经理|总监|经理|总|老板|老师|主任|医生|律师|博士|工)")


def _as_said(hit: NameHit, kind: str, end: int, text: str) -> _Mention:
    """A Latin name with the Chinese said around it: Wang总, Mike经理 (a surname and its
    title); 阿Ken, 阿May (the familiar 阿)."""
    single = kind in ("en", "person") and " " not in hit.name
    titled = _ZH_TITLE_AFTER.match(text, end) if kind == "en" and single else None
    if titled is not None:
        return _Mention(hit.start, titled.end(), text[hit.start:titled.end()], "title")
    if single and text[hit.start - 1:hit.start] == "阿":
        return _Mention(hit.start - 1, end, "阿" + hit.name, "familiar")
    return _Mention(hit.start, end, hit.name, kind)


def _named_again(found: list[_Mention], text: str) -> list[_Mention]:
    """A known English name said again by its first word (Arctic Fresh returned… Mike from
    Arctic says…): that known name, not someone new."""
    firsts = {m.name.split()[0].lower(): m.known for m in found
              if m.known is not None and m.name.isascii() and " " in m.name}
    return [replace(m, kind="known", known=firsts[m.name.lower()])
            if m.known is None and m.kind == "en" and " " not in m.name
            and m.name.lower() in firsts and not _HIMSELF.match(text, m.end)
            and any(k.known == firsts[m.name.lower()] and k.end <= m.start for k in found)
            else m for m in found]


def _not_its_namesake(found: list[_Mention]) -> list[_Mention]:
    """A name said after a new company's that opens with it refers to that company or sets
    it apart, never to a known one (Lockwise Doors Ltd … thinking it was our Lockwise
    lot; Pukeko Feeds Ltd … nothing to do with the Pukeko saddle people)."""
    new = [m for m in found if m.known is None and m.kind == "company" and " " in m.name]
    return [m for m in found if not any(
        n.end <= m.start and n.name.lower().startswith(m.name.lower() + " ") for n in new)]


def _longer_known(name: str, index: _Index) -> str | None:
    """The one known English name that `name` (two words or more) opens."""
    words = name.split()
    if len(words) < 2 or not name.isascii():
        return None
    opened = {known for known in index.first_words.get(words[0].lower(), ())
              if known.lower().startswith(name.lower() + " ")}
    return opened.pop() if len(opened) == 1 else None


def _branch_of(hit: NameHit, index: _Index) -> str | None:
    lowered = hit.name.lower()
    if hit.kind not in _COMPANY_KINDS or hit.name.isascii() or lowered in dict(index.keys):
        return None  # 宏达机械厂, known itself, is no branch of the known 宏达机械
    return next((name for key, name in index.keys if len(key) >= 2 and lowered.startswith(key)
                 and _BRANCH.fullmatch(hit.name[len(key):])), None)


_THE = re.compile(r"(?i:the)\s+")
_PREPOSITIONS = frozenset("和跟与同给找去到在")


def _longer_new_name(hit: NameHit, end: int, inside: list[_Mention], text: str,
                     index: _Index) -> bool:
    """A known name inside a longer new company's (阿里云 when 阿里 is known; Pinecrest
    Medical Group when Pinecrest is): the longer, new name — unless it only adds a legal
    form (蓝海科技有限公司 is 蓝海科技)."""
    if hit.kind not in _COMPANY_KINDS or len(inside) != 1 or inside[0].known is None:
        return False
    known = inside[0]
    if not hit.start <= known.start < known.end <= end \
            or end - hit.start <= known.end - known.start:
        return False
    if normalize(hit.name).lower() in dict(index.keys) \
            or normalize(known.known or "").startswith(normalize(hit.name)) \
            or (known.end == end and text[hit.start:known.start] in _PREPOSITIONS):
        return False  # 九龙湾贸易 for the known 九龙湾贸易有限公司: its name, less the legal
        # form; 今天和人教社的刘主任: a preposition, then the known name
    extra = text[hit.start:known.start] + text[known.end:end]
    after = text[known.end:end]
    if (known.end == end and (_ZH_PLACE_HEAD.fullmatch(text[hit.start:known.start])
                              or _THE.fullmatch(text[hit.start:known.start]))) or (
            hit.start == known.start and known.person and (
                _ITS_THING.fullmatch(after) or text.startswith(("了", "过", "一下"), end))):
        return False  # 嘉兴恒丰纺织: the known 恒丰纺织, in 嘉兴; The Wine Vault: the known Wine
        # Vault Ltd; 张伟工厂: the person's factory; 张伟咨询了价格: the person, and what they did
    if hit.start == known.start and _the_known_then_more(known, after, text, end):
        return False
    return bool(extra.strip()) and _LEGAL_SUFFIX.fullmatch(extra) is None


def _the_known_then_more(known: _Mention, after: str, text: str, end: int) -> bool:
    """Whether what follows a known name is no part of a longer name: 迅捷物流|叉车锂电改装,
    德仁牙科诊所|安装牙科椅 (the known firm, then its work; 天翼农业|科技, 悦动体育|中心 go on
    into a longer firm's name); Apollo Clinics' Dubai branch (the possessive ends it);
    华晟二厂, 山岚咖啡徐汇店, Kinetic Fitness Xujiahui, Yarra Logistics Port Melbourne depot
    (a branch or a site of it)."""
    name, words = normalize(known.name), normalize(after).strip()
    if _ends_as_a_firm(name) and has_cjk(after) and (
            not _trade_words_only(words) or (_INSTITUTION_END.search(name)
                                             and not _INSTITUTION_END.search(words))):
        return True
    return after[:1] in ("'", "’") or (
        (_BRANCH.fullmatch(after) is not None or (after.isascii() and bool(
            _ITS_THING.match(text, end)))) and not business_word(
                (after.rsplit(maxsplit=1) or [after])[-1]))


def _ends_as_a_firm(name: str) -> bool:
    """Whether a Chinese name ends with a trade or legal form of two characters or more
    (迅捷物流, 德仁牙科诊所): a whole firm's name, which words after it do not go on."""
    return has_cjk(name) and _FIRM_ENDING.search(name, 1) is not None


_FIRM_ENDING = re.compile("(?:" + "|".join(
    sorted((re.escape(w) for w in ORG_WORDS if len(w) >= 2), key=len, reverse=True)) + ")$")
# what only an organisation's own name ends with (附属小学, 体育中心, 管理集团)
_INSTITUTION_END = re.compile(r"(?:学校|小学|中学|大学|学院|幼儿园|医院|诊所|中心|集团|公司|"
                              r"研究院|研究所|馆|协会|商会|合作社|管委会|委员会|园区|局)$")


def _trade_words_only(words: str) -> bool:
    """Whether Chinese text after a known firm's name goes on into a longer firm's: trade and
    legal forms alone (科技, 管理集团, 水族馆) or an institution's ending (附属小学)."""
    return bool(words) and bool(_ZH_ENDINGS.fullmatch(words) or _INSTITUTION_END.search(words))


_AND = re.compile(r"\s*(?:and|&|\+|和|跟|与)\s*", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*[(（][^()（）]{1,30}[)）]")  # Doug Hale (GM) and Carla: Doug first
# a memo headed by its company, then the person: Prairie Sky Grain – Doug Lindqvist emailed
_DASH = re.compile(r"\s+[-–—]\s+")


def _named_at(first: _Mention, second: _Mention, gap: str) -> bool:
    """Whether a first and last name the model took for a firm's is a person's all the same,
    by where it stands: Johan Botha at Fynbos Properties."""
    words = first.name.split()
    return first.kind == "en" and len(words) == 2 and all(w[:1].isupper() for w in words) \
        and not any(business_word(w) for w in words) and not en_place(first.name) \
        and second.company and _PERSON_AT.fullmatch(gap) is not None


def _pairs(text: str, mentions: list[_Mention]) -> dict[int, _Mention]:
    """Company -> its person, keyed by the company mention's start."""
    pairs: dict[int, _Mention] = {}
    for index, (first, second) in enumerate(itertools.pairwise(mentions)):
        gap = text[first.end:second.start]
        # Kenji Watanabe, Aoyama Residences' building manager: the role the firm gives them
        known_role = bool(_PERSON_COMMA.fullmatch(gap)
                          and _ROLE_AFTER_WORDS.match(text, second.end))
        owns = (first.kind == "en" and re.match(r"\s*(?:的|'s|’s)", gap)) or (
            first.kind == "known" and ((_POSSESSIVE.fullmatch(gap)
                                        and not ("s" in gap and _an_english_person(first)))
                                       or _POSSESSIVE_ROLE.fullmatch(gap)))
        # Yarra Cycles 的 Jason, Kinderland Puchong 的 owner Mrs Wong (Matthias Hahn's
        # Sunseeker: a person's thing, no one at a firm)
        headed = first.kind in ("en", "known") and len(first.name.split()) > 2 \
            and second.kind == "en" \
            and len(second.name.split()) == 2 and _DASH.fullmatch(gap) is not None
        if first.kind == "known" and first.person and second.known is not None \
                and second.known != first.known and second.end - first.end <= _BESIDE \
                and _role_beside(gap):
            pairs.setdefault(second.start, first)  # Rachel Teo (buyer, Little Lambs Orchard)
        elif (first.company or owns or headed) \
                and second.person and (second.kind != "known" or _POSSESSIVE.fullmatch(gap)
                                       or ROLE_BEFORE.search(gap)
                                       or (first.known is not None and (
                                           not gap.strip() or _DASH.fullmatch(gap)))) \
                and _COMPANY_THEN_PERSON.fullmatch(gap) and not en_place(second.name) \
                and not _ITS_THING.match(text, second.end) and not _GONE.match(text, second.end):
            pairs.setdefault(first.start, second)
        elif (first.person or _named_at(first, second, gap)) \
                and not _EVENT_AFTER.match(text, second.end) and (first.kind != "known" or (
                (second.known is not None or second.company)
                and (_PERSON_AT.fullmatch(gap) or _ROLE_AT.fullmatch(gap) or known_role))) \
                and ((_PERSON_THEN_COMPANY.fullmatch(gap) and "的" not in gap
                      and (second.company or (second.kind == "en" and " " not in second.name)
                           or (second.known is not None and _FROM_AT.fullmatch(gap))))
                     or (_PERSON_COMMA.fullmatch(gap) and _ROLE_AFTER.match(text, second.end)
                         and (second.company or second.kind == "en"))
                     or (second.known is not None and known_role)):
            before = mentions[index - 1] if index > 0 else None
            named_first = before is not None and before.person and before.known is None \
                and _AND.fullmatch(_BRACKETED.sub("", text[before.end:first.start])) is not None
            # a call with Priya and Dev at Acme Corp: Priya, named first
            pairs.setdefault(second.start, before if named_first and before else first)
        elif first.person and " " not in first.name and not text[:first.start].strip() \
                and second.company and _DASH.fullmatch(gap):
            pairs.setdefault(second.start, first)  # Gary - Red Lion Pub rang: its person
    return pairs


def _role_beside(gap: str) -> bool:
    """A known person's role at a known firm said beside them, Rachel Teo (buyer, Little Lambs
    Orchard), Lerato Mokoena (GM at Truth Coffee), Liam Chen, new sommelier at Mercer
    Hospitality Group: the firm is the customer, the person its contact."""
    role = _ROLE_THEN_AT.sub("", gap)
    return _SET_OFF.match(gap) is not None and "." not in role \
        and ROLE_BEFORE.search(role) is not None


_BESIDE = 80  # how far after the person their firm may be named
_SET_OFF = re.compile(r"\s*[,(（]")
_ROLE_THEN_AT = re.compile(r"(?:\s*(?:[,，]|\b(?:at|of|from|for)\b|@|-)\s*)+$", re.IGNORECASE)


def _an_english_person(mention: _Mention) -> bool:
    known = mention.known
    return known is not None and known.isascii() and _looks_like_person_name(known) \
        and not _a_known_firm(mention)


def _a_known_firm(mention: _Mention) -> bool:
    """A known English name that may be a firm's whatever it looks like (Ladang Sri
    Kinabalu, Kala Niketan): its people named with their role are its contacts."""
    known = mention.known
    return known is not None and " " in known and known.isascii() \
        and (len(known.split()) > 2 or not _looks_like_person_name(known)) \
        and not HONORIFIC.match(known) and not _TITLED.match(known)


# a memo's heading that names the account: Acct: Tightlines Angling (a firm's, whatever it
# looks like)
_ACCOUNT_LABEL = re.compile(r"(?i:\b(?:acct|account|client|customer)\s*[:：-]\s*)$")
# a role said to be held by someone: New PM is Sophie Grant
_ROLE_IS = re.compile(rf"\b{_EN_ROLE}\s+is\s+$", re.IGNORECASE)
# one of our own crew: Tech Luis booked Monday, our installer Dave
_OUR_CREW = re.compile(r"(?<!their\s)\b(?:tech|technician|installer|fitter|driver)\s+$|"
                       r"(?i:\bcc:?\s+$)|"  # cc Luis: ours, copied in
                       r"(?i:\b(?:went|going|gone|switched|moved)\s+(?:with|to)\s+$)|"  # a rival
                       r"(?:我们|我司|our)\s*(?:的)?\s*(?:engineer|tech|sales|colleague|同事|工程师|"
                       r"技术员?|师傅|销售)\s*$", re.IGNORECASE)  # 跟我们 engineer Kevin
# one of ours sent to them: Send Rico out tomorrow 7am
_SEND_BEFORE = re.compile(r"(?i:\b(?:send|sending|sent|dispatch(?:ed)?|get)\s+)$")
_OUT_AFTER = re.compile(r"(?i:\s+(?:out|over|round|around|down)\b)")
# one of ours who dealt with them: 小刘跟他们制片通了电话
_WITH_THEM = re.compile(r"\s*(?:跟|和|给|去|帮)(?:他们|她们|对方)")


def _no_person_named(person: _Mention, text: str) -> bool:
    """Words in capitals after "the" name no one: the Elk Grove freezer building (a place
    said as a noun's modifier)."""
    return person.kind == "en" and text[max(0, person.start - 4):person.start] == "the " \
        and re.match(r"\s+[a-z]{3,}", text[person.end:]) is not None
# who forwarded the note: Fwd: from Carla (ops)
_FORWARDED_BY = re.compile(r"\s*(?:fwd?|fw)\s*:?\s*(?:from\s+)?$", re.IGNORECASE)
# someone who is no longer there: 之前那个王姐离职了, Jane has left the company, now that
# Lerato left
_GONE = re.compile(r"\s*(?:已经|已)?\s*(?:离职|辞职|调走了|退休了|不干了|不在那了|不在了)|"
                   r"(?i:\s+(?:has\s+|had\s+)?(?:left\s+(?:the\s+(?:company|firm)|them)|left(?=\s*[?.!,;]|$)|"
                   r"resigned|retired|quit\b))")


def _someone_at(company: _Mention, mentions: list[_Mention], text: str) -> _Mention | None:
    """The person a memo about a company names (拜访了蓝海科技，刘经理说…; Visited Copperleaf
    Hotels… GM Carlos Mendez is open to switching): that company's contact — one named
    with a role first (their CFO Jane Doe), then the first full name."""
    only_roled = not company.company and not (
        len(company.name.split()) > 1 and en_place(company.name))
    if only_roled and not _a_known_firm(company) \
            and not _ACCOUNT_LABEL.search(text, max(0, company.start - 12), company.start):
        return None  # (a mall, a plaza, a tower has its people too: Jollyville Mall's Carla)
    people = [m for m in mentions if m is not company and m.person and m.known is None
              and not _ITS_THING.match(text, m.end) and not _GONE.match(text, m.end)
              and not _OUR_CREW.search(text, max(0, m.start - 20), m.start)
              and not _FORWARDED_BY.match(text[:m.start])
              and not _WITH_THEM.match(text, m.end) and not _no_person_named(m, text)
              and not (_SEND_BEFORE.search(text, max(0, m.start - 12), m.start)
                       and _OUT_AFTER.match(text, m.end))  # Send Rico out: our tech
              and not (m.start < company.end and company.start < m.end)]  # (Avnet, read as
    # the known Avnet Asia, is no person of its own)
    # a known person named at the company with their role (物业经理刘志华, 校长方丽) or met
    # there (在味佳食品的门店跟何丽萍聊了): its person too
    staff = [m for m in mentions if m.known is not None and m.start > company.start
             and m.person and (ROLE_BEFORE.search(text, 0, m.start) or _SEEN_THERE.search(
                 text, max(0, m.start - 2), m.start) or _THEIR.search(
                 text, 0, m.start) or (_MET_WITH.search(text, 0, m.start)
                                       and _MEAL.match(text, m.end)))]
    explicit = [m for m in people if ROLE_BEFORE.search(text, 0, m.start)
                or _ROLE_IS.search(text, max(0, m.start - 30), m.start)
                or _THE_ROLE_AFTER.match(text, m.end)
                or _APPOSITIVE.search(text, max(0, m.start - 80), m.start)]
    if only_roled:  # a known name that may be a person's: only someone named with a role
        return explicit[0] if explicit else None
    roled = explicit or staff or [
        m for m in people if " " not in m.name and (_ADDRESSED.search(text, 0, m.start)
                                                    or _ACTS.match(text, m.end)
                                                    or (_MET_WITH.search(text, 0, m.start)
                                                    and _MEAL.match(text, m.end)))]
    if len(roled) > 1:  # two of theirs named with roles: the one our task goes to (…发给 Rachel)
        roled.sort(key=lambda m: not _sent_to(m.name, text))
    speakers = {m.name for m in people if m.kind == "title" and speaks_after(text, m.end)}
    same_surname = bool(roled) and has_cjk(roled[0].name) and any(
        said[:1] == roled[0].name[:1] for said in speakers)  # 孙海涛 … 孙经理说: one person
    if roled and len(speakers) == 1 and roled[0].name not in speakers and not _sent_to(
            roled[0].name, text) and not same_surname:
        # 见到了刘经理和设备主管小何。刘经理说…: the one who speaks
        roled = [next(m for m in people if m.name in speakers)]
    chosen = roled[0] if roled else next(
        (m for m in people if m.kind == "title"), None) or next(
        (m for m in people if m.kind != "en" or " " in m.name or HONORIFIC.match(m.name)), None)
    if chosen is not None and " " not in chosen.name:  # Sandra for Sandra Kwok named before
        chosen = next((m for m in people if m.name.startswith(chosen.name + " ")), chosen)
    if chosen is not None and chosen.kind == "title":  # 刘经理 for 刘志华, named in full
        return next((m for m in people + staff if m.kind in ("person", "known")
                     and m.name[:1] == chosen.name[:1]), None) or _full_name_after_role(
            chosen, text) or chosen
    return chosen


# a full name after the role it holds: 物业经理孙海涛, 康复科主任黄立群今天…
_ZH_ROLE_THEN = re.compile(r"(?:经理|主任|主管|总监|处长|科长|院长|校长|园长|店长|厂长|部长|书记)")
_AFTER_GIVEN = frozenset("说讲问要想在是和跟的了也都就还对把给")


def _full_name_after_role(title: _Mention, text: str) -> _Mention | None:
    """The title's person named in full after their role elsewhere in the memo (物业经理孙海涛
    … 孙经理说: 孙海涛)."""
    for role in _ZH_ROLE_THEN.finditer(text):
        start = role.end()
        said = text[start:start + 3]
        if start == title.start or len(said) < 2 or said[0] != title.name[0] \
                or not all("\u4e00" <= ch <= "\u9fff" for ch in said[:2]):
            continue
        size = 3 if len(said) == 3 and "\u4e00" <= said[2] <= "\u9fff" \
            and said[2] not in _AFTER_GIVEN else 2
        return _Mention(start, start + size, text[start:start + size], "person")
    return None


# a name, then the role it holds: Maria the manager, Ken the owner
_THE_ROLE_AFTER = re.compile(
    rf"\s+the\s+(?:[\w-]+\s+)?{_EN_ROLE}\b|,?\s+(?:from|in|of)\s+their\b|"
    # Beverly in purchasing, Hafiz (procurement)
    rf"\s+(?:in|from|at)\s+(?:the\s+)?{DEPARTMENTS}\b(?!\s+(?-i:[A-Z]))|"
    rf"\s*\(\s*(?:[\w-]+\s+){{0,3}}(?:{_EN_ROLE}|{DEPARTMENTS})\b[^()]{{0,30}}\)",
    re.IGNORECASE)
# someone said to be theirs: 给他们的 Alice Wu, their Alice
_THEIR = re.compile(r"(?:他们的|她们的|对方的|(?i:\btheir))\s*$")
# whom our task is sent or said to: 发给 Emily, send Lily the price list, email Gary
_SENT_TO = re.compile(
    r"(?:发给|交给|寄给|转给|回复|过去找|(?i:\b(?:send|sent|email|e-mail|call|ring|text|ping)(?:\s+\w+){0,3}"
    r"\s+to|\b(?:send|email|e-mail|call|ring|text|ping|tell|ask|remind)))\s*$", re.ASCII)


def _addressee(person: _Mention, mentions: list[_Mention], text: str) -> _Mention | None:
    """Another of theirs, named beside `person`, whom the memo's task is sent to."""
    def same(a: str, b: str) -> bool:  # Aisling is Dr. Aisling Ryan; 刘总 is 刘总监; 黄主任
        return a.startswith(b) or b.startswith(a) or bool(set(a.split()) & set(b.split())) \
            or (has_cjk(a) and a[:1] == b[:1])  # is 黄立群

    others = {m.name: m for m in mentions if m.person and m.known is None
              and not same(m.name, person.name) and not _ITS_THING.match(text, m.end)}
    sent = [m for m in others.values() if _sent_to(m.name, text)]
    sent = [next((m for m in others.values() if m.name.startswith(s.name + " ")), s)
            for s in sent]  # Email Jo: Jo Marsh, named in full before
    if len({m.name for m in sent}) != 1 or _sent_to(person.name, text):
        return None
    return sent[0]


def _sent_to(name: str, text: str) -> bool:
    return any(_SENT_TO.search(text, max(0, m.start() - 30), m.start())
               for m in re.finditer(re.escape(name), text))


# a name set off by commas after a role or a company: Portobello Orthodontics' practice
# manager, Gráinne,; the estates manager at Hackney Homes Trust, Paul,; the owner, Kenny,
_APPOSITIVE = re.compile(
    rf"\b{_EN_ROLE}(?:\s+(?:of|at|for)\s+[^,.;]{{1,40}}|\s+[A-Z][A-Za-z]+)?\s*[,(]\s*$|"
    rf"\b{_EN_ROLE}\s*(?:是|叫|:|：|\bis\b)\s*$|"  # store manager 是 Priya
    r"(?:老板娘|老板|店长|主厨|厨师长|采购|PM|负责人|对接人|联系人|(?i:contact|poc))\s*(?:是|叫|is|:|：)?\s*$|"
    r"(?i:procurement|purchasing|finance|accounts|ops|IT|HR|reception)\s*\(\s*$",
    re.IGNORECASE)
# with a first name over a meal or a meeting: 今晚和 Sandra 吃饭, lunch w/ Sandra
_MET_WITH = re.compile(r"(?:和|跟|同|\bwith|\bw/)\s*$", re.IGNORECASE)
_MEAL = re.compile(r"\s*(?:吃饭|开会|见面|聊|喝|lunch|dinner|coffee|meeting|call|\W|$)",
                   re.IGNORECASE)


# a known person seen at the company: 去Smile Dental Centre見黃醫生
_SEEN_THERE = re.compile(r"(?:见|見|找)\s*$")
# a first name alone is a person when someone is addressed by it: call Martin at 5,
# 他们 HR 的 Linda, 给 Kevin 发
_ADDRESSED = re.compile(
    r"(?:\b(?:send|get|give|hand|pass|forward|email|e-mail|mail|post|courier|bring|deliver|"
    r"show)\b[^.,;]{0,30}\bto|\b(?:send|tell|show|showed|give|gave)|"
    r"\bcollect\b[^.,;]{0,30}\bfrom|发给|交给|寄给|"
    r"\b(?:call|ring|phone|email|e-mail|ping|text|txt|msg|dm|whatsapp|message|meet|met|ask|tell|remind|called|"
    r"nudge|nudged|"
    r"rang|emailed|texted|pinged|messaged|asked|told|named|talked\s+to|spoke\s+(?:to|with)|"
    r"speak\s+(?:to|with)|talk\s+to|(?:chatted|talked|spoke)\s+(?:to|with|w/?)|trained|"
    r"got\s+through\s+to)|"
    r"\b(?:voicemail|vm|message|note)\s+for|\bask\s+for|\bvia|约|问|的|叫|名叫|找|"
    r"\bput\s+(?:me|us)\s+through\s+to|\bleft|\bgot|"
    r"\b(?:call|ring|phone|get|circle|email|write)\s+back(?:\s+to)?|\bfollow\s+up\s+with|"
    r"\bcheck\s+in\s+with|\breach\s+out\s+to|\brevert\s+to|\b(?:thank|invite|brief|cc|loop\s+in)|"
    r"\b(?:attn:?|attention|c/o)|\bname(?:'s|\s+is))\s*$",
    re.IGNORECASE | re.ASCII)  # ASCII: 再call Wendy, a word boundary after Chinese too
# a first name that acts: Jessica 打电话来投诉, Marco … called, Liz said
_ACTS = re.compile(
    r"\s*(?:there\s+|here\s+)?(?:(?:今早|今天|昨天|昨晚|刚才|刚刚|上午|下午|早上|晚上)\s*"
    r"(?:在\s*)?(?:(?i:whatsapp|wechat|line|email|e-mail|telegram)|微信|电话|邮件|短信)?\s*"
    r"(?:里|上)?\s*)?(?:打电话|打来|来电|电话说|说|话(?![题费筒术])|投诉|反馈|回复|问|要|想|同意|确认|签收|call我|wechat我|"
    r"called|calld|said|says|told|tells|emailed|texted|wants|needs|asked|replied|confirmed|agreed|"
    r"loved|liked|"
    r"showed|gave|took|introduced|offered|mentioned|explained|complained|shared|signed|approved|"
    r"ordered|placed|invited|promised|wrote|let\s+(?:me|us)|paid|pays|handed|phoned|"
    r"was\s+(?:delighted|happy|pleased|thrilled|impressed|keen|upset|unhappy|annoyed)|will\b|'ll\b|"
    r"has\s+(?:sent|asked|agreed|approved|confirmed)|"
    r"msg'd|messaged|rang)", re.IGNORECASE)




def find_customer(
    text: str, lang: str, customers: Sequence[KnownCustomer] = (), masked: str | None = None
) -> CustomerGuess:
    """The customer `text` is about; known customers win over new names.

    `masked` is the text with its times and amounts blanked out (where names are looked
    for, so that 明天下午4点去星耀科技 gives 星耀科技); it defaults to `text`.
    """
    del lang  # names of both scripts are read in every memo
    found = _find_customer(text, customers, masked)
    if found.is_new and found.name and re.search(r"\w['’]s$", found.name):
        found = replace(found, name=found.name[:-2], end=found.end - 2)  # Les Mills Takapuna's
    if (found.name is None or found.contact is None) and _shouted(text):
        as_cased = _cased(text)
        cased = _as_written(text, as_cased, _find_customer(
            as_cased, customers, _cased(masked) if masked else None))
        if cased.contact is not None and not _named_in_capitals(text, as_cased, cased.contact):
            cased = replace(cased, contact=None)  # 3 VANS BROKEN DOWN: no one
        if found.name is None or (cased.name == found.name and cased.contact is not None) \
                or (cased.name and cased.name != found.name
                    and found.name.upper().endswith(" " + cased.name.upper())):
            # MET AHMAD YUSOF AT SUNSHINE BAKERIES: its person too; DAVE AT RIVERBEND
            # CONSTRUCTION LLC: read in capitals, the person ran into the company's name
            found = cased
    if found.name is not None and found.contact is None:
        person = _terse_contact(text) or _lower_case_contact(text, found) \
            or _person_then_company(text, found.name)
        if person is not None:
            return replace(found, contact=person)
    return found


# a person written in lower case beside their company, as voice notes and quick typing
# leave them: tony from kinetic fitness, met w/ priya at kestrel logistics, coquitlam
# dental centre brenda wants…, kitsilano daycare joanne called, email sandra tomorrow
_LOWER_BEFORE = re.compile(
    r"(?:^|[\s,.;:/(])((?:(?:dr|doctor|mr|mrs|ms)\.?\s+)?(?:[a-z]{3,}\s+)?[a-z][a-z']{2,})\s+"
    r"(?:from|frm|fr|at|@|of)\s+(?:the\s+)?$")
# a role then a name in lower case: call their ops director aisha rahman at 10
_LOWER_ROLE_THEN = re.compile(
    r"\b(?:director|manager|owner|buyer|gm|ceo|cfo|coo|head|founder|principal|supervisor)\s+"
    r"([a-z]{3,})(?![\w-])(?:\s+([a-z]{3,})(?![\w-]))?")
_LOWER_AFTER = re.compile(
    r"\s*(?:[,/:-]\s*)?([a-z]{3,})(?:\s+([a-z]{3,}))?\s+(?:said|says|called|emailed|texted|"
    r"wants|wanted|asked|rang|signed|confirmed|replied|mentioned|msg'?d|messaged)\b")
_LOWER_APPOSITIVE = re.compile(r"\s*,\s*([a-z]{3,})()\s*,")
# a name, then the role it holds, later in a voice note: …fixed their stand dave the
# workshop manager there wants a quote
_LOWER_THE_ROLE = re.compile(r"\W+(?:[a-z]+,?\s+){0,8}?([a-z]{3,})()\s+the\s+(?:[a-z]+\s+)?"
                             r"(?:manager|owner|director|buyer|boss|gm|supervisor|head)\b")
_LOWER_ADDRESSED = re.compile(
    r"\b(?:email|e-mail|call|text|ping|ring|message|msg|tell|ask|remind|w/|with|"
    r"(?:talked|spoke|chatted)\s+(?:to|with|w/?))\s+([a-z]{3,})\b")


# a person with their role and company in brackets: Dean (ops manager, Surfers Bay
# Apartments), Aisha (Ikeja Mall facilities)
_PERSON_BRACKETED = re.compile(
    r"(?<![A-Za-z])(?P<p>(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)\s*"
    r"[(（](?P<in>[^()（）]{2,80})[)）]")


def _person_then_company(text: str, name: str) -> str | None:
    for match in _PERSON_BRACKETED.finditer(text):
        if name.lower() in match.group("in").lower() and not _not_a_name(match.group("p")) \
                and match.group("p").lower() not in EN_STOP:
            return match.group("p")
    return None


def _lower_case_contact(text: str, found: CustomerGuess) -> str | None:
    name = found.name or ""
    if not name.isascii():
        return None
    start, end = _written_span(text, name, found)
    if start < 0:
        return None
    own = {w.lower() for w in name.split()}

    def person(*words: str | None) -> str | None:
        kept = [w for w in words if w]
        if not kept or any(w in own or _not_a_name(w) or w in _LOWER_NOT_NAMES for w in kept):
            return None
        return " ".join(w.capitalize() for w in kept)

    if text[start:end] != text[start:end].lower():
        # written with capitals, its people were read as names already, unless one is in
        # lower case right before it: mtg w carla frm Pinecrest HOA
        said = _LOWER_BEFORE.search(text, max(0, start - 40), start)
        if said is not None and said.group(1).islower() \
                and _LOWER_HONORIFIC.match(said.group(1)):  # spoke w/ mr tan @ EduStar
            return _titled(person, said.group(1))
        word = said.group(1).split()[-1] if said else ""
        at = said.end(1) - len(word) if said else 0
        return person(word) if said and word.islower() \
            and _PERSON_BEFORE_LOWER.search(text, max(0, at - 12), at) else None

    before = _LOWER_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and _A_THING_BEFORE.search(text, max(0, before.start(1) - 8),
                                                     before.start(1)):
        before = None  # the drop tower at funfield park: a thing there, no one
    after = _LOWER_AFTER.match(text, end) or _LOWER_APPOSITIVE.match(text, end) \
        or _LOWER_THE_ROLE.match(text, end)
    found_person = (_titled(person, before.group(1)) if before else None) or (
        (person(after.group(1), after.group(2)) or person(after.group(1))) if after else None)
    if found_person is None:
        roled = _LOWER_ROLE_THEN.search(text, end)
        found_person = (person(roled.group(1), roled.group(2)) or person(roled.group(1))) \
            if roled else None
    if found_person is None and not any(ch.isupper() for ch in text):
        found_person = next((p for m in _LOWER_ADDRESSED.finditer(text)
                             if (p := person(m.group(1))) is not None), None)
    return found_person


_A_THING_BEFORE = re.compile(r"\b(?:the|a|an|our|their|its)\s+$")
# what a lower-case first name follows: mtg w carla, met tasha, spoke to ken
_PERSON_BEFORE_LOWER = re.compile(
    r"(?:\bw/?|\bwith|\bmet|\bto|\bcall(?:ed)?|\bemail(?:ed)?|\btexted|\bask(?:ed)?|\btell)\s+$",
    re.IGNORECASE)
_LOWER_NOT_NAMES = frozenset((
    "them", "him", "her", "his", "their", "back", "again", "someone", "everyone", "anyone",
    "the", "this", "that", "they", "she", "he", "you", "yours", "ours", "client", "customer",
    "office", "store", "shop", "site", "team", "boss", "tomorrow", "today", "tonight", "later",
    "soon", "first", "about", "regarding", "before", "after", "and", "not", "just", "only"))


def _titled(person: Callable[..., str | None], said: str) -> str | None:
    """dr orla fitzgerald -> Dr Orla Fitzgerald; orla fitzgerald; fitzgerald."""
    words = said.split()
    title = words[0].rstrip(".") if words[0].rstrip(".") in ("dr", "doctor", "mr", "mrs", "ms") \
        else None
    names = words[1:] if title else words
    found = person(*names) or (person(names[-1]) if len(names) > 1 else None)
    dot = "." if words[0].endswith(".") else ""  # dr. patel: as written
    return f"{title.capitalize()}{dot} {found}" if found and title else found


def _written_span(text: str, name: str, found: CustomerGuess) -> tuple[int, int]:
    """Where a known name stands in the memo as written (in any case, perhaps shortened:
    hackney homes for Hackney Homes Trust)."""
    lowered = text.lower()
    words = name.lower().split()
    if found.start >= 0 and found.end > found.start:
        start, end = found.start, found.end
    else:
        at = re.search(r"\b" + re.escape(words[0]) + r"\b", lowered)
        if at is None:
            return -1, -1
        start, end = at.start(), at.end()
    for word in words[len(lowered[start:end].split()):]:
        more = re.match(r"\s+([a-z.&]+)", lowered[end:])
        if more is None or not _shortens(more.group(1).rstrip("."), word):
            break
        end += more.end()
    return start, end


def _shortens(written: str, word: str) -> bool:
    """Whether a written word is `word` or a short form of it: med, grp, intl, Co."""
    if not written or written[0] != word[0]:
        return False
    rest = iter(word)
    return all(ch in rest for ch in written)


# a CRM-style line: "Lakefront Courier Co / Sharon (ops) / renewal talk / next Mon 9am",
# "prairie line trkg / call w dave / 20 more units": its person is the field after the
# customer's, or the one a call is with
_FIELDS = re.compile(r"\s+/\s+")
_TERSE_PERSON = re.compile(r"([A-Za-z][a-z]{2,}|[A-Z][a-z])(?:\s*\([^)]{1,20}\))?")
_TERSE_WITH = re.compile(r"\b(?:w/?|with|call|ask|tell|email|text)\s+([a-z][a-z]{2,})\b")


def _terse_contact(text: str) -> str | None:
    fields = _FIELDS.split(text.strip())
    if len(fields) < 3:
        return None
    for field in fields[1:3]:
        alone = _TERSE_PERSON.fullmatch(field.strip())
        said = alone or _TERSE_WITH.search(field)
        if said is not None and not _not_a_name(said.group(1)):
            return said.group(1).capitalize()
    return None


def _not_a_name(word: str) -> bool:
    low = word.lower()
    return low in EN_ROLES or common_word(low)


def _goes_on_otherwise(said: _Mention, known: str, subjects: list[_Mention], text: str) -> bool:
    """Whether a name that sounds like a known one goes on into a new company's name the
    known one does not end with (东莞绿荫园林工程有限公司 is no 东莞绿茵体育设施有限公司)."""
    return any(m.known is None and m.kind == "company" and m.start <= said.start
               and m.end > said.end and _ZH_LEGAL_FORM.sub("", text[said.end:m.end])
               not in known for m in subjects)


def _at_a_company_said_before(person: _Mention, mentions: list[_Mention], text: str) -> bool:
    """Whether a company by its legal or trade ending is named before this person in their
    sentence (去了趟星河置业，行政部的周姐…; 在仁和医院门口等程主任): the person is its
    contact, not the known customer of that surname."""
    left, _ = bounds(text, person.start, person.end, SENTENCE_END)
    return any((m.kind == "company" or (m.known is not None and m.company))
               and left <= m.start < person.start for m in mentions) \
        or any(m.kind == "en" and left <= m.start and _THEIRS_BEFORE.fullmatch(
            text, m.end, person.start) for m in mentions)  # Neway的purchasing王小姐


# what stands between a company and its person: 的, 嘅, and a role in English
_THEIRS_BEFORE = re.compile(r"\s*(?:的|嘅|那边的?|那邊的?)\s*(?:[A-Za-z]+\s*)?")


_LOWER_HONORIFIC = re.compile(r"\b(?:dr|mr|mrs|ms)\.?\s+([a-z][a-z'’-]+)\b")


def _surname_of(name: str, surname: str) -> bool:
    """Whether a known person's name has this surname: Jane Lau, or Lau Chi Wai (the surname
    first, as Hong Kong and Singapore write Chinese names)."""
    words = name.lower().split()
    return len(words) >= 2 and (words[-1] == surname or (
        words[0] == surname and roman_surname(surname)))


_OPENING = re.compile(
    r"^\W*(?:(?:今天|昨天|上午|下午|晚上)?\s*(?:拜访了|拜访|去了|去|见了|和|跟|在)\s*|"
    r"(?i:(?:met|visited|called|met\s+with|visit\s+to|meeting\s+with|call\s+with)\s+))?$")


def _opening_company(subjects: list[_Mention], text: str) -> _Mention | None:
    """The new company a memo opens with (海王星辰 POS 升级 meeting…, 上午拜访了老百姓大药房…)."""
    first = subjects[0] if subjects else None
    if first is None or first.known is not None or not first.company:
        return None
    return first if _OPENING.match(text[:first.start]) else None


# what introduces a new customer by name: 新客户陈嘉欣, new lead: Tony Russo
_NEW_ONE = re.compile(
    r"(?:新客户|新客|(?i:\bnew\s+(?:client|customer|lead|prospect)))\s*(?:叫)?\s*[:：,，-]?\s*$")
# a name the memo calls the customer: 见客户刘先生, 客户叫周凯
_CALLED_CUSTOMER = re.compile(r"(?<![老大新])客户\s*(?:叫)?\s*[:：,，]?\s*$")


# what puts a known person at a known company named after them: at, from, has moved to,
# told me that…
_WORKS_AT = re.compile(
    r"(?i:\s*(?:at|from|of|@)\s+(?:the\s+)?|[^.;!?。；！？]{0,30}?\b(?:told\s+me|moved\s+to|joined|"
    r"works?\s+(?:at|for)|is\s+now\s+at)\b[^.;!?。；！？]{0,20}?)")


_SET_APART_AFTER = re.compile(r"\s*(?:那家)?\s*(?:没关系|没有关系|无关|不是一家|不是同一家)")
_SET_APART_BEFORE = re.compile(
    r"(?:不是|並非|并非|(?i:\b(?:not|un)\s*related\s+to\s+(?:the\s+|our\s+)?|"
    r"\bnot\s+(?:the\s+same\s+as\s+(?:the\s+|our\s+)?|the\s+|our\s+)?|"
    r"different\s+(?:company|firm|business)\s+"
    r"(?:from|to|than)\s+|nothing\s+to\s+do\s+with\s+(?:the\s+)?))\s*$")


# a firm's people said after its name: Country Road 的 sourcing manager (no road, a firm)
_ITS_PEOPLE = re.compile(
    r"\s*(?:的|嘅)\s*(?:[A-Za-z]+\s+)?(?:manager|buyer|owner|director|head|boss|purchasing|"
    r"procurement|采购|经理|老板|总监|负责人|老细)", re.IGNORECASE)


# a role people are called by with their surname: Pastor Delgado, Coach Billings
_ROLE_TITLE = re.compile(
    "(?:" + "|".join(sorted((w.capitalize() for w in ADDRESSED_BY_ROLE | {"rev", "reverend"}),
                            key=len, reverse=True)) + r")\.?\s+")


_A_SITE_AT = re.compile(r"\bat\s+$")
_SITES = frozenset(("mall", "plaza", "tower", "towers", "building", "residences", "apartments"))


def _find_customer(  # noqa: C901, PLR0911, PLR0912, PLR0915 - the contract's order of rules
    text: str, customers: Sequence[KnownCustomer], masked: str | None
) -> CustomerGuess:
    index = _index(tuple(customers))
    mentions = _mentions(text, masked if masked is not None else text, index)
    pairs = _pairs(text, mentions)
    contacts = {id(person) for person in pairs.values()}
    subjects = [m for m in mentions if id(m) not in contacts]

    def guess(mention: _Mention, name: str, **kw: object) -> CustomerGuess:
        as_known = _Mention(mention.start, mention.end, mention.name, "known", name,
                            mention.place) \
            if not kw.get("is_new") else mention  # Greenleaf for Greenleaf Dental: a company
        paired = [pairs[m.start] for m in mentions if m.start in pairs
                  and (m is mention or (m.known is not None and m.known == name))]
        person = paired[0] if paired else _someone_at(as_known, mentions, text)
        if person is not None:  # 见了蒋总和QC的Emily…发给 Emily: the one our task goes to
            person = _addressee(person, mentions, text) or person
        if person is not None and " " not in person.name and person.kind == "en":
            person = next((m for m in mentions if m.person and m.known is None and m is not person
                           and person.name in m.name.split()), person)  # Lisa: Dr. Lisa Grant
        if person is not None and person.name == mention.name:
            person = None  # the customer as written (a typo of a known name) is no contact
        contact = person.known or person.name if person is not None else None
        return CustomerGuess(name=name, start=mention.start, end=mention.end, contact=contact,
                             **kw)  # type: ignore[arg-type]

    # a known name the memo sets apart from the one it is about (跟粤香楼没关系, 不是龙江供水那家,
    # not the Coal Haulers we supply): neither it nor a look-alike of it is the customer
    apart = {m.known for m in subjects if m.known is not None and (
        _SET_APART_AFTER.match(text, m.end) or _SET_APART_BEFORE.search(text, 0, m.start))}
    known = [m for m in subjects if m.known is not None  # 凯悦酒店对面: a landmark; 原来合作的
             and m.known not in apart
             and not _NOT_THEIRS_AFTER.match(text, m.end)  # 大参林, vs Okta: a competitor
             and not _NOT_THEIRS_BEFORE.search(text[max(0, m.start - 40):m.start])]
    apart |= {m.known for m in subjects if m.known is not None and m not in known
              and _COMPARED_WITH.search(text, max(0, m.start - 12), m.start)}  # 对比一下爱帝宫
    introduced = next((m for m in subjects if m.known is None
                       and _NEW_ONE.search(text, max(0, m.start - 16), m.start)), None)
    if introduced is not None:  # 新客户陈嘉欣在Novena开了间skin clinic: the new one named
        return guess(introduced, introduced.name, is_new=True)
    opening = _opening_company(subjects, text)
    if opening is not None and ((known and opening.start < known[0].start) or apart):
        # 老百姓大药房的工程部… 我把给大参林做的案例发给他了: the memo is about the company
        # it opens with; the known one is a reference
        return guess(opening, opening.name, is_new=True)
    if known and len(known[0].name) < len(known[0].known or ""):
        # 瑞丰大厦一楼大象咖啡: a known name said in full beats another's short form (瑞丰)
        whole = [m for m in known if m.known and m.name.lower() in (
            m.known.lower(), _EN_LEGAL.sub("", m.known).lower())  # Northfield Roofing (Ltd)
                 and not (known[0].company and _looks_like_person_name(m.known))]  # 采购部王伟
        known = whole + [m for m in known if m not in whole]
    firm = next((m for m in known[1:] if m.company and known[0].person
                 and _WORKS_AT.fullmatch(text, known[0].end, m.start)), None) if known else None
    if firm is not None:  # Victor Leung told me Tsuen Wan Metalworks has no budget: the
        return replace(guess(firm, firm.known or ""), contact=known[0].known)  # firm, its man
    if known:
        others = tuple(dict.fromkeys(m.known for m in known[1:] if m.known != known[0].known))
        return guess(known[0], known[0].known or "", candidates=others)
    early = _by_sound(text, index) if index.pinyin else None
    if early is not None and early.known is not None and early.known not in apart \
            and len(early.name) >= 3 \
            and not _goes_on_otherwise(early, early.known, subjects, text):
        # 视介优品 for the known 视界优品, before 周总 is guessed at by surname
        return guess(early, early.known, guessed=True)
    typed = _by_pinyin(text, index) if index.pinyin else None
    person = next((m for m in subjects if typed is not None and m.person
                   and m.start >= typed[1] and _COMPANY_THEN_PERSON.fullmatch(
                       text, typed[1], m.start)), None)
    if typed is not None and person is not None:  # jinding 的 刘总: the company, its person
        return CustomerGuess(name=typed[0], contact=person.name)
    for mention in subjects:
        if mention.kind in ("title", "familiar") and customers \
                and not _at_a_company_said_before(mention, mentions, text):
            matches = _by_surname(NameHit(mention.name, mention.start, "title"), customers)
            if len(matches) == 1:
                return guess(mention, matches[0], guessed=True)
            if matches:
                return guess(mention, mention.name, is_new=True, candidates=tuple(matches),
                             ambiguous=True)
    for mention in subjects:  # Mrs. Okafor: the one known customer of that surname
        honored = HONORIFIC.match(mention.name) or _ROLE_TITLE.match(mention.name)
        if honored and customers and not _at_a_company_said_before(mention, mentions, text):
            surname = mention.name[honored.end():].strip(". ").lower()
            same = {c.name for c in customers if _surname_of(c.name, surname)}
            if len(same) == 1:
                return guess(mention, same.pop(), guessed=True)
    for said in _LOWER_HONORIFIC.finditer(text) if customers else ():  # call dr goh tmrw
        same = {c.name for c in customers if _surname_of(c.name, said.group(1))}
        if len(same) == 1:
            return CustomerGuess(name=same.pop(), start=said.start(), end=said.end(),
                                 guessed=True)
    if index.pinyin:
        if typed is not None:  # read once, above
            return CustomerGuess(name=typed[0])
        sound = early
        if sound is not None and sound.known is not None and sound.known not in apart \
                and not _goes_on_otherwise(sound, sound.known, subjects, text):
            return guess(sound, sound.known, guessed=True)
    if customers:
        for mention in subjects:
            name = _by_fuzzy(NameHit(mention.name, mention.start, mention.kind), index)
            if name is not None and name not in apart:
                return guess(mention, name, guessed=True)
        if not subjects and index.first_words:
            name = _by_lower_words(text, index)
            if name is not None:
                return CustomerGuess(name=name, guessed=True)
        if not subjects and _caseless(text):
            name = _by_words_near(text.lower(), index)
            if name is not None:  # MAPEL LEAF CO-PACKERS SIGNED: Maple Leaf Co-Packers
                return CustomerGuess(name=name, guessed=True)
    named = [m for m in subjects if not (m.kind == "en" and m.name.lower() in _COMMON)
             and (m.known is None or m.known not in apart)]
    subjects = [m for m in named if not (m.kind == "en" and en_place(m.name)
                                         and not _ITS_PEOPLE.match(text, m.end))] or [
        m for m in named if _A_SITE_AT.search(text, max(0, m.start - 4), m.start)
        and len(m.name.split()) > 2 and m.name.split()[-1].lower() in _SITES]
    # Green beans, Best month: no one; a place alone is none either, but a site visit at Al
    # Noor Mall is the mall's
    if subjects:  # a new name: a company with its person named beside it first (Peter
        # Schmidt，Bosch 的 buyer), then a company (远航国际货代的孙经理来电话), then the first
        first = next((m for m in subjects if _CALLED_CUSTOMER.search(
            text, max(0, m.start - 8), m.start)), None) \
            or next((m for m in subjects if m.start in pairs), None) \
            or next((m for m in subjects if m.company), None) \
            or next((m for m in subjects if m.kind != "en" or " " in m.name), subjects[0])
        return guess(first, first.name, is_new=True)
    return CustomerGuess()
