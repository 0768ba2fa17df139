"""Card services (Art. 73): issue by the rule `card.kind`, flag for exchange, return, loss."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.core.numbering import next_number
from thads.equipment.errors import EquipmentError
from thads.equipment.models import VALID_STATUSES, Card, CardStatus
from thads.people.models import Person
from thads.rules.engine import evaluate

ERR_HAS_CARD = _("This person already holds a valid card: exchange or return it first.")
ERR_NOT_VALID = _("Only a valid card can be reported lost or returned.")
ERR_POLICE = _("Name the police station that was told of the loss.")
ERR_LOSS_DATES = _("The loss cannot be reported before it happened.")


def _number(kind: str) -> str:
    prefix = "CHV" if kind == "officer" else "TTV"

    def highest() -> int:
        last = (
            Card.objects.filter(number__regex=rf"^{prefix}-[0-9]{{6}}$")
            .order_by("-number")
            .values_list("number", flat=True)
            .first()
        )
        return int(last.split("-")[1]) if last else 0

    return f"{prefix}-{next_number(f'card:{prefix}', start_after=highest):06d}"


@transaction.atomic
def card_issue(*, actor, person: Person, on: date) -> Card:
    """Issue a card of the kind the rule gives for the holder's grade (Art. 73.1–73.2), valid
    for as long as `card.validity` says (the Minister's rules on cards, 73.3)."""
    person = Person.objects.select_for_update().get(pk=person.pk)
    answer = evaluate("card.kind", {"grade": person.grade}, on)
    kind = answer["outcome"]["card"]
    if kind is None:
        r = answer["reasons"][0]
        raise DomainError(r["code"], r["vi"], citation=r["citation"])
    if person.cards.filter(status__in=VALID_STATUSES).exists():
        raise DomainError(
            EquipmentError.HAS_CARD, str(ERR_HAS_CARD), citation=answer["citations"][0]
        )
    validity = evaluate("card.validity", {"issued_on": on.isoformat()}, on)
    card = Card(
        person=person,
        kind=kind,
        number=_number(kind),
        issued_on=on,
        valid_until=date.fromisoformat(validity["outcome"]["valid_until"]),
    )
    save_with_history(card, actor)
    return card


def _set_status(card: Card, status: str, actor, **fields) -> Card:
    card.status = status
    for k, v in fields.items():
        setattr(card, k, v)
    save_with_history(card, actor)
    return card


@transaction.atomic
def cards_flag_for_exchange(*, actor, person: Person) -> int:
    """The holder's grade or post changed: the card is to be exchanged (Art. 73.1)."""
    n = 0
    for card in person.cards.select_for_update().filter(status=CardStatus.VALID):
        _set_status(card, CardStatus.EXCHANGE_DUE, actor)
        n += 1
    return n


@transaction.atomic
def cards_require_return(*, actor, person: Person) -> int:
    """The holder left the post: the card must be handed back (Art. 73.1)."""
    n = 0
    for card in person.cards.select_for_update().filter(status__in=VALID_STATUSES):
        _set_status(card, CardStatus.RETURN_DUE, actor)
        n += 1
    return n


@transaction.atomic
def card_return(*, actor, card: Card, on: date) -> Card:
    card = Card.objects.select_for_update().get(pk=card.pk)
    if card.status not in (*VALID_STATUSES, CardStatus.RETURN_DUE):
        raise DomainError(EquipmentError.CARD_NOT_VALID, str(ERR_NOT_VALID))
    return _set_status(card, CardStatus.RETURNED, actor, note=f"returned {on.isoformat()}")


@transaction.atomic
def card_exchange(*, actor, card: Card, on: date) -> Card:
    """Close the old card and issue a new one fitting the holder's current grade."""
    card = Card.objects.select_for_update().get(pk=card.pk)
    if card.status not in VALID_STATUSES:
        raise DomainError(EquipmentError.CARD_NOT_VALID, str(ERR_NOT_VALID))
    _set_status(card, CardStatus.EXCHANGED, actor)
    return card_issue(actor=actor, person=card.person, on=on)


@transaction.atomic
def card_report_loss(
    *, actor, card: Card, lost_on: date, police_station: str, authority_notified_on: date
) -> Card:
    card = Card.objects.select_for_update().get(pk=card.pk)
    errors: dict[str, list] = {}
    if card.status not in VALID_STATUSES:
        errors["__all__"] = [ERR_NOT_VALID]
    if not (police_station or "").strip():
        errors["police_station"] = [ERR_POLICE]
    if authority_notified_on < lost_on:
        errors["authority_notified_on"] = [ERR_LOSS_DATES]
    if errors:
        raise ValidationError(errors)
    return _set_status(
        card,
        CardStatus.LOST,
        actor,
        lost_on=lost_on,
        police_station=police_station.strip(),
        authority_notified_on=authority_notified_on,
    )
