"""Security events on the `thads.security` logger: logins refused and accepted, API tokens
refused, pages and API calls refused to signed-in users (403, and 404 since a record outside
the user's scope answers 404).

Records carry the user's id, the attempted username, the client address, the method and the
path, never a password, a token (a card's verification token is masked in the path), a query
string or the personal data of staff.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.http import HttpRequest, HttpResponseBase

log = logging.getLogger("thads.security")

REFUSED = {403, 404}


def _client(request: HttpRequest | None) -> str:
    return str(request.META.get("REMOTE_ADDR", "-")) if request is not None else "-"


def _path(request: HttpRequest) -> str:
    """The path, with a secret in it (a card's verification token) masked."""
    match = getattr(request, "resolver_match", None)
    token = match.kwargs.get("token") if match is not None else None
    return request.path.replace(str(token), "***") if token else request.path


def login_failed(
    sender: object,
    credentials: dict[str, Any],
    request: HttpRequest | None = None,
    **kwargs: object,
) -> None:
    # `credentials` holds the password (masked by Django, still never logged): only the name.
    username = str(credentials.get("username", ""))[:150]
    log.warning("login refused: username=%r client=%s", username, _client(request))


def logged_in(sender: object, request: HttpRequest | None, user: Any, **kwargs: object) -> None:
    log.info("login: user=%s client=%s", user.pk, _client(request))


def connect() -> None:
    user_login_failed.connect(login_failed, dispatch_uid="thads.security.login_failed")
    user_logged_in.connect(logged_in, dispatch_uid="thads.security.logged_in")


class RefusedAccessMiddleware:
    """Logs the refusals answered to signed-in users, and API calls with a refused token."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        status = response.status_code
        user = getattr(request, "user", None)
        if status in REFUSED and user is not None and user.is_authenticated:
            log.warning(
                "access refused: status=%s user=%s %s %s",
                status,
                user.pk,
                request.method,
                _path(request),
            )
        elif status == 401 and request.headers.get("Authorization", "").startswith("Bearer "):
            log.warning(
                "API token refused: client=%s %s %s",
                _client(request),
                request.method,
                _path(request),
            )
        return response
