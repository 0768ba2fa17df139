"""Read-only questions of the uniforms app: insignia of a person, who approves a re-issue."""

from __future__ import annotations

from datetime import date


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
        from django.utils.safestring import mark_safe

        from thads.uniforms.insignia_svg import lapel, shoulder_board

        pictures = {
            "shoulder_svg": mark_safe(shoulder_board(outcome)),  # noqa: S308 - our own numbers
            "lapel_svg": mark_safe(lapel(outcome)),  # noqa: S308
        }
    return {"outcome": outcome, "text": text, "citations": result["citations"], **pictures}
