from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EquipmentConfig(AppConfig):
    name = "thads.equipment"
    label = "equipment"
    verbose_name = _("Cards and equipment")

    def ready(self) -> None:
        from thads.equipment.receivers import cards_follow_change
        from thads.equipment.sections import cards_section
        from thads.people import sections
        from thads.people.signals import grade_or_post_changed

        grade_or_post_changed.connect(cards_follow_change, dispatch_uid="equipment.cards")
        sections.register(cards_section)
