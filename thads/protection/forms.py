"""The forms of the protection pages: each validates what one action receives (400 when not)."""

from __future__ import annotations

from datetime import date
from typing import cast

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from thads.core.errors import DomainError
from thads.protection.models import (
    INCIDENT_WORKFLOW,
    Case,
    Incident,
    IncidentStatus,
    Operation,
)
from thads.protection.services import ERR_NO_CASES, ERR_NO_DECISION

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MAX_KEY = 2**63  # no database key reaches it


def _check_keys(field: forms.ModelChoiceField, values) -> None:
    """A number no database key can hold is an invalid choice (not a database error)."""
    for value in values:
        text = str(value).strip()
        if text.lstrip("-").isdigit() and abs(int(text)) >= MAX_KEY:
            raise ValidationError(
                field.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )


class RecordChoiceField(forms.ModelChoiceField):
    """One record of a (scoped) queryset, chosen by its id."""

    def to_python(self, value):
        if value not in self.empty_values:
            _check_keys(self, [value])
        return super().to_python(value)


class RecordsChoiceField(forms.ModelMultipleChoiceField):
    """Records of a (scoped) queryset, chosen by their ids."""

    def clean(self, value):
        if isinstance(value, list | tuple):
            _check_keys(self, value)
        return super().clean(value)


def add_refusal(form: forms.Form, exc: DomainError | ValidationError) -> None:
    """Show a service's refusal on the form: on its field when the form has it, else on top."""
    if isinstance(exc, DomainError):
        message = f"{exc.message} ({exc.citation})" if exc.citation else exc.message
        form.add_error(exc.field if exc.field in form.fields else None, message)
    elif hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, ValidationError(errors))
    else:
        form.add_error(None, exc)


class InspectionOrderForm(forms.Form):
    """The decision that orders the inspection of cases in the user's scope (68.3.c)."""

    decision_ref = forms.CharField(
        label=_("Decision that orders it"),
        max_length=60,
        error_messages={"required": ERR_NO_DECISION},
    )
    cases = RecordsChoiceField(
        label=_("Cases"),
        queryset=Case.objects.none(),
        error_messages={"required": ERR_NO_CASES},
    )

    def __init__(self, *args, cases=None, **kwargs):
        super().__init__(*args, **kwargs)
        if cases is not None:
            self.fields["cases"].queryset = cases


class AssignInspectorForm(forms.Form):
    """An inspector for the inspection: any person in the user's scope (the service checks the
    grade and the recusal)."""

    inspector = RecordChoiceField(label=_("Inspector"), queryset=None)

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inspector"].queryset = people


class FileNoteForm(forms.Form):
    text = forms.CharField(label=_("Note"), max_length=10000, widget=forms.Textarea({"rows": 2}))


class ConclusionForm(forms.Form):
    conclusion = forms.CharField(
        label=_("Conclusion"), max_length=10000, widget=forms.Textarea({"rows": 3})
    )


class AssetForm(forms.Form):
    """An asset of the case; the service checks the values (Art. 17)."""

    description = forms.CharField(label=_("Description"), max_length=255)
    value_at_judgment = forms.DecimalField(
        label=_("Value when the judgment took effect"),
        max_digits=16,
        decimal_places=0,
        required=False,
    )
    value_now = forms.DecimalField(
        label=_("Value now"), max_digits=16, decimal_places=0, required=False
    )
    party_requested = forms.BooleanField(label=_("A party asked for revaluation"), required=False)


class DemandForm(forms.Form):
    received_on = forms.DateField(label=_("Received on"), widget=DATE)
    paid_in_full = forms.BooleanField(label=_("Paid in full"), required=False)


class OperationForm(forms.ModelForm):
    """The plan of a coercive operation."""

    class Meta:
        model = Operation
        fields = [
            "planned_on",
            "place",
            "police_officers",
            "commune_requested",
            "power_company_requested",
            "other_forces",
            "tools_planned",
        ]
        labels = {
            "planned_on": _("Date"),
            "place": _("Place"),
            "police_officers": _("Police officers requested"),
            "commune_requested": _("Commune forces requested"),
            "power_company_requested": _("Power company requested"),
            "other_forces": _("Other forces"),
            "tools_planned": _("Support tools to be issued"),
        }
        widgets = {"planned_on": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["police_officers"].required = False

    def clean_police_officers(self):
        return self.cleaned_data.get("police_officers") or 0


class ApprovalForm(forms.Form):
    protection_measures = forms.CharField(
        label=_("Protection measures for the team"),
        required=False,
        widget=forms.Textarea({"rows": 2}),
    )
    relatives_protection = forms.CharField(
        label=_("Protection of threatened relatives"),
        required=False,
        widget=forms.Textarea({"rows": 2}),
    )


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


class IncidentFollowUpForm(forms.Form):
    """The measures and follow-up of an incident; the status offers only the allowed moves."""

    status = forms.ChoiceField(label=_("Status"))
    measures = forms.CharField(
        label=_("Measures taken"), required=False, widget=forms.Textarea({"rows": 2})
    )
    follow_up = forms.CharField(
        label=_("Follow-up"), required=False, widget=forms.Textarea({"rows": 2})
    )

    def __init__(self, *args, incident: Incident, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "status": incident.status,
                "measures": incident.measures,
                "follow_up": incident.follow_up,
            },
        )
        super().__init__(*args, **kwargs)
        cast("forms.ChoiceField", self.fields["status"]).choices = [
            (value, label)
            for value, label in IncidentStatus.choices
            if INCIDENT_WORKFLOW.allows(incident.status, value)
        ]
