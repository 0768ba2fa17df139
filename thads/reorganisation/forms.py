from django import forms
from django.utils.translation import gettext_lazy as _

from thads.organization.services import TWO_LEVEL_FROM
from thads.reorganisation.heads import MAX_BYTES, HeadsFileError, read_heads

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ReorganisationForm(forms.Form):
    """The day of the act and, optionally, the heads file (see `heads.py`), sent as a file
    on the preview and carried as text to the confirmation."""

    effective_on = forms.DateField(label=_("Effective on"), initial=TWO_LEVEL_FROM, widget=DATE)
    heads_file = forms.FileField(
        label=_("Heads file (CSV: staff code, authority code)"), required=False
    )
    heads = forms.CharField(required=False, widget=forms.HiddenInput, max_length=MAX_BYTES)

    def clean(self):
        data = super().clean()
        upload = data.get("heads_file")
        raw = upload.read(MAX_BYTES + 1) if upload else (data.get("heads") or "").encode()
        try:
            data["named"] = read_heads(raw)
        except HeadsFileError as exc:
            self.add_error("heads_file", str(exc))
            return data
        data["heads"] = raw.decode("utf-8-sig")
        return data
