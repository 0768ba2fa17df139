"""Career procedures: transfers (Art. 70), leadership appointments (Art. 72), relief (Art. 64)
and removal (Art. 65), inspectors (Art. 69) and secretaries (Art. 71). Each decision is checked
by its rule on the decision date, recorded only for the competent signer, and changes the
person's record in the same transaction (thads.careers.decisions)."""

from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from thads.careers.decisions import (
    central_authority,
    decision_issue,
    decision_wording,
    province_of,
)
from thads.careers.errors import CareersError
from thads.careers.models import (
    LEADERSHIP_KINDS,
    Decision,
    DecisionKind,
    ReliefDocumentKind,
    ReliefDossier,
    Signer,
    Transfer,
    TransferKind,
    TransferStatus,
)
from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.organization.models import Authority, Level
from thads.people import services as people
from thads.people.choices import (
    ART72_POSTS,
    INSPECTOR_GRADES,
    OFFICER_GRADES,
    POST_LEVELS,
    Grade,
    Post,
)
from thads.people.models import Person
from thads.people.selectors import appointer_for, delegation_answer
from thads.rules.citations import DECREE_IN_FORCE, cite
from thads.rules.engine import evaluate
from thads.rules.vocab import REMOVAL_GROUNDS

ERR_SAME_AUTHORITY = _("The person already works at that authority.")
ERR_SECONDMENT_END = _("A secondment needs an end date after its start.")
ERR_ONLY_SECONDMENT_ENDS = _("Only a secondment has an end date.")
ERR_MILITARY_MIX = _("A move between the civil and the military systems is not a transfer.")
ERR_NOT_PROPOSED = _("This transfer has already been decided.")
ERR_CONSULT_FIRST = _(
    "The person holds a leadership post: the authority that appointed them (%(who)s) must be "
    "consulted before the decision."
)
ERR_MOVED = _("The person no longer works at %(authority)s: the transfer no longer applies.")
ERR_NOT_SECONDED = _("Only a decided secondment ends with a return.")
ERR_STANDARDS = _("The standards for the post are not met: %(reasons)s")
ERR_NOT_ART72 = _(
    "Only the heads and deputies of provincial and district offices are appointed here."
)
ERR_WRONG_LEVEL = _("The post %(post)s belongs to a %(level)s, not to %(authority)s.")
ERR_NO_POST = _("The person holds no leadership post.")
ERR_OTHER_POST = _("The person holds another post (%(post)s).")
ERR_NOT_OFFICER = _("Only an enforcement officer is relieved or removed from the post.")
ERR_DOSSIER = _("The relief dossier is not complete: %(reasons)s")
ERR_DOSSIER_USED = _("This dossier has already been decided.")
ERR_GROUND = _("Choose the ground of the removal (Art. 65.1 or 65.2).")
ERR_INSPECTOR_GRADE = _("Choose an inspector grade.")
ERR_PROMOTION_ORDER = _("A promotion goes to the next inspector grade: %(grade)s.")
ERR_ALREADY_GRADE = _("The person already holds the grade %(grade)s.")
ERR_SECRETARY_GRADE = _("Choose a secretary grade.")
ERR_GRADE_CHANGED = _("The person's grade changed since the proposal (now %(grade)s).")


def _reasons(answer: dict) -> str:
    key = "vi" if (get_language() or "vi").startswith("vi") else "en"
    codes_ok = {"appointed_by_minister", "appointed_as_delegated"}
    return " ".join(r[key] for r in answer["reasons"] if r["code"] not in codes_ok)


def _ask(rule_id: str, facts: dict, on: date) -> dict:
    """The rule's answer for a decision dated `on`; one dated before the decree took effect is
    judged under the decree's first version (the rule's parameters start that day)."""
    return evaluate(rule_id, facts, max(on, DECREE_IN_FORCE))


def unit_of(authority: Authority) -> str:
    """A unit for `transfer.authority`: the province code, or `central`."""
    if authority.level == "central" or not authority.province_code:
        province = province_of(authority)
        return province.province_code or "central"
    return authority.province_code


def transfer_facts(
    person: Person, from_authority: Authority, to_authority: Authority, on: date
) -> dict:
    """The facts of `transfer.authority` on `on`. Who appoints to the person's post (to be
    consulted, 70.1.c; the Minister's posts go to him, 70.1.a) is the delegation table's answer
    on that day, not the appointer recorded when the person took the post."""
    return {
        "person": {
            "grade": person.grade,
            "leadership_post": person.post or None,
            "post_appointed_by": appointer_for(person.post, on)[0] if person.post else None,
            "military": person.military,
        },
        "from_unit": unit_of(from_authority),
        "to_unit": unit_of(to_authority),
    }


def _signer_for_rule(decided_by: str) -> str:
    return Signer.MINISTRY_OF_DEFENCE if decided_by == "ministry_of_defence_rules" else decided_by


def _deciding_authority(signer: str, person_authority: Authority, on: date) -> Authority:
    if signer == Signer.PROVINCIAL_DIRECTOR:
        return province_of(person_authority)
    if signer == Signer.MINISTRY_OF_DEFENCE:
        node = person_authority
        while node.parent is not None and node.level != "military_central":
            node = node.parent
        return node
    return central_authority(on)


# --- Transfers (Art. 70) -------------------------------------------------------------------


@transaction.atomic
def transfer_propose(
    *,
    actor,
    person: Person,
    kind: str,
    to_authority: Authority,
    starts_on: date,
    ends_on: date | None = None,
    reason: str = "",
) -> Transfer:
    person = Person.objects.select_for_update().get(pk=person.pk)
    errors: dict[str, list] = {}
    if kind not in TransferKind.values:
        errors["kind"] = [gettext("Choose a kind of transfer.")]
    if to_authority.pk == person.authority_id:
        errors["to_authority"] = [ERR_SAME_AUTHORITY]
    elif to_authority.military != person.military:
        errors["to_authority"] = [ERR_MILITARY_MIX]
    elif not to_authority.is_valid_on(starts_on):
        errors["to_authority"] = [gettext("That authority does not exist on the start date.")]
    if kind == TransferKind.SECONDMENT and (ends_on is None or ends_on <= starts_on):
        errors["ends_on"] = [ERR_SECONDMENT_END]
    if kind != TransferKind.SECONDMENT and ends_on is not None:
        errors["ends_on"] = [ERR_ONLY_SECONDMENT_ENDS]
    if errors:
        raise ValidationError(errors)
    answer = evaluate(
        "transfer.authority",
        transfer_facts(person, person.authority, to_authority, starts_on),
        starts_on,
    )
    return save_with_history(
        Transfer(
            person=person,
            kind=kind,
            from_authority=person.authority,
            to_authority=to_authority,
            starts_on=starts_on,
            ends_on=ends_on,
            reason=reason.strip(),
            decided_by=_signer_for_rule(answer["outcome"]["decided_by"]),
            must_consult=answer["outcome"]["must_consult"] or "",
            rule_answer=answer,
            proposed_by=actor,
        ),
        actor,
    )


@transaction.atomic
def transfer_consult(*, actor, transfer: Transfer, consulted_on: date, note: str) -> Transfer:
    transfer = Transfer.objects.select_for_update().get(pk=transfer.pk)
    if transfer.status != TransferStatus.PROPOSED:
        raise DomainError(CareersError.DECIDED, str(ERR_NOT_PROPOSED))
    if not note.strip():
        raise ValidationError(
            {"consultation_note": [gettext("Write what the appointing authority said.")]}
        )
    transfer.consulted_on, transfer.consultation_note = consulted_on, note.strip()
    return save_with_history(transfer, actor)


# The note on the posting row a transfer opens.
POSTING_NOTE: dict[str, str] = {
    TransferKind.MOBILIZATION: "Điều động",
    TransferKind.ROTATION: "Luân chuyển",
    TransferKind.SECONDMENT: "Biệt phái",
}
TRANSFER_KIND_DECISION: dict[str, DecisionKind] = {
    TransferKind.MOBILIZATION: DecisionKind.MOBILIZATION,
    TransferKind.ROTATION: DecisionKind.ROTATION,
    TransferKind.SECONDMENT: DecisionKind.SECONDMENT,
}


def transfer_decide(
    *, actor, transfer: Transfer, signed_on: date, signer_name: str = ""
) -> Decision:
    """Record the decision of the competent authority (computed again on the decision date)."""
    with transaction.atomic():
        transfer = Transfer.objects.select_for_update().get(pk=transfer.pk)
        if transfer.status != TransferStatus.PROPOSED:
            raise DomainError(CareersError.DECIDED, str(ERR_NOT_PROPOSED))
        person = transfer.person
        answer = evaluate(
            "transfer.authority",
            transfer_facts(person, transfer.from_authority, transfer.to_authority, signed_on),
            signed_on,
        )
        signer = _signer_for_rule(answer["outcome"]["decided_by"])
        citation = answer["citations"][0] if answer["citations"] else None
        consult = answer["outcome"]["must_consult"]
        if consult and not transfer.consulted_on:
            raise DomainError(
                CareersError.CONSULTATION_REQUIRED,
                ERR_CONSULT_FIRST % {"who": Signer(consult).label},
                citation=cite(70, 1, "c"),
            )
        kind = TRANSFER_KIND_DECISION[transfer.kind]

        def apply(locked: Person) -> dict:
            if locked.authority_id != transfer.from_authority_id:
                raise DomainError(
                    CareersError.MOVED, ERR_MOVED % {"authority": transfer.from_authority.name}
                )
            people.person_record_posting(
                actor=actor,
                person=locked,
                authority=transfer.to_authority,
                on=transfer.starts_on,
                note=POSTING_NOTE[transfer.kind],
            )
            return {
                "authority": [transfer.from_authority.name, transfer.to_authority.name],
                "post_ended": locked.post or None,
            }

        decision = decision_issue(
            actor=actor,
            kind=kind,
            person=person,
            signer=signer,
            authority=_deciding_authority(signer, transfer.from_authority, signed_on),
            signed_on=signed_on,
            effective_on=transfer.starts_on,
            # Who appoints to the post held is a fact of the rule: its source goes with it.
            rule_answers=[answer, delegation_answer(person.post, signed_on)]
            if person.post
            else [answer],
            apply=apply,
            signer_name=signer_name,
            signer_citation=citation,
            **decision_wording(
                kind,
                person=person,
                transfer=transfer,
                consulted_with=consult,
                signed_on=signed_on,
            ),
        )
        transfer.status, transfer.decision, transfer.rule_answer = (
            TransferStatus.DECIDED,
            decision,
            answer,
        )
        save_with_history(transfer, actor)
        return decision


@transaction.atomic
def transfer_return(*, actor, transfer: Transfer, on: date | None = None) -> Transfer:
    """The end of a secondment: the person is posted back to the authority they came from."""
    transfer = Transfer.objects.select_for_update().get(pk=transfer.pk)
    if transfer.kind != TransferKind.SECONDMENT or transfer.status != TransferStatus.DECIDED:
        raise DomainError(CareersError.NOT_SECONDED, str(ERR_NOT_SECONDED))
    assert transfer.ends_on is not None
    back_on = on or transfer.ends_on + timedelta(days=1)
    people.person_record_posting(
        actor=actor,
        person=transfer.person,
        authority=transfer.from_authority,
        on=back_on,
        note="Hết thời hạn biệt phái",
    )
    transfer.status = TransferStatus.ENDED
    return save_with_history(transfer, actor)


# --- Leadership posts (Art. 72) ------------------------------------------------------------

ENDING_KINDS = (
    DecisionKind.POST_RELIEF,
    DecisionKind.RESIGNATION,
    DecisionKind.DEMOTION,
    DecisionKind.POST_REMOVAL,
)


def post_appointer(post: str, on: date) -> dict:
    """Who appoints to the post and signs the decisions on it (72.3: the Minister appoints
    provincial directors; the deputies, district heads and deputies as he delegates): the
    delegation table's answer on `on`, kept with the decision with its source."""
    return delegation_answer(post, on)


def leadership_decide(
    *,
    actor,
    person: Person,
    kind: str,
    post: str,
    signed_on: date,
    integrity: bool = False,
    experience: bool = False,
    capacity: bool = False,
    reason: str = "",
    signer_name: str = "",
) -> Decision:
    """Appoint, re-appoint, relieve, accept the resignation of, demote or remove a provincial or
    district head or deputy. Appointments are checked by `leadership.standards`."""
    if post not in ART72_POSTS:
        raise ValidationError({"post": [ERR_NOT_ART72]})
    if kind not in LEADERSHIP_KINDS:
        raise ValidationError({"kind": [gettext("Choose what the decision does.")]})
    levels = POST_LEVELS[post]
    if person.authority.level not in levels:
        raise ValidationError(
            {
                "post": [
                    ERR_WRONG_LEVEL
                    % {
                        "post": Post(post).label,
                        "level": " / ".join(str(Level(v).label) for v in sorted(levels)),
                        "authority": person.authority.name,
                    }
                ]
            }
        )
    answers: list[dict] = []
    if kind in (DecisionKind.APPOINTMENT, DecisionKind.REAPPOINTMENT):
        answer = evaluate(
            "leadership.standards",
            {
                "post": post,
                "grade": person.grade,
                "integrity": integrity,
                "experience": experience,
                "capacity": capacity,
            },
            signed_on,
        )
        answers.append(answer)
        if not answer["outcome"]["meets"]:
            failing = [r for r in answer["reasons"] if r["code"] in answer["outcome"]["unmet"]]
            raise DomainError(
                CareersError.STANDARDS_NOT_MET,
                ERR_STANDARDS % {"reasons": _reasons(answer)},
                citation=failing[0]["citation"] if failing else answer["citations"][0],
            )
    appointer = post_appointer(post, signed_on)
    answers.append(appointer)
    signer = appointer["outcome"]["appointed_by"]

    def apply(locked: Person) -> dict:
        if kind == DecisionKind.APPOINTMENT:
            if locked.post == post:
                raise DomainError(
                    CareersError.HOLDS_POST, str(ERR_OTHER_POST % {"post": Post(post).label})
                )
            people.person_appoint(
                actor=actor, person=locked, post=post, on=signed_on, appointed_by=signer
            )
            return {"post": [locked.post or None, post]}
        if kind == DecisionKind.REAPPOINTMENT:
            if locked.post != post:
                raise DomainError(CareersError.NO_POST, str(ERR_NO_POST))
            people.person_appoint(
                actor=actor, person=locked, post=post, on=signed_on, appointed_by=signer
            )
            return {"post": [post, post]}
        if not locked.post:
            raise DomainError(CareersError.NO_POST, str(ERR_NO_POST))
        if locked.post != post:
            raise DomainError(
                CareersError.OTHER_POST, str(ERR_OTHER_POST % {"post": Post(locked.post).label})
            )
        people.person_end_post(actor=actor, person=locked, on=signed_on)
        return {"post": [post, None]}

    decision = decision_issue(
        actor=actor,
        kind=kind,
        person=person,
        signer=signer,
        authority=_deciding_authority(signer, person.authority, signed_on),
        signed_on=signed_on,
        rule_answers=answers,
        apply=apply,
        signer_name=signer_name,
        signer_citation=appointer["reasons"][0]["citation"],
        **decision_wording(
            kind,
            person=person,
            post=post,
            signed_on=signed_on,
            reason=reason.strip(),
        ),
    )
    _stamp_post(decision)
    return decision


def _stamp_post(decision: Decision) -> None:
    """The post row opened or closed by the decision carries its number."""
    row = decision.person.posts.order_by("-valid_from", "-id").first()
    if row is not None and not row.decision_ref:
        row.decision_ref = decision.number
        save_with_history(row, decision.recorded_by, update_fields=["decision_ref"])


# --- Relief (Art. 64) and removal (Art. 65) ------------------------------------------------


@transaction.atomic
def relief_dossier_submit(
    *, actor, person: Person, submitted_on: date, documents: list[dict]
) -> ReliefDossier:
    errors: dict[str, list] = {}
    if person.grade not in OFFICER_GRADES:
        errors["person"] = [ERR_NOT_OFFICER]
    clean = []
    for i, doc in enumerate(documents):
        if doc.get("kind") not in ReliefDocumentKind.values or not isinstance(
            doc.get("issued_on"), date
        ):
            errors[f"documents.{i}"] = [gettext("Each document needs a kind and a date.")]
            continue
        clean.append(
            {
                "kind": doc["kind"],
                "issued_on": doc["issued_on"].isoformat(),
                "note": str(doc.get("note", ""))[:300],
            }
        )
    if errors:
        raise ValidationError(errors)
    answer = evaluate(
        "relief.dossier",
        {
            "submitted_on": submitted_on.isoformat(),
            "documents": [{"kind": d["kind"], "issued_on": d["issued_on"]} for d in clean],
        },
        submitted_on,
    )
    return save_with_history(
        ReliefDossier(
            person=person, submitted_on=submitted_on, documents=clean, rule_answer=answer
        ),
        actor,
    )


def _grade_out(actor, locked: Person, was: str, new_grade: str, on: date) -> dict:
    if locked.grade != was:
        raise DomainError(
            CareersError.GRADE_CHANGED,
            str(ERR_GRADE_CHANGED % {"grade": locked.get_grade_display()}),
        )
    people.person_change_grade(actor=actor, person=locked, grade=new_grade, on=on)
    return {"grade": [was, new_grade], "card": "return_due"}


def relief_decide(
    *,
    actor,
    dossier: ReliefDossier,
    signed_on: date,
    new_grade: str = Grade.SPECIALIST,
    signer_name: str = "",
) -> Decision:
    """The Minister relieves an officer from the post (Art. 64) on a complete dossier: the
    officer's grade ends and the card must be returned (Art. 73.1)."""
    with transaction.atomic():
        dossier = ReliefDossier.objects.select_for_update().get(pk=dossier.pk)
        if dossier.decision_id:
            raise DomainError(CareersError.DECIDED, str(ERR_DOSSIER_USED))
        answer = dossier.rule_answer
        if not answer["outcome"]["complete"]:
            raise DomainError(
                CareersError.DOSSIER_INCOMPLETE,
                ERR_DOSSIER % {"reasons": _reasons(answer)},
                citation=answer["reasons"][0]["citation"] if answer["reasons"] else None,
            )
        person = dossier.person
        was = person.grade
        decision = decision_issue(
            actor=actor,
            kind=DecisionKind.RELIEF,
            person=person,
            signer=Signer.MINISTER_OF_JUSTICE,
            authority=central_authority(signed_on),
            signed_on=signed_on,
            rule_answers=[answer],
            apply=lambda locked: _grade_out(actor, locked, was, new_grade, signed_on),
            signer_name=signer_name,
            signer_citation=cite(64, 1),
            **decision_wording(
                DecisionKind.RELIEF,
                person=person,
                province=province_of(person.authority),
                signed_on=signed_on,
            ),
        )
        dossier.decision = decision
        save_with_history(dossier, actor)
        return decision


def removal_decide(
    *,
    actor,
    person: Person,
    ground: str,
    facts: str,
    signed_on: date,
    new_grade: str = Grade.SPECIALIST,
    signer_name: str = "",
) -> Decision:
    """The Minister removes an officer from the post as a disciplinary measure, on a ground of
    Art. 65 (`removal.grounds`)."""
    errors: dict[str, list] = {}
    answer = _ask(
        "removal.grounds",
        {"grade": person.grade, "ground": ground if ground in REMOVAL_GROUNDS else None},
        signed_on,
    )
    unmet = answer["outcome"]["unmet"]
    if "removal_ground_missing" in unmet:
        errors["ground"] = [ERR_GROUND]
    if not facts.strip():
        errors["facts"] = [gettext("Describe the violation.")]
    if "removal_not_officer" in unmet:
        errors["person"] = [ERR_NOT_OFFICER]
    if errors:
        raise ValidationError(errors)
    was = person.grade
    return decision_issue(
        actor=actor,
        kind=DecisionKind.REMOVAL,
        person=person,
        signer=Signer.MINISTER_OF_JUSTICE,
        authority=central_authority(signed_on),
        signed_on=signed_on,
        rule_answers=[answer],
        apply=lambda locked: _grade_out(actor, locked, was, new_grade, signed_on),
        signer_name=signer_name,
        signer_citation=cite(65),
        **decision_wording(
            DecisionKind.REMOVAL, person=person, facts=facts.strip(), signed_on=signed_on
        ),
    )


# --- Inspectors (Art. 69) and secretaries (Art. 71) ----------------------------------------


def inspector_decide(
    *, actor, person: Person, grade: str, signed_on: date, signer_name: str = ""
) -> Decision:
    """Designation into an inspector grade, or promotion to the next one (Art. 69): decided by
    the Minister of Justice, for military inspectors on the MoD board's proposal (69.2)."""
    if grade not in INSPECTOR_GRADES:
        raise ValidationError({"grade": [ERR_INSPECTOR_GRADE]})
    answer = _ask(
        "inspector.designation",
        {"current_grade": person.grade, "target_grade": grade, "military": person.military},
        signed_on,
    )
    outcome = answer["outcome"]
    if "already_in_grade" in outcome["unmet"]:
        raise ValidationError({"grade": [ERR_ALREADY_GRADE % {"grade": Grade(grade).label}]})
    if "not_next_grade" in outcome["unmet"]:
        nxt = outcome["next_grade"]
        raise ValidationError(
            {"grade": [ERR_PROMOTION_ORDER % {"grade": Grade(nxt).label if nxt else "—"}]}
        )
    promotion = outcome["promotion"]
    citation = answer["reasons"][0]["citation"]
    was = person.grade

    def apply(locked: Person) -> dict:
        if locked.grade != was:
            raise DomainError(
                CareersError.GRADE_CHANGED,
                str(ERR_GRADE_CHANGED % {"grade": locked.get_grade_display()}),
            )
        people.person_change_grade(actor=actor, person=locked, grade=grade, on=signed_on)
        return {"grade": [was, grade]}

    kind = DecisionKind.INSPECTOR_PROMOTION if promotion else DecisionKind.INSPECTOR_DESIGNATION
    return decision_issue(
        actor=actor,
        kind=kind,
        person=person,
        signer=_signer_for_rule(outcome["decided_by"]),
        authority=central_authority(signed_on),
        signed_on=signed_on,
        rule_answers=[answer],
        apply=apply,
        signer_name=signer_name,
        signer_citation=citation,
        **decision_wording(
            kind, person=person, grade_label=Grade(grade).label, signed_on=signed_on
        ),
    )


def secretary_decide(
    *, actor, person: Person, grade: str, signed_on: date, signer_name: str = ""
) -> Decision:
    """Designation of an enforcement secretary (Art. 71): the signer is
    `secretary.designation_authority`'s (the provincial director for the province's staff, as
    the Minister delegates, 52.3; in the army by MoD rules, 71.3)."""
    if grade not in (Grade.SECRETARY, Grade.SECRETARY_INTERMEDIATE):
        raise ValidationError({"grade": [ERR_SECRETARY_GRADE]})
    if person.grade == grade:
        raise ValidationError({"grade": [ERR_ALREADY_GRADE % {"grade": Grade(grade).label}]})
    answer = _ask(
        "secretary.designation_authority",
        {"target_grade": grade, "military": person.military},
        signed_on,
    )
    signer = _signer_for_rule(answer["outcome"]["decided_by"])
    citation = answer["reasons"][0]["citation"]
    was = person.grade

    def apply(locked: Person) -> dict:
        if locked.grade != was:
            raise DomainError(
                CareersError.GRADE_CHANGED,
                str(ERR_GRADE_CHANGED % {"grade": locked.get_grade_display()}),
            )
        people.person_change_grade(actor=actor, person=locked, grade=grade, on=signed_on)
        return {"grade": [was, grade]}

    return decision_issue(
        actor=actor,
        kind=DecisionKind.SECRETARY_DESIGNATION,
        person=person,
        signer=signer,
        authority=_deciding_authority(signer, person.authority, signed_on),
        signed_on=signed_on,
        rule_answers=[answer],
        apply=apply,
        signer_name=signer_name,
        signer_citation=citation,
        **decision_wording(
            DecisionKind.SECRETARY_DESIGNATION,
            person=person,
            grade_label=Grade(grade).label,
            signed_on=signed_on,
        ),
    )
