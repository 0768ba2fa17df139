from django.urls import path

from thads.protection import views

urlpatterns = [
    path("cases/", views.case_list, name="case-list"),
    path("cases/<int:pk>/", views.case_detail, name="case-detail"),
    path("cases/<int:pk>/add/<str:what>/", views.case_add, name="case-add"),
    path("cases/<int:case_pk>/operations/new/", views.operation_new, name="operation-new"),
    path("operations/<int:pk>/", views.operation_detail, name="operation-detail"),
    path("inspections/", views.inspection_list, name="inspection-list"),
    path("incidents/", views.incident_list, name="incident-list"),
    path("incidents/new/", views.incident_new, name="incident-new"),
    path("incidents/dashboard/", views.incident_dashboard, name="incident-dashboard"),
    path("incidents/<int:pk>/", views.incident_detail, name="incident-detail"),
    path("incidents/evidence/<int:pk>/", views.evidence_file, name="evidence-file"),
    path("inspections/order/", views.inspection_order, name="inspection-order"),
    path("inspections/<int:pk>/", views.inspection_detail, name="inspection-detail"),
    path("inspections/<int:pk>/<str:action>/", views.inspection_action, name="inspection-action"),
]
