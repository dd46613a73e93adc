"""Button data: encoded short, decoded in one place, junk refused."""

from __future__ import annotations

import pytest

from handlers.render.callbacks import TASK, decode, encode


def test_round_trip() -> None:
    press = decode(encode(TASK, "snz", 12345, "tm"))
    assert press is not None
    assert (press.kind, press.action, press.int_arg(), press.args[1]) == ("t", "snz", 12345, "tm")


@pytest.mark.parametrize("junk", [None, "", "x", ":", "t:", ":done"])
def test_junk_is_not_a_press(junk: str | None) -> None:
    assert decode(junk) is None


def test_data_over_64_bytes_is_refused() -> None:
    with pytest.raises(ValueError, match="too long"):
        encode(TASK, "done", "9" * 70)
