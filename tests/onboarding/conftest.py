"""Files to import, built in the tests (Excel and CSV), and the two-level structure.

A staff list row is a dict {header: value} from `staff_row(**changes)`, whose keys are the
column keys of `thads.onboarding.people.COLUMNS`; an office list is built from the 2025
communes of a province cut into consecutive offices (`office_rows`).
"""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import Workbook

from thads.onboarding import authorities, people
from thads.onboarding.tables import read_table
from thads.organization.geography import communes_2025, provinces_2025

PEOPLE_HEADERS = [c.header for c in people.COLUMNS]
OFFICE_HEADERS = [c.header for c in authorities.COLUMNS]

# Protected values of the rows below: none may reach a log line or the command's output.
SECRETS = ("001185000123", "0912000123", "1985-03-02", "02/03/1985", "079190000456", "0987654321")


def staff_row(**changes) -> dict:
    row = {
        "staff_code": "HN0001",
        "full_name": "Nguyễn Thị Mai",
        "gender": "Nữ",
        "date_of_birth": date(1985, 3, 2),
        "national_id": "001185000123",
        "phone": "0912000123",
        "employment": "Công chức",
        "grade": "Chấp hành viên trung cấp",
        "grade_from": date(2018, 5, 1),
        "grade_ref": "125/QĐ-BTP ngày 20/4/2018 của Bộ trưởng Bộ Tư pháp",
        "authority": "D001",
        "posting_from": date(2019, 1, 2),
        "posting_ref": "15/QĐ-CTHADS ngày 28/12/2018",
        "post": "",
        "post_from": None,
        "post_ref": "",
    }
    row.update(changes)
    return row


def good_staff() -> list[dict]:
    """Three people of Hà Nội: a district head at Ba Đình, an officer and a secretary."""
    return [
        staff_row(
            post="Chi cục trưởng",
            post_from=date(2020, 3, 1),
            post_ref="40/QĐ-CTHADS ngày 25/02/2020",
        ),
        staff_row(
            staff_code="HN0002",
            full_name="Trần Văn Nam",
            gender="Nam",
            date_of_birth=date(1990, 1, 19),
            national_id="079190000456",
            phone="0987654321",
            grade="officer_junior",
            authority="D002",
            posting_from=date(2021, 6, 1),
        ),
        staff_row(
            staff_code="HN0003",
            full_name="Lê Thu Hà",
            date_of_birth=None,
            national_id="",
            phone="",
            employment="Hợp đồng xác định thời hạn",
            grade="Thư ký thi hành án",
            authority="P01",
            posting_from=date(2022, 2, 14),
            posting_ref="8/QĐ-CTHADS ngày 10/02/2022",
        ),
    ]


def _cells(headers: list[str], keys: list[str], rows: list[dict]) -> list[list]:
    return [[row.get(k) for k in keys] for row in rows]


def xlsx_bytes(headers: list[str], rows: list[list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(headers: list[str], rows: list[list], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(headers)
    for row in rows:
        writer.writerow(
            ["" if v is None else v.strftime("%d/%m/%Y") if isinstance(v, date) else v for v in row]
        )
    return out.getvalue().encode("utf-8-sig")


def staff_file(rows: list[dict], fmt: str = "xlsx") -> tuple[str, bytes]:
    keys = [c.key for c in people.COLUMNS]
    cells = _cells(PEOPLE_HEADERS, keys, rows)
    if fmt == "csv":
        return "can-bo.csv", csv_bytes(PEOPLE_HEADERS, cells, delimiter=";")
    return "can-bo.xlsx", xlsx_bytes(PEOPLE_HEADERS, cells)


def staff_table(rows: list[dict], fmt: str = "xlsx"):
    name, data = staff_file(rows, fmt)
    return read_table(data, name)


# ----------------------------------------------------------------------------- regional offices


def province_name(code: str) -> str:
    return next(p.short_name for p in provinces_2025() if p.code == code)


def office_rows(province: str, offices: int) -> list[dict]:
    """Every 2025 commune of a province, cut into `offices` consecutive offices; the first
    commune of each office is its seat."""
    communes = [c for c in communes_2025() if c.province_code == province]
    size = -(-len(communes) // offices)
    rows = []
    for i, commune in enumerate(communes):
        number = i // size + 1
        rows.append(
            {
                "province": province,
                "number": number,
                "name": f"Phòng Thi hành án dân sự khu vực {number} – {province_name(province)}",
                "commune": commune.code,
                "commune_name": commune.name,
                "seat": "x" if i % size == 0 else "",
            }
        )
    return rows


def office_file(rows: list[dict], fmt: str = "csv") -> tuple[str, bytes]:
    keys = [c.key for c in authorities.COLUMNS]
    cells = _cells(OFFICE_HEADERS, keys, rows)
    if fmt == "xlsx":
        return "phong-khu-vuc.xlsx", xlsx_bytes(OFFICE_HEADERS, cells)
    return "phong-khu-vuc.csv", csv_bytes(OFFICE_HEADERS, cells)


def office_table(rows: list[dict], fmt: str = "csv"):
    name, data = office_file(rows, fmt)
    return read_table(data, name)


@pytest.fixture
def two_level(service):
    """The service from 01/07/2025 (the central body, its units, the 34 provincial agencies),
    built over the shared personas' three-level service, which ends on 30/06/2025."""
    from thads.organization.models import Authority
    from thads.organization.services import two_level_structure_create

    two_level_structure_create(actor=None)
    return {a.province_code: a for a in Authority.objects.filter(code__startswith="T")}
