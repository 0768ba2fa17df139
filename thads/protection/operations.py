"""Coercive operations: the plan, the risk assessment before approval, the protection measures.

The assessment draws on incidents already recorded with the same case, with a case sharing a
party (by ID number or name and date of birth), or at the same place, and on what the plan
says (forces and services asked for). Each point it counts is a reason shown to the user.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.core.text import fold
from thads.protection.errors import ProtectionError
from thads.protection.models import Incident, Operation, OperationStatus, Party, RiskLevel
from thads.rules.engine import evaluate

LOOKBACK_YEARS = 3
ERR_NOT_ASSESSED = gettext_lazy("An operation is approved only after its risk assessment.")
ERR_APPROVED = gettext_lazy("The operation is approved: its risk is no longer assessed.")
ERR_HIGH_RISK = gettext_lazy(
    "A high-risk operation needs police forces and protection measures for the team."
)
ERR_THREATENED_RELATIVES = gettext_lazy("Relatives were threatened: record how they are protected.")


@transaction.atomic
def operation_plan(*, actor, case, planned_on: date, place: str, **plan) -> Operation:
    operation = Operation(case=case, planned_on=planned_on, place=place.strip(), **plan)
    operation.full_clean()
    return save_with_history(operation, actor)


def related_incidents(operation: Operation, on: date):
    parties = Party.objects.filter(case=operation.case)
    ids = [p.national_id_hash for p in parties if p.national_id_hash]
    identities = [p.identity_hash for p in parties if p.identity_hash]
    sharing = set(
        Party.objects.filter(
            Q(national_id_hash__in=ids) | Q(identity_hash__in=identities)
        ).values_list("case_id", flat=True)
    )
    since = on - timedelta(days=365 * LOOKBACK_YEARS)
    candidates = Incident.objects.filter(occurred_on__gte=since).filter(
        Q(case=operation.case)
        | Q(case_id__in=sharing)
        | Q(authority__path__startswith=operation.case.authority.path)
    )
    place = fold(operation.place)
    out = []
    for incident in candidates.select_related("case"):
        same_place = place and (place in fold(incident.place) or fold(incident.place) in place)
        if incident.case_id is not None and incident.case_id in sharing | {operation.case_id}:
            out.append((incident, "same_parties"))
        elif same_place:
            out.append((incident, "same_place"))
    return out


FACTOR_TEXT = {
    "relatives_threatened": gettext_lazy("Relatives of staff were targeted."),
    "hazard_without_power_company": gettext_lazy(
        "A hazard was set up before, and the power company is not asked to take part."
    ),
    "few_police": gettext_lazy(
        "Violence, obstruction or a crowd happened before, and fewer than two police officers are asked for."
    ),
    "no_history": gettext_lazy("No incident recorded with these parties or at this place."),
}


@transaction.atomic
def operation_assess(*, actor, operation: Operation, on: date) -> Operation:
    """The risk by `operation.risk` (the Ministry's points and thresholds, for the protection
    Regulation 183-QĐ/TW requires), each point it counts kept as a reason shown to the user."""
    operation = Operation.objects.select_for_update().get(pk=operation.pk)
    if operation.status == OperationStatus.APPROVED:
        raise DomainError(ProtectionError.APPROVED, str(ERR_APPROVED))
    linked = related_incidents(operation, on)
    facts = {
        "incidents": [
            {
                "kind": incident.kind,
                "link": link,
                "relatives_affected": bool(incident.relatives_affected),
            }
            for incident, link in linked
        ],
        "plan": {
            "police_officers": operation.police_officers,
            "power_company_requested": bool(operation.power_company_requested),
        },
    }
    answer = evaluate("operation.risk", facts, on)
    reasons = []
    for factor in answer["outcome"]["factors"]:
        if factor["code"].startswith("incident_"):
            incident, link = linked[factor["incident"]]
            where = _("with the same parties") if link == "same_parties" else _("at the same place")
            text = f"{incident.get_kind_display()} ({incident.occurred_on:%d/%m/%Y}) {where}"
        else:
            text = str(FACTOR_TEXT[factor["code"]])
        reasons.append({"code": factor["code"], "weight": factor["weight"], "text": text})
    operation.risk_level = RiskLevel(answer["outcome"]["level"])
    operation.risk_reasons = reasons
    operation.status = OperationStatus.ASSESSED
    return save_with_history(operation, actor)


@transaction.atomic
def operation_approve(
    *,
    actor,
    operation: Operation,
    on: date,
    protection_measures: str = "",
    relatives_protection: str = "",
):
    operation = Operation.objects.select_for_update().get(pk=operation.pk)
    if operation.status != OperationStatus.ASSESSED:
        raise DomainError(ProtectionError.NOT_ASSESSED, str(ERR_NOT_ASSESSED))
    operation.protection_measures = protection_measures.strip() or operation.protection_measures
    operation.relatives_protection = relatives_protection.strip() or operation.relatives_protection
    errors = {}
    if operation.risk_level == RiskLevel.HIGH and (
        operation.police_officers < 1 or not operation.protection_measures
    ):
        errors["protection_measures"] = [ERR_HIGH_RISK]
    if (
        any(r["code"] == "relatives_threatened" for r in operation.risk_reasons)
        and not operation.relatives_protection
    ):
        errors["relatives_protection"] = [ERR_THREATENED_RELATIVES]
    if errors:
        raise ValidationError(errors)
    operation.status, operation.approved_by, operation.approved_on = (
        OperationStatus.APPROVED,
        actor,
        on,
    )
    return save_with_history(operation, actor)
