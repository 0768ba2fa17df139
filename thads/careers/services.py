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

from thads.careers.decisions import central_authority, decision_issue, province_of
from thads.careers.models import (
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
from thads.organization.models import Authority
from thads.people import services as people
from thads.people.choices import ART72_POSTS, INSPECTOR_GRADES, OFFICER_GRADES, Grade, Post
from thads.people.models import Person
from thads.rules.engine import evaluate

DECREE = "Nghị định 62/2015/NĐ-CP"
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


def _save(obj, actor):
    obj._history_user = actor
    obj.save()
    return obj


def unit_of(authority: Authority) -> str:
    """A unit for `transfer.authority`: the province code, or `central`."""
    if authority.level == "central" or not authority.province_code:
        province = province_of(authority)
        return province.province_code or "central"
    return authority.province_code


def transfer_facts(person: Person, from_authority: Authority, to_authority: Authority) -> dict:
    post = person.posts.filter(valid_to__isnull=True).first()
    return {
        "person": {
            "grade": person.grade,
            "leadership_post": person.post or None,
            "post_appointed_by": post.appointed_by if post else None,
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
        "transfer.authority", transfer_facts(person, person.authority, to_authority), starts_on
    )
    return _save(
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
        raise DomainError("decided", str(ERR_NOT_PROPOSED))
    if not note.strip():
        raise ValidationError(
            {"consultation_note": [gettext("Write what the appointing authority said.")]}
        )
    transfer.consulted_on, transfer.consultation_note = consulted_on, note.strip()
    return _save(transfer, actor)


TRANSFER_WORD = {
    TransferKind.MOBILIZATION: "Điều động",
    TransferKind.ROTATION: "Luân chuyển",
    TransferKind.SECONDMENT: "Biệt phái",
}
TRANSFER_KIND_DECISION = {
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
            raise DomainError("decided", str(ERR_NOT_PROPOSED))
        person = transfer.person
        answer = evaluate(
            "transfer.authority",
            transfer_facts(person, transfer.from_authority, transfer.to_authority),
            signed_on,
        )
        signer = _signer_for_rule(answer["outcome"]["decided_by"])
        citation = answer["citations"][0] if answer["citations"] else None
        consult = answer["outcome"]["must_consult"]
        if consult and not transfer.consulted_on:
            raise DomainError(
                "consultation_required",
                ERR_CONSULT_FIRST % {"who": Signer(consult).label},
                citation=f"Điều 70 khoản 1 điểm c {DECREE}",
            )
        word = TRANSFER_WORD[transfer.kind]
        until = f" đến ngày {transfer.ends_on.strftime('%d/%m/%Y')}" if transfer.ends_on else ""

        def apply(locked: Person) -> dict:
            if locked.authority_id != transfer.from_authority_id:
                raise DomainError("moved", ERR_MOVED % {"authority": transfer.from_authority.name})
            people.person_record_posting(
                actor=actor,
                person=locked,
                authority=transfer.to_authority,
                on=transfer.starts_on,
                note=word,
            )
            return {
                "authority": [transfer.from_authority.name, transfer.to_authority.name],
                "post_ended": locked.post or None,
            }

        decision = decision_issue(
            actor=actor,
            kind=TRANSFER_KIND_DECISION[transfer.kind],
            person=person,
            signer=signer,
            authority=_deciding_authority(signer, transfer.from_authority, signed_on),
            signed_on=signed_on,
            effective_on=transfer.starts_on,
            summary=f"Về việc {word.lower()} công chức",
            articles=[
                f"{word} Ông/Bà {person.full_name}, {person.get_grade_display()}, "
                f"{transfer.from_authority.name} đến công tác tại {transfer.to_authority.name} "
                f"kể từ ngày {transfer.starts_on.strftime('%d/%m/%Y')}{until}.",
                "Quyền lợi và chế độ của Ông/Bà được hưởng theo quy định của pháp luật.",
                f"Thủ trưởng {transfer.from_authority.name}, {transfer.to_authority.name} và "
                f"Ông/Bà {person.full_name} chịu trách nhiệm thi hành Quyết định này.",
            ],
            rule_answers=[answer],
            apply=apply,
            signer_name=signer_name,
            signer_citation=citation,
            proposal=(
                f"Xét ý kiến của {Signer(consult).label} ngày "
                f"{transfer.consulted_on.strftime('%d/%m/%Y')}"
                if consult and transfer.consulted_on
                else ""
            ),
        )
        transfer.status, transfer.decision, transfer.rule_answer = (
            TransferStatus.DECIDED,
            decision,
            answer,
        )
        _save(transfer, actor)
        return decision


@transaction.atomic
def transfer_return(*, actor, transfer: Transfer, on: date | None = None) -> Transfer:
    """The end of a secondment: the person is posted back to the authority they came from."""
    transfer = Transfer.objects.select_for_update().get(pk=transfer.pk)
    if transfer.kind != TransferKind.SECONDMENT or transfer.status != TransferStatus.DECIDED:
        raise DomainError("not_seconded", str(ERR_NOT_SECONDED))
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
    return _save(transfer, actor)


# --- Leadership posts (Art. 72) ------------------------------------------------------------

POST_WORD = {
    DecisionKind.APPOINTMENT: "Bổ nhiệm",
    DecisionKind.REAPPOINTMENT: "Bổ nhiệm lại",
    DecisionKind.POST_RELIEF: "Miễn nhiệm",
    DecisionKind.RESIGNATION: "Cho thôi giữ chức vụ",
    DecisionKind.DEMOTION: "Giáng chức",
    DecisionKind.POST_REMOVAL: "Cách chức",
}
POST_LEVEL_OF = {
    Post.PROVINCIAL_DIRECTOR: "provincial",
    Post.DEPUTY_PROVINCIAL_DIRECTOR: "provincial",
    Post.DISTRICT_HEAD: "district",
    Post.DEPUTY_DISTRICT_HEAD: "district",
}
ENDING_KINDS = (
    DecisionKind.POST_RELIEF,
    DecisionKind.RESIGNATION,
    DecisionKind.DEMOTION,
    DecisionKind.POST_REMOVAL,
)


def post_signer(post: str, authority: Authority) -> str:
    """72.3: the Minister appoints provincial directors; the Director General (deputy provincial
    directors) and the provincial director (district heads and deputies) as he delegates."""
    return people.default_appointer(post)


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
    if kind not in POST_WORD:
        raise ValidationError({"kind": [gettext("Choose what the decision does.")]})
    level = POST_LEVEL_OF[post]
    if person.authority.level != level:
        raise ValidationError(
            {
                "post": [
                    ERR_WRONG_LEVEL
                    % {
                        "post": Post(post).label,
                        "level": level,
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
                "standards_not_met",
                ERR_STANDARDS % {"reasons": _reasons(answer)},
                citation=failing[0]["citation"] if failing else answer["citations"][0],
            )
    signer = post_signer(post, person.authority)
    word = POST_WORD[kind]

    def apply(locked: Person) -> dict:
        if kind == DecisionKind.APPOINTMENT:
            if locked.post == post:
                raise DomainError("holds_post", str(ERR_OTHER_POST % {"post": Post(post).label}))
            people.person_appoint(
                actor=actor, person=locked, post=post, on=signed_on, appointed_by=signer
            )
            return {"post": [locked.post or None, post]}
        if kind == DecisionKind.REAPPOINTMENT:
            if locked.post != post:
                raise DomainError("no_post", str(ERR_NO_POST))
            people.person_appoint(
                actor=actor, person=locked, post=post, on=signed_on, appointed_by=signer
            )
            return {"post": [post, post]}
        if not locked.post:
            raise DomainError("no_post", str(ERR_NO_POST))
        if locked.post != post:
            raise DomainError("other_post", str(ERR_OTHER_POST % {"post": Post(locked.post).label}))
        people.person_end_post(actor=actor, person=locked, on=signed_on)
        return {"post": [post, None]}

    where = person.authority.name
    articles = [
        f"{word} Ông/Bà {person.full_name}, {person.get_grade_display()}, "
        f"{'giữ' if kind in (DecisionKind.APPOINTMENT, DecisionKind.REAPPOINTMENT) else 'thôi giữ'}"
        f" chức vụ {Post(post).label} {where} kể từ ngày {signed_on.strftime('%d/%m/%Y')}.",
    ]
    if reason.strip():
        articles.append(f"Lý do: {reason.strip()}.")
    articles.append(
        f"Ông/Bà {person.full_name} và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này."
    )
    decision = decision_issue(
        actor=actor,
        kind=kind,
        person=person,
        signer=signer,
        authority=_deciding_authority(signer, person.authority, signed_on),
        signed_on=signed_on,
        summary=f"Về việc {word.lower()} {Post(post).label.lower()}",
        articles=articles,
        rule_answers=answers,
        apply=apply,
        signer_name=signer_name,
        signer_citation=f"Điều 72 khoản 3 {DECREE}",
    )
    _stamp_post(decision)
    return decision


def _stamp_post(decision: Decision) -> None:
    """The post row opened or closed by the decision carries its number."""
    row = decision.person.posts.order_by("-valid_from", "-id").first()
    if row is not None and not row.decision_ref:
        row.decision_ref = decision.number
        row._history_user = decision.recorded_by
        row.save(update_fields=["decision_ref"])


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
    return _save(
        ReliefDossier(
            person=person, submitted_on=submitted_on, documents=clean, rule_answer=answer
        ),
        actor,
    )


def _grade_out(actor, locked: Person, was: str, new_grade: str, on: date) -> dict:
    if locked.grade != was:
        raise DomainError(
            "grade_changed", str(ERR_GRADE_CHANGED % {"grade": locked.get_grade_display()})
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
            raise DomainError("decided", str(ERR_DOSSIER_USED))
        answer = dossier.rule_answer
        if not answer["outcome"]["complete"]:
            raise DomainError(
                "dossier_incomplete",
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
            summary=f"Về việc miễn nhiệm {person.get_grade_display()}",
            articles=[
                f"Miễn nhiệm {person.get_grade_display()} đối với Ông/Bà {person.full_name}, "
                f"{person.authority.name}, kể từ ngày {signed_on.strftime('%d/%m/%Y')}.",
                "Ông/Bà có trách nhiệm nộp lại thẻ Chấp hành viên và công cụ hỗ trợ được giao.",
                f"Thủ trưởng {person.authority.name} và Ông/Bà {person.full_name} chịu trách "
                "nhiệm thi hành Quyết định này.",
            ],
            rule_answers=[answer],
            apply=lambda locked: _grade_out(actor, locked, was, new_grade, signed_on),
            proposal=f"Xét đề nghị của Cục trưởng {province_of(person.authority).name}",
            signer_name=signer_name,
            signer_citation=f"Điều 64 khoản 1 {DECREE}",
        )
        dossier.decision = decision
        _save(dossier, actor)
        return decision


REMOVAL_GROUNDS = {
    "violation_in_enforcement": f"Điều 65 khoản 1 {DECREE}",
    "serious_breach_art21": f"Điều 65 khoản 2 {DECREE}",
}


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
    """The Minister removes an officer from the post as a disciplinary measure (Art. 65)."""
    errors: dict[str, list] = {}
    if ground not in REMOVAL_GROUNDS:
        errors["ground"] = [ERR_GROUND]
    if not facts.strip():
        errors["facts"] = [gettext("Describe the violation.")]
    if person.grade not in OFFICER_GRADES:
        errors["person"] = [ERR_NOT_OFFICER]
    if errors:
        raise ValidationError(errors)
    was = person.grade
    citation = REMOVAL_GROUNDS[ground]
    answer = {
        "rule": "art65.ground",
        "on": signed_on.isoformat(),
        "outcome": {"ground": ground},
        "citations": [citation],
        "reasons": [
            {"code": ground, "vi": facts.strip(), "en": facts.strip(), "citation": citation}
        ],
    }
    return decision_issue(
        actor=actor,
        kind=DecisionKind.REMOVAL,
        person=person,
        signer=Signer.MINISTER_OF_JUSTICE,
        authority=central_authority(signed_on),
        signed_on=signed_on,
        summary=f"Về việc cách chức {person.get_grade_display()}",
        articles=[
            f"Cách chức {person.get_grade_display()} đối với Ông/Bà {person.full_name}, "
            f"{person.authority.name}, kể từ ngày {signed_on.strftime('%d/%m/%Y')}.",
            f"Lý do: {facts.strip()}.",
            "Ông/Bà có trách nhiệm nộp lại thẻ Chấp hành viên và công cụ hỗ trợ được giao.",
        ],
        rule_answers=[answer],
        apply=lambda locked: _grade_out(actor, locked, was, new_grade, signed_on),
        signer_name=signer_name,
        signer_citation=f"Điều 65 {DECREE}",
    )


# --- Inspectors (Art. 69) and secretaries (Art. 71) ----------------------------------------

NEXT_INSPECTOR = {
    Grade.INSPECTOR: Grade.INSPECTOR_PRINCIPAL,
    Grade.INSPECTOR_PRINCIPAL: Grade.INSPECTOR_SENIOR,
}


def inspector_decide(
    *, actor, person: Person, grade: str, signed_on: date, signer_name: str = ""
) -> Decision:
    """Designation into an inspector grade, or promotion to the next one (Art. 69): decided by
    the Minister of Justice, for military inspectors on the MoD board's proposal (69.2)."""
    if grade not in INSPECTOR_GRADES:
        raise ValidationError({"grade": [ERR_INSPECTOR_GRADE]})
    if person.grade == grade:
        raise ValidationError({"grade": [ERR_ALREADY_GRADE % {"grade": Grade(grade).label}]})
    promotion = person.grade in INSPECTOR_GRADES
    if promotion and NEXT_INSPECTOR.get(person.grade) != grade:
        nxt = NEXT_INSPECTOR.get(person.grade)
        raise ValidationError(
            {"grade": [ERR_PROMOTION_ORDER % {"grade": Grade(nxt).label if nxt else "—"}]}
        )
    citation = f"Điều 69 khoản {'2' if person.military else '1'} {DECREE}"
    was = person.grade
    answer = {
        "rule": "art69.inspector",
        "on": signed_on.isoformat(),
        "outcome": {"promotion": promotion, "grade": grade},
        "citations": [citation],
        "reasons": [],
    }

    def apply(locked: Person) -> dict:
        if locked.grade != was:
            raise DomainError(
                "grade_changed", str(ERR_GRADE_CHANGED % {"grade": locked.get_grade_display()})
            )
        people.person_change_grade(actor=actor, person=locked, grade=grade, on=signed_on)
        return {"grade": [was, grade]}

    word = "Nâng ngạch" if promotion else "Bổ nhiệm vào ngạch"
    return decision_issue(
        actor=actor,
        kind=DecisionKind.INSPECTOR_PROMOTION if promotion else DecisionKind.INSPECTOR_DESIGNATION,
        person=person,
        signer=Signer.MINISTER_OF_JUSTICE,
        authority=central_authority(signed_on),
        signed_on=signed_on,
        summary=f"Về việc {word.lower()} {Grade(grade).label}",
        articles=[
            f"{word} {Grade(grade).label} đối với Ông/Bà {person.full_name}, "
            f"{person.authority.name}, kể từ ngày {signed_on.strftime('%d/%m/%Y')}.",
            f"Ông/Bà {person.full_name} và các đơn vị liên quan chịu trách nhiệm thi hành Quyết "
            "định này.",
        ],
        rule_answers=[answer],
        apply=apply,
        proposal=(
            "Xét đề nghị của Hội đồng xét duyệt Bộ Quốc phòng"
            if person.military
            else "Xét đề nghị của Tổng Cục trưởng Tổng cục Thi hành án dân sự"
        ),
        signer_name=signer_name,
        signer_citation=citation,
    )


def secretary_decide(
    *, actor, person: Person, grade: str, signed_on: date, signer_name: str = ""
) -> Decision:
    """Designation of an enforcement secretary (Art. 71): by the provincial director for the
    province's staff; in the army by MoD rules (71.3)."""
    if grade not in (Grade.SECRETARY, Grade.SECRETARY_INTERMEDIATE):
        raise ValidationError({"grade": [ERR_SECRETARY_GRADE]})
    if person.grade == grade:
        raise ValidationError({"grade": [ERR_ALREADY_GRADE % {"grade": Grade(grade).label}]})
    signer = Signer.MINISTRY_OF_DEFENCE if person.military else Signer.PROVINCIAL_DIRECTOR
    citation = f"Điều 71 khoản {'3' if person.military else '1'} {DECREE}"
    was = person.grade
    answer = {
        "rule": "art71.secretary",
        "on": signed_on.isoformat(),
        "outcome": {"grade": grade},
        "citations": [citation],
        "reasons": [],
    }

    def apply(locked: Person) -> dict:
        if locked.grade != was:
            raise DomainError(
                "grade_changed", str(ERR_GRADE_CHANGED % {"grade": locked.get_grade_display()})
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
        summary=f"Về việc bổ nhiệm vào ngạch {Grade(grade).label}",
        articles=[
            f"Bổ nhiệm Ông/Bà {person.full_name} vào ngạch {Grade(grade).label}, "
            f"{person.authority.name}, kể từ ngày {signed_on.strftime('%d/%m/%Y')}.",
            f"Ông/Bà {person.full_name} và các đơn vị liên quan chịu trách nhiệm thi hành Quyết "
            "định này.",
        ],
        rule_answers=[answer],
        apply=apply,
        signer_name=signer_name,
        signer_citation=citation,
    )
