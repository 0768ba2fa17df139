from django.urls import path

from thads.exams import views

urlpatterns = [
    path("examinations/", views.round_list, name="exams-round-list"),
    path("examinations/new/", views.round_new, name="exams-round-new"),
    path("examinations/<int:pk>/", views.round_detail, name="exams-round"),
    path("examinations/<int:pk>/report/", views.round_report, name="exams-report"),
    path("examinations/<int:pk>/report.xlsx", views.round_report_xlsx, name="exams-report-xlsx"),
    path("examinations/<int:pk>/<str:action>/", views.round_action, name="exams-round-action"),
    path("examinations/candidacies/<int:pk>/", views.candidacy_detail, name="exams-candidacy"),
    path(
        "examinations/candidacies/<int:pk>/<str:action>/",
        views.candidacy_action,
        name="exams-candidacy-action",
    ),
]
