from django.urls import path

from thads.protection import views

urlpatterns = [
    path("cases/", views.case_list, name="case-list"),
    path("cases/<int:pk>/", views.case_detail, name="case-detail"),
    path("cases/<int:pk>/add/asset/", views.case_asset_add, name="case-asset-add"),
    path("cases/<int:pk>/add/demand/", views.case_demand_add, name="case-demand-add"),
    path("cases/<int:case_pk>/operations/new/", views.operation_new, name="operation-new"),
    path("operations/<int:pk>/", views.operation_detail, name="operation-detail"),
    path("operations/<int:pk>/assess/", views.operation_assess, name="operation-assess"),
    path("operations/<int:pk>/approve/", views.operation_approve, name="operation-approve"),
    path("inspections/", views.inspection_list, name="inspection-list"),
    path("incidents/", views.incident_list, name="incident-list"),
    path("incidents/new/", views.incident_new, name="incident-new"),
    path("incidents/dashboard/", views.incident_dashboard, name="incident-dashboard"),
    path("incidents/<int:pk>/", views.incident_detail, name="incident-detail"),
    path("incidents/<int:pk>/follow-up/", views.incident_follow_up, name="incident-follow-up"),
    path("incidents/evidence/<int:pk>/", views.evidence_file, name="evidence-file"),
    path("inspections/order/", views.inspection_order, name="inspection-order"),
    path("inspections/<int:pk>/", views.inspection_detail, name="inspection-detail"),
    path("inspections/<int:pk>/assign/", views.inspection_assign, name="inspection-assign"),
    path("inspections/<int:pk>/note/", views.inspection_note_add, name="inspection-note-add"),
    path("inspections/<int:pk>/conclude/", views.inspection_conclude, name="inspection-conclude"),
]
