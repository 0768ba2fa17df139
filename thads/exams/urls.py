from django.urls import path

from thads.exams import views

urlpatterns = [
    path("examinations/", views.round_list, name="exams-round-list"),
    path("examinations/new/", views.round_new, name="exams-round-new"),
    path("examinations/<int:pk>/", views.round_detail, name="exams-round"),
    path("examinations/<int:pk>/report/", views.round_report, name="exams-report"),
    path("examinations/<int:pk>/report.xlsx", views.round_report_xlsx, name="exams-report-xlsx"),
    path("examinations/<int:pk>/submit/", views.round_submit, name="exams-round-submit"),
    path("examinations/<int:pk>/compile/", views.round_compile, name="exams-round-compile"),
    path("examinations/<int:pk>/publish/", views.round_publish, name="exams-round-publish"),
    path("examinations/<int:pk>/board/", views.round_board, name="exams-round-board"),
    path("examinations/<int:pk>/member/", views.round_member, name="exams-round-member"),
    path(
        "examinations/<int:pk>/consolidate/",
        views.round_consolidate,
        name="exams-round-consolidate",
    ),
    path("examinations/candidacies/<int:pk>/", views.candidacy_detail, name="exams-candidacy"),
    path(
        "examinations/candidacies/<int:pk>/preselect/",
        views.candidacy_preselect,
        name="exams-candidacy-preselect",
    ),
    path(
        "examinations/candidacies/<int:pk>/document/",
        views.candidacy_document,
        name="exams-candidacy-document",
    ),
    path(
        "examinations/candidacies/<int:pk>/result/",
        views.candidacy_result,
        name="exams-candidacy-result",
    ),
    path(
        "examinations/candidacies/<int:pk>/designate/",
        views.candidacy_designate,
        name="exams-candidacy-designate",
    ),
]
