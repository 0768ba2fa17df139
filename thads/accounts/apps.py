from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "thads.accounts"
    label = "accounts"
    verbose_name = _("Users and roles")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from thads.core.roles import ensure_role_groups

        post_migrate.connect(ensure_role_groups, sender=self)
