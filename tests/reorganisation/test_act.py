"""The reorganisation act of 01/07/2025 (Decision 1898/QĐ-BTP; Conclusion 162-KL/TW): every
posting, post, account and tool of the former structure carried to its successor, once, with
the history of each change; refused twice, and refused on a structure that is not ready."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reorganisation.conftest import ACT_DAY
from thads.accounts.models import Profile
from thads.core.errors import DomainError
from thads.equipment.models import ToolItem, ToolStock
from thads.organization.models import Authority
from thads.people.models import LeadershipPost, Person, Posting
from thads.reorganisation.errors import Problem, ReorganisationError
from thads.reorganisation.models import ChangeKind, ReorganisationAct, ReorganisationChange
from thads.reorganisation.services import ReorganisationRefused, reorganise

DAY_BEFORE = date(2025, 6, 30)


def authority(code):
    return Authority.objects.get(code=code)


def post_on(person, day):
    row = (
        LeadershipPost.objects.filter(person=person, valid_from__lte=day)
        .exclude(valid_to__lt=day)
        .select_related("authority")
        .get()
    )
    return row.post, row.authority.code


def posting_on(person, day):
    return (
        Posting.objects.filter(person=person, valid_from__lte=day)
        .exclude(valid_to__lt=day)
        .get()
        .authority.code
    )


def test_a_dry_run_writes_nothing_and_says_what_the_act_would_do(ready):
    before = (Posting.objects.count(), LeadershipPost.objects.count(), Posting.history.count())
    plan, act = reorganise(actor=None, effective_on=ACT_DAY)
    assert act is None and plan.problems == []
    assert (Posting.objects.count(), LeadershipPost.objects.count(), Posting.history.count()) == (
        before
    )
    summary = plan.summary()
    assert summary["posting"] == 14  # everyone of the civil service (not the military person)
    assert summary["post_to_deputy"] == 2  # Bình Dương's director, Hoàn Kiếm's head
    assert summary["profile"] == 6 and summary["equipment"] == 3
    assert not ReorganisationAct.objects.exists()


def test_every_posting_of_30_06_2025_continues_at_the_successor_on_01_07_2025(ready):
    w = ready
    reorganise(actor=w.users.admin, effective_on=ACT_DAY, apply=True)
    expected = {
        w.people.central: "CQLTHADS",
        w.people.p01: "T01",
        w.people.d001: "R01-01",
        w.people.d002: "R01-01",
        w.people.p79: "T79",
        w.people.d760: "R79-01",
        w.dir74: "T79",
        w.dg: "CQLTHADS",
        w.unit_head: "CQLTHADS-VP",
    }
    for person, code in expected.items():
        old = posting_on(person, DAY_BEFORE)
        assert posting_on(person, ACT_DAY) == code, person
        assert authority(code).predecessors.filter(code=old).exists() or code.startswith("CQL")
        person.refresh_from_db()
        assert person.authority.code == code
    opened = Posting.objects.get(person=w.people.p01, valid_from=ACT_DAY)
    assert (opened.decision_ref, opened.note) == (
        "1898/QĐ-BTP",
        "Tổ chức lại theo Quyết định số 1898/QĐ-BTP",
    )
    # The military system is not reorganised.
    assert posting_on(w.people.qk1, ACT_DAY) == "QK1"


@pytest.mark.parametrize(
    ("who", "before", "after"),
    [
        pytest.param(
            "dg",
            ("director_general", "TCTHADS"),
            ("director_general", "CQLTHADS"),
            id="Tổng Cục trưởng → Cục trưởng Cục Quản lý THADS",
        ),
        pytest.param(
            "unit_head",
            ("head_central_unit", "TCTHADS"),
            ("head_central_unit", "CQLTHADS-VP"),
            id="head of a former central unit → the Văn phòng by default",
        ),
        pytest.param(
            "dir79",
            ("provincial_director", "P79"),
            ("provincial_director", "T79"),
            id="Cục trưởng of the seat province → Trưởng THADS TP Hồ Chí Minh",
        ),
        pytest.param(
            "dir74",
            ("provincial_director", "P74"),
            ("deputy_provincial_director", "T79"),
            id="Cục trưởng of Bình Dương → deputy of THADS TP Hồ Chí Minh",
        ),
        pytest.param(
            "head001",
            ("district_head", "D001"),
            ("district_head", "R01-01"),
            id="Chi cục trưởng of the lowest code → Trưởng phòng khu vực",
        ),
        pytest.param(
            "head002",
            ("district_head", "D002"),
            ("deputy_district_head", "R01-01"),
            id="the other Chi cục trưởng → Phó Trưởng phòng khu vực",
        ),
        pytest.param(
            "deputy002",
            ("deputy_district_head", "D002"),
            ("deputy_district_head", "R01-01"),
            id="Phó Chi cục trưởng → Phó Trưởng phòng khu vực",
        ),
    ],
)
def test_posts_are_carried_across_one_head_per_successor(ready, who, before, after):
    person = getattr(ready, who)
    reorganise(actor=ready.users.admin, effective_on=ACT_DAY, apply=True)
    assert post_on(person, DAY_BEFORE) == before
    assert post_on(person, ACT_DAY) == after
    person.refresh_from_db()
    assert person.post == after[0]
    new = LeadershipPost.objects.get(person=person, valid_from=ACT_DAY)
    assert new.decision_ref == "1898/QĐ-BTP" and new.appointed_by
    change = ReorganisationChange.objects.exclude(kind=ChangeKind.POSTING).get(person=person)
    assert (change.post_before, change.post_after) == (before[0], after[0])
    expected_kind = ChangeKind.POST_CARRIED if before[0] == after[0] else ChangeKind.POST_TO_DEPUTY
    assert change.kind == expected_kind


def test_the_heads_file_names_who_heads_and_which_unit(ready):
    w = ready
    heads = {w.dir74.staff_code: "T79", w.unit_head.staff_code: "CQLTHADS-TCCB"}
    reorganise(actor=None, effective_on=ACT_DAY, heads=heads, apply=True)
    assert post_on(w.dir74, ACT_DAY) == ("provincial_director", "T79")
    assert post_on(w.dir79, ACT_DAY) == ("deputy_provincial_director", "T79")
    assert post_on(w.unit_head, ACT_DAY) == ("head_central_unit", "CQLTHADS-TCCB")
    assert posting_on(w.unit_head, ACT_DAY) == "CQLTHADS-TCCB"


def test_a_heads_file_that_does_not_fit_is_refused_with_every_problem(ready):
    w = ready
    heads = {"CB999999": "T01", w.people.p01.staff_code: "T01", w.dir74.staff_code: "T01"}
    with pytest.raises(ReorganisationRefused) as exc:
        reorganise(actor=None, effective_on=ACT_DAY, heads=heads, apply=True)
    assert sorted(p.code for p in exc.value.problems) == sorted(
        [Problem.HEADS_UNKNOWN_PERSON, Problem.HEADS_NO_POST, Problem.HEADS_WRONG_AUTHORITY]
    )
    assert not ReorganisationAct.objects.exists()


def test_accounts_and_equipment_follow(ready):
    w = ready
    reorganise(actor=w.users.admin, effective_on=ACT_DAY, apply=True)
    homes = dict(Profile.objects.values_list("user__username", "authority__code"))
    assert homes == {
        "admin": "CQLTHADS",
        "alice": "T01",
        "bob": "R01-01",
        "ivan": "T01",
        "audrey": "CQLTHADS",
        "carol": "T79",
    }
    assert ToolItem.objects.get(serial="RB-001").authority.code == "R01-01"
    stock = dict(ToolStock.objects.values_list("authority__code", "quantity"))
    assert stock == {"D001": 0, "D002": 0, "R01-01": 8}
    assert ReorganisationChange.objects.filter(kind=ChangeKind.EQUIPMENT).count() == 3


def test_every_change_has_its_history_row_and_a_change_row(ready):
    w = ready
    _plan, act = reorganise(actor=w.users.admin, effective_on=ACT_DAY, apply=True)
    closed = Posting.objects.get(person=w.people.d002, valid_to=DAY_BEFORE)
    last = closed.history.order_by("-history_id").first()
    assert (last.history_type, last.valid_to, last.history_user, last.history_change_reason) == (
        "~",
        DAY_BEFORE,
        w.users.admin,
        "1898/QĐ-BTP",
    )
    opened = Posting.objects.get(person=w.people.d002, valid_from=ACT_DAY)
    assert opened.history.get().history_type == "+"
    person = Person.history.filter(id=w.head002.pk).order_by("-history_id").first()
    assert (person.authority_id, person.post) == (authority("R01-01").pk, "deputy_district_head")
    assert person.national_id == w.head002.national_id  # protected data copied as stored
    assert Profile.history.filter(user=w.users.bob).order_by("-history_id")[0].authority.code == (
        "R01-01"
    )
    assert act.recorded_by == w.users.admin
    assert act.legal_bases[0].startswith("Quyết định số 1898/QĐ-BTP ngày 25/6/2025")
    assert "Kết luận số 162-KL/TW" in act.legal_bases
    assert (
        act.changes.count()
        == sum(n for k, n in act.summary.items() if k in ChangeKind.values)
        == 14 + 8 + 6 + 3
    )


def test_the_act_runs_once(ready):
    reorganise(actor=None, effective_on=ACT_DAY, apply=True)
    postings = Posting.objects.count()
    for apply in (False, True):
        with pytest.raises(DomainError) as exc:
            reorganise(actor=None, effective_on=ACT_DAY, apply=apply)
        assert exc.value.code == ReorganisationError.ALREADY_DONE
    assert Posting.objects.count() == postings


def test_a_structure_that_is_not_ready_is_refused_with_every_problem(former):
    """Without the new structure nothing ends the day before; with a missing regional office
    the former district has no successor: nothing is written either way."""
    with pytest.raises(ReorganisationRefused) as exc:
        reorganise(actor=None, effective_on=ACT_DAY, apply=True)
    assert exc.value.code == ReorganisationError.PARTIAL_RUN
    assert Problem.NOTHING_ENDS in {p.code for p in exc.value.problems}

    from tests.reorganisation.conftest import OFFICES
    from thads.organization.services import two_level_structure_create

    two_level_structure_create(actor=None, regional=OFFICES[:1])  # no office for D760, D718
    postings, history = Posting.objects.count(), Posting.history.count()
    with pytest.raises(ReorganisationRefused) as exc:
        reorganise(actor=None, effective_on=ACT_DAY, apply=True)
    problems = {(p.code, p.subject) for p in exc.value.problems}
    assert {(Problem.NO_SUCCESSOR, "D760"), (Problem.NO_SUCCESSOR, "D718")} <= problems
    assert (Posting.objects.count(), Posting.history.count()) == (postings, history)
    assert not ReorganisationAct.objects.exists()


def test_a_successor_with_staff_already_is_a_problem(ready):
    from tests import factories as f

    f.person("Người Mới", authority("T01"), "specialist", on=ACT_DAY)
    plan, _act = reorganise(actor=None, effective_on=ACT_DAY)
    assert (Problem.SUCCESSOR_HAS_POSTINGS, "T01") in {(p.code, p.subject) for p in plan.problems}
