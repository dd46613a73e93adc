"""Any bytes at all are an answer: read_customers_csv never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.exports.csv_import import read_customers_csv

PIECES = st.sampled_from(
    ["姓名", "name", "等级", "tier", "邮箱", "email", "标签", "电话", ",", ";", "\t", "\n",
     "\r\n", '"', '""', "VIP", "重要", "x@y.z", "，", "、", "sep=;", "\ufeff", "=1+2", " "]
)
CSVISH = st.lists(PIECES, max_size=40).map("".join)
ENCODED = st.tuples(CSVISH, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"])).map(
    lambda pair: pair[0].encode(pair[1])
)


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.binary(max_size=400), ENCODED))
def test_never_raises(data: bytes) -> None:
    result = read_customers_csv(data)
    assert all(error.code != "internal_error" for error in result.errors)
    if result.file_error is not None:
        assert result.rows == ()
    lines = [row.line for row in result.rows]
    assert lines == sorted(set(lines))
    assert all(error.line == 0 or error.line in lines for error in result.errors)
