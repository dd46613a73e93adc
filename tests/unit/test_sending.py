"""Splitting long messages for Telegram's 4096-character limit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from handlers.sending import plain, split_text


def test_short_text_is_one_piece() -> None:
    assert split_text("a\nb") == ["a\nb"]


def test_cuts_at_line_ends() -> None:
    text = "\n".join(["x" * 60] * 100)
    pieces = split_text(text, limit=1000)
    assert all(len(p) <= 1000 for p in pieces)
    assert all(line == "x" * 60 for p in pieces for line in p.split("\n"))
    assert "\n".join(pieces) == text


@given(st.text(alphabet="ab\n张", max_size=3000), st.integers(min_value=5, max_value=500))
def test_pieces_fit_and_keep_every_character(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert all(len(p) <= limit for p in pieces)
    assert "".join(pieces).replace("\n", "") == text.replace("\n", "")


def test_plain_strips_tags_and_unescapes() -> None:
    assert plain("<b>张总</b> &lt;VIP&gt;") == "张总 <VIP>"
