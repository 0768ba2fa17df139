"""Validation of people's identity and contact data, with messages the tests import."""

from __future__ import annotations

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ERR_NATIONAL_ID = _("A national ID number has 12 digits (citizen ID) or 9 digits (old ID card).")
ERR_PHONE = _("A phone number has 10 or 11 digits and may start with +84.")
ERR_DOB_RANGE = _("The date of birth must make the person between 16 and 80 years old.")
ERR_NAME = _("Enter the full name (letters and spaces).")

NATIONAL_ID_RE = re.compile(r"^(\d{9}|\d{12})$")
PHONE_RE = re.compile(r"^(\+84|0)\d{9,10}$")


def validate_national_id(value: str) -> None:
    if value and not NATIONAL_ID_RE.match(value):
        raise ValidationError(ERR_NATIONAL_ID, code="national_id")


def validate_phone(value: str) -> None:
    if value and not PHONE_RE.match(value.replace(" ", "").replace(".", "")):
        raise ValidationError(ERR_PHONE, code="phone")


def validate_birth_date(value: date | None, today: date) -> None:
    if value is None:
        return
    age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
    if not 16 <= age <= 80:
        raise ValidationError(ERR_DOB_RANGE, code="date_of_birth")


def validate_full_name(value: str) -> None:
    if not value or not value.strip() or any(c.isdigit() for c in value):
        raise ValidationError(ERR_NAME, code="full_name")
