"""Read a customer CSV (Chinese or English headers, as Excel or WPS save it).

Never raises: any bytes give an ImportResult. Errors are machine codes the bot
translates, with the 1-based line they are on (0 for the whole file):

file level: too_large, too_many_rows, empty_file, not_csv, bad_encoding, bad_csv,
no_name_column, no_rows, internal_error;
row level: missing_name, bad_tier, bad_email, bad_phone, too_long, duplicate_in_file.

The bot imports all or nothing, so `rows` holds every data row (valid or not,
bad fields left None) for the per-row report, and `ok` says whether to store them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from bot.exports import _csv_fields as fields
from bot.exports._csv_text import TextError, decode, sniff

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
_TEXT_FIELDS = ("company", "wechat", "address", "industry", "birthday", "owner")


@dataclass(frozen=True)
class ImportedCustomer:
    """One data row as read: `line` is its 1-based line in the file.

    Text fields are trimmed, empty ones None. `tier` is vip/important/normal/
    potential, or None when the column is empty (or unreadable: see the errors).
    """

    line: int
    name: str
    company: str | None = None
    phone: str | None = None
    email: str | None = None
    wechat: str | None = None
    address: str | None = None
    industry: str | None = None
    tier: str | None = None
    tags: tuple[str, ...] = ()
    birthday: str | None = None  # raw, as written
    owner: str | None = None  # raw, as written


@dataclass(frozen=True)
class RowError:
    """A problem: the line (0 = the whole file), a machine code, the offending value,
    and the field it is in ("tier", "email"...) when it is in one."""

    line: int
    code: str
    value: str = ""
    field: str | None = None


@dataclass(frozen=True)
class ImportResult:
    """Every data row read, every error found, and the header cells not understood."""

    rows: tuple[ImportedCustomer, ...]
    errors: tuple[RowError, ...]
    ignored_columns: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when there is something to import and nothing is wrong."""
        return bool(self.rows) and not self.errors

    @property
    def file_error(self) -> RowError | None:
        """The error that stopped the whole file, if any."""
        return next((error for error in self.errors if error.line == 0), None)

    def errors_for(self, line: int) -> tuple[RowError, ...]:
        """The errors of one line, in the order found."""
        return tuple(error for error in self.errors if error.line == line)


def read_customers_csv(data: bytes) -> ImportResult:
    """Read customers from CSV bytes; never raises."""
    try:
        return _read(data)
    except Exception:  # the safety net: any bytes get an answer, never a traceback
        return _failed("internal_error")


def _failed(code: str, value: str = "", ignored: tuple[str, ...] = ()) -> ImportResult:
    """A result with one file-level error and no rows."""
    return ImportResult((), (RowError(0, code, value),), ignored)


def _read(data: bytes) -> ImportResult:
    """Decode, find the header, then read every row."""
    if len(data) > MAX_BYTES:
        return _failed("too_large", str(len(data)))
    try:
        delimiter, text = sniff(decode(data))
    except TextError as error:
        return _failed(error.code, error.value)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _read_records(_records(reader))
    except csv.Error as error:
        return _failed("bad_csv", str(reader.line_num or error))


class _Reader(Protocol):
    """What `_records` needs of a csv reader."""

    @property
    def line_num(self) -> int:
        """Lines read so far."""
        ...

    def __iter__(self) -> Iterator[list[str]]:
        """The records."""
        ...


def _records(reader: _Reader) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) of each non-blank record; quoted fields may span lines."""
    start = reader.line_num + 1
    for record in reader:
        if any(cell.strip() for cell in record):
            yield start, record
        start = reader.line_num + 1


def _read_records(records: Iterator[tuple[int, list[str]]]) -> ImportResult:
    """The header is the first non-blank record; the rest are customers."""
    header = next(records, None)
    if header is None:
        return _failed("empty_file")
    columns, ignored = fields.map_header(header[1])
    if "name" not in columns:
        return _failed("no_name_column", " | ".join(header[1])[:200], ignored)
    rows: list[ImportedCustomer] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for line, record in records:
        if len(rows) == MAX_ROWS:
            return _failed("too_many_rows", str(MAX_ROWS), ignored)
        values = {field: _cell(record, index) for field, index in columns.items()}
        row, row_errors = _customer(line, values)
        key = fields.name_key(row.name)
        if key and key in seen:
            row_errors.append(RowError(line, "duplicate_in_file", row.name, "name"))
        seen.setdefault(key, line)
        rows.append(row)
        errors.extend(row_errors)
    if not rows:
        return _failed("no_rows", "", ignored)
    return ImportResult(tuple(rows), tuple(errors), ignored)


def _cell(record: list[str], index: int) -> str:
    """The trimmed cell, "" when the record is short."""
    return record[index].strip() if index < len(record) else ""


def _customer(line: int, values: dict[str, str]) -> tuple[ImportedCustomer, list[RowError]]:
    """One customer and what is wrong with it; bad fields are left None."""
    clean = dict(values)
    clean["phone"] = fields.clean_phone(values.get("phone", ""))
    clean["email"] = fields.clean_email(values.get("email", ""))
    tags = fields.split_tags(values.get("tags", ""))
    raw_tier = values.get("tier", "")
    tier = fields.parse_tier(raw_tier) if raw_tier else None
    errors = list(_field_errors(line, clean))
    if raw_tier and tier is None:
        errors.append(RowError(line, "bad_tier", raw_tier, "tier"))
    errors.extend(_too_long(line, clean, tags))
    bad = {error.field for error in errors}
    kept = {
        field: None if field in bad else clean.get(field) or None
        for field in ("phone", "email", *_TEXT_FIELDS)
    }
    tags = () if "tag" in bad else tags
    return ImportedCustomer(line, clean.get("name", ""), tier=tier, tags=tags, **kept), errors


def _field_errors(line: int, clean: dict[str, str]) -> Iterator[RowError]:
    """missing_name, bad_phone and bad_email."""
    if not clean.get("name"):
        yield RowError(line, "missing_name", "", "name")
    phone = clean["phone"]
    if phone and not fields.phone_ok(phone):
        yield RowError(line, "bad_phone", phone, "phone")
    email = clean["email"]
    if email and not fields.email_ok(email):
        yield RowError(line, "bad_email", email, "email")


def _too_long(line: int, clean: dict[str, str], tags: tuple[str, ...]) -> Iterator[RowError]:
    """A too_long error for each value longer than its DB column."""
    for field, limit in fields.MAX_LENGTHS.items():
        for value in tags if field == "tag" else (clean.get(field, ""),):
            if len(value) > limit:
                yield RowError(line, "too_long", value[:limit], field)
