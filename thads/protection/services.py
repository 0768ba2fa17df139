"""Cases and inspections: an inspection exists only by a competent head's decision (68.3.c);
an inspector whose family reaches a party is refused (68.4); the file stays with the
inspectors and the deciding head until the conclusion (68.3.e)."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from thads.core.crypto import lookup_hash
from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.organization.models import Authority
from thads.people.choices import INSPECTOR_GRADES, RELATIONSHIP_PATH, Relationship
from thads.people.models import Person, Relative
from thads.people.services import identity_hash
from thads.protection.errors import ProtectionError, RecusalRequired
from thads.protection.models import (
    Asset,
    Case,
    FileNote,
    Inspection,
    InspectionStatus,
    Party,
    PaymentDemand,
)
from thads.protection.selectors import ERR_NOT_IN_FILE, works_on_file
from thads.rules.engine import evaluate

ERR_OUTSIDE = _("The case is not under this authority.")
ERR_NOT_INSPECTOR = _("Only an enforcement inspector can be assigned to an inspection.")
ERR_CONCLUDED = _("The inspection is concluded.")
ERR_NO_DECISION = _("The decision that orders the inspection is required.")
ERR_NO_CASES = _("Choose the cases to inspect.")
STEP_LABELS = {
    "spouse": _("spouse"),
    "parent": _("parent"),
    "child": _("child"),
    "sibling": _("sibling"),
}


@transaction.atomic
def case_open(
    *,
    actor,
    authority: Authority,
    number: str,
    judgment_ref: str,
    opened_on: date,
    officer=None,
    parties=(),
) -> Case:
    case = Case(
        authority=authority,
        number=number.strip(),
        judgment_ref=judgment_ref.strip(),
        opened_on=opened_on,
        officer=officer,
    )
    case.full_clean()
    save_with_history(case, actor)
    for data in parties:
        born = data.get("date_of_birth")
        party = Party(
            case=case,
            kind=data.get("kind", "person"),
            name=data["name"].strip(),
            date_of_birth=born.isoformat() if born else "",
            national_id=data.get("national_id", ""),
            national_id_hash=lookup_hash(data["national_id"]) if data.get("national_id") else "",
            identity_hash=identity_hash(data["name"], born),
        )
        save_with_history(party, actor)
    return case


@transaction.atomic
def inspection_order(
    *, actor, authority: Authority, decision_ref: str, decided_on: date, cases
) -> Inspection:
    """Record the decision that orders an inspection; without it there is none (68.3.c)."""
    if not actor.has_perm("protection.add_inspection"):
        raise PermissionDenied
    errors = {}
    if not decision_ref.strip():
        errors["decision_ref"] = [ERR_NO_DECISION]
    cases = list(cases)
    if not cases:
        errors["cases"] = [ERR_NO_CASES]
    if any(not c.authority.path.startswith(authority.path) for c in cases):
        errors["cases"] = [ERR_OUTSIDE]
    if errors:
        raise ValidationError(errors)
    inspection = save_with_history(
        Inspection(
            authority=authority,
            decision_ref=decision_ref.strip(),
            decided_on=decided_on,
            decided_by=actor,
        ),
        actor,
    )
    inspection.cases.set(cases)
    return inspection


def kinship_conflicts(inspector: Person, inspection: Inspection) -> list[dict]:
    """Relatives of the inspector who are parties to an inspected case, with the kinship path.

    A relative matches a party by ID number, or by name and date of birth."""
    parties = Party.objects.filter(case__in=inspection.cases.all())
    by_id = {p.national_id_hash: p for p in parties if p.national_id_hash}
    by_identity = {p.identity_hash: p for p in parties if p.identity_hash}
    out = []
    for relative in Relative.objects.filter(person=inspector):
        party = by_id.get(relative.national_id_hash) if relative.national_id_hash else None
        party = party or (
            by_identity.get(relative.identity_hash) if relative.identity_hash else None
        )
        if party is None:
            continue
        path = RELATIONSHIP_PATH[relative.relationship]
        answer = evaluate("inspection.recusal", {"path": path}, inspection.decided_on)
        out.append({"relative": relative, "party": party, "path": path, "answer": answer})
    return out


@transaction.atomic
def inspection_assign(*, actor, inspection: Inspection, inspector: Person) -> Inspection:
    inspection = Inspection.objects.select_for_update().get(pk=inspection.pk)
    if inspection.status == InspectionStatus.CONCLUDED:
        raise DomainError(ProtectionError.CONCLUDED, str(ERR_CONCLUDED))
    if inspector.grade not in INSPECTOR_GRADES:
        raise DomainError(ProtectionError.NOT_INSPECTOR, str(ERR_NOT_INSPECTOR), field="inspector")
    for conflict in kinship_conflicts(inspector, inspection):
        answer = conflict["answer"]
        if answer["outcome"]["must_recuse"]:
            shown = " → ".join(str(STEP_LABELS[s]) for s in conflict["path"])
            reason = answer["reasons"][0]
            message = f"{reason['vi']} ({_('kinship')}: {shown}; {Relationship(conflict['relative'].relationship).label})"
            raise RecusalRequired(
                message,
                citation=reason["citation"],
                point=answer["outcome"]["point"],
                field="inspector",
            )
    inspection.inspectors.add(inspector)
    return save_with_history(inspection, actor)


@transaction.atomic
def file_note_add(*, actor, inspection: Inspection, text: str) -> FileNote:
    inspection = Inspection.objects.select_for_update().get(pk=inspection.pk)
    if inspection.status == InspectionStatus.CONCLUDED:
        raise DomainError(ProtectionError.CONCLUDED, str(ERR_CONCLUDED))
    if not works_on_file(actor, inspection):
        raise PermissionDenied(str(ERR_NOT_IN_FILE))
    if not text.strip():
        raise ValidationError({"text": [_("Write the note.")]})
    return save_with_history(
        FileNote(inspection=inspection, author=actor, text=text.strip()), actor
    )


@transaction.atomic
def inspection_conclude(*, actor, inspection: Inspection, conclusion: str, on: date) -> Inspection:
    inspection = Inspection.objects.select_for_update().get(pk=inspection.pk)
    if inspection.status == InspectionStatus.CONCLUDED:
        raise DomainError(ProtectionError.CONCLUDED, str(ERR_CONCLUDED))
    if inspection.decided_by_id != actor.pk:
        raise PermissionDenied
    if len(conclusion.strip()) < 10:
        raise ValidationError({"conclusion": [_("Write the conclusion.")]})
    inspection.status, inspection.conclusion, inspection.concluded_on = (
        InspectionStatus.CONCLUDED,
        conclusion.strip(),
        on,
    )
    return save_with_history(inspection, actor)


def case_rules(case: Case, on: date) -> dict:
    """What `enforcement.revaluation` and `enforcement.auction_decision` say for the case."""
    assets = [
        {
            "asset": a,
            "answer": evaluate(
                "enforcement.revaluation",
                {
                    "value_at_judgment": float(a.value_at_judgment),
                    "value_now": float(a.value_now),
                    "party_requested": a.party_requested,
                },
                on,
            ),
        }
        for a in case.assets.all()
        if a.value_at_judgment > 0
    ]
    demands = [
        {
            "demand": d,
            "answer": evaluate(
                "enforcement.auction_decision",
                {"demand_received_on": d.received_on.isoformat(), "paid_in_full": d.paid_in_full},
                on,
            ),
        }
        for d in case.demands.all()
    ]
    return {"assets": assets, "demands": demands}


@transaction.atomic
def asset_add(
    *, actor, case: Case, description: str, value_at_judgment, value_now, party_requested: bool
) -> Asset:
    if value_at_judgment is None or value_at_judgment <= 0:
        raise ValidationError(
            {"value_at_judgment": [_("The value when the judgment took effect must be positive.")]}
        )
    if value_now is None or value_now < 0:
        raise ValidationError({"value_now": [_("The value now cannot be negative.")]})
    asset = Asset(
        case=case,
        description=description.strip(),
        value_at_judgment=value_at_judgment,
        value_now=value_now,
        party_requested=party_requested,
    )
    asset.full_clean()
    return save_with_history(asset, actor)


@transaction.atomic
def demand_add(
    *, actor, case: Case, received_on: date, paid_in_full: bool = False
) -> PaymentDemand:
    return save_with_history(
        PaymentDemand(case=case, received_on=received_on, paid_in_full=paid_in_full), actor
    )
