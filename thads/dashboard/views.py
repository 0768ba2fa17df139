"""The home page: what the user's scope holds today."""

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import render
from django.utils import timezone

from thads.organization.models import Level
from thads.organization.selectors import authorities_visible_to
from thads.people.choices import Grade
from thads.people.selectors import people_visible_to


@login_required
def home(request):
    levels = dict(
        authorities_visible_to(request.user)
        .valid_on(timezone.localdate())
        .values_list("level")
        .annotate(n=Count("id"))
    )
    grades = dict(people_visible_to(request.user).values_list("grade").annotate(n=Count("id")))
    return render(
        request,
        "home.html",
        {
            "levels": [(label, levels.get(value, 0)) for value, label in Level.choices],
            "grades": [(label, grades.get(value, 0)) for value, label in Grade.choices],
            "people_total": sum(grades.values()),
        },
    )
