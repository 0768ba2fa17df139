"""Designation without examination (Art. 63): the selection board and its composition (63.4),
the dossier with the commitment (63.1.b), the board's meetings (quorum and majority, 63.4) and
the Minister's decision on a passed proposal (63.3), refused when `designation.without_exam`
says no on the decision date (63.1, 63.2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language, gettext, override
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
from thads.organization.models import Authority
from thads.people import services as people
from thads.people.choices import OFFICER_GRADES, Grade
from thads.people.models import Person
from thads.rules.citations import DECREE_IN_FORCE, cite
from thads.rules.engine import InvalidFacts, evaluate
from thads.selection.errors import SelectionError
from thads.selection.models import (
    BoardMember,
    BoardRole,
    Dossier,
    Meeting,
    SelectionBoard,
    Vote,
    VoteChoice,
)

CITE_BOARD = cite(63, 4)
CITE_MINISTER = cite(63, 3)
CITE_COMMITMENT = cite(63, 1, "b")
CITE_DOSSIER = cite(62, 2)
# The decree is in force from 01/09/2015 (DECREE_IN_FORCE), but its window (63.1) opens on
# 01/07/2015: a decision dated before the decree's first day is judged under its first version.

ERR_NOT_PROVINCIAL = _("A selection board is established for a provincial department.")
ERR_ROLE_MISSING = _("The board has no %(role)s.")
ERR_ROLE_TWICE = _("The board has %(count)s members as %(role)s; it must have one.")
ERR_COMPOSITION = _("The board's composition does not follow Art. 63.4: %(problems)s")
ERR_NO_MEMBERS = _("List the members of the board.")
ERR_MEMBER_FIELDS = _("Each member needs a name, an organisation and a role.")
ERR_NOT_DISTRICT = _("The person does not work at a district office.")
ERR_OTHER_PROVINCE = _("The board belongs to another province than the person's office.")
ERR_BOARD_LATER = _("The board was established after this date.")
ERR_ALREADY_OFFICER = _("The person already holds an enforcement officer grade (%(grade)s).")
ERR_COMMITMENT_YEARS = _("Enter the years of the commitment.")
ERR_COMMITMENT_LATER = _("The commitment cannot be signed after the dossier is submitted.")
ERR_FUTURE = _("The date cannot be in the future.")
ERR_VOTES = _("Record the vote of every member of the board, and only theirs.")
ERR_BEFORE_DOSSIER = _("The meeting cannot be held before the dossier is submitted.")
ERR_DECIDED = _("This dossier has already been decided.")
ERR_PASSED = _("The board has already passed the proposal for this dossier.")
ERR_NO_PROPOSAL = _(
    "The Minister decides only on a proposal passed by the selection board; this dossier has none."
)
ERR_BEFORE_MEETING = _("The decision cannot be dated before the board's meeting (%(date)s).")
ERR_NOT_ALLOWED = _("Designation without examination is not allowed: %(reasons)s")
ERR_MOVED = _("The person no longer works at %(authority)s: the dossier no longer applies.")
ERR_GRADE_CHANGED = _("The person's grade changed since the dossier (now %(grade)s).")


def reasons_text(answer: dict, language: str | None = None) -> str:
    """The failing reasons of a rule answer in the active language (Vietnamese by default)."""
    key = "vi" if (language or get_language() or "vi").startswith("vi") else "en"
    return " ".join(r[key] for r in answer["reasons"] if r["code"] != "allowed")


# --- The board (63.4) ------------------------------------------------------------------------


def board_composition(roles: list[str], on: date | None = None) -> list[dict]:
    """What is wrong with a board made of these seats, by `selection_board.composition`: each
    seat of Art. 63.4 exactly once (on `on`, default today).

    Returns one problem per missing or duplicated seat: `{"code", "role", "message",
    "citation"}`; an empty list when the composition follows the clause."""
    answer = _evaluate(
        "selection_board.composition", {"roles": list(roles)}, on or timezone.localdate()
    )
    problems = []
    for problem in answer["outcome"]["problems"]:
        role = BoardRole(problem["role"])
        text = ERR_ROLE_MISSING if problem["code"] == "role_missing" else ERR_ROLE_TWICE
        problems.append(
            {
                "code": problem["code"],
                "role": role.value,
                "message": str(text % {"count": problem["count"], "role": role.label}),
                "citation": CITE_BOARD,
            }
        )
    return problems


@transaction.atomic
def board_establish(
    *,
    actor,
    authority: Authority,
    established_on: date,
    members: list[dict],
    decision_ref: str = "",
) -> SelectionBoard:
    """Record the provincial selection board with its members (`{"name", "organisation",
    "role"}`); refused, with the clause, unless every seat of Art. 63.4 is held exactly once."""
    errors: dict[str, list] = {}
    if authority.level != "provincial":
        errors["authority"] = [ERR_NOT_PROVINCIAL]
    if established_on > timezone.localdate():
        errors["established_on"] = [ERR_FUTURE]
    clean = []
    for data in members:
        name = str(data.get("name") or "").strip()
        organisation = str(data.get("organisation") or "").strip()
        role = data.get("role")
        if not (name and organisation and role in BoardRole.values):
            errors["members"] = [ERR_MEMBER_FIELDS]
            continue
        clean.append({"name": name, "organisation": organisation, "role": role})
    if not members:
        errors["members"] = [ERR_NO_MEMBERS]
    if errors:
        raise ValidationError(errors)
    problems = board_composition([m["role"] for m in clean], established_on)
    if problems:
        raise DomainError(
            SelectionError.BOARD_COMPOSITION,
            str(ERR_COMPOSITION % {"problems": " ".join(p["message"] for p in problems)}),
            citation=CITE_BOARD,
            field="members",
        )
    board = save_with_history(
        SelectionBoard(
            authority=authority,
            established_on=established_on,
            decision_ref=decision_ref.strip(),
            created_by=actor,
        ),
        actor,
    )
    for data in clean:
        save_with_history(BoardMember(board=board, **data), actor)
    return board


# --- The dossier (62.2, 63.1) ----------------------------------------------------------------


def office_facts(authority: Authority) -> dict:
    """The facts of the office that `designation.without_exam` reads, from the registry."""
    return {
        "level": authority.level,
        "provincial_capital_unit": authority.provincial_capital_unit,
        "region_allowance_coefficient": float(authority.region_allowance_coefficient),
        "special_area": authority.special_area,
        "on_appendix_list": authority.on_appendix_list,
    }


def designation_answer(dossier: Dossier, decision_date: date) -> dict:
    """What `designation.without_exam` says for the dossier on the decision date."""
    facts = {
        "decision_date": decision_date.isoformat(),
        "authority": office_facts(dossier.authority),
        "commitment_years": float(dossier.commitment_years),
    }
    return _evaluate("designation.without_exam", facts, decision_date)


def _evaluate(rule: str, facts: dict, on: date) -> dict:
    """Ask the rule under the law in force on `on`; before the decree's first day, under its
    first version (the window of 63.1 opens on 01/07/2015, before the decree is in force)."""
    try:
        return evaluate(rule, facts, on)
    except InvalidFacts as exc:
        if set(exc.fields) != {"on"} or on >= DECREE_IN_FORCE:
            raise
        return evaluate(rule, facts, DECREE_IN_FORCE)


@transaction.atomic
def dossier_submit(
    *,
    actor,
    board: SelectionBoard,
    person: Person,
    submitted_on: date,
    commitment_years: Decimal | float | int | None,
    commitment_signed_on: date,
    target_grade: str = Grade.OFFICER_JUNIOR,
    documents: list[dict] | None = None,
) -> Dossier:
    """Record the provincial director's dossier (62.2) for a person of a district office of the
    board's province, with the written commitment to work there (63.1.b). The conditions of
    63.1 are the rule's to judge when the Minister decides, on the decision date."""
    errors: dict[str, list] = {}
    authority = person.authority
    if authority.level != "district":
        errors["person"] = [ERR_NOT_DISTRICT]
    elif province_of(authority).pk != board.authority_id:
        errors["board"] = [ERR_OTHER_PROVINCE]
    if person.grade in OFFICER_GRADES:
        errors["person"] = [ERR_ALREADY_OFFICER % {"grade": person.get_grade_display()}]
    if target_grade not in OFFICER_GRADES:
        errors["target_grade"] = [gettext("Choose an enforcement officer grade.")]
    if submitted_on > timezone.localdate():
        errors["submitted_on"] = [ERR_FUTURE]
    elif submitted_on < board.established_on:
        errors["submitted_on"] = [ERR_BOARD_LATER]
    if commitment_years is None or not 0 < Decimal(str(commitment_years)) < 100:
        errors["commitment_years"] = [ERR_COMMITMENT_YEARS]
    if commitment_signed_on > submitted_on:
        errors["commitment_signed_on"] = [ERR_COMMITMENT_LATER]
    clean_docs = []
    for i, doc in enumerate(documents or []):
        title = str(doc.get("title") or "").strip()[:300]
        issued_on = doc.get("issued_on")
        if not title or (issued_on is not None and not isinstance(issued_on, date)):
            errors[f"documents.{i}"] = [gettext("Each document needs a title.")]
            continue
        clean_docs.append({"title": title, "issued_on": issued_on.isoformat() if issued_on else ""})
    if errors:
        raise ValidationError(errors)
    return save_with_history(
        Dossier(
            board=board,
            person=person,
            authority=authority,
            target_grade=target_grade,
            submitted_on=submitted_on,
            commitment_years=Decimal(str(commitment_years)),
            commitment_signed_on=commitment_signed_on,
            documents=clean_docs,
            created_by=actor,
        ),
        actor,
    )


def dossier_status(dossier: Dossier) -> str:
    if dossier.decision_id:
        return "decided"
    if any(m.passed for m in dossier.meetings.all()):
        return "proposed"
    return "open"


# --- Meetings (63.4) -------------------------------------------------------------------------


@transaction.atomic
def meeting_record(*, actor, dossier: Dossier, held_on: date, votes: dict[int, str]) -> Meeting:
    """Record a meeting of the board on the dossier with every member's attendance and vote
    (`{member_id: "for"|"against"|"absent"}`); the outcome is `selection_board.decision`'s."""
    dossier = Dossier.objects.select_for_update().select_related("board").get(pk=dossier.pk)
    if dossier.decision_id:
        raise DomainError(SelectionError.DECIDED, str(ERR_DECIDED))
    if dossier.meetings.filter(passed=True).exists():
        raise DomainError(SelectionError.ALREADY_PASSED, str(ERR_PASSED), citation=CITE_BOARD)
    members = {m.pk: m for m in dossier.board.members.all()}
    errors: dict[str, list] = {}
    if held_on > timezone.localdate():
        errors["held_on"] = [ERR_FUTURE]
    elif held_on < dossier.submitted_on:
        errors["held_on"] = [ERR_BEFORE_DOSSIER]
    clean = {}
    for key, choice in votes.items():
        try:
            clean[int(key)] = choice
        except (TypeError, ValueError):
            errors["votes"] = [ERR_VOTES]
    if set(clean) != set(members) or any(c not in VoteChoice.values for c in clean.values()):
        errors["votes"] = [ERR_VOTES]
    if errors:
        raise ValidationError(errors)
    present = sum(1 for c in clean.values() if c != VoteChoice.ABSENT)
    votes_for = sum(1 for c in clean.values() if c == VoteChoice.FOR)
    facts = {"members": len(members), "present": present, "votes_for": votes_for}
    try:
        answer = _evaluate("selection_board.decision", facts, held_on)
    except InvalidFacts as exc:
        raise ValidationError({"held_on": [" ".join(exc.fields.values())]}) from None
    meeting = save_with_history(
        Meeting(
            dossier=dossier,
            held_on=held_on,
            members_count=len(members),
            present_count=present,
            votes_for=votes_for,
            quorate=answer["outcome"]["quorate"],
            passed=answer["outcome"]["passed"],
            rule_answer=answer,
            recorded_by=actor,
        ),
        actor,
    )
    for member_id, choice in sorted(clean.items()):
        save_with_history(Vote(meeting=meeting, member=members[member_id], choice=choice), actor)
    return meeting


# --- The Minister's decision (63.3) ----------------------------------------------------------


def _vi(text) -> str:
    with override("vi"):
        return str(text)


def designation_decide(
    *, actor, dossier: Dossier, signed_on: date, signer_name: str = ""
) -> Decision:
    """The Minister designates the person on the board's passed proposal (63.3), when
    `designation.without_exam` allows it on the decision date (63.1, 63.2); otherwise the
    refusal names every unmet condition and the first one's clause, and nothing is saved."""
    with transaction.atomic():
        dossier = (
            Dossier.objects.select_for_update()
            .select_related("board__authority", "person", "authority")
            .get(pk=dossier.pk)
        )
        if dossier.decision_id:
            raise DomainError(SelectionError.DECIDED, str(ERR_DECIDED))
        proposal = dossier.meetings.filter(passed=True).order_by("-held_on", "-id").first()
        if proposal is None:
            raise DomainError(
                SelectionError.NO_PROPOSAL, str(ERR_NO_PROPOSAL), citation=CITE_MINISTER
            )
        if signed_on < proposal.held_on:
            raise ValidationError(
                {
                    "signed_on": [
                        ERR_BEFORE_MEETING % {"date": proposal.held_on.strftime("%d/%m/%Y")}
                    ]
                }
            )
        if dossier.person.grade in OFFICER_GRADES:
            raise DomainError(
                SelectionError.ALREADY_OFFICER,
                str(ERR_ALREADY_OFFICER % {"grade": dossier.person.get_grade_display()}),
            )
        answer = designation_answer(dossier, signed_on)
        if not answer["outcome"]["allowed"]:
            failing = [r for r in answer["reasons"] if r["code"] != "allowed"]
            raise DomainError(
                SelectionError.NOT_ALLOWED,
                str(ERR_NOT_ALLOWED % {"reasons": reasons_text(answer)}),
                citation=failing[0]["citation"] if failing else CITE_MINISTER,
            )
        person, office, grade = dossier.person, dossier.authority, dossier.target_grade
        was, dossier_pk = person.grade, dossier.pk

        def apply(locked: Person) -> dict:
            # Re-read under the person's lock: a decision recorded meanwhile wins.
            if Dossier.objects.filter(pk=dossier_pk, decision__isnull=False).exists():
                raise DomainError(SelectionError.DECIDED, str(ERR_DECIDED))
            if locked.grade != was or locked.grade in OFFICER_GRADES:
                raise DomainError(
                    SelectionError.GRADE_CHANGED,
                    str(ERR_GRADE_CHANGED % {"grade": locked.get_grade_display()}),
                )
            if locked.authority_id != office.pk:
                raise DomainError(
                    SelectionError.MOVED,
                    str(ERR_MOVED % {"authority": office.name}),
                    citation=CITE_COMMITMENT,
                )
            people.person_change_grade(
                actor=actor,
                person=locked,
                grade=grade,
                on=signed_on,
                decision_ref=f"designation_without_exam:{dossier_pk}",
            )
            return {"grade": [was, grade], "selection_dossier": dossier_pk}

        grade_vi = _vi(Grade(grade).label)
        province = dossier.board.authority
        years = f"{dossier.commitment_years.normalize():f}".replace(".", ",")
        decision = decision_issue(
            actor=actor,
            kind=DecisionKind.DESIGNATION_WITHOUT_EXAM,
            person=person,
            signer=Signer.MINISTER_OF_JUSTICE,
            authority=central_authority(signed_on),
            signed_on=signed_on,
            rule_answers=[answer, proposal.rule_answer],
            apply=apply,
            signer_name=signer_name,
            signer_citation=CITE_MINISTER,
            **decision_wording(
                DecisionKind.DESIGNATION_WITHOUT_EXAM,
                person=person,
                grade_vi=grade_vi,
                office=office,
                province=province,
                dossier=dossier,
                proposal=proposal,
                years=years,
                signed_on=signed_on,
            ),
        )
        dossier.decision = decision
        save_with_history(dossier, actor)
        return decision
