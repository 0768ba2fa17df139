"""The incident register: report (from a phone too), follow up, and count by province and kind."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from thads.protection.models import Evidence, Incident, IncidentKind

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


class IncidentForm(forms.ModelForm):
    evidence = forms.FileField(label=_("Evidence (photo, screenshot, document)"), required=False)

    class Meta:
        model = Incident
        fields = [
            "occurred_on",
            "place",
            "kind",
            "case",
            "description",
            "relatives_affected",
            "reported_police",
            "reported_commune",
            "reported_other",
            "measures",
        ]
        widgets = {
            "occurred_on": forms.DateInput(attrs={"type": "date"}),
            "description": forms.Textarea(attrs={"rows": 3}),
            "measures": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, cases=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case"].queryset = (
            cases if cases is not None else self.fields["case"].queryset.none()
        )

    def clean_occurred_on(self):
        day = self.cleaned_data["occurred_on"]
        if day > date.today():
            raise ValidationError(_("An incident cannot be in the future."))
        return day

    def clean_evidence(self):
        f = self.cleaned_data.get("evidence")
        if f and f.size > MAX_EVIDENCE_BYTES:
            raise ValidationError(_("A file of at most 20 MB."))
        return f


@transaction.atomic
def incident_report(*, actor, authority, data: dict, people=(), evidence=None) -> Incident:
    incident = Incident(authority=authority, reported_by=actor, **data)
    incident.full_clean()
    incident._history_user = actor
    incident.save()
    if people:
        incident.people.set(people)
    if evidence:
        Evidence.objects.create(incident=incident, file=evidence, uploaded_by=actor)
    return incident


def dashboard(incidents, months: list[tuple[int, int]]) -> dict:
    """Counts by province and kind, and by month and kind, for the chart."""
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


COLOURS = {
    "threat": "#d98e04",
    "obstruction": "#6b7b8c",
    "violence": "#b3261e",
    "property": "#7b4fa0",
    "crowd": "#1f6fb2",
    "hazard": "#2f8f4e",
}


def chart_svg(by_month: dict) -> str:
    """A stacked bar chart of incidents per month and kind (inline SVG, no script needed)."""
    width, height, left, bottom = 640, 220, 30, 30
    months = list(by_month)
    peak = max([sum(c.values()) for c in by_month.values()] + [1])
    bar = (width - left - 10) / max(len(months), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="incident-chart" viewBox="0 0 {width} {height}" role="img" aria-label="incidents per month">'
    ]
    for i, (year, month) in enumerate(months):
        x = left + i * bar
        y = height - bottom
        for kind in IncidentKind.values:
            n = by_month[(year, month)].get(kind, 0)
            if not n:
                continue
            h = (height - bottom - 10) * n / peak
            y -= h
            parts.append(
                f'<rect class="bar bar-{kind}" data-month="{year}-{month:02d}" data-count="{n}" x="{x + 3:.1f}" y="{y:.1f}" width="{bar - 6:.1f}" height="{h:.1f}" fill="{COLOURS[kind]}"><title>{n}</title></rect>'
            )
        parts.append(
            f'<text x="{x + bar / 2:.1f}" y="{height - 12}" font-size="10" text-anchor="middle">{month:02d}/{year % 100:02d}</text>'
        )
    parts.append(f'<text x="4" y="14" font-size="10">{peak}</text></svg>')
    return "".join(parts)
