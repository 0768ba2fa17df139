"""Workflow states guarded in one place: one transition table per workflow.

A model whose `status` follows a workflow declares its table and inherits `GuardedState`:

    CARD_WORKFLOW = Workflow(
        "status",
        initial={"valid"},
        transitions={"valid": {"exchange_due", "return_due", "lost"}, ...},
    )

    class Card(GuardedState, models.Model):
        workflow = CARD_WORKFLOW

Every save (services, admin, shell) is checked against the table: a record is created only in
an initial state and moves only along a listed transition. The admin shows the refusal as a
form error (`clean`); any other caller gets a `DomainError`. Bulk `QuerySet.update()` is not
used on these models.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from thads.core.errors import CoreError, DomainError

ERR_TRANSITION = _("A record in state “%(old)s” cannot move to “%(new)s”.")
ERR_INITIAL = _("A record cannot be created in state “%(new)s”.")


class Workflow:
    """The states a record may start in and the moves allowed from each state."""

    def __init__(
        self, field: str, *, initial: Iterable[str], transitions: Mapping[str, Iterable[str]]
    ) -> None:
        self.field = field
        self.initial = frozenset(str(s) for s in initial)
        self.transitions = {str(k): frozenset(str(s) for s in v) for k, v in transitions.items()}

    def allows(self, old: str | None, new: str) -> bool:
        if old is None:
            return str(new) in self.initial
        return old == new or str(new) in self.transitions.get(str(old), frozenset())

    def refusal(self, old: str | None, new: str) -> str:
        if old is None:
            return str(ERR_INITIAL % {"new": new})
        return str(ERR_TRANSITION % {"old": old, "new": new})

    def states(self) -> set[str]:
        out = set(self.initial) | set(self.transitions)
        for targets in self.transitions.values():
            out |= targets
        return out


class GuardedState(models.Model):
    """A model whose state field moves only as its `workflow` allows."""

    workflow: ClassVar[Workflow]

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        message = self._transition_error()
        if message:
            raise DomainError(CoreError.TRANSITION_NOT_ALLOWED, message, field=self.workflow.field)
        super().save(*args, **kwargs)

    def _stored_state(self) -> str | None:
        if self._state.adding or self.pk is None:
            return None
        return (
            type(self)
            ._base_manager.filter(pk=self.pk)
            .values_list(self.workflow.field, flat=True)
            .first()
        )

    def _transition_error(self) -> str | None:
        old = self._stored_state()
        new = getattr(self, self.workflow.field)
        return None if self.workflow.allows(old, new) else self.workflow.refusal(old, new)

    def clean(self) -> None:
        super().clean()
        message = self._transition_error()
        if message:
            raise ValidationError({self.workflow.field: message})
