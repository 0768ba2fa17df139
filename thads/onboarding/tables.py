"""Tables in and out: a CSV or Excel file read into rows of cells, and the workbooks written
back (the validation report: the input rows with their problems beside each; the templates).

Reading is openpyxl's (read-only, values not formulas); writing is XlsxWriter's. Cells keep
their type (text, number, date) until a column reads them (`cell_text`, `cell_date`, `cell_code`);
spreadsheets turn codes into numbers ("01" → 1), so a code is padded back to its width.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.utils.translation import gettext as _

from thads.core.text import fold
from thads.onboarding.errors import OnboardingError

MAX_BYTES = 5_000_000
MAX_ROWS = 20_000
DATE_FORMAT = "dd/mm/yyyy"

Cell = str | int | float | date | None

_PARENS = re.compile(r"\([^)]*\)")
_DATE_TEXT = (
    re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"),  # 01/07/2025 (day first)
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),  # 2025-07-01
)


class TableError(Exception):
    """The file cannot be read as a table of the expected columns."""

    def __init__(self, code: OnboardingError, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool = True  # the column must be in the file (its cells may still be empty)
    width: int = 16
    text: bool = False  # typed as text in the template (keeps leading zeros)
    is_date: bool = False
    note: str = ""


@dataclass
class Row:
    line: int  # the row number in the file (the header row is line 1 in most files)
    cells: list[Cell]


@dataclass
class Table:
    headers: list[str]
    rows: list[Row] = field(default_factory=list)

    def index(self, columns: Sequence[Column]) -> dict[str, int]:
        """{column key: position in the file}; headers match without accents, case or a note
        in parentheses ("Trụ sở (x)" is "tru so"). Missing required columns are a TableError."""
        found = {_header_key(h): i for i, h in enumerate(self.headers) if h}
        index = {
            c.key: found[_header_key(c.header)] for c in columns if _header_key(c.header) in found
        }
        missing = [c.header for c in columns if c.required and c.key not in index]
        if missing:
            raise TableError(
                OnboardingError.MISSING_COLUMNS,
                _("Columns missing from the file: %(columns)s.") % {"columns": ", ".join(missing)},
            )
        return index


def _header_key(text: str) -> str:
    return " ".join(fold(_PARENS.sub(" ", str(text))).split())


def read_table(data: bytes, file_name: str) -> Table:
    """The first sheet of an .xlsx file, or a .csv file (UTF-8; comma, semicolon or tab): the
    first non-empty row is the header; empty rows are skipped."""
    if len(data) > MAX_BYTES:
        raise TableError(
            OnboardingError.FILE_TOO_LARGE,
            _("The file is larger than %(mb)d MB.") % {"mb": MAX_BYTES // 1_000_000},
        )
    name = file_name.lower()
    if name.endswith(".xlsx"):
        lines = _xlsx_lines(data)
    elif name.endswith(".csv"):
        lines = _csv_lines(data)
    else:
        raise TableError(
            OnboardingError.UNREADABLE_FILE, _("Give an Excel (.xlsx) or CSV (.csv) file.")
        )
    table: Table | None = None
    for number, cells in lines:
        if all(c is None or c == "" for c in cells):
            continue
        if table is None:
            table = Table(headers=[cell_text(c) for c in cells])
            continue
        if len(table.rows) >= MAX_ROWS:
            raise TableError(
                OnboardingError.TOO_MANY_ROWS,
                _("The file has more than %(n)d rows.") % {"n": MAX_ROWS},
            )
        width = len(table.headers)
        table.rows.append(Row(number, (list(cells) + [None] * width)[:width]))
    if table is None or not table.rows:
        raise TableError(OnboardingError.EMPTY_FILE, _("The file has no rows under its header."))
    return table


def _xlsx_lines(data: bytes):
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TableError(
            OnboardingError.UNREADABLE_FILE, _("The file is not a readable Excel workbook.")
        ) from exc
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_xlsx_cell(v) for v in values]
    finally:
        book.close()


def _xlsx_cell(value: Any) -> Cell:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return str(value)
    return value


def _csv_lines(data: bytes):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TableError(
            OnboardingError.UNREADABLE_FILE, _("Save the CSV file as UTF-8 and try again.")
        ) from exc
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
            yield number, [v.strip() for v in values]
    except csv.Error as exc:
        raise TableError(
            OnboardingError.UNREADABLE_FILE, _("The CSV file cannot be read.")
        ) from exc


# ----------------------------------------------------------------------------- reading cells


def cell_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.strftime("%d/%m/%Y")
    if isinstance(cell, float):
        return repr(cell)
    return str(cell).strip()


def cell_code(cell: Cell, width: int) -> str:
    """A numeric code padded to its width: 1 → "01", "97" → "00097"."""
    text = cell_text(cell)
    return text.zfill(width) if text.isdigit() and len(text) < width else text


def cell_date(cell: Cell) -> date | None:
    """A date cell, or day-first text ("01/07/2025") or ISO text; None when empty.
    Raises ValueError for anything else."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, date):
        return cell
    text = cell_text(cell)
    for pattern in _DATE_TEXT:
        m = pattern.match(text)
        if m:
            a, b, c = (int(g) for g in m.groups())
            return date(c, b, a) if pattern is _DATE_TEXT[0] else date(a, b, c)
    raise ValueError(text)


# ----------------------------------------------------------------------------- writing


def report_workbook(
    headers: Sequence[str],
    rows: Sequence[tuple[Sequence[Cell], str, str]],
    summary: Sequence[tuple[str, str]],
) -> bytes:
    """The validation report: the input rows (cells as read), each with its errors and
    warnings beside it, and a summary sheet (counts and the problems of the file as a whole)."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    bold = book.add_format({"bold": True, "bg_color": "#DDE3EA", "border": 1})
    as_date = book.add_format({"num_format": DATE_FORMAT})
    error = book.add_format({"font_color": "#9C0006", "bg_color": "#FFC7CE", "text_wrap": True})
    warning = book.add_format({"font_color": "#7F6000", "text_wrap": True})
    sheet = book.add_worksheet("Kết quả kiểm tra")
    sheet.write_row(0, 0, [*headers, "Lỗi", "Cảnh báo"], bold)
    sheet.freeze_panes(1, 0)
    for r, (cells, errors, warnings) in enumerate(rows, start=1):
        for c, value in enumerate(cells):
            if isinstance(value, date):
                sheet.write_datetime(r, c, datetime(value.year, value.month, value.day), as_date)
            elif value is not None and value != "":
                sheet.write(r, c, value)
        if errors:
            sheet.write_string(r, len(headers), errors, error)
        if warnings:
            sheet.write_string(r, len(headers) + 1, warnings, warning)
    sheet.set_column(0, max(len(headers) - 1, 0), 16)
    sheet.set_column(len(headers), len(headers) + 1, 60)
    totals = book.add_worksheet("Tổng hợp")
    totals.set_column(0, 0, 40)
    totals.set_column(1, 1, 90)
    for r, (label, value) in enumerate(summary):
        totals.write_string(r, 0, label, bold if r == 0 else None)
        totals.write_string(r, 1, value)
    book.close()
    return out.getvalue()


def template_workbook(
    columns: Sequence[Column],
    lists: Mapping[str, Sequence[str]],
    examples: Sequence[Sequence[Cell]] = (),
    title: str = "Danh sách",
) -> bytes:
    """A workbook to fill: the headers, text columns typed as text (leading zeros survive),
    date columns as dates, a drop-down on each column with a list of values (sheet
    "Danh mục"), and the notes of each column (sheet "Hướng dẫn")."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    bold = book.add_format({"bold": True, "bg_color": "#DDE3EA", "border": 1, "text_wrap": True})
    as_text = book.add_format({"num_format": "@"})
    as_date = book.add_format({"num_format": DATE_FORMAT})
    sheet = book.add_worksheet(title)
    sheet.freeze_panes(1, 0)
    choices = book.add_worksheet("Danh mục")
    notes = book.add_worksheet("Hướng dẫn")
    notes.set_column(0, 0, 24)
    notes.set_column(1, 1, 100)
    notes.write_row(0, 0, ["Cột", "Cách ghi"], bold)
    list_col = 0
    for i, column in enumerate(columns):
        sheet.write_string(0, i, column.header, bold)
        fmt = as_text if column.text else as_date if column.is_date else None
        sheet.set_column(i, i, column.width, fmt)
        notes.write_string(i + 1, 0, column.header)
        notes.write_string(i + 1, 1, column.note)
        values = lists.get(column.key)
        if values:
            choices.write_string(0, list_col, column.header, bold)
            choices.write_column(1, list_col, list(values))
            choices.set_column(list_col, list_col, 45)
            letter = xlsxwriter.utility.xl_col_to_name(list_col)
            sheet.data_validation(
                1,
                i,
                MAX_ROWS,
                i,
                {
                    "validate": "list",
                    "source": f"='Danh mục'!${letter}$2:${letter}${len(values) + 1}",
                    "error_type": "warning",
                },
            )
            list_col += 1
    for r, cells in enumerate(examples, start=1):
        for c, value in enumerate(cells):
            if isinstance(value, date):
                sheet.write_datetime(r, c, datetime(value.year, value.month, value.day), as_date)
            elif value is not None and value != "":
                sheet.write_string(r, c, str(value))
    book.close()
    return out.getvalue()
