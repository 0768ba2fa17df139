"""The incident register: report (from a phone too) and follow up (Regulation 183-QĐ/TW)."""

from __future__ import annotations

from django.db import transaction

from thads.core.history import save_with_history
from thads.protection.models import Evidence, Incident


@transaction.atomic
def incident_report(*, actor, authority, data: dict, people=(), evidence=None) -> Incident:
    incident = Incident(authority=authority, reported_by=actor, **data)
    incident.full_clean()
    save_with_history(incident, actor)
    if people:
        incident.people.set(people)
    if evidence:
        Evidence.objects.create(incident=incident, file=evidence, uploaded_by=actor)
    return incident


@transaction.atomic
def incident_follow_up(
    *, actor, incident: Incident, status: str, measures: str, follow_up: str
) -> Incident:
    """Record the measures taken and the follow-up; the status moves as its workflow allows."""
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    incident.status, incident.measures, incident.follow_up = status, measures, follow_up
    save_with_history(incident, actor)
    return incident
