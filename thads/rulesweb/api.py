"""HTTP door to the rules catalogue: GET /api/v1/rules, POST /api/v1/rules/{id}/evaluate.

The same answer as `thads rules` and the Python API (`thads.rules.engine.evaluate`).
"""

from __future__ import annotations

import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from ninja import Router

from thads.rules.engine import InvalidFacts, UnknownRule, evaluate, list_rules

router = Router(tags=["rules"])


def _json(data, status: int = 200) -> HttpResponse:
    return JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})


@router.get("", summary="The rules catalogue", response=list[dict])
def rules_list(request: HttpRequest):
    return _json(list_rules())


@router.post(
    "/{rule_id}/evaluate",
    summary="Evaluate a rule",
    description='Body: {"on": "YYYY-MM-DD" (optional, default today), "facts": {...}}',
    openapi_extra={
        "requestBody": {
            "content": {"application/json": {"schema": {"type": "object"}}},
            "required": True,
        }
    },
)
def rules_evaluate(request: HttpRequest, rule_id: str):
    try:
        body = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        return _json(
            {"error": {"code": InvalidFacts.code, "fields": {"body": "not valid JSON"}}}, 400
        )
    if not isinstance(body, dict):
        return _json(
            {"error": {"code": InvalidFacts.code, "fields": {"body": "expected an object"}}}, 400
        )
    unknown = sorted(set(body) - {"on", "facts"})
    if unknown:
        fields = {k: "unknown field" for k in unknown}
        return _json({"error": {"code": InvalidFacts.code, "fields": fields}}, 400)
    on = body.get("on")
    if on is None:
        on = timezone.localdate().isoformat()
    try:
        return _json(evaluate(rule_id, body.get("facts"), on))
    except UnknownRule as exc:
        return _json(exc.as_dict(), 404)
    except InvalidFacts as exc:
        return _json(exc.as_dict(), 400)
