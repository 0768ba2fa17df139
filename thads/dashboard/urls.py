from django.urls import path

from thads.dashboard import views

urlpatterns = [
    path("", views.home, name="home"),
]
