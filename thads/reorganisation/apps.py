from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReorganisationConfig(AppConfig):
    name = "thads.reorganisation"
    label = "reorganisation"
    verbose_name = _("Reorganisation")

    def ready(self) -> None:
        from thads.people import sections
        from thads.reorganisation.sections import reorganisation_section

        sections.register(reorganisation_section)
