from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UniformsConfig(AppConfig):
    name = "thads.uniforms"
    label = "uniforms"
    verbose_name = _("Uniforms and insignia")

    def ready(self) -> None:
        from thads.people import sections
        from thads.uniforms.sections import uniforms_section

        sections.register(uniforms_section)
