from django import forms
from django.utils.translation import gettext_lazy as _

from thads.organization.models import Authority
from thads.organization.services import EDITABLE_FIELDS

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class AuthorityForm(forms.ModelForm):
    class Meta:
        model = Authority
        fields = list(EDITABLE_FIELDS)
        widgets = {"valid_from": DATE, "valid_to": DATE}

    def __init__(self, *args, parents=None, **kwargs):
        super().__init__(*args, **kwargs)
        if parents is not None:
            self.fields["parent"].queryset = parents
        if self.instance.pk:
            self.fields["code"].disabled = True


class AuthoritySearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    on = forms.DateField(label=_("As of"), required=False, widget=DATE)


class AsOfForm(forms.Form):
    """The day a page shows the service as of (today when empty)."""

    on = forms.DateField(label=_("As of"), required=False, widget=DATE)
