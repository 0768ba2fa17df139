"""Forms of the people pages. Validation is the services'; forms only shape the input."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from thads.organization.models import Authority
from thads.people.choices import Appointer, Employment, Gender, Grade, Post, Relationship
from thads.people.models import PROTECTED_FIELDS
from thads.people.templatetags.post_titles import titled_choices

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PersonSearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    authority = forms.ModelChoiceField(
        label=_("Authority"), queryset=Authority.objects.none(), required=False
    )
    grade = forms.ChoiceField(label=_("Grade"), required=False)
    post = forms.ChoiceField(label=_("Leadership post"), required=False)
    employment = forms.ChoiceField(label=_("Employment"), required=False)
    on = forms.DateField(label=_("As of"), required=False, widget=DATE)

    def __init__(self, *args, authorities=None, **kwargs):
        super().__init__(*args, **kwargs)
        if authorities is not None:
            self.fields["authority"].queryset = authorities
        everyone = [("", _("— all —"))]
        self.fields["grade"].choices = everyone + list(Grade.choices)
        self.fields["post"].choices = (
            everyone
            + [("any", _("any post")), ("none", _("no post"))]
            + titled_choices(Post.choices)
        )
        self.fields["employment"].choices = everyone + list(Employment.choices)


class PersonForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=120)
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices)
    employment = forms.ChoiceField(label=_("Employment"), choices=Employment.choices)
    date_of_birth = forms.DateField(label=_("Date of birth"), required=False, widget=DATE)
    national_id = forms.CharField(label=_("National ID number"), required=False, max_length=12)
    phone = forms.CharField(label=_("Phone"), required=False, max_length=15)
    home_address = forms.CharField(label=_("Home address"), required=False, max_length=255)


class PersonCreateForm(PersonForm):
    military = forms.BooleanField(label=_("Military staff"), required=False)
    authority = forms.ModelChoiceField(label=_("Authority"), queryset=Authority.objects.none())
    grade = forms.ChoiceField(label=_("Grade"), choices=Grade.choices)
    post = forms.ChoiceField(label=_("Leadership post"), required=False)
    appointed_by = forms.ChoiceField(label=_("Appointed by"), required=False)
    on = forms.DateField(label=_("Effective from"), required=False, widget=DATE)

    field_order = ["full_name", "gender", "employment", "military", "authority", "grade", "post"]

    def __init__(self, *args, authorities=None, **kwargs):
        super().__init__(*args, **kwargs)
        if authorities is not None:
            self.fields["authority"].queryset = authorities
        self.fields["post"].choices = [("", _("— none —"))] + titled_choices(Post.choices)
        self.fields["appointed_by"].choices = [("", _("— by the post —"))] + titled_choices(
            Appointer.choices
        )


class GradeChangeForm(forms.Form):
    grade = forms.ChoiceField(label=_("New grade"), choices=Grade.choices)
    on = forms.DateField(label=_("Effective from"), widget=DATE)
    decision_ref = forms.CharField(label=_("Decision"), required=False, max_length=60)


class PostingForm(forms.Form):
    authority = forms.ModelChoiceField(label=_("Authority"), queryset=Authority.objects.none())
    on = forms.DateField(label=_("Effective from"), widget=DATE)
    decision_ref = forms.CharField(label=_("Decision"), required=False, max_length=60)
    note = forms.CharField(label=_("Note"), required=False, max_length=255)

    def __init__(self, *args, authorities=None, **kwargs):
        super().__init__(*args, **kwargs)
        if authorities is not None:
            self.fields["authority"].queryset = authorities


class AppointForm(forms.Form):
    post = forms.ChoiceField(label=_("Post"), choices=Post.choices)
    on = forms.DateField(label=_("Effective from"), widget=DATE)
    appointed_by = forms.ChoiceField(label=_("Appointed by"), required=False)
    decision_ref = forms.CharField(label=_("Decision"), required=False, max_length=60)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["post"].choices = titled_choices(Post.choices)
        self.fields["appointed_by"].choices = [("", _("— by the post —"))] + titled_choices(
            Appointer.choices
        )


class RelativeForm(forms.Form):
    relationship = forms.ChoiceField(label=_("Relationship"), choices=Relationship.choices)
    full_name = forms.CharField(label=_("Full name"), max_length=120)
    date_of_birth = forms.DateField(label=_("Date of birth"), required=False, widget=DATE)
    national_id = forms.CharField(label=_("National ID number"), required=False, max_length=12)


class RevealForm(forms.Form):
    fields_to_reveal = forms.MultipleChoiceField(
        label=_("Fields"),
        choices=[*PROTECTED_FIELDS.items(), ("family", _("family"))],
        widget=forms.CheckboxSelectMultiple,
    )
    reason = forms.CharField(
        label=_("Reason"), max_length=500, min_length=10, widget=forms.Textarea(attrs={"rows": 2})
    )


class DelegationForm(forms.Form):
    """A new row of the delegation table: who appoints to a post from a day on, and the act."""

    post = forms.ChoiceField(label=_("Post"), choices=Post.choices)
    appointer = forms.ChoiceField(label=_("Appointed by"), choices=Appointer.choices)
    valid_from = forms.DateField(label=_("Effective from"), widget=DATE)
    source = forms.CharField(
        label=_("Source (the act that delegates)"),
        max_length=255,
        help_text=_("e.g. the number and date of the Minister's circular or decision"),
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=255)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["post"].choices = titled_choices(Post.choices)
        self.fields["appointer"].choices = titled_choices(Appointer.choices)
