"""User text made safe to store: no NUL or other control characters (PostgreSQL refuses
NUL in text), line breaks and tabs kept."""

from __future__ import annotations

import re

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """The text without control characters other than line breaks and tabs."""
    return CONTROL.sub("", text)
