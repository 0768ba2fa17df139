from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SelectionConfig(AppConfig):
    name = "thads.selection"
    label = "selection"
    verbose_name = _("Designation without examination")
