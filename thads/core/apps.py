from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "thads.core"
    label = "core"
    verbose_name = "THADS"

    def ready(self) -> None:
        from thads.core import security_log

        security_log.connect()
