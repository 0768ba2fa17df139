"""The recruitment examination workflow (Art. 56–62 of Decree 62/2015/NĐ-CP), step by step.

Each step is a service: keyword-only, one transaction, the acting user on the history row.
Who may take a step follows the decree: the head of the candidate's district office submits
(58.1), the provincial department compiles its list and pre-selects (58.2–58.3), the General
Department — the Military Department for military candidates — checks the dossiers and
publishes the qualified list (60), records the board the Minister established (61) and the
results, and consolidates them (62.1); the Minister designates (62.1) through the careers
decision register, which checks that the user records decisions for the Minister.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from thads.careers.decisions import (
    central_authority,
    decision_issue,
    decision_wording,
    province_of,
)
from thads.careers.models import Decision, DecisionKind, Signer
from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.exams.errors import ExamsError
from thads.exams.models import (
    TARGET_GRADES,
    BoardMember,
    BoardRole,
    Candidacy,
    CandidacyStatus,
    DocumentKind,
    DossierDocument,
    ExamRound,
    RoundStatus,
)
from thads.organization.models import Authority
from thads.people import services as people
from thads.people.choices import OFFICER_GRADES, Grade
from thads.people.models import Person
from thads.rules.citations import cite
from thads.rules.engine import InvalidFacts, evaluate

# Levels of the authorities that take each step.
OFFICE_LEVELS = {"district", "regional", "military_region"}
PROVINCE_LEVELS = {"provincial", "military_central"}

# The standards a candidate declares (the facts of `exam.eligibility` that the records do not
# hold); `years_in_grade_below` is computed from the person's grade history.
DECLARED_FACTS = (
    "vietnamese_citizen",
    "good_character",
    "law_degree",
    "fit_for_duty",
    "years_legal_work",
    "enforcement_training",
    "under_criminal_prosecution",
    "under_disciplinary_review",
)
GRADE_BELOW: dict[str, Grade] = {
    Grade.OFFICER_INTERMEDIATE: Grade.OFFICER_JUNIOR,
    Grade.OFFICER_SENIOR: Grade.OFFICER_INTERMEDIATE,
}
GRADE_VI: dict[str, str] = {
    Grade.OFFICER_JUNIOR: "Chấp hành viên sơ cấp",
    Grade.OFFICER_INTERMEDIATE: "Chấp hành viên trung cấp",
    Grade.OFFICER_SENIOR: "Chấp hành viên cao cấp",
}
REQUIRED_DOCUMENTS = (DocumentKind.APPLICATION, DocumentKind.DIRECTOR_PROPOSAL)

ERR_GRADE_OUTSIDE = _(
    "Articles 56–62 organise the examinations for the enforcement officer grades only; "
    "inspectors are recruited under the rules on civil servants (Art. 66.3)."
)
ERR_NOT_EXAMINER = _(
    "Only the General Department (the Military Department for military candidates) takes this step."
)
ERR_ROUND_STATE = _("The examination round is not at that step (now: %(status)s).")
ERR_CANDIDACY_STATE = _("The candidacy is not at that step (now: %(status)s).")
ERR_NOT_SUBMITTER = _(
    "Candidates are submitted by the head of a district office, or by the provincial "
    "department for its own staff."
)
ERR_NOT_YOUR_OFFICE = _(
    "%(name)s does not work in your office (%(authority)s): only their own head submits them."
)
ERR_MILITARY_MISMATCH = _(
    "Military candidates sit the military round and civil candidates the civil round."
)
ERR_ALREADY_IN_GRADE = _("%(name)s already holds the grade %(grade)s or a higher one.")
ERR_DUPLICATE = _("This person is already a candidate in this round.")
ERR_NOT_PROVINCE = _(
    "Only the candidate's provincial department (the Military Department for military "
    "candidates) takes this step."
)
ERR_NOT_LISTED = _("The provincial department must first compile its list of candidates.")
ERR_NOTHING_TO_COMPILE = _("No candidate submitted by the district offices awaits the list.")
ERR_NOTE_REQUIRED = _("Say why the candidate is not pre-selected.")
ERR_PROPOSAL_BY_DIRECTOR = _(
    "The written proposal is the provincial director's (the Military Department director's)."
)
ERR_FUTURE = _("The date cannot be in the future.")
ERR_REFERENCE = _("Give the document's number or reference.")
ERR_NOTHING_TO_CHECK = _("No pre-selected candidate to check.")
ERR_NO_BOARD = _(
    "The board of examiners has not been recorded: the Minister's decision and its members."
)
ERR_BOARD_DECISION = _("Give the number of the Minister's decision.")
ERR_NOT_QUALIFIED = _(
    "%(name)s is not on the published list of qualified candidates: only they sit the exam."
)
ERR_SCORE = _("The score is a number from 0 to 100.")
ERR_RESULTS_MISSING = _("Results are missing for %(count)s qualified candidate(s).")
ERR_NOT_REPORTED = _("The results have not been consolidated and reported to the Minister yet.")
ERR_NOT_PASSED = _("Only a candidate who passed the examination is designated.")
ERR_ALREADY_DESIGNATED = _("%(name)s has already been designated (decision %(number)s).")
ERR_GRADE_CHANGED = _(
    "%(name)s's grade changed since the candidacy (now %(grade)s): the designation no "
    "longer applies."
)


def _authority(actor) -> Authority | None:
    profile = getattr(actor, "profile", None)
    return profile.authority if profile is not None else None


def _need(actor, perm: str) -> None:
    if not actor.has_perm(perm):
        raise PermissionDenied


def examining_level(exam_round: ExamRound) -> str:
    return "military_central" if exam_round.military else "central"


def is_examiner(actor, exam_round: ExamRound) -> bool:
    """The General Department (civil) or the Military Department (military), Art. 60."""
    authority = _authority(actor)
    return authority is not None and authority.level == examining_level(exam_round)


def _examiner(actor, exam_round: ExamRound, citation: str) -> None:
    _need(actor, "exams.change_examround")
    if not is_examiner(actor, exam_round):
        raise DomainError(
            ExamsError.NOT_EXAMINING_AUTHORITY, str(ERR_NOT_EXAMINER), citation=citation
        )


def is_province_of(actor, candidacy: Candidacy) -> bool:
    authority = _authority(actor)
    return authority is not None and authority.pk == candidacy.province_id


def _round_at(exam_round: ExamRound, *statuses: str) -> None:
    if exam_round.status not in statuses:
        raise DomainError(
            ExamsError.ROUND_STATE,
            str(ERR_ROUND_STATE % {"status": exam_round.get_status_display()}),
        )


def _candidacy_at(candidacy: Candidacy, *statuses: str, citation: str | None = None) -> None:
    if candidacy.status not in statuses:
        raise DomainError(
            ExamsError.CANDIDACY_STATE,
            str(ERR_CANDIDACY_STATE % {"status": candidacy.get_status_display()}),
            citation=citation,
        )


def _lock_round(exam_round: ExamRound) -> ExamRound:
    return ExamRound.objects.select_for_update().get(pk=exam_round.pk)


def _lock(candidacy: Candidacy) -> Candidacy:
    return (
        Candidacy.objects.select_for_update(of=("self",))
        .select_related("round", "person", "authority", "province")
        .get(pk=candidacy.pk)
    )


# ----------------------------------------------------------------------------- the round


@transaction.atomic
def round_open(
    *,
    actor,
    grade: str,
    year: int,
    military: bool,
    on: date,
    submissions_close_on: date | None = None,
    exam_on: date | None = None,
) -> ExamRound:
    """Open a round for one grade: the General Department for civil candidates, the Military
    Department for military ones (Art. 56.2, 60)."""
    _need(actor, "exams.add_examround")
    exam_round = ExamRound(
        grade=grade,
        year=year,
        military=military,
        opened_on=on,
        submissions_close_on=submissions_close_on,
        exam_on=exam_on,
        created_by=actor,
    )
    if not is_examiner(actor, exam_round):
        raise DomainError(
            ExamsError.NOT_EXAMINING_AUTHORITY,
            str(ERR_NOT_EXAMINER),
            citation=cite(60, 2 if military else 1),
        )
    errors: dict[str, list] = {}
    if grade in dict(TARGET_GRADES) and grade not in OFFICER_GRADES:
        raise DomainError(
            ExamsError.NO_EXAM_FOR_GRADE,
            str(ERR_GRADE_OUTSIDE),
            citation=cite(56, 1),
            field="grade",
        )
    if not 2015 <= (year or 0) <= on.year + 2:
        errors["year"] = [_("Give a year from 2015 to two years ahead.")]
    for name, day in (("submissions_close_on", submissions_close_on), ("exam_on", exam_on)):
        if day is not None and day < on:
            errors[name] = [_("The date cannot be before the round opens.")]
    if errors:
        raise ValidationError(errors)
    exam_round.full_clean(exclude=["created_by"])
    return save_with_history(exam_round, actor)


# ----------------------------------------------------------------------------- facts


def years_in_grade(person: Person, grade: str, on: date) -> float:
    """Years the person held `grade` up to `on`, from their grade history."""
    days = 0
    for row in person.grades.filter(grade=grade, valid_from__lte=on):
        end = min(row.valid_to or on, on)
        days += (end - row.valid_from).days
    return round(days / 365.25, 2)


def exam_facts(*, grade: str, person: Person, declared: dict, on: date) -> dict:
    """The facts of `exam.eligibility`: the standards declared and the years in the grade below."""
    facts = {"target_grade": grade, **_clean_declared(declared, grade)}
    if grade in GRADE_BELOW:
        facts["years_in_grade_below"] = years_in_grade(person, GRADE_BELOW[grade], on)
    return facts


def _clean_declared(facts: dict, grade: str) -> dict:
    """The declared standards the grade uses (the rule says which are required)."""
    keys: tuple[str, ...] = DECLARED_FACTS
    if grade in GRADE_BELOW:
        keys = tuple(k for k in keys if k not in ("years_legal_work", "enforcement_training"))
    return {k: facts.get(k) for k in keys if facts.get(k) is not None}


# ----------------------------------------------------------------------------- 58: candidates


@transaction.atomic
def candidate_submit(
    *, actor, exam_round: ExamRound, person: Person, facts: dict, on: date
) -> Candidacy:
    """58.1: the head of a district office submits people of their office to the provincial
    director; 58.2: the provincial department puts its own staff on its list directly."""
    _need(actor, "exams.add_candidacy")
    exam_round = _lock_round(exam_round)
    _round_at(exam_round, RoundStatus.OPEN)
    authority = _authority(actor)
    if authority is None or authority.level not in OFFICE_LEVELS | PROVINCE_LEVELS:
        raise DomainError(ExamsError.NOT_SUBMITTER, str(ERR_NOT_SUBMITTER), citation=cite(58, 1))
    from_office = authority.level in OFFICE_LEVELS
    clause = 1 if from_office else 2
    if person.authority_id != authority.pk:
        raise DomainError(
            ExamsError.NOT_YOUR_OFFICE,
            str(ERR_NOT_YOUR_OFFICE % {"name": person.full_name, "authority": authority.name}),
            citation=cite(58, clause),
            field="person",
        )
    if person.military != exam_round.military:
        raise DomainError(
            ExamsError.MILITARY_MISMATCH,
            str(ERR_MILITARY_MISMATCH),
            citation=cite(58, clause),
            field="person",
        )
    target = OFFICER_GRADES.index(exam_round.grade)
    if person.grade in OFFICER_GRADES and OFFICER_GRADES.index(person.grade) >= target:
        raise DomainError(
            ExamsError.ALREADY_IN_GRADE,
            str(
                ERR_ALREADY_IN_GRADE
                % {"name": person.full_name, "grade": exam_round.get_grade_display()}
            ),
            field="person",
        )
    if Candidacy.objects.filter(round=exam_round, person=person).exists():
        raise ValidationError({"person": [ERR_DUPLICATE]})
    declared = _clean_declared(facts, exam_round.grade)
    try:
        evaluate(
            "exam.eligibility",
            exam_facts(grade=exam_round.grade, person=person, declared=declared, on=on),
            on,
        )
    except InvalidFacts as exc:
        raise ValidationError({k: [v] for k, v in exc.fields.items()}) from None
    candidacy = Candidacy(
        round=exam_round,
        person=person,
        authority=authority,
        province=province_of(authority),
        grade_at_submission=person.grade,
        status=CandidacyStatus.SUBMITTED if from_office else CandidacyStatus.LISTED,
        facts=declared,
        submitted_on=on,
        submitted_by=actor,
        listed_on=None if from_office else on,
    )
    return save_with_history(candidacy, actor)


@transaction.atomic
def province_list_compile(*, actor, exam_round: ExamRound, on: date) -> int:
    """58.2: the provincial department compiles the candidates its district offices submitted."""
    _need(actor, "exams.change_candidacy")
    exam_round = _lock_round(exam_round)
    _round_at(exam_round, RoundStatus.OPEN)
    authority = _authority(actor)
    if authority is None or authority.level not in PROVINCE_LEVELS:
        raise DomainError(ExamsError.NOT_PROVINCE, str(ERR_NOT_PROVINCE), citation=cite(58, 2))
    rows = list(
        Candidacy.objects.select_for_update().filter(
            round=exam_round, province=authority, status=CandidacyStatus.SUBMITTED
        )
    )
    if not rows:
        raise DomainError(
            ExamsError.NOTHING_TO_COMPILE, str(ERR_NOTHING_TO_COMPILE), citation=cite(58, 2)
        )
    for candidacy in rows:
        candidacy.status, candidacy.listed_on = CandidacyStatus.LISTED, on
        save_with_history(candidacy, actor)
    return len(rows)


@transaction.atomic
def candidate_preselect(
    *, actor, candidacy: Candidacy, selected: bool, note: str = "", on: date
) -> Candidacy:
    """58.3: the provincial director and deputies pre-select (sơ tuyển) the candidates."""
    _need(actor, "exams.change_candidacy")
    candidacy = _lock(candidacy)
    _round_at(candidacy.round, RoundStatus.OPEN)
    if not is_province_of(actor, candidacy):
        raise DomainError(ExamsError.NOT_PROVINCE, str(ERR_NOT_PROVINCE), citation=cite(58, 3))
    if candidacy.status == CandidacyStatus.SUBMITTED:
        raise DomainError(ExamsError.NOT_LISTED, str(ERR_NOT_LISTED), citation=cite(58, 2))
    _candidacy_at(
        candidacy,
        CandidacyStatus.LISTED,
        CandidacyStatus.PRESELECTED,
        CandidacyStatus.NOT_PRESELECTED,
    )
    if not selected and not note.strip():
        raise ValidationError({"note": [ERR_NOTE_REQUIRED]})
    candidacy.preselected = selected
    candidacy.preselection_note = note.strip()
    candidacy.preselected_on = on
    candidacy.status = CandidacyStatus.PRESELECTED if selected else CandidacyStatus.NOT_PRESELECTED
    return save_with_history(candidacy, actor)


# ----------------------------------------------------------------------------- 59: the dossier


@transaction.atomic
def dossier_document_add(
    *,
    actor,
    candidacy: Candidacy,
    kind: str,
    reference: str,
    dated_on: date | None,
    note: str = "",
    on: date,
) -> DossierDocument:
    """59: the dossier holds the candidate's application and the director's written proposal."""
    _need(actor, "exams.change_candidacy")
    candidacy = _lock(candidacy)
    _round_at(candidacy.round, RoundStatus.OPEN)
    errors: dict[str, list] = {}
    if kind not in DocumentKind.values:
        errors["kind"] = [_("Choose the kind of document.")]
    if not reference.strip():
        errors["reference"] = [ERR_REFERENCE]
    if dated_on is None:
        errors["dated_on"] = [_("Give the document's date.")]
    elif dated_on > on:
        errors["dated_on"] = [ERR_FUTURE]
    if errors or dated_on is None:
        raise ValidationError(errors)
    if kind == DocumentKind.DIRECTOR_PROPOSAL and not is_province_of(actor, candidacy):
        raise DomainError(
            ExamsError.PROPOSAL_BY_DIRECTOR,
            str(ERR_PROPOSAL_BY_DIRECTOR),
            citation=cite(59, 2),
            field="kind",
        )
    document = DossierDocument(
        candidacy=candidacy,
        kind=kind,
        reference=reference.strip(),
        dated_on=dated_on,
        note=note.strip(),
        added_by=actor,
    )
    return save_with_history(document, actor)


def dossier_missing(candidacy: Candidacy) -> list[str]:
    present = {d.kind for d in candidacy.documents.all()}
    return [k.value for k in REQUIRED_DOCUMENTS if k not in present]


# ----------------------------------------------------------------------------- 60: the list


@transaction.atomic
def qualified_list_publish(*, actor, exam_round: ExamRound, on: date) -> list[Candidacy]:
    """60: check every pre-selected candidate's dossier and standards (`exam.eligibility`) and
    publish the list of qualified candidates. The rule's whole answer stays on the candidacy;
    those not qualified keep their reasons."""
    clause = 2 if exam_round.military else 1
    _examiner(actor, exam_round, cite(60, clause))
    exam_round = _lock_round(exam_round)
    _round_at(exam_round, RoundStatus.OPEN)
    rows = list(
        Candidacy.objects.select_for_update(of=("self",))
        .filter(round=exam_round, status=CandidacyStatus.PRESELECTED)
        .select_related("person")
    )
    if not rows:
        raise DomainError(
            ExamsError.NOTHING_TO_CHECK, str(ERR_NOTHING_TO_CHECK), citation=cite(60, clause)
        )
    for candidacy in rows:
        facts = exam_facts(
            grade=exam_round.grade, person=candidacy.person, declared=candidacy.facts, on=on
        )
        try:
            answer = evaluate("exam.eligibility", facts, on)
        except InvalidFacts as exc:
            raise ValidationError(
                {"facts": [f"{candidacy.person.full_name}: {', '.join(exc.fields)}"]}
            ) from None
        missing = dossier_missing(candidacy)
        candidacy.eligibility = answer
        candidacy.dossier_missing = missing
        candidacy.checked_on = on
        candidacy.status = (
            CandidacyStatus.QUALIFIED
            if answer["outcome"]["eligible"] and not missing
            else CandidacyStatus.NOT_QUALIFIED
        )
        save_with_history(candidacy, actor)
    exam_round.status, exam_round.published_on = RoundStatus.PUBLISHED, on
    save_with_history(exam_round, actor)
    return rows


# ----------------------------------------------------------------------------- 61: the board


@transaction.atomic
def board_establish(
    *,
    actor,
    exam_round: ExamRound,
    decision_ref: str,
    decided_on: date | None,
    proposal_ref: str = "",
    on: date,
) -> ExamRound:
    """61.1: record the Minister's decision establishing the board, on the Director General's
    proposal."""
    _examiner(actor, exam_round, cite(61, 1))
    exam_round = _lock_round(exam_round)
    _round_at(exam_round, RoundStatus.OPEN, RoundStatus.PUBLISHED)
    errors: dict[str, list] = {}
    if not decision_ref.strip():
        errors["decision_ref"] = [ERR_BOARD_DECISION]
    if decided_on is None:
        errors["decided_on"] = [_("Give the decision's date.")]
    elif decided_on > on:
        errors["decided_on"] = [ERR_FUTURE]
    if errors:
        raise ValidationError(errors)
    exam_round.board_decision_ref = decision_ref.strip()
    exam_round.board_decided_on = decided_on
    exam_round.board_proposal_ref = proposal_ref.strip()
    return save_with_history(exam_round, actor)


@transaction.atomic
def board_member_add(
    *, actor, exam_round: ExamRound, full_name: str, role: str, position: str = ""
) -> BoardMember:
    """61.2: the board's members and their tasks (chair, secretary, question setting,
    supervision, grading …)."""
    _examiner(actor, exam_round, cite(61, 1))
    exam_round = _lock_round(exam_round)
    _round_at(exam_round, RoundStatus.OPEN, RoundStatus.PUBLISHED)
    errors: dict[str, list] = {}
    if not full_name.strip():
        errors["full_name"] = [_("Give the member's full name.")]
    if role not in BoardRole.values:
        errors["role"] = [_("Choose the member's role.")]
    if errors:
        raise ValidationError(errors)
    member = BoardMember(
        round=exam_round, full_name=full_name.strip(), role=role, position=position.strip()
    )
    return save_with_history(member, actor)


def board_established(exam_round: ExamRound) -> bool:
    return bool(exam_round.board_decision_ref) and exam_round.board_members.exists()


# ----------------------------------------------------------------------------- 62: results


def _score(value) -> Decimal:
    try:
        score = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError({"score": [ERR_SCORE]}) from None
    if not score.is_finite() or not Decimal(0) <= score <= Decimal(100):
        raise ValidationError({"score": [ERR_SCORE]})
    return score.quantize(Decimal("0.01"))


@transaction.atomic
def result_record(*, actor, candidacy: Candidacy, score, passed: bool, on: date) -> Candidacy:
    """61.2.c, 62.1: the board's result for a qualified candidate — only they sat the exam."""
    _examiner(actor, candidacy.round, cite(62, 1))
    candidacy = _lock(candidacy)
    _round_at(candidacy.round, RoundStatus.PUBLISHED)
    if not board_established(candidacy.round):
        raise DomainError(ExamsError.NO_BOARD, str(ERR_NO_BOARD), citation=cite(61, 1))
    if candidacy.status not in (
        CandidacyStatus.QUALIFIED,
        CandidacyStatus.PASSED,
        CandidacyStatus.FAILED,
    ):
        raise DomainError(
            ExamsError.NOT_QUALIFIED,
            str(ERR_NOT_QUALIFIED % {"name": candidacy.person.full_name}),
            citation=cite(60, 2 if candidacy.round.military else 1),
            field="candidacy",
        )
    candidacy.score = _score(score)
    candidacy.status = CandidacyStatus.PASSED if passed else CandidacyStatus.FAILED
    candidacy.result_on = on
    return save_with_history(candidacy, actor)


@transaction.atomic
def results_report(*, actor, exam_round: ExamRound, on: date) -> ExamRound:
    """62.1: the General Department consolidates the results and reports to the Minister."""
    _examiner(actor, exam_round, cite(62, 1))
    exam_round = _lock_round(exam_round)
    _round_at(exam_round, RoundStatus.PUBLISHED)
    if not board_established(exam_round):
        raise DomainError(ExamsError.NO_BOARD, str(ERR_NO_BOARD), citation=cite(61, 1))
    waiting = exam_round.candidacies.filter(status=CandidacyStatus.QUALIFIED).count()
    if waiting:
        raise DomainError(
            ExamsError.RESULTS_MISSING,
            str(ERR_RESULTS_MISSING % {"count": waiting}),
            citation=cite(62, 1),
        )
    exam_round.status, exam_round.reported_on = RoundStatus.REPORTED, on
    return save_with_history(exam_round, actor)


# ----------------------------------------------------------------------------- designation


def designation_signer(exam_round: ExamRound) -> str:
    return Signer.MINISTRY_OF_DEFENCE if exam_round.military else Signer.MINISTER_OF_JUSTICE


def _issuing_authority(exam_round: ExamRound, on: date) -> Authority:
    if exam_round.military:
        military = (
            Authority.objects.filter(level="military_central").order_by("-valid_from").first()
        )
        if military is not None:
            return military
    return central_authority(on)


def _already(candidacy: Candidacy) -> DomainError:
    return DomainError(
        ExamsError.ALREADY_DESIGNATED,
        str(
            ERR_ALREADY_DESIGNATED
            % {
                "name": candidacy.person.full_name,
                "number": candidacy.decision.number if candidacy.decision else "—",
            }
        ),
        citation=cite(62, 1),
    )


@transaction.atomic
def candidate_designate(
    *, actor, candidacy: Candidacy, on: date, signer_name: str = ""
) -> Decision:
    """62.1: the Minister's decision designating a candidate who passed, which sets the new
    grade on the person's record. The decision register checks that the user records decisions
    for the Minister (the Ministry of National Defence for military candidates); the person is
    locked and the candidacy re-checked under the lock, so two designations cannot both apply."""
    _need(actor, "exams.change_candidacy")
    candidacy = Candidacy.objects.select_related("round", "person", "authority", "decision").get(
        pk=candidacy.pk
    )
    exam_round = candidacy.round
    if candidacy.decision_id or candidacy.status == CandidacyStatus.DESIGNATED:
        raise _already(candidacy)
    if exam_round.status != RoundStatus.REPORTED:
        raise DomainError(ExamsError.NOT_REPORTED, str(ERR_NOT_REPORTED), citation=cite(62, 1))
    _candidacy_at(candidacy, CandidacyStatus.PASSED, citation=cite(62, 1))
    target = exam_round.grade
    person = candidacy.person
    grade_vi = GRADE_VI[target]

    def apply(locked: Person) -> dict:
        current = (
            Candidacy.objects.select_for_update(of=("self",))
            .select_related("person", "decision")
            .get(pk=candidacy.pk)
        )
        if current.decision_id or current.status == CandidacyStatus.DESIGNATED:
            raise _already(current)
        if current.status != CandidacyStatus.PASSED:
            raise DomainError(ExamsError.NOT_PASSED, str(ERR_NOT_PASSED), citation=cite(62, 1))
        if locked.grade != current.grade_at_submission:
            raise DomainError(
                ExamsError.GRADE_CHANGED,
                str(
                    ERR_GRADE_CHANGED
                    % {"name": locked.full_name, "grade": locked.get_grade_display()}
                ),
            )
        old = locked.grade
        people.person_change_grade(
            actor=actor,
            person=locked,
            grade=target,
            on=on,
            decision_ref=f"Thi tuyển {grade_vi} năm {exam_round.year}",
        )
        return {"grade": [old, target]}

    decision = decision_issue(
        actor=actor,
        kind=DecisionKind.DESIGNATION,
        person=person,
        signer=designation_signer(exam_round),
        authority=_issuing_authority(exam_round, on),
        signed_on=on,
        rule_answers=[candidacy.eligibility],
        apply=apply,
        signer_name=signer_name,
        signer_citation=cite(62, 1),
        **decision_wording(
            DecisionKind.DESIGNATION,
            person=person,
            grade_vi=grade_vi,
            exam_round=exam_round,
            signed_on=on,
        ),
    )
    row = person.grades.filter(grade=target, valid_from=on).order_by("-id").first()
    if row is not None:
        row.decision_ref = decision.number
        save_with_history(row, actor)
    candidacy = Candidacy.objects.get(pk=candidacy.pk)
    candidacy.decision = decision
    candidacy.status = CandidacyStatus.DESIGNATED
    save_with_history(candidacy, actor)
    return decision
