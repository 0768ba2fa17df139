from django.urls import path

from thads.equipment import tool_views, views

urlpatterns = [
    # Cards (Art. 73).
    path("cards/", views.card_list, name="card-list"),
    path("people/<int:person_pk>/cards/issue/", views.card_issue, name="card-issue"),
    path("cards/<int:pk>/return/", views.card_return, name="card-return"),
    path("cards/<int:pk>/exchange/", views.card_exchange, name="card-exchange"),
    path("cards/<int:pk>/loss/", views.card_report_loss, name="card-report-loss"),
    path("verify/<str:token>/", views.card_verify, name="card-verify"),
    # Support tools (Art. 74–77).
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
    path("tools/disposal/report/", tool_views.disposal_report, name="tool-disposal-report"),
    # The annual plan (Art. 75.1).
    path("tools/plans/", tool_views.plan_list, name="tool-plans"),
    path(
        "tools/plans/<int:province_pk>/<int:year>/", tool_views.plan_detail, name="tool-plan-detail"
    ),
    path(
        "tools/plans/<int:province_pk>/<int:year>/lines/",
        tool_views.plan_line,
        name="tool-plan-line",
    ),
    path(
        "tools/plans/<int:province_pk>/<int:year>/submit/",
        tool_views.plan_submit,
        name="tool-plan-submit",
    ),
    path(
        "tools/plans/<int:province_pk>/<int:year>/decide/",
        tool_views.plan_decide,
        name="tool-plan-decide",
    ),
]
