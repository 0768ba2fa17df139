"""`thads import people|authorities`: dry run by default, `--apply`, exit status 2 on bad input,
the report and template workbooks, and no protected data in the output."""

from __future__ import annotations

import io
import logging

import pytest
from django.core.management import CommandError, call_command
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from tests.onboarding.conftest import (
    OFFICE_HEADERS,
    PEOPLE_HEADERS,
    SECRETS,
    good_staff,
    office_file,
    office_rows,
    staff_file,
    staff_row,
)
from thads.organization.models import Authority
from thads.people.models import Person

pytestmark = pytest.mark.django_db


def write(tmp_path, name_and_data) -> str:
    name, data = name_and_data
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def thads_import(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_command_line_maps_thads_import_to_the_command(tmp_path, capsys):
    """`thads import …` is the management command; bad input is exit status 2 with a message.
    (Only commands that do not touch the database: the command line closes its connections.)"""
    from thads.cli import main

    path = tmp_path / "mau.xlsx"
    assert main(["import", "people", "--template", str(path)]) == 0
    assert load_workbook(path).worksheets[0]["A1"].value == "Mã cán bộ"
    with pytest.raises(SystemExit) as exited:
        main(["import", "people"])
    assert exited.value.code == 2
    assert "Give the file to import" in capsys.readouterr().err


def test_a_dry_run_prints_the_counts_and_writes_nothing(service, tmp_path):
    out, err = thads_import("people", write(tmp_path, staff_file(good_staff())))
    assert "3 rows, 0 with errors; to create 3" in out
    assert "Dry run: nothing was written" in out
    assert err == ""
    assert not Person.objects.exists()


def test_apply_writes_and_a_second_run_changes_nothing(service, tmp_path):
    path = write(tmp_path, staff_file(good_staff(), "csv"))
    thads_import("people", path, "--apply")
    assert Person.objects.count() == 3
    out, _err = thads_import("people", path, "--apply")
    assert "created 0, updated 0, unchanged 3" in out


def test_bad_rows_exit_with_status_2_and_nothing_is_written(service, tmp_path):
    rows = [*good_staff(), staff_row(staff_code="HN0009", authority="X999")]
    path = write(tmp_path, staff_file(rows))
    with pytest.raises(CommandError) as refused:
        thads_import("people", path, "--apply")
    assert refused.value.returncode == 2
    assert not Person.objects.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["people", "/no/such/file.xlsx"],
        ["people"],
        ["authorities", "/no/such/file.csv"],
        ["people", "--user", "nobody", "x.xlsx"],
    ],
    ids=["missing file", "no file", "missing office list", "unknown user"],
)
def test_bad_input_exits_with_status_2(service, args):
    with pytest.raises(CommandError) as refused:
        thads_import(*args)
    assert refused.value.returncode == 2


def test_a_file_that_is_not_a_table_exits_with_status_2(service, tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(CommandError) as refused:
        thads_import("people", str(path))
    assert refused.value.returncode == 2
    # The CLI speaks the product's language (Vietnamese first), like the pages.
    assert str(_("The file is not a readable Excel workbook.")) in str(refused.value)


def test_the_user_option_applies_their_scope(service, users, tmp_path):
    path = write(tmp_path, staff_file([staff_row(authority="P01")]))
    with pytest.raises(CommandError):
        thads_import("people", path, "--apply", "--user", "carol")
    assert not Person.objects.exists()
    thads_import("people", path, "--apply", "--user", "alice")
    assert Person.objects.get().history.first().history_user == users.alice


def test_a_user_without_the_permission_is_refused(service, users, tmp_path):
    path = write(tmp_path, office_file(office_rows("12", 2)))
    with pytest.raises(CommandError) as refused:
        thads_import("authorities", path, "--user", "alice")
    assert refused.value.returncode == 2


def test_the_templates_have_the_vietnamese_headers(tmp_path):
    for kind, headers in (("people", PEOPLE_HEADERS), ("authorities", OFFICE_HEADERS)):
        path = tmp_path / f"{kind}.xlsx"
        out, _err = thads_import(kind, "--template", str(path))
        sheet = load_workbook(path).worksheets[0]
        assert [c.value for c in sheet[1]] == headers
    assert PEOPLE_HEADERS == [
        "Mã cán bộ",
        "Họ và tên",
        "Giới tính",
        "Ngày sinh",
        "Số CCCD",
        "Điện thoại",
        "Loại hợp đồng",
        "Ngạch",
        "Ngạch từ ngày",
        "Số QĐ ngạch",
        "Mã đơn vị",
        "Công tác từ ngày",
        "Số QĐ công tác",
        "Chức vụ",
        "Chức vụ từ ngày",
        "Số QĐ chức vụ",
    ]
    assert OFFICE_HEADERS == ["Mã tỉnh", "Số khu vực", "Tên phòng", "Mã xã", "Tên xã", "Trụ sở (x)"]


def test_a_filled_template_imports(service):
    """The template's text columns keep an ID number's leading zeros; its dates read back."""
    from thads.onboarding.people import COLUMNS, template_workbook
    from thads.onboarding.tables import read_table

    book = load_workbook(io.BytesIO(template_workbook()))
    row = staff_row()
    book.worksheets[0].append([row[c.key] for c in COLUMNS])
    out = io.BytesIO()
    book.save(out)
    table = read_table(out.getvalue(), "mau.xlsx")
    assert table.rows[0].cells[4] == "001185000123"
    assert table.rows[0].cells[3].isoformat() == "1985-03-02"


def test_the_report_option_writes_the_error_workbook(service, tmp_path):
    rows = [*good_staff(), staff_row(staff_code="HN0009", grade="Kỹ sư")]
    report = tmp_path / "report.xlsx"
    with pytest.raises(CommandError):
        thads_import("people", write(tmp_path, staff_file(rows)), "--report", str(report))
    sheet = load_workbook(report).worksheets[0]
    assert sheet.cell(row=5, column=len(PEOPLE_HEADERS) + 1).value


def test_no_protected_data_in_the_output_or_the_log(service, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    bad = staff_row(staff_code="HN0008", national_id="0011850001234", phone="09120001234567")
    path = write(tmp_path, staff_file([*good_staff(), bad]))
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import", "people", path, "--apply", stdout=out, stderr=err)
    call_command(
        "import",
        "people",
        write(tmp_path, staff_file(good_staff())),
        "--apply",
        stdout=out,
        stderr=err,
    )
    text = out.getvalue() + err.getvalue() + caplog.text
    assert "line 5 HN0008" in err.getvalue()
    for secret in (*SECRETS, "0011850001234", "09120001234567"):
        assert secret not in text


def test_authorities_from_csv_dry_run_then_apply(two_level, tmp_path):
    path = write(tmp_path, office_file(office_rows("46", 5)))
    out, _err = thads_import("authorities", path)
    assert "40 rows, 0 with errors; to create 5" in out
    assert not Authority.objects.filter(level="regional").exists()
    thads_import("authorities", path, "--apply")
    assert Authority.objects.filter(level="regional", parent=two_level["46"]).count() == 5
    out, _err = thads_import("authorities", path, "--apply")
    assert "created 0, updated 0, unchanged 5" in out


def test_demo_offices_need_replace_demo(two_level, tmp_path):
    from tests import factories as f

    f.authority(
        "R46-01", "regional", two_level["46"], valid_from=two_level["46"].valid_from, demo=True
    )
    path = write(tmp_path, office_file(office_rows("46", 2), "xlsx"))
    with pytest.raises(CommandError) as refused:
        thads_import("authorities", path, "--apply")
    assert refused.value.returncode == 2
    thads_import("authorities", path, "--apply", "--replace-demo")
    assert not Authority.objects.get(code="R46-01").demo
