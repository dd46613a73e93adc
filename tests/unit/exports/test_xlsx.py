"""The workbook: sheets, headers in both languages, real dates and numbers, no formulas."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from bot.exports.model import CustomerRow, NoteRow, TaskRow
from bot.exports.xlsx import CUSTOMER_COLUMNS, LABELS, build_workbook, format_amount

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=SHANGHAI)
UTC_EVENING = datetime(2026, 11, 17, 17, 30, tzinfo=ZoneInfo("UTC"))  # 01:30 on the 18th

CUSTOMER = CustomerRow(
    id=1, name="张伟", company="华东贸易", phone="13800138000", email="zw@example.com",
    wechat="zhangwei88", address="上海市浦东新区", industry="制造", tier="vip",
    stage="negotiation", owner="王经理", tags=("重点", "华东"), birthday="3月5日",
    last_contact=UTC_EVENING,
    purchases=((date(2026, 11, 1), Decimal("35000"), "CNY"),
               (date(2026, 9, 1), Decimal("1200.50"), "CNY")),
    service_needs=("安装培训",), campaigns=("双十一促销",), todos=("回访报价", "寄样品"),
)
MIXED = CustomerRow(
    id=2, name="Bob", purchases=((date(2026, 1, 2), Decimal(100), "USD"),
                                 (date(2026, 1, 3), Decimal(35000), "CNY")),
)
NOTE = NoteRow(at=UTC_EVENING, author="李四", customer="张伟", text="拜访，预算3.5万",
               amount=Decimal("35000"), currency="CNY", amount_kind="budget")
TASK = TaskRow(id=7, title="回访报价", customer="张伟", assignee="李四", due=NOW,
               priority="high", status="open", rrule="FREQ=WEEKLY;BYDAY=MO")
ALL_DAY = TaskRow(id=8, title="生日", customer=None, assignee="李四",
                  due=datetime(2026, 11, 20, tzinfo=SHANGHAI), all_day=True)


def _naive(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """What openpyxl reads back: a naive local date-time."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC).replace(tzinfo=None)


def _build(lang: str = "zh", **rows: object) -> Workbook:
    data = build_workbook(
        rows.get("customers", [CUSTOMER, MIXED]),  # type: ignore[arg-type]
        rows.get("notes", [NOTE]),  # type: ignore[arg-type]
        rows.get("tasks", [TASK, ALL_DAY]),  # type: ignore[arg-type]
        lang=lang, tz=SHANGHAI, title="客户导出", generated_at=NOW,
    )
    return load_workbook(io.BytesIO(data))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_sheets_and_headers(lang: str) -> None:
    wb = _build(lang)
    labels = LABELS[lang]
    assert wb.sheetnames == [labels["sheet.customers"], labels["sheet.notes"],
                             labels["sheet.tasks"]]
    header = [cell.value for cell in wb.worksheets[0][1]]
    assert header == [labels[key] for key, _ in CUSTOMER_COLUMNS]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws[1][0].font.bold
        assert ws.auto_filter.ref is not None
        assert ws.auto_filter.ref.startswith("A1:")
    assert wb.properties.title == "客户导出"


def test_chinese_and_english_headers_differ() -> None:
    zh = [c.value for c in _build("zh").worksheets[2][1]]
    en = [c.value for c in _build("en").worksheets[2][1]]
    assert zh[:2] == ["编号", "标题"]
    assert en[:2] == ["ID", "Title"]


def test_customer_row_values_and_types() -> None:
    ws = _build("zh").worksheets[0]
    row = {ws.cell(1, col).value: ws.cell(2, col) for col in range(1, ws.max_column + 1)}
    assert row["客户"].value == "张伟"
    assert row["联系方式"].value == "13800138000 / zw@example.com / 微信: zhangwei88"
    last = row["最近联系"]
    assert last.value == _naive(2026, 11, 18)  # the local (Shanghai) date of 17:30 UTC
    assert last.is_date
    assert row["购买记录"].value == "2026-09-01 1,200.50 CNY\n2026-11-01 35,000 CNY"
    total = row["购买总额"]
    assert total.data_type == "n"
    assert total.value == pytest.approx(36200.5)
    assert "#,##0" in total.number_format
    assert row["币种"].value == "CNY"
    assert row["等级"].value == "VIP"
    assert row["标签"].value == "重点、华东"
    assert row["待办事项"].value == "回访报价\n寄样品"
    assert row["待办事项"].alignment.wrap_text


def test_mixed_currencies_total_is_text_per_currency() -> None:
    ws = _build("en").worksheets[0]
    assert ws.cell(3, 7).value == "35,000 CNY + 100 USD"
    assert ws.cell(3, 8).value is None


def test_notes_sheet_datetimes_are_local_and_amounts_numbers() -> None:
    ws = _build("zh").worksheets[1]
    at, author, customer, text, amount, currency, kind = (c for c in ws[2])
    assert at.value == _naive(2026, 11, 18, 1, 30)
    assert at.is_date
    assert (author.value, customer.value, currency.value) == ("李四", "张伟", "CNY")
    assert kind.value == "预算"
    assert not text.alignment.wrap_text  # short: fits the column
    assert amount.data_type == "n"
    assert amount.value == 35000


@pytest.mark.parametrize(("lang", "kinds"), [
    ("zh", ["成交", "报价", "预算", "已收款", "应收", "其他", None, "barter", None]),
    ("en", ["Deal", "Quote", "Budget", "Payment received", "Owed", "Other", None, "barter",
            None]),
])
def test_notes_sheet_shows_every_amounts_kind(lang: str, kinds: list[str | None]) -> None:
    # each amount is listed with what it is, so a quote or a budget is not read as a sale;
    # an amount from before kinds (None) has none, and a note without an amount shows none
    rows = [NoteRow(at=NOW, author="a", customer="张伟", text=str(kind), amount=Decimal(100),
                    currency="CNY", amount_kind=kind)
            for kind in ("deal", "quote", "budget", "payment", "owed", "other", None, "barter")]
    rows.append(NoteRow(at=NOW, author="a", customer=None, text="no amount",
                        amount_kind="quote"))
    ws = _build(lang, customers=[], notes=rows, tasks=[]).worksheets[1]
    assert ws.cell(1, 7).value == LABELS[lang]["amount_kind"]
    assert [ws.cell(r, 7).value for r in range(2, ws.max_row + 1)] == kinds
    assert [ws.cell(r, 5).value for r in range(2, ws.max_row + 1)] == [100] * 8 + [None]


def test_tasks_sheet_due_and_labels() -> None:
    ws = _build("en").worksheets[2]
    timed = [c.value for c in ws[2]]
    assert timed[:5] == [7, "回访报价", "张伟", "李四", _naive(2026, 11, 18, 10, 0)]
    assert timed[5:9] == ["No", "High", "Open", "FREQ=WEEKLY;BYDAY=MO"]
    all_day = ws[3]
    assert all_day[4].value == _naive(2026, 11, 20)
    assert all_day[4].number_format == "yyyy-mm-dd"
    assert all_day[5].value == "Yes"


@pytest.mark.parametrize("evil", ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "=HYPERLINK(\"x\")"])
def test_user_text_is_never_a_formula(evil: str) -> None:
    customer = CustomerRow(id=3, name=evil, tags=(evil,))
    note = NoteRow(at=NOW, author=evil, customer=evil, text=evil)
    task = TaskRow(id=9, title=evil, customer=None, assignee=evil, due=None)
    wb = _build("en", customers=[customer], notes=[note], tasks=[task])
    texts = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                assert cell.data_type != "f"
                if cell.value == evil:
                    texts += 1
                    assert cell.data_type == "s"
                    assert cell.quotePrefix
    assert texts == 7  # name, tags; author, customer, text; title, assignee


def test_no_formula_element_in_the_sheet_xml() -> None:
    evil = "=cmd|' /C calc'!A0"
    data = build_workbook([CustomerRow(id=1, name=evil)], [], [], lang="en", tz=SHANGHAI,
                          title="t", generated_at=NOW)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet
    assert b'quotePrefix="1"' in zipfile.ZipFile(io.BytesIO(data)).read("xl/styles.xml")


def test_long_notes_wrap() -> None:
    long_note = NoteRow(at=NOW, author="a", customer=None, text="很长的备忘" * 20)
    ws = _build("en", customers=[], notes=[long_note], tasks=[]).worksheets[1]
    assert ws.cell(2, 4).alignment.wrap_text
    assert ws.cell(2, 4).alignment.vertical == "top"


def test_control_characters_are_dropped_not_fatal() -> None:
    note = NoteRow(at=NOW, author="a\x00b", customer=None, text="bell\x07 ok")
    ws = _build("en", customers=[], notes=[note], tasks=[]).worksheets[1]
    assert ws.cell(2, 2).value == "ab"
    assert ws.cell(2, 4).value == "bell ok"


def test_empty_export_has_headers_only() -> None:
    wb = _build("en", customers=[], notes=[], tasks=[])
    for ws in wb.worksheets:
        assert ws.max_row == 1
        assert ws.auto_filter.ref is not None
        assert ws.auto_filter.ref.endswith("1")


def test_generators_are_streamed() -> None:
    notes = (NoteRow(at=NOW, author="a", customer=None, text=str(i)) for i in range(500))
    ws = _build("en", customers=iter([CUSTOMER]), notes=notes, tasks=[]).worksheets[1]
    assert ws.max_row == 501
    assert ws.auto_filter.ref == "A1:G501"


def test_format_amount() -> None:
    assert format_amount(Decimal("35000")) == "35,000"
    assert format_amount(Decimal("1200.5")) == "1,200.50"
