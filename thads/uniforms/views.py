"""The table of Art. 81 drawn: every row's shoulder board and lapel, from `insignia.for`."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe

from thads.legal.text import citation_url
from thads.rules.engine import evaluate
from thads.uniforms.insignia_svg import lapel, shoulder_board

# One person per row of Art. 81 (rows "as their grade" shown with a typical grade).
ROWS = [
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


def drawn(answer: dict) -> dict:
    outcome = answer["outcome"]
    return {
        "shoulder_svg": mark_safe(shoulder_board(outcome)),  # noqa: S308 - built from our own numbers
        "lapel_svg": mark_safe(lapel(outcome)),  # noqa: S308
        "citations": [(c, citation_url(c)) for c in answer["citations"]],
    }


@login_required
def insignia_table(request):
    from thads.people.choices import Grade, Post

    day = timezone.localdate()
    rows = []
    for grade, post in ROWS:
        answer = evaluate("insignia.for", {"grade": grade, "leadership_post": post}, day)
        rows.append(
            {
                "point": answer["outcome"]["point"],
                "who": str(Post(post).label) if post else str(Grade(grade).label),
                "grade": str(Grade(grade).label),
                "outcome": answer["outcome"],
                **drawn(answer),
            }
        )
    return render(request, "uniforms/insignia_table.html", {"rows": rows})
