from django.urls import path

from thads.reorganisation import views

urlpatterns = [
    path("reorganisation/", views.reorganisation_preview, name="reorganisation-preview"),
    path("reorganisation/apply/", views.reorganisation_apply, name="reorganisation-apply"),
    path("reorganisation/acts/<int:pk>/", views.act_detail, name="reorganisation-act"),
]
