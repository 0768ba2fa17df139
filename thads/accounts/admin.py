from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from simple_history.admin import SimpleHistoryAdmin

from thads.accounts.models import ApiToken, Profile
from thads.accounts.selectors import api_tokens_visible_to, profiles_visible_to, users_visible_to


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "role", "authority")
    list_filter = ("role",)
    raw_id_fields = ("authority",)

    def get_queryset(self, request):
        return profiles_visible_to(request.user)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("user", "name", "prefix", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("key_hash", "prefix", "created_at", "last_used_at")

    def get_queryset(self, request):
        return api_tokens_visible_to(request.user)


class ProfileInline(admin.StackedInline):
    model = Profile
    raw_id_fields = ("authority",)


admin.site.unregister(User)


@admin.register(User)
class HistoryUserAdmin(SimpleHistoryAdmin, UserAdmin):
    """Users with their role and authority, and the history of every change to them."""

    inlines = [ProfileInline]

    def get_queryset(self, request):
        return users_visible_to(request.user)
