"""Customer CSV import: encodings, delimiters, header synonyms, row errors, limits."""

from __future__ import annotations

import codecs

import pytest

from bot.exports.csv_import import MAX_BYTES, MAX_ROWS, ImportResult, read_customers_csv

ZH = (
    "姓名,公司,手机,邮箱,微信,地址,行业,级别,标签,生日,负责人\n"
    "张伟,华东贸易,13800138000,zw@example.com,zhangwei88,上海市浦东新区,制造,VIP,"
    '"重点，华东、#老客户",3月5日,王经理\n'
    "李娜,,,,,,,潜在,,,\n"
)
EN = (
    "Name,Company,Mobile,E-mail,WeChat,Address,Industry,Tier,Tags,Birthday,Owner\n"
    "Bob Smith,Acme,+1 555 0100,bob@acme.com,bobwx,1 Main St,Retail,important,"
    '"key; west",1990-03-05,alice\n'
)


def _codes(result: ImportResult) -> list[tuple[int, str]]:
    return [(error.line, error.code) for error in result.errors]


def test_chinese_headers() -> None:
    result = read_customers_csv(ZH.encode())
    assert result.ok
    first, second = result.rows
    assert first.line == 2
    assert (first.name, first.company, first.phone, first.email) == (
        "张伟", "华东贸易", "13800138000", "zw@example.com")
    assert (first.wechat, first.address, first.industry) == (
        "zhangwei88", "上海市浦东新区", "制造")
    assert first.tier == "vip"
    assert first.tags == ("重点", "华东", "老客户")
    assert (first.birthday, first.owner) == ("3月5日", "王经理")
    assert (second.name, second.tier, second.company, second.tags) == (
        "李娜", "potential", None, ())


def test_english_headers() -> None:
    result = read_customers_csv(EN.encode())
    assert result.ok
    (bob,) = result.rows
    assert (bob.name, bob.phone, bob.email, bob.tier) == (
        "Bob Smith", "+1 555 0100", "bob@acme.com", "important")
    assert bob.tags == ("key", "west")
    assert (bob.birthday, bob.owner) == ("1990-03-05", "alice")


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-16"])
def test_encodings(encoding: str) -> None:
    result = read_customers_csv(ZH.encode(encoding))
    assert result.ok
    assert [row.name for row in result.rows] == ["张伟", "李娜"]


def test_bom_does_not_hide_the_first_header() -> None:
    result = read_customers_csv(codecs.BOM_UTF8 + "名称,等级\n王五,重要\n".encode())
    assert result.ok
    assert result.rows[0].tier == "important"


@pytest.mark.parametrize("delimiter", [";", "\t", ","])
def test_delimiters_are_sniffed(delimiter: str) -> None:
    text = ZH.replace(",", delimiter).replace('"重点，华东、#老客户"', "重点")
    result = read_customers_csv(text.encode("gbk"))
    assert result.ok, result.errors
    assert result.rows[0].company == "华东贸易"
    assert result.rows[0].tags == ("重点",)


def test_semicolons_with_commas_inside_values() -> None:
    data = b"Name;Company;Tags\nBob;Acme, Inc.;a,b\n"
    (row,) = read_customers_csv(data).rows
    assert (row.company, row.tags) == ("Acme, Inc.", ("a", "b"))


def test_excel_sep_hint_line() -> None:
    result = read_customers_csv(b"sep=;\r\nName;Tier\r\nBob;VIP\r\n")
    assert result.ok
    assert result.rows[0].line == 3


@pytest.mark.parametrize("tier", ["VIP", "vip", "重要", "重要客户", "普通", "潜在", "Potential"])
def test_tier_spellings(tier: str) -> None:
    assert read_customers_csv(f"name,tier\nBob,{tier}\n".encode()).ok


def test_bad_tier() -> None:
    result = read_customers_csv("姓名,等级\n张三,超级\n李四,VIP\n".encode())
    assert not result.ok
    assert _codes(result) == [(2, "bad_tier")]
    assert result.errors[0].value == "超级"
    assert result.errors[0].field == "tier"
    assert result.rows[0].tier is None
    assert len(result.rows) == 2  # every row is reported, all-or-nothing is the caller's


def test_missing_name() -> None:
    result = read_customers_csv(b"name,company\nBob,Acme\n,Orphan Inc\n")
    assert _codes(result) == [(3, "missing_name")]
    assert result.errors_for(3)[0].field == "name"
    assert result.errors_for(2) == ()
    assert result.rows[1].company == "Orphan Inc"


def test_duplicate_in_file() -> None:
    result = read_customers_csv("客户,电话\n张伟,1\n李四,2\n 张伟 ,3\nbob,4\nBOB,5\n".encode())
    assert _codes(result) == [(4, "duplicate_in_file"), (6, "duplicate_in_file")]
    assert result.errors[0].value == "张伟"


def test_bad_email_and_phone() -> None:
    data = "name,email,phone\nA,not-an-email,1.38E+10\nB,ｂ＠example.com,=\"013800\"\n".encode()
    result = read_customers_csv(data)
    assert _codes(result) == [(2, "bad_phone"), (2, "bad_email")]
    assert (result.rows[0].email, result.rows[0].phone) == (None, None)
    assert (result.rows[1].email, result.rows[1].phone) == ("b@example.com", "013800")


def test_too_long_values() -> None:
    result = read_customers_csv(f"name,wechat\n{'x' * 201},{'w' * 65}\n".encode())
    assert [(e.code, e.field) for e in result.errors] == [("too_long", "name"),
                                                          ("too_long", "wechat")]


def test_line_numbers_skip_blank_lines_and_count_multiline_cells() -> None:
    data = b'name,address\n\nA,"line one\nline two"\nB,x\n'
    result = read_customers_csv(data)
    assert [row.line for row in result.rows] == [3, 5]
    assert result.rows[0].address == "line one\nline two"


def test_unknown_columns_are_reported_and_ignored() -> None:
    result = read_customers_csv("客户名称,备注,Tel\n王五,随便,123\n".encode())
    assert result.ok
    assert result.ignored_columns == ("备注",)
    assert result.rows[0].phone == "123"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_file"),
        (b"\r\n \n", "empty_file"),
        (b"PK\x03\x04rest-of-a-zip", "not_csv"),
        (b"\x00\x01\x02\x03binary\x00", "not_csv"),
        (b"\x81\x30\xff\xfe\xfd", "bad_encoding"),
        (b"company,phone\nAcme,1\n", "no_name_column"),
        (b"name,phone\n", "no_rows"),
    ],
)
def test_file_level_errors(data: bytes, code: str) -> None:
    result = read_customers_csv(data)
    assert result.rows == ()
    assert result.file_error is not None
    assert result.file_error.code == code
    assert result.file_error.line == 0
    assert not result.ok


def test_too_large() -> None:
    result = read_customers_csv(b"name\n" + b"x\n" * (MAX_BYTES // 2))
    assert result.file_error is not None
    assert result.file_error.code == "too_large"


def test_row_limit() -> None:
    exactly = "name\n" + "".join(f"c{i}\n" for i in range(MAX_ROWS))
    assert read_customers_csv(exactly.encode()).ok
    over = read_customers_csv((exactly + "one-more\n").encode())
    assert over.file_error is not None
    assert over.file_error.code == "too_many_rows"
    assert over.rows == ()


def test_short_and_long_records() -> None:
    result = read_customers_csv(b"name,company,phone\nA\nB,Acme,1,extra,cells\n")
    assert result.ok
    assert [(r.name, r.company) for r in result.rows] == [("A", None), ("B", "Acme")]
