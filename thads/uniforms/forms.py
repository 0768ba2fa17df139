"""Forms of the uniforms pages."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

from thads.uniforms.labels import ITEM_LABELS


class ReissueForm(forms.Form):
    item = forms.ChoiceField(label=gettext_lazy("Item"))
    quantity = forms.IntegerField(
        label=gettext_lazy("Quantity"), min_value=1, max_value=5, initial=1
    )
    reason = forms.ChoiceField(label=gettext_lazy("Reason"))
    explanation = forms.CharField(label=gettext_lazy("Explanation"), required=False, max_length=255)
    approved_by = forms.ModelChoiceField(label=gettext_lazy("Approved by"), queryset=None)

    def __init__(self, *args, approvers=None, **kwargs):
        from thads.uniforms.models import IssueReason
        from thads.uniforms.plan import ITEMS

        super().__init__(*args, **kwargs)
        self.fields["item"].choices = [(i, ITEM_LABELS[i]) for i in ITEMS]
        self.fields["reason"].choices = [
            c for c in IssueReason.choices if c[0] != IssueReason.ENTITLEMENT
        ]
        self.fields["approved_by"].queryset = approvers
