from django.urls import path

from thads.legal import views

urlpatterns = [
    path("law/nd62-2015/<int:number>/", views.law_article, name="law-article"),
]
