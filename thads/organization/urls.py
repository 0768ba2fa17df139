from django.urls import path

from thads.organization import views

urlpatterns = [
    path("authorities/", views.authority_list, name="authority-list"),
    path("authorities/new/", views.authority_create, name="authority-create"),
    path("authorities/<int:pk>/", views.authority_detail, name="authority-detail"),
    path("authorities/<int:pk>/edit/", views.authority_edit, name="authority-edit"),
    path("authorities/<int:pk>/children/", views.authority_children, name="authority-children"),
]
