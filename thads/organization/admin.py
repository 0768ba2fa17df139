from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from thads.organization.models import Authority
from thads.organization.selectors import authorities_visible_to


@admin.register(Authority)
class AuthorityAdmin(SimpleHistoryAdmin):
    list_display = ("code", "name", "level", "province_name", "valid_from", "valid_to")
    list_filter = ("level", "special_area", "on_appendix_list", "provincial_capital_unit")
    search_fields = ("code", "name", "search_name")
    raw_id_fields = ("parent",)
    filter_horizontal = ("predecessors",)

    def get_queryset(self, request):
        return authorities_visible_to(request.user)
