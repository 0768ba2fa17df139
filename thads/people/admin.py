from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from thads.people.models import GradeAssignment, LeadershipPost, Person, Posting, RevealLog
from thads.people.selectors import people_visible_to, reveal_logs_visible_to


class GradeInline(admin.TabularInline):
    model = GradeAssignment
    extra = 0


class PostingInline(admin.TabularInline):
    model = Posting
    extra = 0
    raw_id_fields = ("authority",)


class PostInline(admin.TabularInline):
    model = LeadershipPost
    extra = 0
    raw_id_fields = ("authority",)


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    """Back-office view. Protected fields are left out: reveals go through the logged page."""

    list_display = ("staff_code", "full_name", "grade", "post", "authority", "employment")
    list_filter = ("grade", "employment", "military")
    search_fields = ("staff_code", "search_name")
    raw_id_fields = ("authority",)
    exclude = ("date_of_birth", "national_id", "phone", "home_address")
    inlines = [GradeInline, PostingInline, PostInline]

    def get_queryset(self, request):
        return people_visible_to(request.user)


@admin.register(RevealLog)
class RevealLogAdmin(admin.ModelAdmin):
    list_display = ("at", "user", "person", "fields", "reason")
    readonly_fields = ("at", "user", "person", "relative", "fields", "reason", "ip_address")

    def get_queryset(self, request):
        return reveal_logs_visible_to(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
