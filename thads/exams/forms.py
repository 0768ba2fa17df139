"""Forms of the examination steps; the services check the law, the forms the input."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from thads.exams.models import TARGET_GRADES, BoardRole, DocumentKind, RoundStatus
from thads.people.models import Person

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class RoundFilterForm(forms.Form):
    year = forms.IntegerField(label=_("year"), required=False)
    grade = forms.ChoiceField(
        label=_("grade"), choices=[("", _("— all —")), *TARGET_GRADES], required=False
    )
    status = forms.ChoiceField(
        label=_("status"), choices=[("", _("— all —")), *RoundStatus.choices], required=False
    )
    military = forms.ChoiceField(
        label=_("system"),
        choices=[("", _("— all —")), ("civil", _("Civil")), ("military", _("Military"))],
        required=False,
    )

    def filters(self) -> dict:
        """The filters of `exam_rounds_filter` (call after `is_valid()`)."""
        data = self.cleaned_data
        system = data["military"]
        return {
            "year": data["year"],
            "grade": data["grade"],
            "status": data["status"],
            "military": (system == "military") if system else None,
        }


class RoundForm(forms.Form):
    grade = forms.ChoiceField(label=_("grade"), choices=TARGET_GRADES)
    year = forms.IntegerField(label=_("year"))
    military = forms.BooleanField(label=_("military candidates"), required=False)
    submissions_close_on = forms.DateField(
        label=_("candidates accepted until"), widget=DATE, required=False
    )
    exam_on = forms.DateField(label=_("examination date"), widget=DATE, required=False)


class CandidateForm(forms.Form):
    """The candidate and the standards of Art. 18 of the Law and Art. 57 that they declare."""

    person = forms.ModelChoiceField(label=_("candidate"), queryset=Person.objects.none())
    vietnamese_citizen = forms.BooleanField(
        label=_("Vietnamese citizen"), required=False, initial=True
    )
    good_character = forms.BooleanField(
        label=_("Loyal, honest, incorruptible, of good character"), required=False
    )
    law_degree = forms.BooleanField(label=_("Bachelor of law or higher"), required=False)
    fit_for_duty = forms.BooleanField(label=_("Fit enough for the duties"), required=False)
    years_legal_work = forms.DecimalField(
        label=_("Years of legal work (junior grade)"),
        required=False,
        min_value=0,
        max_digits=4,
        decimal_places=1,
    )
    enforcement_training = forms.BooleanField(
        label=_("Trained in civil judgment enforcement (junior grade)"), required=False
    )
    under_criminal_prosecution = forms.BooleanField(
        label=_("Being criminally prosecuted"), required=False
    )
    under_disciplinary_review = forms.BooleanField(
        label=_("Under a disciplinary review without a final conclusion"), required=False
    )

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        if people is not None:
            self.fields["person"].queryset = people

    def facts(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items() if k != "person"}
        if data.get("years_legal_work") is not None:
            data["years_legal_work"] = float(data["years_legal_work"])
        return data


class PreselectForm(forms.Form):
    selected = forms.ChoiceField(label=_("Pre-selected"), choices=YES_NO, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("note"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=DocumentKind.choices)
    reference = forms.CharField(label=_("number or reference"), max_length=60)
    dated_on = forms.DateField(label=_("dated"), widget=DATE)
    note = forms.CharField(label=_("note"), max_length=255, required=False)


class BoardForm(forms.Form):
    decision_ref = forms.CharField(label=_("decision establishing the board"), max_length=60)
    decided_on = forms.DateField(label=_("board established on"), widget=DATE)
    proposal_ref = forms.CharField(
        label=_("proposal of the Director General"), max_length=60, required=False
    )


class MemberForm(forms.Form):
    full_name = forms.CharField(label=_("full name"), max_length=120)
    role = forms.ChoiceField(label=_("role"), choices=BoardRole.choices)
    position = forms.CharField(label=_("position and unit"), max_length=255, required=False)


class ResultForm(forms.Form):
    score = forms.DecimalField(
        label=_("score"), min_value=0, max_value=100, max_digits=5, decimal_places=2
    )
    passed = forms.ChoiceField(
        label=_("result"),
        choices=[("yes", _("Passed")), ("no", _("Failed"))],
        widget=forms.RadioSelect,
    )


class DesignateForm(forms.Form):
    signer_name = forms.CharField(label=_("signed by"), max_length=120, required=False)
