"""Records of uniform items handed to a person (Art. 83): what, how many, when, why, signed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class IssueReason(models.TextChoices):
    ENTITLEMENT = "entitlement", _("Due under the allocation period (Art. 83.1–83.3)")
    LOST = "lost", _("Re-issue: lost (Art. 83.2.b)")
    DAMAGED = "damaged", _("Re-issue: damaged (Art. 83.2.b)")
    CHANGE_OF_GRADE_OR_POST = "change", _("Insignia exchanged: change of grade or post (Art. 83.3)")


class UniformIssue(models.Model):
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="uniform_issues",
    )
    item = models.CharField(_("item"), max_length=32)
    quantity = models.PositiveSmallIntegerField(_("quantity"))
    due_on = models.DateField(_("due on"), null=True, blank=True)
    issued_on = models.DateField(_("issued on"))
    reason = models.CharField(_("reason"), max_length=16, choices=IssueReason.choices)
    explanation = models.CharField(_("explanation"), max_length=255, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    signed_by_recipient = models.BooleanField(_("signed by the recipient"), default=False)
    # Art. 83.3: insignia are handed back to the head of the authority on moving to other work.
    handed_back_on = models.DateField(_("handed back on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("uniform issue")
        verbose_name_plural = _("uniform issues")
        ordering = ["-issued_on", "-id"]
        constraints = [
            # One issue per item and due date under the allocation period: no second issue.
            models.UniqueConstraint(
                fields=["person", "item", "due_on"],
                condition=models.Q(reason="entitlement"),
                name="uniform_issue_once_per_due_date",
            )
        ]

    def __str__(self) -> str:
        return f"{self.item} × {self.quantity}"
