from django.urls import path

from thads.careers import views

urlpatterns = [
    path("decisions/", views.decision_list, name="decision-list"),
    path("decisions/<int:pk>/", views.decision_detail, name="decision-detail"),
    path("decisions/<int:pk>/pdf/", views.decision_pdf_view, name="decision-pdf"),
    path("transfers/", views.transfer_list, name="transfer-list"),
    path("transfers/<int:pk>/", views.transfer_detail, name="transfer-detail"),
    path("transfers/<int:pk>/consultation/", views.transfer_consult, name="transfer-consult"),
    path("transfers/<int:pk>/decision/", views.transfer_decide, name="transfer-decide"),
    path("transfers/<int:pk>/return/", views.transfer_return, name="transfer-return"),
    path("people/<int:pk>/career/", views.person_career, name="person-career"),
    path("people/<int:pk>/career/transfer/", views.career_transfer, name="career-transfer"),
    path("people/<int:pk>/career/leadership/", views.career_leadership, name="career-leadership"),
    path(
        "people/<int:pk>/career/relief-dossier/",
        views.career_relief_dossier,
        name="career-relief-dossier",
    ),
    path("relief-dossiers/<int:pk>/decision/", views.relief_decide, name="relief-decide"),
    path("people/<int:pk>/career/removal/", views.career_removal, name="career-removal"),
    path("people/<int:pk>/career/inspector/", views.career_inspector, name="career-inspector"),
    path("people/<int:pk>/career/secretary/", views.career_secretary, name="career-secretary"),
]
