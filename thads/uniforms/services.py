"""Uniform issue services (Art. 83): issue what is due, re-issue with reason and approval."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.people.models import Person
from thads.rules.citations import cite
from thads.uniforms.errors import UniformsError
from thads.uniforms.models import IssueReason, UniformIssue
from thads.uniforms.selectors import entitlement_on

ART_83_1 = cite(83, 1)
ART_83_3 = cite(83, 3)
ERR_NOT_DUE = _("This item is not due this year under the allocation period.")
ERR_ALREADY = _("This item has already been issued for this due date.")
ERR_TOO_MANY = _("More than the quantity due.")
ERR_EXPLAIN = _("Explain how the item was lost or damaged (a legitimate reason is required).")
ERR_APPROVER = _("A re-issue must be approved by another user than the one recording it.")
ERR_NO_CHANGE = _("Insignia are exchanged only after a change of grade or post.")


@transaction.atomic
def uniform_issue(
    *, actor, person: Person, item: str, quantity: int, on: date, signed_by_recipient: bool = True
) -> UniformIssue:
    """Hand over an item that falls due this year (Art. 83.1, first issue 83.2.a, 83.3)."""
    person = Person.objects.select_for_update().get(pk=person.pk)
    answer = entitlement_on(person, on.year, on)
    due = {i["item"]: i for i in answer["outcome"].get("items", [])}
    if item not in due:
        raise DomainError(UniformsError.NOT_DUE, str(ERR_NOT_DUE), citation=ART_83_1, field="item")
    if quantity < 1 or quantity > due[item]["quantity"]:
        raise DomainError(
            UniformsError.TOO_MANY, str(ERR_TOO_MANY), citation=ART_83_1, field="quantity"
        )
    record = UniformIssue(
        person=person,
        item=item,
        quantity=quantity,
        due_on=date.fromisoformat(due[item]["due_on"]),
        issued_on=on,
        reason=IssueReason.ENTITLEMENT,
        signed_by_recipient=signed_by_recipient,
    )
    try:
        with transaction.atomic():
            save_with_history(record, actor)
    except IntegrityError:
        raise DomainError(
            UniformsError.ALREADY_ISSUED, str(ERR_ALREADY), citation=ART_83_1, field="item"
        ) from None
    return record


@transaction.atomic
def uniform_reissue(
    *,
    actor,
    person: Person,
    item: str,
    quantity: int,
    on: date,
    reason: str,
    explanation: str,
    approved_by,
) -> UniformIssue:
    """Re-issue a lost or damaged item, or exchange insignia after a change (83.2.b, 83.3)."""
    errors: dict[str, list] = {}
    if reason not in (IssueReason.LOST, IssueReason.DAMAGED, IssueReason.CHANGE_OF_GRADE_OR_POST):
        errors["reason"] = [_("Choose why the item is issued again.")]
    if reason in (IssueReason.LOST, IssueReason.DAMAGED) and len((explanation or "").strip()) < 10:
        errors["explanation"] = [ERR_EXPLAIN]
    if approved_by is None or approved_by == actor:
        errors["approved_by"] = [ERR_APPROVER]
    if quantity < 1 or quantity > 5:
        errors["quantity"] = [ERR_TOO_MANY]
    if errors:
        raise ValidationError(errors)
    if reason == IssueReason.CHANGE_OF_GRADE_OR_POST:
        last = person.uniform_issues.filter(item="insignia_set").order_by("-issued_on").first()
        changed = last is None or (
            person.grades.filter(valid_from__gt=last.issued_on).exists()
            or person.posts.filter(valid_from__gt=last.issued_on).exists()
        )
        if item != "insignia_set" or not changed:
            raise DomainError(
                UniformsError.NO_CHANGE, str(ERR_NO_CHANGE), citation=ART_83_3, field="reason"
            )
    record = UniformIssue(
        person=person,
        item=item,
        quantity=quantity,
        issued_on=on,
        reason=reason,
        explanation=(explanation or "").strip(),
        approved_by=approved_by,
        signed_by_recipient=True,
    )
    save_with_history(record, actor)
    return record


ERR_NOTHING_TO_HAND_BACK = _("No badge or insignia set is held.")


@transaction.atomic
def insignia_hand_back(*, actor, person: Person, on: date) -> int:
    """The person moves to other work: badges and insignia go back to the head (Art. 83.3)."""
    held = list(
        UniformIssue.objects.select_for_update().filter(
            person=person, item="insignia_set", handed_back_on__isnull=True
        )
    )
    if not held:
        raise DomainError(
            UniformsError.NOTHING_HELD, str(ERR_NOTHING_TO_HAND_BACK), citation=ART_83_3
        )
    for record in held:
        record.handed_back_on = on
        save_with_history(record, actor)
    return len(held)
