from django.urls import path

from thads.rulesweb import views

urlpatterns = [
    path("rules/", views.rule_list, name="rule-list"),
    path("rules/<str:rule_id>/", views.rule_explore, name="rule-explore"),
]
