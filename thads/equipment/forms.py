"""Forms of the card and support-tool pages."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class LossForm(forms.Form):
    lost_on = forms.DateField(label=gettext_lazy("Lost on"), widget=DATE)
    police_station = forms.CharField(label=gettext_lazy("Police station notified"), max_length=200)
    authority_notified_on = forms.DateField(
        label=gettext_lazy("Authority notified on"), widget=DATE
    )
