"""The card section of a person's page (registered in `EquipmentConfig.ready`)."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from thads.core.history import entries
from thads.equipment.forms import LossForm
from thads.equipment.models import Card
from thads.equipment.selectors import card_of, cards_of


def cards_section(request, person, day: date) -> dict:
    return {
        "card": card_of(person, day),
        "cards": cards_of(request, person),
        "loss_form": LossForm(initial={"lost_on": day, "authority_notified_on": day}),
        "history": entries(Card.history.filter(person_id=person.pk), _("Card")),
    }
