"""Cell helpers for the streaming (write-only) workbook: styles and safe text.

Plain values are passed to openpyxl as they are (the fast path); only cells that
need a style (dates, amounts, wrapped or guarded text, the header) become cells.
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from decimal import Decimal

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# A cell that starts with one of these is read by Excel (or LibreOffice, or a CSV
# re-import) as a formula: user text that does is written as quoted text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
AMOUNT_FORMAT = "#,##0.00"
WRAP_OVER = 35  # characters: shorter one-line text fits its column and is not wrapped

_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
_WRAP = Alignment(wrap_text=True, vertical="top")

Value = str | int | Decimal | Cell | None


def clean_text(value: str) -> str:
    """Drop characters XML cannot carry and cut the text to Excel's cell limit."""
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def is_formula_like(text: str) -> bool:
    """True when Excel would take `text` for a formula if typed in or re-imported."""
    return text.startswith(FORMULA_STARTS)


class CellMaker:
    """Makes the values and styled cells of one write-only worksheet."""

    def __init__(self, ws: WriteOnlyWorksheet, tz: tzinfo) -> None:
        """Bind to `ws`; datetimes are shown in `tz`."""
        self.ws = ws
        self.tz = tz

    def header(self, text: str) -> Cell:
        """A bold, shaded header cell."""
        cell = WriteOnlyCell(self.ws, value=clean_text(text))
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGN
        return cell

    def text(self, value: str | None, *, wrap: bool = False) -> Value:
        """User text: never a formula, None when empty; with `wrap`, long or
        multi-line text wraps (short text stays a plain, unstyled cell: faster)."""
        if not value:
            return None
        text = clean_text(value)
        wrap = wrap and (len(text) > WRAP_OVER or "\n" in text)
        guard = is_formula_like(text)
        if not guard and not wrap:
            return text
        cell = WriteOnlyCell(self.ws, value=text)
        if guard:
            cell.data_type = "s"  # the value setter took it for a formula
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        if wrap:
            cell.alignment = _WRAP
        return cell

    def amount(self, value: Decimal | None) -> Value:
        """A number cell with a thousands separator and two decimals."""
        if value is None:
            return None
        cell = WriteOnlyCell(self.ws, value=float(value))
        cell.number_format = AMOUNT_FORMAT
        return cell

    def day(self, value: date | None) -> Value:
        """A date cell (no time part)."""
        if value is None:
            return None
        cell = WriteOnlyCell(self.ws, value=datetime.combine(value, time()))
        cell.number_format = DATE_FORMAT
        return cell

    def local_day(self, value: datetime | None) -> Value:
        """The local date of an aware datetime, as a date cell."""
        return None if value is None else self.day(value.astimezone(self.tz).date())

    def moment(self, value: datetime | None) -> Value:
        """An aware datetime as a naive local date-time cell (Excel has no time zones)."""
        if value is None:
            return None
        local = value.astimezone(self.tz).replace(tzinfo=None, microsecond=0)
        cell = WriteOnlyCell(self.ws, value=local)
        cell.number_format = DATETIME_FORMAT
        return cell
