"""Forms of the selection pages; the services check the law, the forms the input."""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from thads.organization.models import Authority
from thads.people.models import Person
from thads.selection.models import OFFICER_GRADE_CHOICES, BoardRole, SelectionBoard, VoteChoice

DATE = forms.DateInput(attrs={"type": "date"})


class BoardForm(forms.Form):
    authority = forms.ModelChoiceField(
        label=_("provincial department"), queryset=Authority.objects.none()
    )
    established_on = forms.DateField(label=_("established on"), widget=DATE)
    decision_ref = forms.CharField(
        label=_("decision approving the board"), max_length=60, required=False
    )

    def __init__(self, *args, authorities=None, **kwargs):
        super().__init__(*args, **kwargs)
        if authorities is not None:
            self.fields["authority"].queryset = authorities


class MemberForm(forms.Form):
    """One seat; an empty row is ignored (the composition check then names what is missing)."""

    name = forms.CharField(label=_("name"), max_length=120, required=False)
    organisation = forms.CharField(label=_("organisation"), max_length=255, required=False)
    role = forms.ChoiceField(
        label=_("role on the board"), choices=[("", "—"), *BoardRole.choices], required=False
    )


MemberFormSet = forms.formset_factory(MemberForm, extra=0, max_num=20, validate_max=True)


def member_formset(data=None) -> forms.BaseFormSet:
    if data is not None:
        return MemberFormSet(data, prefix="members")
    initial = [{"role": role} for role in BoardRole.values] + [{}]
    return MemberFormSet(initial=initial, prefix="members")


def members_of(formset) -> list[dict]:
    return [
        f.cleaned_data
        for f in formset.forms
        if f.cleaned_data.get("name") or f.cleaned_data.get("organisation")
    ]


class DossierForm(forms.Form):
    board = forms.ModelChoiceField(
        label=_("selection board"), queryset=SelectionBoard.objects.none()
    )
    person = forms.ModelChoiceField(label=_("staff member"), queryset=Person.objects.none())
    target_grade = forms.ChoiceField(label=_("grade proposed"), choices=OFFICER_GRADE_CHOICES)
    submitted_on = forms.DateField(label=_("submitted on"), widget=DATE)
    commitment_years = forms.DecimalField(
        label=_("years committed to work at the office"),
        min_value=0,
        max_digits=4,
        decimal_places=1,
    )
    commitment_signed_on = forms.DateField(label=_("commitment signed on"), widget=DATE)
    documents = forms.CharField(
        label=_("other documents"),
        help_text=_("One per line: title; date (YYYY-MM-DD, optional)."),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )

    def __init__(self, *args, boards=None, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        if boards is not None:
            self.fields["board"].queryset = boards
        if people is not None:
            self.fields["person"].queryset = people

    def clean_documents(self) -> list[dict]:
        out = []
        for line in (self.cleaned_data.get("documents") or "").splitlines():
            if not line.strip():
                continue
            title, _sep, day = line.partition(";")
            try:
                issued_on = date.fromisoformat(day.strip()) if day.strip() else None
            except ValueError:
                raise forms.ValidationError(
                    _("Write the date as YYYY-MM-DD: %(line)s") % {"line": line.strip()}
                ) from None
            out.append({"title": title.strip(), "issued_on": issued_on})
        return out


class MeetingForm(forms.Form):
    held_on = forms.DateField(label=_("held on"), widget=DATE)

    def __init__(self, *args, members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.members = list(members)
        for m in self.members:
            self.fields[f"vote_{m.pk}"] = forms.ChoiceField(
                label=f"{m.name} — {m.get_role_display()}",
                choices=[("", "—"), *VoteChoice.choices],
            )

    def votes(self) -> dict[int, str]:
        return {m.pk: self.cleaned_data[f"vote_{m.pk}"] for m in self.members}


class DesignateForm(forms.Form):
    signed_on = forms.DateField(label=_("decision date"), widget=DATE)
    signer_name = forms.CharField(label=_("signed by"), max_length=120, required=False)
