"""Forms of the career procedures; the services check the law, the forms the input."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from thads.careers import selectors
from thads.careers.models import (
    LEADERSHIP_KINDS,
    DecisionKind,
    ReliefDocumentKind,
    TransferKind,
)
from thads.core.errors import DomainError
from thads.organization.models import Authority
from thads.people.choices import ART72_POSTS, INSPECTOR_GRADES, Grade, Post
from thads.rules.vocab import REMOVAL_GROUNDS

DATE = forms.DateInput(attrs={"type": "date"})
GROUND_LABELS = {
    "violation_in_enforcement": _("Violation during enforcement (Art. 65.1)"),
    "serious_breach_art21": _("Serious breach of Art. 21 of the Law (Art. 65.2)"),
}


class TransferForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=TransferKind.choices)
    to_authority = forms.ModelChoiceField(label=_("to"), queryset=Authority.objects.none())
    starts_on = forms.DateField(label=_("starts on"), widget=DATE)
    ends_on = forms.DateField(label=_("ends on"), widget=DATE, required=False)
    reason = forms.CharField(
        label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )

    def __init__(self, *args, person, **kwargs):
        kwargs.setdefault("initial", {"starts_on": timezone.localdate()})
        super().__init__(*args, **kwargs)
        self.fields["to_authority"].queryset = selectors.transfer_destinations(person)


class DecideForm(forms.Form):
    signed_on = forms.DateField(label=_("signed on"), widget=DATE)
    signer_name = forms.CharField(label=_("signed by"), max_length=120, required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"signed_on": timezone.localdate()})
        super().__init__(*args, **kwargs)


class ConsultForm(forms.Form):
    consulted_on = forms.DateField(label=_("consulted on"), widget=DATE)
    consultation_note = forms.CharField(
        label=_("consultation"), widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"consulted_on": timezone.localdate()})
        super().__init__(*args, **kwargs)


class LeadershipForm(DecideForm):
    kind = forms.ChoiceField(
        label=_("decision"), choices=[(k, DecisionKind(k).label) for k in LEADERSHIP_KINDS]
    )
    post = forms.ChoiceField(label=_("post"), choices=[(p, Post(p).label) for p in ART72_POSTS])
    integrity = forms.BooleanField(label=_("Integrity attested (Art. 72)"), required=False)
    experience = forms.BooleanField(label=_("Practical experience attested"), required=False)
    capacity = forms.BooleanField(label=_("Management capacity attested"), required=False)
    reason = forms.CharField(label=_("reason"), required=False, max_length=300)


class ReliefDossierForm(forms.Form):
    submitted_on = forms.DateField(label=_("submitted on"), widget=DATE)
    request_on = forms.DateField(
        label=ReliefDocumentKind.REQUEST.label, widget=DATE, required=False
    )
    health_certificate_on = forms.DateField(
        label=ReliefDocumentKind.HEALTH_CERTIFICATE.label, widget=DATE, required=False
    )
    hardship_certificate_on = forms.DateField(
        label=ReliefDocumentKind.HARDSHIP_CERTIFICATE.label, widget=DATE, required=False
    )
    other_supporting_on = forms.DateField(
        label=ReliefDocumentKind.OTHER_SUPPORTING.label, widget=DATE, required=False
    )
    director_proposal_on = forms.DateField(
        label=ReliefDocumentKind.DIRECTOR_PROPOSAL.label, widget=DATE, required=False
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"submitted_on": timezone.localdate()})
        super().__init__(*args, **kwargs)

    def documents(self) -> list[dict]:
        return [
            {"kind": kind, "issued_on": self.cleaned_data[f"{kind}_on"]}
            for kind in ReliefDocumentKind.values
            if self.cleaned_data.get(f"{kind}_on")
        ]


class RemovalForm(DecideForm):
    ground = forms.ChoiceField(
        label=_("ground"), choices=[(g, GROUND_LABELS[g]) for g in REMOVAL_GROUNDS]
    )
    facts = forms.CharField(label=_("the violation"), widget=forms.Textarea(attrs={"rows": 2}))


class GradeDecisionForm(DecideForm):
    grades: tuple[str, ...] = ()
    grade = forms.ChoiceField(label=_("grade"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["grade"].choices = [(g, Grade(g).label) for g in self.grades]


class InspectorForm(GradeDecisionForm):
    """Designation into an inspector grade or promotion to the next one (Art. 69)."""

    grades = tuple(INSPECTOR_GRADES)


class SecretaryForm(GradeDecisionForm):
    """Designation of an enforcement secretary (Art. 71)."""

    grades = (Grade.SECRETARY, Grade.SECRETARY_INTERMEDIATE)


def career_forms(person) -> dict[str, forms.Form]:
    """The empty forms of a person's career page, by the name of their procedure."""
    return {
        "transfer": TransferForm(person=person),
        "leadership": LeadershipForm(),
        "relief_dossier": ReliefDossierForm(),
        "relief": DecideForm(),
        "removal": RemovalForm(),
        "inspector": InspectorForm(),
        "secretary": SecretaryForm(),
    }


def add_refusal(form: forms.Form, exc: DomainError | ValidationError) -> None:
    """Show a service's refusal on the form: on its field when the form has it, with the
    clause it rests on."""
    if isinstance(exc, DomainError):
        text = f"{exc.message} ({exc.citation})" if exc.citation else exc.message
        form.add_error(exc.field if exc.field in form.fields else None, text)
        return
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc.messages)
        return
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)
