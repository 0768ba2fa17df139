"""Forms of the career procedures; the services check the law, the forms the input."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from thads.careers.models import DecisionKind, ReliefDocumentKind, TransferKind
from thads.careers.services import POST_WORD, REMOVAL_GROUNDS
from thads.organization.models import Authority
from thads.people.choices import ART72_POSTS, INSPECTOR_GRADES, Grade, Post

DATE = forms.DateInput(attrs={"type": "date"})


class TransferForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=TransferKind.choices)
    to_authority = forms.ModelChoiceField(label=_("to"), queryset=Authority.objects.none())
    starts_on = forms.DateField(label=_("starts on"), widget=DATE)
    ends_on = forms.DateField(label=_("ends on"), widget=DATE, required=False)
    reason = forms.CharField(
        label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )

    def __init__(self, *args, authorities=None, **kwargs):
        super().__init__(*args, **kwargs)
        if authorities is not None:
            self.fields["to_authority"].queryset = authorities


class DecideForm(forms.Form):
    signed_on = forms.DateField(label=_("signed on"), widget=DATE)
    signer_name = forms.CharField(label=_("signed by"), max_length=120, required=False)


class ConsultForm(forms.Form):
    consulted_on = forms.DateField(label=_("consulted on"), widget=DATE)
    consultation_note = forms.CharField(
        label=_("consultation"), widget=forms.Textarea(attrs={"rows": 2})
    )


class LeadershipForm(DecideForm):
    kind = forms.ChoiceField(
        label=_("decision"), choices=[(k, DecisionKind(k).label) for k in POST_WORD]
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

    def documents(self) -> list[dict]:
        return [
            {"kind": kind, "issued_on": self.cleaned_data[f"{kind}_on"]}
            for kind in ReliefDocumentKind.values
            if self.cleaned_data.get(f"{kind}_on")
        ]


class RemovalForm(DecideForm):
    ground = forms.ChoiceField(
        label=_("ground"),
        choices=[
            ("violation_in_enforcement", _("Violation during enforcement (Art. 65.1)")),
            ("serious_breach_art21", _("Serious breach of Art. 21 of the Law (Art. 65.2)")),
        ],
    )
    facts = forms.CharField(label=_("the violation"), widget=forms.Textarea(attrs={"rows": 2}))


assert set(REMOVAL_GROUNDS) == {"violation_in_enforcement", "serious_breach_art21"}


class GradeDecisionForm(DecideForm):
    grade = forms.ChoiceField(label=_("grade"))

    def __init__(self, *args, grades=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["grade"].choices = [(g, Grade(g).label) for g in grades]


INSPECTOR_CHOICES = INSPECTOR_GRADES
SECRETARY_CHOICES = (Grade.SECRETARY, Grade.SECRETARY_INTERMEDIATE)
