"""Officer's and inspector's cards (Art. 73): number, status with history, loss reports."""

from __future__ import annotations

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class CardKind(models.TextChoices):
    OFFICER = "officer", _("Enforcement officer's card")
    INSPECTOR = "inspector", _("Inspector's card")


class CardStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXCHANGE_DUE = "exchange_due", _("To be exchanged (grade or post changed)")
    RETURN_DUE = "return_due", _("To be returned (left the post)")
    RETURNED = "returned", _("Returned")
    LOST = "lost", _("Reported lost")
    EXCHANGED = "exchanged", _("Exchanged for a new card")


# A card proves its holder's capacity only in these states.
VALID_STATUSES = (CardStatus.VALID, CardStatus.EXCHANGE_DUE)


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Card(models.Model):
    person = models.ForeignKey(
        "people.Person", verbose_name=_("holder"), on_delete=models.PROTECT, related_name="cards"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=CardKind.choices)
    number = models.CharField(_("number"), max_length=20, unique=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=CardStatus.choices,
        default=CardStatus.VALID,
        db_index=True,
    )
    issued_on = models.DateField(_("issued on"))
    valid_until = models.DateField(_("valid until"))
    # Loss report (Art. 73.1): the nearest police and the holder's authority are told at once.
    lost_on = models.DateField(_("lost on"), null=True, blank=True)
    police_station = models.CharField(_("police station notified"), max_length=200, blank=True)
    authority_notified_on = models.DateField(_("authority notified on"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)
    history = HistoricalRecords(excluded_fields=["token"])

    class Meta:
        verbose_name = _("card")
        verbose_name_plural = _("cards")
        ordering = ["-issued_on", "-id"]

    def __str__(self) -> str:
        return f"{self.number} ({self.get_kind_display()})"

    @property
    def is_valid(self) -> bool:
        return self.status in VALID_STATUSES
