from django.urls import path

from thads.selection import views

urlpatterns = [
    path("selection/boards/", views.board_list, name="selection-board-list"),
    path("selection/boards/new/", views.board_new, name="selection-board-new"),
    path("selection/boards/<int:pk>/", views.board_detail, name="selection-board-detail"),
    path("selection/dossiers/", views.dossier_list, name="selection-dossier-list"),
    path("selection/dossiers/new/", views.dossier_new, name="selection-dossier-new"),
    path("selection/dossiers/<int:pk>/", views.dossier_detail, name="selection-dossier-detail"),
    path(
        "selection/dossiers/<int:pk>/meeting/",
        views.dossier_meeting,
        name="selection-dossier-meeting",
    ),
    path(
        "selection/dossiers/<int:pk>/designation/",
        views.dossier_designate,
        name="selection-dossier-designate",
    ),
]
