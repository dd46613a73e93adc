"""Every text the bot sends is in both catalogs, and locale/ is data, not a package."""

from __future__ import annotations

import locale
import re
import sysconfig
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.i18n import LANGS, LOCALE_DIR, translator

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"t": None, "N_": None, "InputError": None, "NotFoundError": None,
            "ForbiddenError": None}
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _msgids_in_code() -> set[str]:
    found = set()
    for package in ("bot", "handlers"):
        for _file, _line, message, _comments, _ctx in extract_from_dir(
            ROOT / package, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            found.add(message if isinstance(message, str) else message[0])
    return found


def test_no_message_is_looked_up_where_extraction_cannot_see_it() -> None:
    # Babel extracts t("...") calls only: not inside f-strings, not translator(x)("..."),
    # so such a message would silently stay English.
    inside = re.compile(r"""f(["']).*\bt\((["'])|translator\([^)]*\)\(""")
    offenders = [f"{path}:{n}" for package in ("bot", "handlers")
                 for path in (ROOT / package).rglob("*.py")
                 for n, line in enumerate(path.read_text().splitlines(), 1)
                 if inside.search(line)]
    assert offenders == []


def _catalog(lang: str) -> dict[str, str]:
    with (LOCALE_DIR / LANGS[lang] / "LC_MESSAGES" / "memocrm.po").open("rb") as fh:
        return {str(m.id): str(m.string) for m in read_po(fh) if m.id}


def test_every_message_in_the_code_is_in_both_catalogs() -> None:
    used = _msgids_in_code()
    assert len(used) > 50
    for lang in LANGS:
        missing = used - set(_catalog(lang))
        assert not missing, f"{lang} catalog lacks {sorted(missing)}"


def test_chinese_catalog_translates_everything_with_the_same_placeholders() -> None:
    for msgid, msgstr in _catalog("zh").items():
        assert msgstr, f"untranslated: {msgid!r}"
        assert set(PLACEHOLDER.findall(msgid)) == set(PLACEHOLDER.findall(msgstr)), msgid


def test_translator_fills_placeholders_and_falls_back_to_english() -> None:
    assert translator("zh")("👤 Customer: %(name)s", name="张伟") == "👤 客户：张伟"
    assert translator("en")("👤 Customer: %(name)s", name="Jane") == "👤 Customer: Jane"
    assert translator("fr")("Today") == "Today"


def test_locale_folder_is_data_and_does_not_shadow_the_standard_library() -> None:
    assert not list((ROOT / "locale").rglob("*.py"))
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    assert Path(locale.__file__).resolve().parent == stdlib
