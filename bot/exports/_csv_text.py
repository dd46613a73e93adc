"""Bytes to CSV text: size and type checks, encoding guess, delimiter sniffing."""

from __future__ import annotations

import codecs
import csv
import re

from bot.exports._csv_fields import header_key

DELIMITERS = (",", ";", "\t")
# Magic numbers of files people send instead of a CSV: xlsx/zip, old xls, pdf.
_NOT_CSV = ((b"PK\x03\x04", "xlsx"), (b"\xd0\xcf\x11\xe0", "xls"), (b"%PDF", "pdf"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Excel's first-line delimiter hint: sep=;
_SEP_HINT = re.compile(r"sep=([,;\t|])\s*", re.IGNORECASE)


class TextError(Exception):
    """The bytes are not CSV text: `code` is the file-level error code."""

    def __init__(self, code: str, value: str = "") -> None:
        """Carry the machine code and the offending value."""
        super().__init__(code)
        self.code = code
        self.value = value


def decode(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030.

    Raises TextError("empty_file" / "not_csv" / "bad_encoding").
    """
    if not data.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise TextError("empty_file")
    for magic, kind in _NOT_CSV:
        if data.startswith(magic):
            raise TextError("not_csv", kind)
    text = _decode_text(data)
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls * 100 > len(text):
        raise TextError("not_csv", "binary")
    return text


def _decode_text(data: bytes) -> str:
    """Decode by BOM, else UTF-8, else GB18030 (what Excel in China saves)."""
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TextError("bad_encoding", encodings[-1])


def sniff(text: str) -> tuple[str, str]:
    """(delimiter, text): honour a `sep=` first line, else the delimiter that splits
    the header into the most known columns (then the most columns).

    A `sep=` line is blanked, not removed, so line numbers stay those of the file.
    """
    first, newline, rest = text.partition("\n")
    hint = _SEP_HINT.fullmatch(first)
    if hint:
        return hint.group(1), newline + rest
    header = next((line for line in text.splitlines() if line.strip()), "")
    return max(DELIMITERS, key=lambda delimiter: _score(header, delimiter)), text


def _score(header: str, delimiter: str) -> tuple[int, int]:
    """How well `delimiter` splits the header: (known columns, columns)."""
    try:
        cells = next(csv.reader([header], delimiter=delimiter), [])
    except csv.Error:
        return (-1, -1)
    return sum(1 for cell in cells if header_key(cell)), len(cells)
