"""Import results."""

from __future__ import annotations

from html import escape

from bot.i18n import N_, Translator
from bot.services.imports import ImportReport

PROBLEMS = {
    "too_large": N_("the file is too large (5 MB at most)"),
    "too_many_rows": N_("the file has too many rows (20,000 at most)"),
    "empty_file": N_("the file is empty"),
    "not_csv": N_("this is not a CSV file (save it from Excel as CSV)"),
    "bad_encoding": N_("the file's text encoding can't be read (use UTF-8)"),
    "bad_csv": N_("the file is not valid CSV"),
    "no_name_column": N_("no name column (姓名 / 客户 / name) in the first row"),
    "no_rows": N_("no customers in the file"),
    "internal_error": N_("the file could not be read"),
    "missing_name": N_("no name"),
    "bad_tier": N_("unknown tier (VIP, 重要, 普通, 潜在)"),
    "bad_email": N_("not an e-mail address"),
    "bad_phone": N_("not a phone number"),
    "too_long": N_("too long"),
    "duplicate_in_file": N_("the same customer twice in the file"),
    "bad_birthday": N_("unreadable birthday"),
    "unknown_owner": N_("no such member in the team"),
}
SHOWN = 20


def import_report(t: Translator, report: ImportReport) -> str:
    """✅ what was stored, or ❌ why nothing was, line by line."""
    if report.stored:
        return t("✅ Imported %(rows)s customers: %(created)s new, %(updated)s updated.",
                 rows=report.rows, created=report.created, updated=report.updated)
    lines = [t("❌ Nothing was imported. Fix these and send the file again:")]
    for p in report.problems[:SHOWN]:
        reason = t(PROBLEMS.get(p.code, N_("the file could not be read")))
        value = f" “{escape(p.value)}”" if p.value else ""
        where = t("Line %(line)s", line=p.line) if p.line else t("File")
        lines.append(f"• {where}: {reason}{value}")
    if len(report.problems) > SHOWN:
        lines.append(t("…and %(n)s more.", n=len(report.problems) - SHOWN))
    return "\n".join(lines)
