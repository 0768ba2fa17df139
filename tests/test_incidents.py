"""The incident register: reported from a simple form (phone too) with evidence, followed up,
counted by province and kind on a chart — all scoped."""

import re
from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from thads.accounts.models import Profile
from thads.protection.incidents import incident_report
from thads.protection.models import Evidence, Incident


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def report(client, **change):
    data = {
        "occurred_on": date.today().isoformat(),
        "place": "Thôn 3, xã Tân Dân",
        "kind": "hazard",
        "description": "Dây điện trần được thả xuống ao trước khi đoàn cưỡng chế đến.",
        "reported_police": "on",
        **change,
    }
    return client.post(reverse("incident-new"), data)


def test_staff_report_an_incident_with_evidence(client, users, people):
    Profile.objects.filter(user=users.bob).update(person=people.d001)
    client.force_login(users.bob)
    photo = SimpleUploadedFile("ao.jpg", b"\xff\xd8\xff" + b"0" * 100, content_type="image/jpeg")
    r = report(client, evidence=photo)
    incident = Incident.objects.get()
    assert r.status_code == 302 and r["Location"] == reverse("incident-detail", args=[incident.pk])
    assert (incident.authority, incident.kind, incident.reported_police) == (
        people.d001.authority,
        "hazard",
        True,
    )
    assert list(incident.people.all()) == [people.d001]
    evidence = Evidence.objects.get()
    assert client.get(reverse("evidence-file", args=[evidence.pk])).status_code == 200
    client.force_login(users.carol)
    assert client.get(reverse("evidence-file", args=[evidence.pk])).status_code == 404


def test_bad_report_is_shown_again_with_errors(client, users):
    client.force_login(users.bob)
    r = report(client, occurred_on=(date.today() + timedelta(days=2)).isoformat(), place="")
    assert r.status_code == 400 and not Incident.objects.exists()
    assert "Dây điện trần" in r.content.decode()


def test_auditors_cannot_report(client, users):
    client.force_login(users.audrey)
    assert client.get(reverse("incident-new")).status_code == 403


def test_follow_up_is_recorded_with_history(client, users, service):
    incident = incident_report(
        actor=users.bob,
        authority=service.d001,
        data={
            "occurred_on": date(2026, 3, 1),
            "place": "P",
            "kind": "threat",
            "description": "Tin nhắn đe dọa",
        },
    )
    client.force_login(users.alice)
    r = client.post(
        reverse("incident-follow-up", args=[incident.pk]),
        {"status": "follow_up", "measures": "Báo công an xã", "follow_up": "Theo dõi"},
    )
    assert r.status_code == 302 and r["Location"] == reverse("incident-detail", args=[incident.pk])
    incident.refresh_from_db()
    assert (incident.status, incident.measures) == ("follow_up", "Báo công an xã")
    assert incident.history.latest("history_date").history_user == users.alice


def test_dashboard_counts_by_province_and_month(client, users, service):
    today = date.today()
    for authority, kind in (
        (service.d001, "threat"),
        (service.d002, "threat"),
        (service.d001, "violence"),
        (service.d760, "crowd"),
    ):
        incident_report(
            actor=users.admin,
            authority=authority,
            data={"occurred_on": today, "place": "P", "kind": kind, "description": "x"},
        )
    client.force_login(users.alice)
    r = client.get(reverse("incident-dashboard"))
    provinces = {name: total for name, _counts, total in r.context["provinces"]}
    assert provinces == {"Province 01": 3}
    html = r.content.decode()
    month = f"{today.year}-{today.month:02d}"
    counts = {
        k: int(n)
        for k, n in re.findall(
            rf'class="bar bar-(\w+)" data-month="{month}" data-count="(\d+)"', html
        )
    }
    assert counts == {"threat": 2, "violence": 1}
