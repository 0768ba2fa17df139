"""Read-only questions about cases, inspections, incidents and operations: the one access funnel.

Pages and the API get every record through `access_<entity>(user, pk, perm=...)`: a record
missing or outside the user's scope is a 404 (the same answer), then a permission the role
lacks is a 403.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from thads.core.access import fetch, visible
from thads.people.choices import INSPECTOR_GRADES
from thads.people.models import PROTECTED_FIELDS, Person
from thads.people.selectors import people_visible_to
from thads.protection.models import (
    Case,
    Evidence,
    FileNote,
    Incident,
    Inspection,
    InspectionStatus,
    Operation,
)

ERR_NOT_IN_FILE = _(
    "Only the inspectors and the deciding head work on the file before the conclusion."
)


def cases_visible_to(user) -> QuerySet[Case]:
    """The cases of the user's authority and the authorities under it."""
    return visible(Case.objects.select_related("authority", "officer"), user)


def access_case(user, pk, *, perm: str = "protection.view_case") -> Case:
    return fetch(cases_visible_to(user), user, pk, perm=perm)


def inspections_visible_to(user) -> QuerySet[Inspection]:
    """The inspections ordered by the user's authority or one under it."""
    return visible(Inspection.objects.select_related("authority", "decided_by"), user)


def access_inspection(user, pk, *, perm: str = "protection.view_inspection") -> Inspection:
    return fetch(inspections_visible_to(user), user, pk, perm=perm)


def incidents_visible_to(user) -> QuerySet[Incident]:
    """The incidents recorded by the user's authority or one under it."""
    return visible(Incident.objects.select_related("authority", "case", "reported_by"), user)


def access_incident(user, pk, *, perm: str = "protection.view_incident") -> Incident:
    return fetch(incidents_visible_to(user), user, pk, perm=perm)


def evidence_visible_to(user) -> QuerySet[Evidence]:
    """The evidence of the incidents in the user's scope."""
    return visible(
        Evidence.objects.select_related("incident__authority"), user, "incident__authority"
    )


def access_evidence(user, pk, *, perm: str = "protection.view_incident") -> Evidence:
    """An evidence file is seen by whoever may see its incident."""
    return fetch(evidence_visible_to(user), user, pk, perm=perm)


def operations_visible_to(user) -> QuerySet[Operation]:
    """The coercive operations of the cases in the user's scope."""
    return visible(Operation.objects.select_related("case__authority"), user, "case__authority")


def access_operation(user, pk, *, perm: str = "protection.view_operation") -> Operation:
    return fetch(operations_visible_to(user), user, pk, perm=perm)


def acting_authority(user, *, cases=()):
    """The authority the user acts for: their own; a superuser without a profile acts for the
    authority of the cases concerned. Anyone else without a profile is refused (403)."""
    profile = getattr(user, "profile", None)
    if profile is not None:
        return profile.authority
    cases = list(cases)
    if user.is_superuser and cases:
        return cases[0].authority
    raise PermissionDenied


def inspector_candidates(user) -> QuerySet[Person]:
    """Inspectors in the user's scope, offered for assignment (personal data not loaded)."""
    return people_visible_to(user).filter(grade__in=INSPECTOR_GRADES).defer(*PROTECTED_FIELDS)


def works_on_file(user, inspection: Inspection) -> bool:
    """The deciding head and the assigned inspectors work on the inspection file."""
    person_id = getattr(getattr(user, "profile", None), "person_id", None)
    return inspection.decided_by_id == user.pk or (
        person_id is not None and inspection.inspectors.filter(pk=person_id).exists()
    )


def file_visible(user, inspection: Inspection) -> bool:
    """Before the conclusion only the inspectors and the deciding head see the file (68.3.e);
    after it, everyone who sees the inspection."""
    return inspection.status == InspectionStatus.CONCLUDED or works_on_file(user, inspection)


def inspection_file(user, inspection: Inspection) -> QuerySet[FileNote]:
    """The notes of the inspection file, for those who may read it (68.3.e); 403 otherwise."""
    if not file_visible(user, inspection):
        raise PermissionDenied(str(ERR_NOT_IN_FILE))
    return inspection.notes.select_related("author")


def access_inspection_file(user, pk, *, write: bool = False) -> Inspection:
    """The inspection whose file the user may read, or with `write` work on (68.3.e): 404
    outside the scope, then 403 without the view permission, then 403 for anyone but the
    inspectors and the deciding head (before the conclusion, and always for writing)."""
    inspection = access_inspection(user, pk)
    if not (works_on_file(user, inspection) if write else file_visible(user, inspection)):
        raise PermissionDenied(str(ERR_NOT_IN_FILE))
    return inspection


def incidents_filter(qs: QuerySet[Incident], *, kind: str = "", status: str = ""):
    if kind:
        qs = qs.filter(kind=kind)
    if status:
        qs = qs.filter(status=status)
    return qs


def incident_counts(incidents: QuerySet[Incident], months: list[tuple[int, int]]) -> dict:
    """Counts by province and kind, and by month and kind, for the dashboard's chart."""
    by_province: dict[str, Counter] = defaultdict(Counter)
    by_month: dict[tuple[int, int], Counter] = {m: Counter() for m in months}
    for occurred_on, kind, province in incidents.values_list(
        "occurred_on", "kind", "authority__province_name"
    ):
        by_province[province or "—"][kind] += 1
        key = (occurred_on.year, occurred_on.month)
        if key in by_month:
            by_month[key][kind] += 1
    return {"by_province": dict(sorted(by_province.items())), "by_month": by_month}
