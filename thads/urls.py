from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from thads.accounts import views as accounts
from thads.careers import views as careers
from thads.core import views as core_views
from thads.core.api import api
from thads.equipment import tool_views
from thads.equipment import views as equipment
from thads.exams import views as exams
from thads.legal import views as legal
from thads.organization import views as org
from thads.people import views as people
from thads.protection import views as protection
from thads.rulesweb import views as rules
from thads.selection import views as selection
from thads.uniforms import views as uniforms

urlpatterns = [
    path("", core_views.home, name="home"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("authorities/", org.authority_list, name="authority-list"),
    path("authorities/new/", org.authority_create, name="authority-create"),
    path("authorities/<int:pk>/", org.authority_detail, name="authority-detail"),
    path("authorities/<int:pk>/edit/", org.authority_edit, name="authority-edit"),
    path("authorities/<int:pk>/children/", org.authority_children, name="authority-children"),
    path("people/", people.person_list, name="person-list"),
    path("people/new/", people.person_create, name="person-create"),
    path("people/export.csv", people.person_export, name="person-export"),
    path("people/<int:pk>/", people.person_detail, name="person-detail"),
    path("people/<int:pk>/edit/", people.person_edit, name="person-edit"),
    path("people/<int:pk>/grade/", people.person_change_grade, name="person-grade"),
    path("people/<int:pk>/posting/", people.person_posting, name="person-posting"),
    path("people/<int:pk>/appoint/", people.person_appoint, name="person-appoint"),
    path("people/<int:pk>/reveal/", people.person_reveal, name="person-reveal"),
    path("people/<int:pk>/relatives/", people.person_add_relative, name="person-relative"),
    path("audit/reveals/", people.reveal_log, name="reveal-log"),
    path("users/", accounts.user_list, name="user-list"),
    path("users/<int:pk>/", accounts.user_detail, name="user-detail"),
    path("law/nd62-2015/<int:number>/", legal.law_article, name="law-article"),
    path("insignia/", uniforms.insignia_table, name="insignia-table"),
    path("uniforms/plan/", uniforms.uniform_plan, name="uniform-plan"),
    path("people/<int:person_pk>/uniform/", uniforms.uniform_issue, name="uniform-issue"),
    path(
        "people/<int:person_pk>/insignia-back/",
        uniforms.insignia_hand_back,
        name="insignia-hand-back",
    ),
    path("uniforms/plan.xlsx", uniforms.uniform_plan_xlsx, name="uniform-plan-xlsx"),
    path("cards/", equipment.card_list, name="card-list"),
    path("decisions/", careers.decision_list, name="decision-list"),
    path("decisions/<int:pk>/", careers.decision_detail, name="decision-detail"),
    path("decisions/<int:pk>/pdf/", careers.decision_pdf_view, name="decision-pdf"),
    path("transfers/", careers.transfer_list, name="transfer-list"),
    path("transfers/<int:pk>/", careers.transfer_detail, name="transfer-detail"),
    path("people/<int:pk>/career/", careers.person_career, name="person-career"),
    path("cases/", protection.case_list, name="case-list"),
    path("cases/<int:pk>/", protection.case_detail, name="case-detail"),
    path("cases/<int:pk>/add/<str:what>/", protection.case_add, name="case-add"),
    path("cases/<int:case_pk>/operations/new/", protection.operation_new, name="operation-new"),
    path("operations/<int:pk>/", protection.operation_detail, name="operation-detail"),
    path("inspections/", protection.inspection_list, name="inspection-list"),
    path("incidents/", protection.incident_list, name="incident-list"),
    path("incidents/new/", protection.incident_new, name="incident-new"),
    path("incidents/dashboard/", protection.incident_dashboard, name="incident-dashboard"),
    path("incidents/<int:pk>/", protection.incident_detail, name="incident-detail"),
    path("incidents/evidence/<int:pk>/", protection.evidence_file, name="evidence-file"),
    path("inspections/order/", protection.inspection_order, name="inspection-order"),
    path("inspections/<int:pk>/", protection.inspection_detail, name="inspection-detail"),
    path(
        "inspections/<int:pk>/<str:action>/", protection.inspection_action, name="inspection-action"
    ),
    path("selection/boards/", selection.board_list, name="selection-board-list"),
    path("selection/boards/new/", selection.board_new, name="selection-board-new"),
    path("selection/boards/<int:pk>/", selection.board_detail, name="selection-board-detail"),
    path("selection/dossiers/", selection.dossier_list, name="selection-dossier-list"),
    path("selection/dossiers/new/", selection.dossier_new, name="selection-dossier-new"),
    path("selection/dossiers/<int:pk>/", selection.dossier_detail, name="selection-dossier-detail"),
    path("examinations/", exams.round_list, name="exams-round-list"),
    path("examinations/new/", exams.round_new, name="exams-round-new"),
    path("examinations/<int:pk>/", exams.round_detail, name="exams-round"),
    path("examinations/<int:pk>/report/", exams.round_report, name="exams-report"),
    path("examinations/<int:pk>/report.xlsx", exams.round_report_xlsx, name="exams-report-xlsx"),
    path("examinations/<int:pk>/<str:action>/", exams.round_action, name="exams-round-action"),
    path("examinations/candidacies/<int:pk>/", exams.candidacy_detail, name="exams-candidacy"),
    path(
        "examinations/candidacies/<int:pk>/<str:action>/",
        exams.candidacy_action,
        name="exams-candidacy-action",
    ),
    path("tools/", tool_views.tool_stock, name="tool-stock"),
    path("tools/receive/", tool_views.tool_receive, name="tool-receive"),
    path("tools/handover/", tool_views.tool_handover, name="tool-handover"),
    path("tools/handovers/<int:pk>/", tool_views.handover_detail, name="tool-handover-detail"),
    path(
        "tools/handovers/<int:pk>/receipt.pdf",
        tool_views.handover_receipt,
        name="tool-handover-receipt",
    ),
    path(
        "tools/handovers/<int:pk>/return/", tool_views.handover_return, name="tool-handover-return"
    ),
    path("tools/items/<int:pk>/inspect/", tool_views.tool_inspect, name="tool-inspect"),
    path("tools/items/<int:pk>/dispose/", tool_views.tool_dispose, name="tool-dispose"),
    path("tools/disposal/", tool_views.disposal_proposal, name="tool-disposal"),
    path("tools/disposal/report/", tool_views.disposal_report_view, name="tool-disposal-report"),
    path("tools/plans/", tool_views.plan_list, name="tool-plans"),
    path(
        "tools/plans/<int:province_pk>/<int:year>/", tool_views.plan_detail, name="tool-plan-detail"
    ),
    path("people/<int:person_pk>/cards/issue/", equipment.card_issue, name="card-issue"),
    path("cards/<int:pk>/<str:action>/", equipment.card_action, name="card-action"),
    path("verify/<str:token>/", equipment.card_verify, name="card-verify"),
    path("rules/", rules.rule_list, name="rule-list"),
    path("rules/<str:rule_id>/", rules.rule_explore, name="rule-explore"),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
    path("favicon.ico", RedirectView.as_view(url=static("thads/favicon.svg"), permanent=True)),
]
