"""Customer CSV columns: header synonyms (Chinese and English) and field checks."""

from __future__ import annotations

import re
import unicodedata

# field -> header spellings (compared after `normalize_header`).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名称", "客户", "客户名称", "客户姓名", "客户名", "名字",
             "name", "customer", "customer name", "client", "full name"),
    "company": ("公司", "公司名称", "单位", "企业", "企业名称", "company", "company name",
                "organization", "organisation", "org"),
    "phone": ("电话", "手机", "手机号", "手机号码", "电话号码", "联系电话", "phone", "mobile",
              "tel", "telephone", "phone number", "mobile phone", "cell"),
    "email": ("邮箱", "电子邮箱", "邮件", "电子邮件", "email", "e-mail", "mail",
              "email address"),
    "wechat": ("微信", "微信号", "wechat", "weixin", "wechat id"),
    "address": ("地址", "联系地址", "公司地址", "address", "addr"),
    "industry": ("行业", "所属行业", "industry", "sector"),
    "tier": ("等级", "级别", "客户等级", "客户级别", "tier", "level", "grade"),
    "tags": ("标签", "tags", "tag", "labels"),
    "birthday": ("生日", "出生日期", "birthday", "birth date", "date of birth", "dob"),
    "owner": ("负责人", "销售", "跟进人", "业务员", "所属销售", "owner", "sales rep", "rep",
              "account owner"),
}

TIERS: dict[str, str] = {
    "vip": "vip", "重要": "important", "important": "important", "普通": "normal",
    "一般": "normal", "normal": "normal", "regular": "normal", "潜在": "potential",
    "potential": "potential", "prospect": "potential",
}

# The DB's column sizes: longer values are refused (the import is all-or-nothing).
MAX_LENGTHS = {
    "name": 200, "company": 200, "phone": 64, "email": 200, "wechat": 64,
    "address": 1000, "industry": 100, "birthday": 64, "owner": 200, "tag": 64,
}

_IGNORED_IN_HEADERS = re.compile(r"[\s_\-.*:：#\ufeff\u200b]|[(（][^)）]*[)）]")
_TAG_SPLIT = re.compile(r"[,，;；、]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_SCIENTIFIC = re.compile(r"\d(\.\d+)?e\+?\d+", re.IGNORECASE)  # 1.38E+10: Excel ate it


def normalize_header(raw: str) -> str:
    """Fold width and case and drop spaces, punctuation and bracketed notes."""
    return _IGNORED_IN_HEADERS.sub("", unicodedata.normalize("NFKC", raw).casefold())


_HEADERS = {normalize_header(spelling): field
            for field, spellings in SYNONYMS.items() for spelling in spellings}


def header_key(raw: str) -> str | None:
    """The field a header cell names ("客户名称" -> "name"), None when unknown."""
    return _HEADERS.get(normalize_header(raw))


def map_header(cells: list[str]) -> tuple[dict[str, int], tuple[str, ...]]:
    """({field: column index}, the header cells not recognised). First column wins."""
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        field = header_key(cell)
        if field is None or field in columns:
            if cell.strip():
                ignored.append(cell.strip())
            continue
        columns[field] = index
    return columns, tuple(ignored)


def parse_tier(raw: str) -> str | None:
    """"VIP" / "重要客户" / "Potential" -> the tier name; None when not a tier."""
    key = unicodedata.normalize("NFKC", raw).casefold().replace(" ", "")
    key = key.removesuffix("客户").removesuffix("customer")
    return TIERS.get(key)


def split_tags(raw: str) -> tuple[str, ...]:
    """Split on , ， ; ； 、 and drop '#', blanks and repeats (order kept)."""
    tags = (part.strip().lstrip("#").strip() for part in _TAG_SPLIT.split(raw))
    return tuple(dict.fromkeys(tag for tag in tags if tag))


def clean_phone(raw: str) -> str:
    """Undo Excel's text tricks: ="138..." and '138...; fold full-width digits."""
    value = unicodedata.normalize("NFKC", raw).strip()
    if value.startswith('="') and value.endswith('"') and len(value) > 2:
        value = value[2:-1]
    return value.removeprefix("'").strip()


def phone_ok(value: str) -> bool:
    """Has digits and is not in scientific notation (Excel's 1.38E+10)."""
    return any(ch.isdigit() for ch in value) and not _SCIENTIFIC.fullmatch(value)


def clean_email(raw: str) -> str:
    """Fold full-width characters (＠ -> @) and trim."""
    return unicodedata.normalize("NFKC", raw).strip()


def email_ok(value: str) -> bool:
    """A plausible address: something@domain.tld, no spaces."""
    return _EMAIL.fullmatch(value) is not None


def name_key(name: str) -> str:
    """What makes two names the same customer: width, case and spacing folded."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())
