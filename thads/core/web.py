"""Helpers shared by the web pages."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from thads.core.errors import DomainError


def form_errors_from(form: forms.BaseForm, exc: Exception) -> None:
    """Put a service's refusal on the form, so it is shown again with the messages."""
    if isinstance(exc, DomainError):
        message = exc.message + (f" ({exc.citation})" if exc.citation else "")
        form.add_error(exc.field if exc.field in form.fields else None, message)
    elif isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        for name, errors in exc.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    elif isinstance(exc, ValidationError):
        form.add_error(None, exc.messages)
    else:
        raise exc
