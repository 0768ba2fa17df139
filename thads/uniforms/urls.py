from django.urls import path

from thads.uniforms import views

urlpatterns = [
    path("insignia/", views.insignia_table, name="insignia-table"),
    path("uniforms/plan/", views.uniform_plan, name="uniform-plan"),
    path("uniforms/plan.xlsx", views.uniform_plan_xlsx, name="uniform-plan-xlsx"),
    path("people/<int:person_pk>/uniform/", views.uniform_issue, name="uniform-issue"),
    path("people/<int:person_pk>/uniform/reissue/", views.uniform_reissue, name="uniform-reissue"),
    path(
        "people/<int:person_pk>/insignia-back/",
        views.insignia_hand_back,
        name="insignia-hand-back",
    ),
]
