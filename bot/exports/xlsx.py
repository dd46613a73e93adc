"""The team's workbook: customer management plan table, notes and tasks.

Streamed with openpyxl's write-only mode so 10,000 customers and 200,000 notes
stay fast and small in memory. Headers are Chinese or English; the bot's gettext
catalogs are not used here, the caller passes `lang`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from typing import Generic, TypeVar

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from bot.exports._cells import CellMaker, Value
from bot.exports.model import CustomerRow, NoteRow, Purchase, TaskRow

RowT = TypeVar("RowT")

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "sheet.customers": "客户管理计划表", "sheet.notes": "备忘", "sheet.tasks": "任务",
        "customer": "客户", "company": "公司", "industry": "行业", "contact": "联系方式",
        "last_contact": "最近联系", "purchases": "购买记录", "total": "购买总额",
        "currency": "币种", "service_needs": "服务需求", "campaigns": "营销活动",
        "todos": "待办事项", "tier": "等级", "stage": "阶段", "owner": "负责人",
        "tags": "标签", "birthday": "生日", "address": "地址",
        "at": "时间", "author": "记录人", "text": "内容", "amount": "金额",
        "id": "编号", "title": "标题", "assignee": "执行人", "due": "截止时间",
        "all_day": "全天", "priority": "优先级", "status": "状态", "rrule": "重复",
        "completed": "完成时间", "wechat": "微信", "yes": "是", "no": "否",
        "vip": "VIP", "important": "重要", "normal": "普通", "potential": "潜在",
        "high": "高", "low": "低", "open": "进行中", "done": "已完成", "cancelled": "已取消",
        "amount_kind": "金额类型", "kind.deal": "成交", "kind.quote": "报价",
        "kind.budget": "预算", "kind.payment": "已收款", "kind.owed": "应收", "kind.other": "其他",
    },
    "en": {
        "sheet.customers": "Customer plan", "sheet.notes": "Notes", "sheet.tasks": "Tasks",
        "customer": "Customer", "company": "Company", "industry": "Industry",
        "contact": "Contact", "last_contact": "Last contact", "purchases": "Purchases",
        "total": "Purchase total", "currency": "Currency", "service_needs": "Service needs",
        "campaigns": "Campaigns", "todos": "To-dos", "tier": "Tier", "stage": "Stage",
        "owner": "Owner", "tags": "Tags", "birthday": "Birthday", "address": "Address",
        "at": "Time", "author": "Author", "text": "Text", "amount": "Amount",
        "id": "ID", "title": "Title", "assignee": "Assignee", "due": "Due",
        "all_day": "All day", "priority": "Priority", "status": "Status", "rrule": "Repeats",
        "completed": "Completed", "wechat": "WeChat", "yes": "Yes", "no": "No",
        "vip": "VIP", "important": "Important", "normal": "Normal", "potential": "Potential",
        "high": "High", "low": "Low", "open": "Open", "done": "Done", "cancelled": "Cancelled",
        "amount_kind": "Amount kind", "kind.deal": "Deal", "kind.quote": "Quote",
        "kind.budget": "Budget", "kind.payment": "Payment received", "kind.owed": "Owed",
        "kind.other": "Other",
    },
}

# (label key, column width) per sheet, in column order.
CUSTOMER_COLUMNS = (
    ("customer", 18), ("company", 22), ("industry", 12), ("contact", 34),
    ("last_contact", 12), ("purchases", 34), ("total", 14), ("currency", 8),
    ("service_needs", 30), ("campaigns", 24), ("todos", 30), ("tier", 8), ("stage", 10),
    ("owner", 12), ("tags", 20), ("birthday", 12), ("address", 30),
)
NOTE_COLUMNS = (
    ("at", 17), ("author", 12), ("customer", 18), ("text", 70), ("amount", 14),
    ("currency", 8), ("amount_kind", 10),
)
TASK_COLUMNS = (
    ("id", 8), ("title", 40), ("customer", 18), ("assignee", 12), ("due", 17),
    ("all_day", 8), ("priority", 8), ("status", 10), ("rrule", 24), ("completed", 17),
)


def build_workbook(  # noqa: PLR0913 -- the exports' agreed call shape
    customers: Iterable[CustomerRow],
    notes: Iterable[NoteRow],
    tasks: Iterable[TaskRow],
    *,
    lang: str,
    tz: tzinfo,
    title: str,
    generated_at: datetime,
) -> bytes:
    """Build the .xlsx: the customer plan table, the notes and the tasks.

    `lang` "zh" gives Chinese headers and labels, anything else English. Dates are
    shown in `tz` as real date cells; user text is never written as a formula.
    """
    labels = LABELS["zh"] if lang.lower().startswith("zh") else LABELS["en"]
    wb = Workbook(write_only=True)
    wb.properties.title = title
    wb.properties.creator = "memocrm"
    stamp = generated_at.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    wb.properties.created = wb.properties.modified = stamp
    customer_sheet = _Sheet("sheet.customers", CUSTOMER_COLUMNS, customers, _customer_cells)
    _write_sheet(wb, customer_sheet, labels, tz)
    _write_sheet(wb, _Sheet("sheet.notes", NOTE_COLUMNS, notes, _note_cells), labels, tz)
    _write_sheet(wb, _Sheet("sheet.tasks", TASK_COLUMNS, tasks, _task_cells), labels, tz)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class _Sheet(Generic[RowT]):
    """One sheet to write: its name's label key, columns, rows and row maker."""

    key: str
    columns: Sequence[tuple[str, int]]
    rows: Iterable[RowT]
    make: Callable[[CellMaker, RowT, dict[str, str]], list[Value]]


def _write_sheet(wb: Workbook, sheet: _Sheet[RowT], labels: dict[str, str], tz: tzinfo) -> None:
    """Stream one sheet: header, rows, then the autofilter over what was written."""
    ws: WriteOnlyWorksheet = wb.create_sheet(labels[sheet.key])
    cells = CellMaker(ws, tz)
    _start_sheet(ws, cells, sheet.columns, labels)
    count = 0
    for row in sheet.rows:
        ws.append(sheet.make(cells, row, labels))
        count += 1
    # types-openpyxl's WriteOnlyWorksheet leaves out auto_filter; openpyxl has it
    last_column = get_column_letter(len(sheet.columns))
    ws.auto_filter.ref = f"A1:{last_column}{count + 1}"  # type: ignore[attr-defined]


def _start_sheet(
    ws: WriteOnlyWorksheet,
    cells: CellMaker,
    columns: Sequence[tuple[str, int]],
    labels: dict[str, str],
) -> None:
    """Widths, frozen header row, print titles, then the header row itself."""
    # types-openpyxl's WriteOnlyWorksheet leaves out column_dimensions; openpyxl has it
    dimensions = ws.column_dimensions  # type: ignore[attr-defined]
    for index, (_, width) in enumerate(columns, 1):
        dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.append([cells.header(labels[key]) for key, _ in columns])


def _customer_cells(cells: CellMaker, row: CustomerRow, labels: dict[str, str]) -> list[Value]:
    """One row of the customer plan table."""
    total, currency = _purchase_total(row.purchases)
    contact = (row.phone, row.email, f"{labels['wechat']}: {row.wechat}" if row.wechat else None)
    tag_sep = "、" if labels is LABELS["zh"] else ", "
    return [
        cells.text(row.name),
        cells.text(row.company),
        cells.text(row.industry),
        cells.text(" / ".join(part for part in contact if part)),
        cells.local_day(row.last_contact),
        cells.text(_purchase_lines(row.purchases), wrap=True),
        cells.amount(total) if isinstance(total, Decimal) else cells.text(total),
        cells.text(currency),
        cells.text("\n".join(row.service_needs), wrap=True),
        cells.text("\n".join(row.campaigns), wrap=True),
        cells.text("\n".join(row.todos), wrap=True),
        cells.text(labels.get(row.tier, row.tier)),
        cells.text(row.stage),
        cells.text(row.owner),
        cells.text(tag_sep.join(row.tags)),
        cells.text(row.birthday),
        cells.text(row.address, wrap=True),
    ]


def _note_cells(cells: CellMaker, row: NoteRow, labels: dict[str, str]) -> list[Value]:
    """One row of the notes sheet: every amount, each with its kind (only deals are in the
    plan table's purchases)."""
    kind = row.amount_kind if row.amount is not None else None
    return [
        cells.moment(row.at),
        cells.text(row.author),
        cells.text(row.customer),
        cells.text(row.text, wrap=True),
        cells.amount(row.amount),
        cells.text(row.currency if row.amount is not None else None),
        cells.text(labels.get(f"kind.{kind}", kind) if kind else None),
    ]


def _task_cells(cells: CellMaker, row: TaskRow, labels: dict[str, str]) -> list[Value]:
    """One row of the tasks sheet: all-day tasks show a date, others a date and time."""
    return [
        row.id,
        cells.text(row.title, wrap=True),
        cells.text(row.customer),
        cells.text(row.assignee),
        cells.local_day(row.due) if row.all_day else cells.moment(row.due),
        labels["yes"] if row.all_day else labels["no"],
        cells.text(labels.get(row.priority, row.priority)),
        cells.text(labels.get(row.status, row.status)),
        cells.text(row.rrule),
        cells.moment(row.completed),
    ]


def format_amount(value: Decimal) -> str:
    """35000 -> "35,000", 12.5 -> "12.50": thousands separated, cents only when any."""
    if value == value.to_integral_value():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def _purchase_lines(purchases: Sequence[Purchase]) -> str:
    """"2026-11-01 35,000 CNY" per purchase, oldest first, one a line."""
    ordered = sorted(purchases, key=lambda purchase: purchase[0])
    return "\n".join(f"{day.isoformat()} {format_amount(value)} {cur}"
                      for day, value, cur in ordered)


def _purchase_total(purchases: Sequence[Purchase]) -> tuple[Decimal | str | None, str | None]:
    """The total and its currency; with several currencies, a text total per currency."""
    totals: dict[str, Decimal] = {}
    for _, amount, currency in purchases:
        totals[currency] = totals.get(currency, Decimal(0)) + amount
    if not totals:
        return None, None
    if len(totals) == 1:
        ((currency, total),) = totals.items()
        return total, currency
    return " + ".join(f"{format_amount(v)} {c}" for c, v in _by_name(totals)), None


def _by_name(totals: dict[str, Decimal]) -> Iterator[tuple[str, Decimal]]:
    """Currency totals in currency-code order, for a stable text."""
    return iter(sorted(totals.items()))
