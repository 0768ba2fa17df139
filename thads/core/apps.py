from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "thads.core"
    label = "core"
    verbose_name = "THADS"
