"""The recorded reorganisation act: the day the former structure gave way to its successors,
its legal bases, and one row for every record it carried across."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from thads.people.choices import Post


class ReorganisationAct(models.Model):
    effective_on = models.DateField(_("effective on"), unique=True)
    title = models.CharField(_("title"), max_length=255)
    reference = models.CharField(_("reference"), max_length=60)
    legal_bases = models.JSONField(_("legal bases"), default=list)
    summary = models.JSONField(_("summary"), default=dict)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reorganisation act")
        verbose_name_plural = _("reorganisation acts")
        ordering = ["-effective_on"]

    def __str__(self) -> str:
        return f"{self.title} ({self.effective_on:%d/%m/%Y})"


class ChangeKind(models.TextChoices):
    POSTING = "posting", _("Posting carried to the successor")
    POST_CARRIED = "post_carried", _("Leadership post carried over")
    POST_TO_DEPUTY = "post_to_deputy", _("Head becomes deputy")
    PROFILE = "profile", _("User account moved")
    EQUIPMENT = "equipment", _("Equipment moved")


class ReorganisationChange(models.Model):
    """One record carried across by the act: written once, in the act's transaction, and
    never changed (the act's own history and each carried record's history hold the rest)."""

    act = models.ForeignKey(
        ReorganisationAct,
        verbose_name=_("act"),
        on_delete=models.PROTECT,
        related_name="changes",
    )
    kind = models.CharField(_("kind"), max_length=16, choices=ChangeKind.choices, db_index=True)
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reorganisation_changes",
    )
    subject = models.CharField(_("subject"), max_length=120, blank=True)
    from_authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("from"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    to_authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("to"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    post_before = models.CharField(
        _("post before"), max_length=32, blank=True, choices=Post.choices
    )
    post_after = models.CharField(_("post after"), max_length=32, blank=True, choices=Post.choices)

    class Meta:
        verbose_name = _("change made by a reorganisation")
        verbose_name_plural = _("changes made by a reorganisation")
        ordering = ["act", "kind", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.from_authority} → {self.to_authority}"
