"""The error contract of the REST API, installed on the API by `install_error_handlers`.

Errors are JSON: {"error": {"code", "message", "fields"?, "citation"?}}. Bad input is a 400
with the field paths, never a 500.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from thads.core.errors import CoreError, DomainError


def install_error_handlers(api: NinjaAPI) -> None:
    """Map every refusal to the error contract; never a 500 for what the user sent."""

    def _error(
        request: HttpRequest, status: int, code: str, message: str, **extra: object
    ) -> HttpResponse:
        return api.create_response(
            request, {"error": {"code": code, "message": message, **extra}}, status=status
        )

    def _loc(loc: Iterable[object]) -> str:
        parts = [str(p) for p in loc]
        if parts and parts[0] in ("body", "query", "path", "form"):
            parts = parts[1:]
        if len(parts) > 1 and parts[0] in ("payload", "filters", "data"):
            parts = parts[1:]
        return ".".join(parts) or "body"

    @api.exception_handler(NinjaValidationError)
    def on_invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        fields: dict[str, str] = {}
        for err in exc.errors:
            fields.setdefault(_loc(err.get("loc", ())), err.get("msg", CoreError.INVALID))
        return _error(request, 400, CoreError.INVALID, "Invalid input.", fields=fields)

    @api.exception_handler(ValidationError)
    def on_model_invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        if hasattr(exc, "error_dict"):
            fields = {k: " ".join(str(m) for m in v) for k, v in exc.message_dict.items()}
        else:
            fields = {"__all__": " ".join(str(m) for m in exc.messages)}
        return _error(request, 400, CoreError.INVALID, "Invalid input.", fields=fields)

    @api.exception_handler(DomainError)
    def on_domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
        return api.create_response(request, exc.as_dict(), status=400)

    @api.exception_handler(Http404)
    def on_not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
        return _error(request, 404, CoreError.NOT_FOUND, "Not found.")

    @api.exception_handler(PermissionDenied)
    def on_forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
        return _error(request, 403, CoreError.FORBIDDEN, "You may not do this.")

    @api.exception_handler(AuthenticationError)
    def on_unauthenticated(request: HttpRequest, exc: Exception) -> HttpResponse:
        return _error(request, 401, CoreError.UNAUTHENTICATED, "Log in or send a bearer token.")

    @api.exception_handler(HttpError)
    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return _error(request, exc.status_code, "error", str(exc))
