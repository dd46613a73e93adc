"""Translations from the gettext catalogs in `locale/` (zh_Hans, en).

msgids are whole English sentences with named `%(x)s` placeholders. Catalogs are read
once with Babel and looked up per update: there is no process-global language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGS: Mapping[str, str] = {"zh": "zh_Hans", "en": "en"}
DOMAIN = "memocrm"


def lang_of(language_code: str | None, default: str = "zh") -> str:
    """Our language for a Telegram language_code (zh-hans, zh-TW, en-US ...)."""
    if not language_code:
        return default
    code = language_code.lower()
    if code.startswith("zh"):
        return "zh"
    return "en" if code.startswith("en") else default


@cache
def _catalog(lang: str) -> Mapping[str, str]:
    path = LOCALE_DIR / LANGS[lang] / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as fh:
        catalog = read_po(fh)
    return {
        str(m.id): str(m.string)
        for m in catalog
        if m.id and isinstance(m.string, str) and m.string and not m.fuzzy
    }


@dataclass(frozen=True)
class Translator:
    """Looks a message up in one language; falls back to the English msgid."""

    lang: str

    def __call__(self, msgid: str, **params: object) -> str:
        """The translated message with its placeholders filled."""
        text = _catalog(self.lang).get(msgid, msgid)
        return text % params if params else text


def translator(lang: str) -> Translator:
    """The translator for one of our languages (unknown ones get English)."""
    return Translator(lang if lang in LANGS else "en")


def N_(msgid: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a msgid for the catalogs where it is defined; it is translated where used."""
    return msgid
