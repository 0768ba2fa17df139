"""Every route goes through the access funnel: walked from the resolver and the OpenAPI schema.

One record of every model of THADS is made in Hà Nội (P01) with the same primary key, so any
route's `<int:…>` argument names an existing record whatever model the route reads. Then:

- carol (personnel officer of P79) gets 404 on every route that names a record, whatever the
  method: the record is outside her scope, and its existence is not confirmed;
- audrey (auditor, read-only) gets 403 on every write (or 405 where the route only reads);
- neither of them changes anything in the database.

Routes are enumerated, not listed by hand: a new route is walked as soon as it exists, and a
route that is neither scoped nor in `PUBLIC` fails the walk.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import uuid

import pytest
from django.apps import apps
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver

PK = 900_001
DAY = dt.date(2026, 1, 5)

# Routes that are public or outside the funnel on purpose, with the reason.
PUBLIC = {
    "login": "the login form",
    "logout": "ends the user's own session",
    "set_language": "the user's own language choice",
    "card-verify": "public QR verification of a card (Art. 73), rate-limited",
    "favicon.ico": "a redirect to a static file",
}
# POSTs that compute an answer and write nothing (the walk still checks that nothing is written).
COMPUTATIONS = {
    "rule-explore": "evaluates a rule on the facts typed",
    "POST /api/v1/rules/{rule_id}/evaluate": "evaluates a rule on the facts sent",
}
# Records that are not scoped by province: the walk makes them outside carol's reach another way.
WORLD_OVERRIDES = {
    # Examination rounds are national (Art. 56); a civil user does not see the military system's.
    "exams.ExamRound": {"military": True},
}
# Arguments that are not records: the values the walk uses.
NON_RECORD_ARGS = {"year": 2026, "number": 63, "rule_id": "card.kind", "token": "no-such-token"}


def _patterns(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            if getattr(p, "namespace", None) in ("admin", "api"):
                continue
            yield from _patterns(p, prefix + str(p.pattern))
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), p


def _url(route: str) -> str:
    def arg(match: re.Match) -> str:
        conv, name = match.group(1) or "str", match.group(2)
        if name in NON_RECORD_ARGS:
            return str(NON_RECORD_ARGS[name])
        return str(PK) if conv == "int" else "x"

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", arg, route).lstrip("^").rstrip("$")


def _record_args(route: str) -> list[str]:
    return [
        name
        for conv, name in re.findall(r"<(?:(\w+):)?(\w+)>", route)
        if conv == "int" and name not in NON_RECORD_ARGS
    ]


PAGES = sorted(
    ((route, p.name or route) for route, p in _patterns() if not route.startswith("i18n")),
    key=lambda r: r[0],
)


# --- one record of every model, in P01, all with the same primary key ------------------------


def _domain_models():
    return [m for m in apps.get_models() if m.__module__.startswith("thads.")]


def _value(field: models.Field, made: dict):
    if field.choices:
        return field.choices[0][0]
    if isinstance(field, models.ForeignKey | models.OneToOneField):
        return _record(field.related_model, made)
    if isinstance(field, models.BooleanField):
        return False
    if isinstance(field, models.DecimalField):
        return decimal.Decimal("1")
    if isinstance(field, models.IntegerField | models.FloatField):
        return 1
    if isinstance(field, models.DateTimeField):
        return dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC)
    if isinstance(field, models.DateField):
        return DAY
    if isinstance(field, models.UUIDField):
        return uuid.uuid4()
    if isinstance(field, models.JSONField):
        return {}
    if isinstance(field, models.FileField):
        return "walk/none.bin"
    if isinstance(field, models.CharField | models.TextField):
        return "walk"[: field.max_length or 4]
    raise AssertionError(f"no value for {field!r}")


def _record(model, made: dict):
    from django.contrib.auth.models import User

    if model in made:
        return made[model]
    fixed = made["fixed"]
    if model in fixed:
        return fixed[model]
    if model is User:
        return fixed["user"]
    fields = {}
    for field in model._meta.concrete_fields:
        if field.primary_key or field.auto_created:
            continue
        optional = field.null or field.has_default() or getattr(field, "auto_now", False)
        if optional and not (isinstance(field, models.ForeignKey) and field.name == "authority"):
            continue
        if getattr(field, "auto_now_add", False):
            continue
        fields[field.name] = _value(field, made)
    workflow = getattr(model, "workflow", None)
    if workflow is not None:
        fields[workflow.field] = sorted(workflow.initial)[0]
    fields.update(WORLD_OVERRIDES.get(model._meta.label, {}))
    obj = model(pk=PK, **fields)
    obj.save()
    made[model] = obj
    return obj


def _set_next_id(model, value: int) -> None:
    """The next row inserted into the model's table gets the id `value`."""
    from django.db import connection

    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence(%s, %s), %s, false)",
                [table, model._meta.pk.column, value],
            )
        else:
            cursor.execute(
                "UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [value - 1, table]
            )
            if cursor.rowcount == 0:
                cursor.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, value - 1]
                )


@pytest.fixture
def world(service, people, users):
    """Every model of THADS has a record with pk PK, inside P01 (a district office under it)."""
    from django.contrib.auth.models import User

    from tests import factories as f
    from thads.accounts.models import Profile
    from thads.organization.models import Authority
    from thads.people.models import Person

    # The factories make these four: their next row gets the id PK. Every other record is
    # made below with the explicit id PK, far above any id a sequence gives in a test.
    for model in (Authority, Person, User, Profile):
        _set_next_id(model, PK)
    office = f.authority("D009", "district", service.p01, name="Chi cục THADS huyện Thử")
    person = f.person("Lý Thị Thử", office, "officer_junior", gender="F")
    walker = f.user("walk.d009", "district_head", office)
    assert office.pk == person.pk == walker.pk == PK
    assert Profile.objects.get(user=walker).pk == PK
    made: dict = {"fixed": {Authority: office, Person: person, User: walker, "user": walker}}
    for model in _domain_models():
        if model._meta.proxy or model._meta.auto_created:
            continue
        if model.__name__.startswith("Historical"):
            continue
        if model.objects.filter(pk=PK).exists():
            continue
        _record(model, made)
    return made


def _snapshot() -> dict[str, int]:
    """Row counts of every table THADS writes (sessions aside: logging in writes one)."""
    counts = {}
    for model in apps.get_models():
        if model._meta.app_label in ("sessions", "admin"):
            continue
        counts[model._meta.label] = model._default_manager.count()
    return counts


def _world_references() -> dict[str, int]:
    """Rows that point at a record of the world (every world record has the id PK)."""
    counts = {}
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.is_relation and field.many_to_one:
                key = f"{model._meta.label}.{field.name}"
                counts[key] = model._default_manager.filter(**{field.attname: PK}).count()
    return counts


def _changed(before: dict[str, int]) -> dict[str, tuple[int, int]]:
    after = _snapshot()
    return {k: (before[k], after[k]) for k in before if before[k] != after[k]}


# --- pages -----------------------------------------------------------------------------------


def test_every_page_route_is_walked():
    """The walk finds the routes itself; this guards the enumeration."""
    names = {name for _route, name in PAGES}
    assert {"person-detail", "authority-detail", "decision-detail", "case-detail"} <= names
    assert len(PAGES) > 60


@pytest.mark.django_db
@pytest.mark.parametrize(("route", "name"), PAGES, ids=[n for _r, n in PAGES])
def test_a_page_outside_the_users_scope_is_404_and_nothing_is_written(
    route, name, world, users, client
):
    if name in PUBLIC:
        pytest.skip(PUBLIC[name])
    client.force_login(users.carol)
    url = _url(route)
    before = _snapshot()
    get = client.get(url)
    post = client.post(url, {})
    assert _changed(before) == {}
    if _record_args(route):
        # 405 answers the method before any record is read, for a missing record alike.
        assert (get.status_code, post.status_code) in ((404, 404), (404, 405), (405, 404)), (
            url,
            get.status_code,
            post.status_code,
        )
    else:
        assert get.status_code < 500 and post.status_code < 500, (url, get, post)


@pytest.mark.django_db
@pytest.mark.parametrize(("route", "name"), PAGES, ids=[n for _r, n in PAGES])
def test_a_read_only_user_cannot_write_through_any_page(route, name, world, users, client):
    if name in PUBLIC:
        pytest.skip(PUBLIC[name])
    client.force_login(users.audrey)
    url = _url(route)
    before = _snapshot()
    response = client.post(url, {})
    assert _changed(before) == {}
    if name not in COMPUTATIONS:
        # 404 where the record is not hers to see at all (the military system's round).
        assert response.status_code in (403, 404, 405), (url, response.status_code)


# --- API -------------------------------------------------------------------------------------


def _operations():
    from thads.api import api

    schema = api.get_openapi_schema()
    ops = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            ops.append((method.upper(), path, op))
    return schema, ops


SCHEMA, OPERATIONS = _operations()


def _sample(schema: dict, depth: int = 0):
    """A value valid for a JSON schema (so that a write reaches the permission check)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return _sample(SCHEMA["components"]["schemas"][name], depth + 1)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"]
            return _sample(options[0], depth + 1) if options else None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    fmt = schema.get("format", "")
    if kind == "object" or "properties" in schema:
        return {k: _sample(v, depth + 1) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        return [
            _sample(schema.get("items", {}), depth + 1) for _ in range(schema.get("minItems", 0))
        ]
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        high = schema.get("maximum", schema.get("exclusiveMaximum", 2**31))
        return PK if low <= PK < high else int(low) + 1
    if kind == "boolean":
        return False
    if fmt == "date":
        return DAY.isoformat()
    if fmt == "date-time":
        return "2026-01-05T08:00:00Z"
    text = "walk" * max(1, -(-schema.get("minLength", 0) // 4))
    return text[: schema.get("maxLength", len(text))]


def _api_url(path: str, op: dict) -> str:
    url = "/api" + path if not path.startswith("/api") else path
    for param in op.get("parameters", []):
        if param.get("in") == "path":
            name = param["name"]
            value = NON_RECORD_ARGS.get(
                name, PK if param["schema"].get("type") == "integer" else "x"
            )
            url = url.replace("{" + name + "}", str(value))
    return url


def _body(op: dict):
    content = op.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        return _sample(content["application/json"]["schema"])
    return None


API_IDS = [f"{m} {p}" for m, p, _op in OPERATIONS]


def test_every_api_operation_is_walked():
    assert len(OPERATIONS) > 60


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=API_IDS)
def test_an_api_record_outside_the_users_scope_is_404_and_nothing_is_written(
    method, path, op, world, users, client
):
    client.force_login(users.carol)
    url = _api_url(path, op)
    before = _snapshot()
    references = _world_references()
    body = _body(op)
    response = client.generic(
        method,
        url,
        data=None if body is None else __import__("json").dumps(body),
        content_type="application/json",
    )
    has_record = any(
        p.get("in") == "path"
        and p["name"] not in NON_RECORD_ARGS
        and p["schema"].get("type") == "integer"
        for p in op.get("parameters", [])
    )
    if has_record:
        assert _changed(before) == {}
        assert response.status_code == 404, (
            method,
            url,
            response.status_code,
            response.content[:300],
        )
    else:
        # A collection write (e.g. reporting an incident) is hers to make in her own scope, but
        # nothing may be written against a record of P01.
        assert _world_references() == references, (method, url, response.status_code)
        assert response.status_code < 500, (method, url, response.content[:300])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path", "op"),
    [o for o in OPERATIONS if o[0] != "GET"],
    ids=[i for i, o in zip(API_IDS, OPERATIONS, strict=True) if o[0] != "GET"],
)
def test_a_read_only_user_cannot_write_through_the_api(method, path, op, world, users, client):
    client.force_login(users.audrey)
    url = _api_url(path, op)
    before = _snapshot()
    body = _body(op)
    response = client.generic(
        method,
        url,
        data=None if body is None else __import__("json").dumps(body),
        content_type="application/json",
    )
    assert _changed(before) == {}
    if f"{method} {path}" not in COMPUTATIONS:
        assert response.status_code in (403, 404), (
            method,
            url,
            response.status_code,
            response.content[:300],
        )
