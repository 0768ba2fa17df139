"""The upload forms of the import pages."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from thads.onboarding.tables import MAX_BYTES

ERR_TOO_LARGE = _("The file is larger than 5 MB.")


class UploadForm(forms.Form):
    file = forms.FileField(label=_("File (.xlsx or .csv)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(ERR_TOO_LARGE, code="file_too_large")
        return upload


class OfficesUploadForm(UploadForm):
    replace_demo = forms.BooleanField(
        label=_("Replace the demo's regional offices of the provinces in the file"), required=False
    )


class SealedForm(forms.Form):
    """The checked file, sealed in the page (see `uploads`)."""

    token = forms.CharField(widget=forms.HiddenInput)
    replace_demo = forms.BooleanField(widget=forms.HiddenInput, required=False)
