from django.urls import path

from thads.people import views

urlpatterns = [
    path("people/", views.person_list, name="person-list"),
    path("people/new/", views.person_create, name="person-create"),
    path("people/export.csv", views.person_export, name="person-export"),
    path("people/<int:pk>/", views.person_detail, name="person-detail"),
    path("people/<int:pk>/edit/", views.person_edit, name="person-edit"),
    path("people/<int:pk>/grade/", views.person_change_grade, name="person-grade"),
    path("people/<int:pk>/posting/", views.person_posting, name="person-posting"),
    path("people/<int:pk>/appoint/", views.person_appoint, name="person-appoint"),
    path("people/<int:pk>/reveal/", views.person_reveal, name="person-reveal"),
    path("people/<int:pk>/relatives/", views.person_add_relative, name="person-relative"),
    path("people/delegations/", views.delegation_list, name="delegation-list"),
    path("people/delegations/add/", views.delegation_add, name="delegation-add"),
    path("audit/reveals/", views.reveal_log, name="reveal-log"),
]
