"""The REST API at /api/v1/: authentication, error contract, and the routers of each app.

Errors are JSON: {"error": {"code", "message", "fields"?, "citation"?}}. Bad input is a 400
with the field paths, never a 500.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer, django_auth

from thads.accounts.models import ApiToken, hash_token
from thads.core.errors import DomainError


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        try:
            api_token = ApiToken.objects.select_related("user__profile__authority").get(
                key_hash=hash_token(token), revoked_at__isnull=True
            )
        except ApiToken.DoesNotExist:
            return None
        if not api_token.user.is_active:
            return None
        ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=timezone.now())
        request.user = api_token.user
        return api_token.user


api = NinjaAPI(
    title="THADS API",
    version="1",
    description="Authorities, people and the legal rules of the civil judgment enforcement service.",
    auth=[TokenAuth(), django_auth],
    docs_url="/docs",
    urls_namespace="api",
)


def _error(request, status: int, code: str, message: str, **extra):
    return api.create_response(
        request, {"error": {"code": code, "message": message, **extra}}, status=status
    )


def _loc(loc) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "form"):
        parts = parts[1:]
    if len(parts) > 1 and parts[0] in ("payload", "filters", "data"):
        parts = parts[1:]
    return ".".join(parts) or "body"


@api.exception_handler(NinjaValidationError)
def on_invalid(request, exc: NinjaValidationError):
    fields: dict[str, str] = {}
    for err in exc.errors:
        fields.setdefault(_loc(err.get("loc", ())), err.get("msg", "invalid"))
    return _error(request, 400, "invalid", "Invalid input.", fields=fields)


@api.exception_handler(ValidationError)
def on_model_invalid(request, exc: ValidationError):
    if hasattr(exc, "error_dict"):
        fields = {k: " ".join(str(m) for m in v) for k, v in exc.message_dict.items()}
    else:
        fields = {"__all__": " ".join(str(m) for m in exc.messages)}
    return _error(request, 400, "invalid", "Invalid input.", fields=fields)


@api.exception_handler(DomainError)
def on_domain_error(request, exc: DomainError):
    return api.create_response(request, exc.as_dict(), status=400)


@api.exception_handler(Http404)
def on_not_found(request, exc):
    return _error(request, 404, "not_found", "Not found.")


@api.exception_handler(PermissionDenied)
def on_forbidden(request, exc):
    return _error(request, 403, "forbidden", "You may not do this.")


@api.exception_handler(AuthenticationError)
def on_unauthenticated(request, exc):
    return _error(request, 401, "unauthenticated", "Log in or send a bearer token.")


@api.exception_handler(HttpError)
def on_http_error(request, exc: HttpError):
    return _error(request, exc.status_code, "error", str(exc))


def _register_routers() -> None:
    from thads.careers.api import router as careers
    from thads.equipment.api import router as equipment
    from thads.exams.api import router as exams
    from thads.organization.api import router as authorities
    from thads.people.api import router as people
    from thads.protection.api import router as protection
    from thads.selection.api import router as selection

    api.add_router("/v1/authorities", authorities)
    from thads.rulesweb.api import router as rules

    api.add_router("/v1/people", people)
    api.add_router("/v1/rules", rules)
    api.add_router("/v1/equipment", equipment)
    api.add_router("/v1/protection", protection)
    api.add_router("/v1/exams", exams)
    api.add_router("/v1/selection", selection)
    api.add_router("/v1/careers", careers)


_register_routers()
