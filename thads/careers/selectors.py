"""Read-only questions of the career procedures: the register of decisions, the transfers and
relief dossiers in a user's scope, and what awaits a decision.

Pages and API endpoints get a decision, a transfer or a relief dossier only through the
`access_*` functions: missing and out of scope are the same 404, then 403 for a role that
lacks the permission.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from thads.careers.models import (
    Decision,
    DecisionKind,
    ReliefDossier,
    Signer,
    Transfer,
    TransferStatus,
)
from thads.core.access import fetch, visible
from thads.core.text import fold
from thads.organization.models import Authority

# The permission of the career procedures recorded from a person's page (transfers, posts,
# removal, designations) and of the relief dossiers (Art. 64).
RECORD_CAREER = "careers.add_transfer"
RECORD_RELIEF = "careers.add_reliefdossier"
CHANGE_TRANSFER = "careers.change_transfer"
MILITARY_LEVELS = ("military_central", "military_region")


def decisions_visible_to(user) -> QuerySet[Decision]:
    """Decisions on people of the user's scope, or issued by an authority in it."""
    return visible(
        Decision.objects.select_related("person", "authority"),
        user,
        "person__authority",
        "authority",
    )


def access_decision(user, pk, *, perm: str = "careers.view_decision") -> Decision:
    return fetch(decisions_visible_to(user), user, pk, perm=perm)


def transfers_visible_to(user) -> QuerySet[Transfer]:
    """Transfers from or to an authority of the user's scope."""
    return visible(
        Transfer.objects.select_related("person", "from_authority", "to_authority", "decision"),
        user,
        "from_authority",
        "to_authority",
    )


def access_transfer(user, pk, *, perm: str = "careers.view_transfer") -> Transfer:
    return fetch(transfers_visible_to(user), user, pk, perm=perm)


def relief_dossiers_visible_to(user) -> QuerySet[ReliefDossier]:
    """Relief dossiers of people of the user's scope."""
    return visible(
        ReliefDossier.objects.select_related("person", "person__authority", "decision"),
        user,
        "person__authority",
    )


def access_relief_dossier(user, pk, *, perm: str = "careers.view_reliefdossier") -> ReliefDossier:
    return fetch(relief_dossiers_visible_to(user), user, pk, perm=perm)


def decisions_filter(
    qs: QuerySet[Decision],
    *,
    kind: str | None = None,
    signer: str | None = None,
    year: int | None = None,
    person_id: int | None = None,
    q: str = "",
) -> QuerySet[Decision]:
    """The register filtered by kind, signer, year, person, and a name or a number (`12` or
    `12/QĐ-CTHADS`); unknown kinds and signers are ignored."""
    if kind in DecisionKind.values:
        qs = qs.filter(kind=kind)
    if signer in Signer.values:
        qs = qs.filter(signer=signer)
    if year:
        qs = qs.filter(year=year)
    if person_id:
        qs = qs.filter(person_id=person_id)
    if q := q.strip():
        number = q.split("/")[0]
        qs = qs.filter(
            Q(person__search_name__contains=fold(q))
            | (Q(seq=int(number)) if number.isdigit() else Q(pk__in=[]))
        )
    return qs


def transfers_filter(qs: QuerySet[Transfer], *, status: str | None = None) -> QuerySet[Transfer]:
    """Transfers in one status; any other value (`all`) keeps them all."""
    return qs.filter(status=status) if status in TransferStatus.values else qs


def transfers_awaiting_decision(user) -> QuerySet[Transfer]:
    return transfers_visible_to(user).filter(status=TransferStatus.PROPOSED)


def relief_dossiers_awaiting_decision(user) -> QuerySet[ReliefDossier]:
    return relief_dossiers_visible_to(user).filter(decision__isnull=True)


def person_decisions(person) -> QuerySet[Decision]:
    return person.decisions.select_related("authority")


def person_transfers(person) -> QuerySet[Transfer]:
    return person.transfers.select_related("from_authority", "to_authority")


def person_pending_dossiers(person) -> QuerySet[ReliefDossier]:
    return person.relief_dossiers.filter(decision__isnull=True)


def transfer_destinations(person) -> QuerySet[Authority]:
    """The authorities a person may be moved to: any existing one of the same system (civil or
    military) other than their own; who decides is the rule's to say (Art. 70)."""
    qs = Authority.objects.filter(valid_to__isnull=True).exclude(pk=person.authority_id)
    qs = (
        qs.filter(level__in=MILITARY_LEVELS)
        if person.military
        else qs.exclude(level__in=MILITARY_LEVELS)
    )
    return qs.order_by("path")


def transfer_destination(pk: int) -> Authority | None:
    """The destination named in an API request: any authority (the service says why one that
    exists is refused)."""
    return Authority.objects.filter(pk=pk).first()
