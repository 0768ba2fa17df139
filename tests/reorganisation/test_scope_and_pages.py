"""After the act: a successor sees what its predecessors filed; the pages of the act (central
administrators), the command, and the person's page on both sides of 01/07/2025."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from tests import factories as f
from tests.reorganisation.conftest import ACT_DAY
from thads.careers.selectors import decisions_visible_to
from thads.organization.models import Authority
from thads.people.models import Posting
from thads.protection.models import Case
from thads.protection.selectors import cases_visible_to
from thads.reorganisation.models import ReorganisationAct
from thads.reorganisation.services import reorganise


def authority(code):
    return Authority.objects.get(code=code)


@pytest.fixture
def act(ready):
    reorganise(actor=ready.users.admin, effective_on=ACT_DAY, apply=True)
    return ready


@pytest.fixture
def filed_2024(ready):
    """A case opened by the Hà Nội department and a decision it issued in 2024 about someone
    who left the service that year (so only the authority links the records to Hà Nội)."""
    from thads.careers.models import Decision

    leaver = f.person("Cao Văn Nghỉ", ready.service.p01, "specialist")
    Posting.objects.filter(person=leaver).update(valid_to=date(2024, 12, 31))
    decision = Decision.objects.create(
        issuer="P01",
        authority=ready.service.p01,
        year=2024,
        seq=7,
        symbol="QĐ-CTHADS",
        signer="provincial_director",
        kind="relief",
        person=leaver,
        signed_on=date(2024, 5, 2),
        effective_on=date(2024, 5, 2),
        summary="Miễn nhiệm",
    )
    case = Case.objects.create(
        authority=ready.service.p01,
        number="12/2024/QĐ-CTHADS",
        judgment_ref="Bản án 1/2024",
        opened_on=date(2024, 3, 1),
    )
    return decision, case


def test_a_t01_user_sees_what_p01_filed_in_2024_and_a_t79_user_does_not(act, filed_2024):
    decision, case = filed_2024
    hanoi = f.user("tinh.hn", "provincial_personnel", authority("T01"))
    hcm = f.user("tinh.hcm", "provincial_personnel", authority("T79"))
    regional = f.user("khuvuc.hn1", "district_head", authority("R01-01"))
    assert decisions_visible_to(hanoi).filter(pk=decision.pk).exists()
    assert cases_visible_to(hanoi).filter(pk=case.pk).exists()
    assert not decisions_visible_to(hcm).filter(pk=decision.pk).exists()
    assert not cases_visible_to(hcm).filter(pk=case.pk).exists()
    # A regional office sees what its former district offices filed, not the province's.
    assert not cases_visible_to(regional).filter(pk=case.pk).exists()
    d001_case = Case.objects.create(
        authority=act.service.d001,
        number="3/2024/QĐ-CCTHADS",
        judgment_ref="BA 3",
        opened_on=date(2024, 4, 1),
    )
    assert cases_visible_to(regional).filter(pk=d001_case.pk).exists()


def test_the_moved_accounts_keep_their_records(client, act, filed_2024):
    _decision, case = filed_2024
    client.force_login(act.users.alice)  # moved from P01 to T01 by the act
    assert client.get(reverse("case-detail", args=[case.pk])).status_code == 200
    client.force_login(act.users.carol)  # moved from P79 to T79
    assert client.get(reverse("case-detail", args=[case.pk])).status_code == 404


def test_the_persons_page_shows_a_posting_before_and_after(client, act):
    client.force_login(act.users.admin)
    page = client.get(reverse("person-detail", args=[act.head002.pk])).content.decode()
    assert "Chi cục Thi hành án dân sự quận Hoàn Kiếm" in page
    assert "Phòng Thi hành án dân sự khu vực 1 – Hà Nội" in page
    assert "1898/QĐ-BTP" in page  # the act in the person's history


# ---------------------------------------------------------------- the act's pages


def test_the_preview_then_the_confirmation_records_the_act(client, ready):
    client.force_login(ready.users.admin)
    assert client.get(reverse("reorganisation-preview")).status_code == 200
    preview = client.post(reverse("reorganisation-preview"), {"effective_on": "2025-07-01"})
    assert preview.status_code == 200
    assert preview.context["plan"].problems == []
    assert not ReorganisationAct.objects.exists()
    done = client.post(reverse("reorganisation-apply"), {"effective_on": "2025-07-01"})
    act = ReorganisationAct.objects.get()
    assert done.status_code == 302 and done.url == reverse("reorganisation-act", args=[act.pk])
    assert act.recorded_by == ready.users.admin
    page = client.get(done.url)
    assert page.status_code == 200 and "Vũ Văn Đình" in page.content.decode()
    again = client.post(reverse("reorganisation-apply"), {"effective_on": "2025-07-01"})
    assert again.status_code == 302 and ReorganisationAct.objects.count() == 1


def test_the_page_lists_the_problems_and_refuses_to_record(client, former):
    client.force_login(former.users.admin)
    preview = client.post(reverse("reorganisation-preview"), {"effective_on": "2025-07-01"})
    assert preview.context["plan"].problems
    assert "reorganisation-apply" not in preview.content.decode()
    refused = client.post(reverse("reorganisation-apply"), {"effective_on": "2025-07-01"})
    assert refused.status_code == 400 and not ReorganisationAct.objects.exists()


@pytest.mark.parametrize("data", [{"effective_on": "1/7/2025x"}, {}])
def test_a_bad_day_is_a_400_with_the_form(client, ready, data):
    client.force_login(ready.users.admin)
    assert client.post(reverse("reorganisation-preview"), data).status_code == 400
    assert client.post(reverse("reorganisation-apply"), data).status_code == 400


def test_a_bad_heads_file_is_a_400(client, ready):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(ready.users.admin)
    upload = SimpleUploadedFile("heads.csv", b"CB000001\n")
    r = client.post(
        reverse("reorganisation-preview"), {"effective_on": "2025-07-01", "heads_file": upload}
    )
    assert r.status_code == 400 and "heads_file" in r.context["form"].errors


@pytest.mark.parametrize("who", ["alice", "audrey", "carol"])
def test_only_a_central_administrator_records_the_act(client, ready, who):
    client.force_login(getattr(ready.users, who))
    assert client.get(reverse("reorganisation-preview")).status_code == 403
    assert (
        client.post(reverse("reorganisation-apply"), {"effective_on": "2025-07-01"}).status_code
        == 403
    )
    assert not ReorganisationAct.objects.exists()
    assert "reorganisation-preview" not in client.get(reverse("home")).content.decode()


def test_the_recorded_act_is_404_outside_the_national_scope(client, act):
    pk = ReorganisationAct.objects.get().pk
    client.force_login(act.users.carol)
    assert client.get(reverse("reorganisation-act", args=[pk])).status_code == 404


# ---------------------------------------------------------------- the command


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("reorganise", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_command_is_a_dry_run_by_default_then_applies_once(ready):
    out, _err = run("2025-07-01")
    assert "Dry run: nothing written" in out and "posting" in out
    assert not ReorganisationAct.objects.exists()
    out, _err = run("2025-07-01", "--apply")
    assert "Recorded" in out and ReorganisationAct.objects.count() == 1
    with pytest.raises(CommandError, match="already_done"):
        run("2025-07-01", "--apply")


def test_the_command_lists_the_problems_and_writes_nothing(former):
    with pytest.raises(CommandError, match="partial_run"):
        run("2025-07-01", "--apply")
    assert not ReorganisationAct.objects.exists()


def test_the_command_reads_a_heads_file(ready, tmp_path):
    heads = tmp_path / "heads.csv"
    heads.write_text(f"staff_code,authority_code\n{ready.dir74.staff_code},T79\n", encoding="utf-8")
    run("2025-07-01", "--heads", str(heads), "--apply")
    ready.dir74.refresh_from_db()
    assert ready.dir74.post == "provincial_director"


@pytest.mark.parametrize("args", [("2025-13-01",), ("2025-07-01", "--heads", "/no/such/file.csv")])
def test_bad_input_exits_with_2(ready, args):
    with pytest.raises(CommandError) as exc:
        run(*args)
    assert exc.value.returncode == 2
