from django.urls import path

from thads.careers import views

urlpatterns = [
    path("decisions/", views.decision_list, name="decision-list"),
    path("decisions/<int:pk>/", views.decision_detail, name="decision-detail"),
    path("decisions/<int:pk>/pdf/", views.decision_pdf_view, name="decision-pdf"),
    path("transfers/", views.transfer_list, name="transfer-list"),
    path("transfers/<int:pk>/", views.transfer_detail, name="transfer-detail"),
    path("people/<int:pk>/career/", views.person_career, name="person-career"),
]
