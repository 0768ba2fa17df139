"""Read-only questions about people, answered with the rules engine where the law decides."""

from __future__ import annotations

from datetime import date


def salary_category(grade: str, on: date) -> dict:
    """Art. 78.2 through the `salary.category` rule: {"category", "group"} and citations."""
    from thads.rules.engine import evaluate

    return evaluate("salary.category", {"grade": grade}, on)


def leadership_check(*, post: str, grade: str, on: date) -> dict:
    """Art. 72 through `leadership.standards`.

    The registry checks the grade standard; integrity, experience and capacity are attested
    by the appointing decision, which the careers workflow records.
    """
    facts = {"post": post, "grade": grade, "integrity": True, "experience": True, "capacity": True}
    from thads.rules.engine import evaluate

    return evaluate("leadership.standards", facts, on)


def mask(field: str, value: str) -> str:
    """The masked form shown by default (never the value itself)."""
    if not value:
        return ""
    if field == "phone":
        return value[:3] + "•" * max(len(value) - 5, 3) + value[-2:]
    if field == "national_id":
        return "•" * (len(value) - 3) + value[-3:]
    return "••••••"


def people_filter(
    qs,
    *,
    q: str = "",
    authority=None,
    include_sub: bool = True,
    grade: str = "",
    post: str = "",
    employment: str = "",
    military: bool | None = None,
):
    """Search (diacritics-insensitive, every word must match) and filters of the people list."""
    from thads.core.text import fold

    if q:
        words = fold(q).split()
        if len(words) == 1 and words[0].upper().startswith("CB") and words[0][2:].isdigit():
            qs = qs.filter(staff_code__iexact=words[0])
        else:
            for word in words:
                qs = qs.filter(search_name__contains=word)
    if authority is not None:
        qs = (
            qs.filter(authority__path__startswith=authority.path)
            if include_sub
            else qs.filter(authority=authority)
        )
    if grade:
        qs = qs.filter(grade=grade)
    if post == "any":
        qs = qs.exclude(post="")
    elif post == "none":
        qs = qs.filter(post="")
    elif post:
        qs = qs.filter(post=post)
    if employment:
        qs = qs.filter(employment=employment)
    if military is not None:
        qs = qs.filter(military=military)
    return qs


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
        from django.utils.safestring import mark_safe

        from thads.uniforms.insignia_svg import lapel, shoulder_board

        pictures = {
            "shoulder_svg": mark_safe(shoulder_board(outcome)),  # noqa: S308 - our own numbers
            "lapel_svg": mark_safe(lapel(outcome)),  # noqa: S308
        }
    return {"outcome": outcome, "text": text, "citations": result["citations"], **pictures}


def card_of(person, on: date) -> dict:
    """Art. 73 through `card.kind`."""
    from thads.rules.engine import evaluate

    return evaluate("card.kind", {"grade": person.grade}, on)
