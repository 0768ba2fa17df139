from django.contrib import admin

from thads.onboarding.models import ImportRun


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    """The record of applied imports: read only (imports are made on their pages)."""

    list_display = ("at", "kind", "user", "file_name", "rows", "created", "updated", "unchanged")
    list_filter = ("kind",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
