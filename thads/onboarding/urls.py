from django.urls import path

from thads.onboarding import views

urlpatterns = [
    path("onboarding/", views.onboarding_index, name="onboarding-index"),
    path("onboarding/people/", views.people_check, name="onboarding-people"),
    path("onboarding/people/apply/", views.people_apply, name="onboarding-people-apply"),
    path("onboarding/people/report.xlsx", views.people_report, name="onboarding-people-report"),
    path(
        "onboarding/people/template.xlsx",
        views.people_template,
        name="onboarding-people-template",
    ),
    path("onboarding/authorities/", views.offices_check, name="onboarding-authorities"),
    path(
        "onboarding/authorities/apply/",
        views.offices_apply,
        name="onboarding-authorities-apply",
    ),
    path(
        "onboarding/authorities/report.xlsx",
        views.offices_report,
        name="onboarding-authorities-report",
    ),
    path(
        "onboarding/authorities/template.xlsx",
        views.offices_template,
        name="onboarding-authorities-template",
    ),
]
