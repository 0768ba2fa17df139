"""The home page: what the user's scope holds on a day (today by default)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from thads.organization.forms import AsOfForm
from thads.organization.models import Level
from thads.organization.selectors import authority_counts_by_level
from thads.organization.services import LAST_THREE_LEVEL_DAY
from thads.people.choices import Grade
from thads.people.selectors import people_counts_by_grade


@require_safe
@login_required
def home(request):
    form = AsOfForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(form.errors.as_text())
    today = timezone.localdate()
    day = form.cleaned_data["on"] or today
    levels = authority_counts_by_level(request.user, on=day)
    grades = people_counts_by_grade(request.user, on=None if day == today else day)
    return render(
        request,
        "home.html",
        {
            "form": form,
            "day": day,
            "today": today,
            "last_three_level_day": LAST_THREE_LEVEL_DAY,
            "level_counts": levels,
            "levels": [
                (label, levels.get(value, 0)) for value, label in Level.choices if value in levels
            ],
            "grades": [(label, grades.get(value, 0)) for value, label in Grade.choices],
            "people_total": sum(grades.values()),
        },
    )
