"""The home page: what the user's scope holds today."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from thads.organization.models import Level
from thads.organization.selectors import authority_counts_by_level
from thads.people.choices import Grade
from thads.people.selectors import people_counts_by_grade


@require_safe
@login_required
def home(request):
    levels = authority_counts_by_level(request.user, on=timezone.localdate())
    grades = people_counts_by_grade(request.user)
    return render(
        request,
        "home.html",
        {
            "levels": [(label, levels.get(value, 0)) for value, label in Level.choices],
            "grades": [(label, grades.get(value, 0)) for value, label in Grade.choices],
            "people_total": sum(grades.values()),
        },
    )
