"""Who sees which round and which candidacy: the exams' part of the access funnel, and the
examination's read queries (the round's candidates, the people one may submit, the
consolidated report of Art. 62.1).

Rounds are national: every user with a scope sees the civil rounds, and military staff (and
the national roles) the military ones. A candidacy is seen within the scope of the authority
the candidate worked at when submitted: the district head their office's, the provincial
department its province's, the General Department all. Outside the scope it does not exist
(404).
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from thads.core.access import fetch, scope_path, visible
from thads.exams.models import Candidacy, CandidacyStatus, ExamRound
from thads.people.models import PROTECTED_FIELDS, Person
from thads.people.selectors import people_visible_to

QUALIFIED_STATUSES = (
    CandidacyStatus.QUALIFIED,
    CandidacyStatus.PASSED,
    CandidacyStatus.FAILED,
    CandidacyStatus.DESIGNATED,
)


def exam_rounds_visible_to(user) -> QuerySet[ExamRound]:
    """The civil rounds for every user with a scope, the military ones for military staff;
    all rounds for the national roles."""
    path = scope_path(user)
    qs = ExamRound.objects.all()
    if path is None:
        return qs.none()
    if path == "":
        return qs
    return qs.filter(military=user.profile.authority.military)


def access_exam_round(user, pk, *, perm: str = "exams.view_examround") -> ExamRound:
    return fetch(exam_rounds_visible_to(user), user, pk, perm=perm)


def candidacies_visible_to(user) -> QuerySet[Candidacy]:
    """Candidacies whose submitting authority lies in the user's scope."""
    return visible(
        Candidacy.objects.select_related("person", "authority", "province", "round", "decision"),
        user,
        "authority",
    )


def access_candidacy(user, pk, *, perm: str = "exams.view_candidacy") -> Candidacy:
    return fetch(candidacies_visible_to(user), user, pk, perm=perm)


def exam_rounds_filter(
    qs: QuerySet[ExamRound],
    *,
    year: int | None = None,
    grade: str = "",
    status: str = "",
    military: bool | None = None,
) -> QuerySet[ExamRound]:
    if year:
        qs = qs.filter(year=year)
    if grade:
        qs = qs.filter(grade=grade)
    if status:
        qs = qs.filter(status=status)
    if military is not None:
        qs = qs.filter(military=military)
    return qs


def round_candidacies(user, exam_round: ExamRound) -> QuerySet[Candidacy]:
    """The round's candidacies in the user's scope."""
    return candidacies_visible_to(user).filter(round=exam_round)


def qualified_candidacies(user, exam_round: ExamRound) -> QuerySet[Candidacy]:
    """Those on the published list of qualified candidates (60), in the user's scope."""
    return round_candidacies(user, exam_round).filter(status__in=QUALIFIED_STATUSES)


def people_submittable_by(user) -> QuerySet[Person]:
    """The people of the user's own office: those whom they may submit (58.1, 58.2)."""
    profile = getattr(user, "profile", None)
    if profile is None:
        return people_visible_to(user).none()
    return (
        people_visible_to(user)
        .filter(authority=profile.authority)
        .defer(*PROTECTED_FIELDS)
        .order_by("search_name")
    )


REPORT_COLUMNS = (
    ("submitted", _("Candidates")),
    ("preselected", _("Pre-selected")),
    ("qualified", _("Qualified")),
    ("not_qualified", _("Not qualified")),
    ("passed", _("Passed")),
    ("failed", _("Failed")),
    ("designated", _("Designated")),
)


def exam_round_report(user, exam_round: ExamRound) -> dict:
    """62.1, the consolidated report of the candidacies in the user's scope: counts per
    province and the list of those who passed."""
    provinces: dict[int, dict] = {}
    passed = []
    for c in round_candidacies(user, exam_round):
        row = provinces.setdefault(
            c.province_id, {"province": c.province, **{k: 0 for k, _l in REPORT_COLUMNS}}
        )
        row["submitted"] += 1
        if c.preselected:
            row["preselected"] += 1
        if c.qualified:
            row["qualified"] += 1
        if c.status == CandidacyStatus.NOT_QUALIFIED:
            row["not_qualified"] += 1
        if c.status in (CandidacyStatus.PASSED, CandidacyStatus.DESIGNATED):
            row["passed"] += 1
            passed.append(c)
        if c.status == CandidacyStatus.FAILED:
            row["failed"] += 1
        if c.status == CandidacyStatus.DESIGNATED:
            row["designated"] += 1
    rows = sorted(provinces.values(), key=lambda r: r["province"].code)
    for row in rows:
        row["counts"] = [row[k] for k, _l in REPORT_COLUMNS]
    totals = {k: sum(r[k] for r in rows) for k, _l in REPORT_COLUMNS}
    totals["counts"] = [totals[k] for k, _l in REPORT_COLUMNS]
    passed.sort(key=lambda c: (-(c.score or 0), c.person.search_name))
    return {"rows": rows, "totals": totals, "passed": passed}
