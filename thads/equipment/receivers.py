"""How the equipment app follows changes made in the people app."""

from __future__ import annotations

from datetime import date

from thads.equipment.services import cards_flag_for_exchange, cards_require_return
from thads.rules.citations import DECREE_IN_FORCE
from thads.rules.engine import evaluate


def cards_follow_change(sender, *, actor, person, on: date, **kwargs) -> None:
    """Art. 73.1: a change of grade or post exchanges the card; a grade without one returns it.
    A change recorded with a date before the decree took effect (an imported career) is judged
    under its first version: no rule answers for an earlier day."""
    answer = evaluate("card.kind", {"grade": person.grade}, max(on, DECREE_IN_FORCE))
    if answer["outcome"]["card"] is None:
        cards_require_return(actor=actor, person=person)
    else:
        cards_flag_for_exchange(actor=actor, person=person)
