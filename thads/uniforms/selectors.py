"""Read-only questions of the uniforms app, and its access funnel: uniform issues in scope,
the annual allocation plan, insignia of a person or of each row of Art. 81, who approves a
re-issue."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet
from django.utils.safestring import mark_safe

from thads.core.access import fetch, scope_path, visible
from thads.organization.models import Authority, Level
from thads.organization.selectors import authorities_visible_to
from thads.uniforms.models import UniformIssue
from thads.uniforms.plan import ITEMS, allocation_plan, entitlement_of


def uniform_issues_visible_to(user) -> QuerySet[UniformIssue]:
    """Uniform issues of the people posted in the user's scope."""
    return visible(
        UniformIssue.objects.select_related("person__authority", "approved_by"),
        user,
        "person__authority",
    )


def access_uniform_issue(user, pk, *, perm: str = "uniforms.view_uniformissue") -> UniformIssue:
    return fetch(uniform_issues_visible_to(user), user, pk, perm=perm)


def entitlement_on(person, year: int, on: date) -> dict:
    """`uniform.entitlement`: what `person` is due in `year`, under the law of `on`, where
    their posting of `on` puts them (the cold region of Art. 83.1.c is that authority's)."""
    from thads.people.selectors import authority_on

    return entitlement_of(person, year, on, authority_on(person, on))


# ---------------------------------------------------------------- the annual allocation plan


def own_authority(user) -> Authority | None:
    """The user's own authority, the default scope of the plan; None for the national roles."""
    path = scope_path(user)
    if not path:
        return None
    return authorities_visible_to(user).filter(path=path).first()


# The civil authorities whose staff a plan is asked for: both structures (2015: central,
# provincial, district; from 01/07/2025: central body and its units, provincial, regional).
PLAN_LEVELS = (
    Level.CENTRAL,
    Level.CENTRAL_UNIT,
    Level.PROVINCIAL,
    Level.DISTRICT,
    Level.REGIONAL,
)


def plan_authorities(user, on: date) -> QuerySet[Authority]:
    """The authorities in scope, existing on `on`, whose plan may be asked for."""
    return authorities_visible_to(user).filter(level__in=PLAN_LEVELS).valid_on(on).order_by("path")


def allocation_plan_for(user, *, authority: Authority | None, year: int, on: date) -> dict:
    """The allocation plan of `authority` (or of the user's whole scope) for `year`, drawn up
    on `on`: totals per item over the staff in scope, and per authority one level under the
    one asked (Art. 82–83). Military staff are counted apart (Art. 82.4).

    The plan counts the structure valid on `on`: each person where their posting of that day
    puts them (from 01/07/2025 the provincial agencies and their regional offices), with the
    cold region of that authority (Art. 83.1.c)."""
    from thads.people.selectors import people_visible_to, postings_on

    postings = postings_on(on).filter(person__in=people_visible_to(user).values("pk"))
    if authority is not None:
        postings = postings.filter(authority__path__startswith=authority.path)
    postings = postings.only(
        "id",
        "person__id",
        "person__military",
        "person__employment",
        "person__uniform_first_issue_on",
        "authority__id",
        "authority__path",
        "authority__level",
        "authority__province_code",
        "authority__legacy_province_code",
    )
    depth = authority.path.count("/") if authority is not None else 0

    def group_by(place) -> str:
        # The authority one level under the one asked, or the one asked for its own staff.
        parts = place.path.split("/")
        return "/".join(parts[: depth + 1]).rstrip("/") + "/"

    staff = ((p.person, p.authority) for p in postings.iterator(chunk_size=2000))
    return allocation_plan(staff, year, on, group_by)


def plan_groups(plan: dict) -> list[dict]:
    """The plan's groups sorted by authority name: {"name", "code", "id", "counts" (in ITEMS
    order), "by_item" (item → quantity)}."""
    found = {
        a.path: a
        for a in Authority.objects.filter(path__in=list(plan["groups"])).only(
            "id", "path", "name", "code"
        )
    }
    rows = []
    for path, counts in plan["groups"].items():
        a = found.get(path)
        rows.append(
            {
                "name": a.name if a else path,
                "code": a.code if a else path,
                "id": a.pk if a else None,
                "counts": [counts.get(i, 0) for i in ITEMS],
                "by_item": dict(counts),
            }
        )
    return sorted(rows, key=lambda r: r["name"])


# ---------------------------------------------------------------- insignia (Art. 79–81)

# One person per row of Art. 81 (rows "as their grade" shown with a typical grade).
INSIGNIA_ROWS = [
    ("specialist_senior", "director_general"),
    ("specialist_senior", "deputy_director_general"),
    ("inspector_senior", "head_central_unit"),
    ("inspector_principal", "deputy_head_central_unit"),
    ("officer_intermediate", "provincial_director"),
    ("specialist_principal", "head_provincial_unit"),
    ("officer_junior", "district_head"),
    ("officer_senior", None),
    ("officer_intermediate", None),
    ("officer_junior", None),
    ("inspector_senior", None),
    ("inspector_principal", None),
    ("inspector", None),
    ("other", None),
]


def insignia_table(on: date) -> list[dict]:
    """Every row of Art. 81 drawn from `insignia.for`: shoulder board, lapel, citations."""
    from thads.legal.text import citation_url
    from thads.people.choices import Grade, Post
    from thads.rules.engine import evaluate
    from thads.uniforms.insignia_svg import lapel, shoulder_board

    rows = []
    for grade, post in INSIGNIA_ROWS:
        answer = evaluate("insignia.for", {"grade": grade, "leadership_post": post}, on)
        outcome = answer["outcome"]
        rows.append(
            {
                "point": outcome["point"],
                "who": str(Post(post).label) if post else str(Grade(grade).label),
                "grade": str(Grade(grade).label),
                "outcome": outcome,
                "shoulder_svg": mark_safe(shoulder_board(outcome)),  # noqa: S308 - our own numbers
                "lapel_svg": mark_safe(lapel(outcome)),  # noqa: S308
                "citations": [(c, citation_url(c)) for c in answer["citations"]],
            }
        )
    return rows


# ---------------------------------------------------------------- a person's uniform


def approvers_for(person):
    """Users who may approve a re-issue: those whose scope covers the person's authority."""
    from django.contrib.auth.models import User
    from django.db.models import Q

    parts = person.authority.path.split("/")[:-1]
    prefixes = ["/".join(parts[: i + 1]) + "/" for i in range(len(parts))]
    return (
        User.objects.filter(is_active=True)
        .filter(Q(profile__authority__path__in=prefixes) | Q(profile__role="central_admin"))
        .filter(groups__permissions__codename="add_uniformissue")
        .distinct()
        .order_by("username")
    )


def insignia_of(person, on: date) -> dict:
    """Art. 81 through `insignia.for`: the outcome, a readable description and the citations."""
    from django.utils.translation import gettext as _

    from thads.rules.engine import evaluate

    result = evaluate(
        "insignia.for",
        {
            "grade": person.grade,
            "leadership_post": person.post or None,
            "military": person.military,
        },
        on,
    )
    outcome = result["outcome"]
    if outcome.get("governed_by") == "mod":
        text = _("Governed by the Ministry of National Defence's rules")
    else:
        s = outcome["shoulder"]
        lapels = {
            "pine_branch": _("single gold pine branch"),
            "shield_bordered": _("sword and shield, gold border"),
            "shield": _("gold sword and shield"),
        }
        parts = [_("%(n)s stars (%(layout)s)") % {"n": s["stars"], "layout": s["layout"]}]
        if s["stripes"]:
            parts.append(_("%(n)s gold thread stripes") % {"n": s["stripes"]})
        if s["bars"]:
            parts.append(_("%(n)s gold bars") % {"n": s["bars"]})
        if s["crossed_pine"]:
            parts.append(_("crossed pine branches"))
        text = ", ".join(parts) + "; " + _("lapel: %(lapel)s") % {"lapel": lapels[outcome["lapel"]]}
    pictures = {}
    if "shoulder" in outcome:
        from thads.uniforms.insignia_svg import lapel, shoulder_board

        pictures = {
            "shoulder_svg": mark_safe(shoulder_board(outcome)),  # noqa: S308 - our own numbers
            "lapel_svg": mark_safe(lapel(outcome)),  # noqa: S308
        }
    return {"outcome": outcome, "text": text, "citations": result["citations"], **pictures}
