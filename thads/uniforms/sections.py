"""The uniform and insignia sections of a person's page (registered in `UniformsConfig.ready`)."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from thads.core.history import entries
from thads.uniforms.forms import ReissueForm
from thads.uniforms.models import IssueReason, UniformIssue
from thads.uniforms.selectors import (
    approvers_for,
    entitlement_on,
    insignia_of,
    uniform_issues_visible_to,
)


def uniforms_section(request, person, day: date) -> dict:
    issues = uniform_issues_visible_to(request.user).filter(person=person)
    return {
        "insignia": insignia_of(person, day),
        "uniform": entitlement_on(person, day.year, day),
        "uniform_issued": {
            (u.item, u.due_on) for u in issues.filter(reason=IssueReason.ENTITLEMENT)
        },
        "uniform_issues": issues[:50],
        "reissue_form": ReissueForm(approvers=approvers_for(person)),
        "uniform_year": day.year,
        "history": entries(UniformIssue.history.filter(person_id=person.pk), _("Uniform issue")),
    }
