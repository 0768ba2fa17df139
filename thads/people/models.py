"""People of the service: identity, grade, postings, leadership posts and protected data."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from thads.core.crypto import EncryptedTextField
from thads.people.choices import Appointer, Employment, Gender, Grade, Post, Relationship

# The protected personal data of a person and what each field is called (domain.md §7).
PROTECTED_FIELDS = {
    "date_of_birth": _("date of birth"),
    "national_id": _("national ID number"),
    "phone": _("phone"),
    "home_address": _("home address"),
}
RELATIVE_PROTECTED_FIELDS = {
    "full_name": _("full name"),
    "date_of_birth": _("date of birth"),
    "national_id": _("national ID number"),
}


class Person(models.Model):
    staff_code = models.CharField(_("staff code"), max_length=20, unique=True)
    full_name = models.CharField(_("full name"), max_length=120)
    search_name = models.CharField(max_length=120, db_index=True, editable=False)
    gender = models.CharField(_("gender"), max_length=1, choices=Gender.choices)
    military = models.BooleanField(_("military staff"), default=False)
    employment = models.CharField(
        _("employment"), max_length=24, choices=Employment.choices, db_index=True
    )
    # Current state, kept by the services together with the dated rows below.
    grade = models.CharField(_("grade"), max_length=24, choices=Grade.choices, db_index=True)
    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="staff",
    )
    post = models.CharField(
        _("leadership post"), max_length=32, choices=Post.choices, blank=True, db_index=True
    )
    # Art. 83: each uniform item's cycle is anchored on the person's first issue.
    uniform_first_issue_on = models.DateField(_("first uniform issue"), null=True, blank=True)

    # Protected personal data: encrypted at rest, masked by default.
    date_of_birth = EncryptedTextField(_("date of birth"), blank=True, default="")
    national_id = EncryptedTextField(_("national ID number"), blank=True, default="")
    national_id_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    phone = EncryptedTextField(_("phone"), blank=True, default="")
    home_address = EncryptedTextField(_("home address"), blank=True, default="")

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["search_name", "created_at", "updated_at"])

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["search_name", "id"]
        permissions = [
            ("reveal_personal_data", _("Can reveal protected personal data (with a reason)")),
        ]

    def __str__(self) -> str:
        return self.full_name


class GradeAssignment(models.Model):
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="grades"
    )
    grade = models.CharField(_("grade"), max_length=24, choices=Grade.choices)
    valid_from = models.DateField(_("from"))
    valid_to = models.DateField(_("until"), null=True, blank=True)
    decision_ref = models.CharField(_("decision"), max_length=60, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("grade held")
        verbose_name_plural = _("grades held")
        ordering = ["-valid_from", "-id"]

    def __str__(self) -> str:
        return f"{self.get_grade_display()} ({self.valid_from:%d/%m/%Y})"


class Posting(models.Model):
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="postings"
    )
    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="postings",
    )
    valid_from = models.DateField(_("from"))
    valid_to = models.DateField(_("until"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)
    decision_ref = models.CharField(_("decision"), max_length=60, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("posting")
        verbose_name_plural = _("postings")
        ordering = ["-valid_from", "-id"]

    def __str__(self) -> str:
        return f"{self.authority} ({self.valid_from:%d/%m/%Y})"


class LeadershipPost(models.Model):
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="posts"
    )
    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="leadership_posts",
    )
    post = models.CharField(_("post"), max_length=32, choices=Post.choices)
    valid_from = models.DateField(_("from"))
    valid_to = models.DateField(_("until"), null=True, blank=True)
    appointed_by = models.CharField(_("appointed by"), max_length=24, choices=Appointer.choices)
    decision_ref = models.CharField(_("decision"), max_length=60, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("leadership post")
        verbose_name_plural = _("leadership posts")
        ordering = ["-valid_from", "-id"]

    def __str__(self) -> str:
        return f"{self.get_post_display()} ({self.valid_from:%d/%m/%Y})"


class Delegation(models.Model):
    """Who appoints to a leadership post from a day on, and the act that says so.

    The Minister of Justice appoints the provincial directors; the other posts are filled as
    the Minister delegates (phân cấp, Art. 52.3 and 72.3). The delegation changes by act, so
    it is a dated table with its source: a new row closes the previous one of the same post,
    and `thads.people.selectors.appointer_for(post, on)` is the one way to read it.
    """

    post = models.CharField(_("post"), max_length=32, choices=Post.choices)
    appointer = models.CharField(_("appointed by"), max_length=24, choices=Appointer.choices)
    valid_from = models.DateField(_("from"))
    valid_to = models.DateField(_("until"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=255)
    note = models.CharField(_("note"), max_length=255, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("delegation of appointments")
        verbose_name_plural = _("delegations of appointments")
        ordering = ["post", "-valid_from"]
        constraints = [
            models.UniqueConstraint(fields=["post", "valid_from"], name="delegation_post_from"),
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="delegation_validity_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_post_display()}: {self.get_appointer_display()} ({self.valid_from:%d/%m/%Y})"


class Relative(models.Model):
    """A family member of a staff member: basic personal data, protected like the person's."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="relatives"
    )
    relationship = models.CharField(_("relationship"), max_length=20, choices=Relationship.choices)
    full_name = EncryptedTextField(_("full name"))
    date_of_birth = EncryptedTextField(_("date of birth"), blank=True, default="")
    national_id = EncryptedTextField(_("national ID number"), blank=True, default="")
    national_id_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    # Keyed hash of folded name and date of birth, for matching when no ID number is known.
    identity_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("relative")
        verbose_name_plural = _("relatives")

    def __str__(self) -> str:
        return self.get_relationship_display()


class RevealLog(models.Model):
    """Every reveal of protected data: who, when, what, why."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="reveals")
    relative = models.ForeignKey(Relative, null=True, blank=True, on_delete=models.SET_NULL)
    fields = models.CharField(_("fields"), max_length=255)
    reason = models.CharField(_("reason"), max_length=500)
    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        verbose_name = _("personal data reveal")
        verbose_name_plural = _("personal data reveals")
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.user} → {self.person} ({self.fields})"
