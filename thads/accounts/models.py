"""A user's role and authority, and API tokens."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.models import User
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history import register
from simple_history.models import HistoricalRecords

from thads.core.roles import Role

# Changes to users are part of the record (who was given which account, when it was disabled).
register(User, app="thads.accounts", excluded_fields=["password", "last_login"])


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    role = models.CharField(_("role"), max_length=24, choices=Role.choices)
    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="users",
    )
    # The staff member this account belongs to (inspectors see their own inspections' files).
    person = models.OneToOneField(
        "people.Person",
        verbose_name=_("staff member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="account",
    )
    # The signer whose decisions this user records (the Minister's office, the Director
    # General's, a provincial director's). Empty: the user records no career decisions.
    signs_for = models.CharField(
        _("records decisions for"),
        max_length=24,
        blank=True,
        choices=[
            ("minister_of_justice", _("Minister of Justice")),
            ("director_general", _("Director General")),
            ("provincial_director", _("Provincial Director")),
            ("ministry_of_defence", _("Ministry of National Defence")),
        ],
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("profile")

    def __str__(self) -> str:
        return f"{self.user.username} ({self.get_role_display()})"


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the API. Only its hash is stored; the raw value is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(max_length=8, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, *, user, name: str) -> tuple[ApiToken, str]:
        raw = "thads_" + secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, name=name, key_hash=hash_token(raw), prefix=raw[6:14])
        return token, raw
