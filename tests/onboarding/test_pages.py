"""The import pages: upload and check, then apply; the Excel report and template; who may use
them, and the scope of a provincial officer."""

from __future__ import annotations

import io
import logging
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories import PASSWORD
from tests.onboarding.conftest import (
    SECRETS,
    good_staff,
    office_file,
    office_rows,
    staff_file,
    staff_row,
)
from thads.onboarding.models import ImportRun
from thads.organization.models import Authority, AuthorityCommune
from thads.people.models import Person

pytestmark = pytest.mark.django_db


def upload(client, name: str, rows, fmt="xlsx", **extra):
    file_name, data = (staff_file if name == "people" else office_file)(rows, fmt)
    return client.post(
        reverse(f"onboarding-{name}"),
        {"file": SimpleUploadedFile(file_name, data), **extra},
    )


def token(response) -> str:
    return re.search(rb'name="token" value="([^"]+)"', response.content).group(1).decode()


def test_the_menu_shows_the_import_to_the_roles_that_may_import(client, users):
    for user, shown in (
        (users.alice, True),
        (users.admin, True),
        (users.bob, False),
        (users.audrey, False),
    ):
        client.force_login(user)
        page = client.get(reverse("home"))
        assert (reverse("onboarding-index").encode() in page.content) is shown, user


def test_a_personnel_officer_checks_then_applies_a_staff_list(client, users, service):
    client.force_login(users.alice)
    assert client.get(reverse("onboarding-people")).status_code == 200
    checked = upload(client, "people", good_staff())
    assert checked.status_code == 200
    assert not Person.objects.exists()
    assert reverse("onboarding-people-apply").encode() in checked.content
    applied = client.post(reverse("onboarding-people-apply"), {"token": token(checked)})
    assert applied.status_code == 302
    assert Person.objects.count() == 3
    assert Person.objects.get(staff_code="HN0001").history.first().history_user == users.alice
    run = ImportRun.objects.get()
    assert (run.user, run.file_name, run.created) == (users.alice, "can-bo.xlsx", 3)
    follow = client.get(applied["Location"])
    assert "can-bo.xlsx" in follow.content.decode()


def test_a_file_with_errors_is_shown_with_its_report_and_cannot_be_applied(client, users, service):
    client.force_login(users.alice)
    rows = [*good_staff(), staff_row(staff_code="HN0009", grade="Kỹ sư")]
    checked = upload(client, "people", rows, fmt="csv")
    assert checked.status_code == 400
    assert b"HN0009" in checked.content
    assert reverse("onboarding-people-apply").encode() not in checked.content
    # Even a sealed file with errors, posted by hand, writes nothing.
    applied = client.post(reverse("onboarding-people-apply"), {"token": token(checked)})
    assert applied.status_code == 400
    assert not Person.objects.exists()


def test_the_report_downloads_as_excel_with_the_errors_beside_each_row(client, users, service):
    client.force_login(users.alice)
    rows = [*good_staff(), staff_row(staff_code="HN0009", grade="Kỹ sư")]
    checked = upload(client, "people", rows)
    response = client.post(reverse("onboarding-people-report"), {"token": token(checked)})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    last = [c.value for c in sheet[5]]
    assert last[0] == "HN0009" and last[-2]


def test_the_template_downloads(client, users):
    client.force_login(users.alice)
    response = client.get(reverse("onboarding-people-template"))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert sheet["A1"].value == "Mã cán bộ"


def test_a_p79_officer_cannot_import_into_p01(client, users, service):
    """carol (P79): a row for an authority of Hà Nội is refused on the check and on apply."""
    client.force_login(users.carol)
    checked = upload(client, "people", [staff_row(authority="P01")])
    assert checked.status_code == 400
    assert b"authority_out_of_scope" not in checked.content  # messages, not codes
    assert Person.objects.count() == 0
    applied = client.post(reverse("onboarding-people-apply"), {"token": token(checked)})
    assert applied.status_code == 400
    assert not Person.objects.exists()


def test_a_sealed_file_belongs_to_the_user_who_checked_it(client, users, service):
    client.force_login(users.alice)
    checked = upload(client, "people", good_staff())
    client.force_login(users.admin)
    response = client.post(reverse("onboarding-people-apply"), {"token": token(checked)})
    assert response.status_code == 400
    assert not Person.objects.exists()


def test_a_tampered_token_is_refused(client, users, service):
    client.force_login(users.alice)
    response = client.post(reverse("onboarding-people-apply"), {"token": "gAAAA-not-a-token"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    "name",
    [
        "onboarding-people",
        "onboarding-people-apply",
        "onboarding-people-report",
        "onboarding-authorities",
        "onboarding-authorities-apply",
        "onboarding-authorities-report",
    ],
)
def test_roles_without_the_permission_are_refused(client, users, service, name):
    for user in (users.audrey, users.ivan):
        client.force_login(user)
        assert client.post(reverse(name), {}).status_code == 403


def test_a_personnel_officer_cannot_import_regional_offices(client, users, service):
    client.force_login(users.alice)
    assert client.get(reverse("onboarding-authorities")).status_code == 403
    assert client.get(reverse("onboarding-authorities-template")).status_code == 403


def test_a_bad_upload_is_the_form_again(client, users, service):
    client.force_login(users.alice)
    assert client.post(reverse("onboarding-people"), {}).status_code == 400
    response = client.post(
        reverse("onboarding-people"), {"file": SimpleUploadedFile("x.pdf", b"%PDF")}
    )
    assert response.status_code == 400
    assert b"Excel" in response.content


def test_a_central_administrator_imports_the_regional_offices(client, users, two_level):
    client.force_login(users.admin)
    checked = upload(client, "authorities", office_rows("12", 3), fmt="csv")
    assert checked.status_code == 200
    assert not Authority.objects.filter(level="regional").exists()
    applied = client.post(reverse("onboarding-authorities-apply"), {"token": token(checked)})
    assert applied.status_code == 302
    assert Authority.objects.filter(level="regional").count() == 3
    assert AuthorityCommune.objects.count() == 38


def test_the_demo_box_is_carried_to_the_apply_button(client, users, two_level):
    from tests import factories as f

    f.authority(
        "R12-01", "regional", two_level["12"], valid_from=two_level["12"].valid_from, demo=True
    )
    client.force_login(users.admin)
    refused = upload(client, "authorities", office_rows("12", 3))
    assert refused.status_code == 400
    checked = upload(client, "authorities", office_rows("12", 3), replace_demo="on")
    assert checked.status_code == 200
    applied = client.post(
        reverse("onboarding-authorities-apply"), {"token": token(checked), "replace_demo": "True"}
    )
    assert applied.status_code == 302
    assert not Authority.objects.get(code="R12-01").demo


def test_the_pages_log_no_protected_data(client, users, service, caplog):
    caplog.set_level(logging.DEBUG)
    client.post(reverse("login"), {"username": "alice", "password": PASSWORD})
    bad = staff_row(staff_code="HN0008", national_id="0011850001234")
    checked = upload(client, "people", [*good_staff(), bad])
    assert checked.status_code == 400
    checked = upload(client, "people", good_staff())
    client.post(reverse("onboarding-people-apply"), {"token": token(checked)})
    for secret in (*SECRETS, "0011850001234"):
        assert secret not in caplog.text
        assert secret not in checked.content.decode()  # nor does the page, sealed file aside
