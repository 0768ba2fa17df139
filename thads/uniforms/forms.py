"""Forms of the uniforms pages."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from django import forms
from django.utils.translation import gettext_lazy

from thads.rules.citations import DECREE_IN_FORCE
from thads.uniforms.labels import ITEM_LABELS

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class ReissueForm(forms.Form):
    item = forms.ChoiceField(label=gettext_lazy("Item"))
    quantity = forms.IntegerField(
        label=gettext_lazy("Quantity"), min_value=1, max_value=5, initial=1
    )
    reason = forms.ChoiceField(label=gettext_lazy("Reason"))
    explanation = forms.CharField(label=gettext_lazy("Explanation"), required=False, max_length=255)
    approved_by: forms.ModelChoiceField[User] = forms.ModelChoiceField(
        label=gettext_lazy("Approved by"), queryset=None
    )

    def __init__(self, *args, approvers=None, **kwargs):
        from thads.uniforms.models import IssueReason
        from thads.uniforms.plan import ITEMS

        super().__init__(*args, **kwargs)
        self.fields["item"].choices = [(i, ITEM_LABELS[i]) for i in ITEMS]
        self.fields["reason"].choices = [
            c for c in IssueReason.choices if c[0] != IssueReason.ENTITLEMENT
        ]
        self.fields["approved_by"].queryset = approvers


class UniformIssueForm(forms.Form):
    """An item due under the allocation period, handed over and signed for (Art. 83.1)."""

    item = forms.ChoiceField(label=gettext_lazy("Item"))
    quantity = forms.IntegerField(label=gettext_lazy("Quantity"), min_value=1)

    def __init__(self, *args, **kwargs):
        from thads.uniforms.plan import ITEMS

        super().__init__(*args, **kwargs)
        self.fields["item"].choices = [(i, ITEM_LABELS[i]) for i in ITEMS]


ERR_YEAR = gettext_lazy("Enter a year between 2000 and 2100.")
ERR_ON = gettext_lazy("Enter a day as YYYY-MM-DD, on or after 2015-09-01.")


class UniformPlanForm(forms.Form):
    """The year of the allocation plan (next year when not given), and the day it is drawn up
    on (today when not given): the structure and the postings of that day are counted."""

    year = forms.IntegerField(
        label=gettext_lazy("Year"),
        required=False,
        min_value=2000,
        max_value=2100,
        error_messages={"invalid": ERR_YEAR, "min_value": ERR_YEAR, "max_value": ERR_YEAR},
    )

    on = forms.DateField(
        label=gettext_lazy("As of"),
        required=False,
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": ERR_ON},
    )

    def __init__(self, *args, default_year: int, default_on: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_year = default_year
        self.default_on = default_on

    def clean_year(self) -> int:
        year = self.cleaned_data["year"]
        return self.default_year if year is None else year

    def clean_on(self) -> date:
        on = self.cleaned_data["on"]
        if on is None:
            return self.default_on
        if on < DECREE_IN_FORCE:
            raise forms.ValidationError(ERR_ON)
        return on


def errors_text(form: forms.Form) -> str:
    """A form's errors on one line, each with its field's label (for a message)."""
    parts = []
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        label = f"{field.label or name}: " if field is not None else ""
        parts.append(label + " ".join(str(e) for e in errors))
    return "; ".join(parts)
