"""A record of every import that was applied: who, when, which file, what it changed.

The changes themselves are in the history of each record they touched (the import writes
through the owning apps' services); this row ties them to one file. It holds no personal data:
the file is identified by its name and SHA-256, never kept.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportKind(models.TextChoices):
    PEOPLE = "people", _("Staff list")
    AUTHORITIES = "authorities", _("Regional offices and the communes they cover")


class ImportRun(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=ImportKind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    file_name = models.CharField(_("file"), max_length=255)
    file_sha256 = models.CharField(_("SHA-256 of the file"), max_length=64)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    created = models.PositiveIntegerField(_("created"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("applied import")
        verbose_name_plural = _("applied imports")
        ordering = ["-at", "-id"]
        permissions = [
            ("import_people", _("Can import staff lists in their scope")),
            ("import_authorities", _("Can import the regional offices and their communes")),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.file_name} ({self.at:%d/%m/%Y %H:%M})"
