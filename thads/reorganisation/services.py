"""The reorganisation act: the records of the former structure carried to its successors, once.

`reorganise(actor=…, effective_on=…, apply=True)` writes the plan of
`selectors.reorganisation_plan` in one transaction: every posting in force the day before at an
authority that ends closes that day and reopens at its successor on the day; every leadership
post is carried over (one head per successor, the other heads of the merged predecessors become
deputies); people's current authority and post, user accounts and equipment follow. Each change
has its history row (reason: the decision's reference; written in bulk, `bulk.py`) and a
`ReorganisationChange` row. The
act runs once per day (`already_done`) and refuses to run on a structure that is not ready,
listing every problem and writing nothing (`partial_run`).
"""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from thads.accounts.models import Profile
from thads.core.bulk import copy_to_history, update_with_history
from thads.core.errors import DomainError
from thads.equipment.tools import tools_pass_to_successor
from thads.people.models import LeadershipPost, Person, Posting
from thads.people.services import default_appointer
from thads.people.signals import grade_or_post_changed
from thads.reorganisation.errors import ReorganisationError
from thads.reorganisation.models import ReorganisationAct, ReorganisationChange
from thads.reorganisation.selectors import (
    LEGAL_BASES,
    POSTING_NOTE,
    REFERENCE,
    TITLE,
    Plan,
    PlanProblem,
    act_on,
    reorganisation_plan,
)

BATCH = 2000


class ReorganisationRefused(DomainError):
    """The act cannot run: `problems` lists every reason, and nothing was written."""

    def __init__(self, problems: list[PlanProblem]) -> None:
        super().__init__(
            ReorganisationError.PARTIAL_RUN,
            _("The structure is not ready for the reorganisation: %(n)d problem(s).")
            % {"n": len(problems)},
        )
        self.problems = problems


def _refuse_if_done(effective_on: date) -> None:
    act = act_on(effective_on)
    if act is not None:
        raise DomainError(
            ReorganisationError.ALREADY_DONE,
            _("The reorganisation of %(day)s was recorded on %(at)s.")
            % {
                "day": effective_on.strftime("%d/%m/%Y"),
                "at": act.recorded_at.strftime("%d/%m/%Y"),
            },
        )


def reorganise(
    *, actor, effective_on: date, heads: dict[str, str] | None = None, apply: bool = False
) -> tuple[Plan, ReorganisationAct | None]:
    """The plan of the act of `effective_on`, written when `apply` (else a dry run).

    Refused when the act of that day exists (`already_done`) or, when applying, when the plan
    holds a problem (`partial_run`, with the full list). Returns the plan and the act."""
    _refuse_if_done(effective_on)
    if not apply:
        return reorganisation_plan(effective_on, heads), None
    return _record(actor, effective_on, heads)


@transaction.atomic
def _record(
    actor, effective_on: date, heads: dict[str, str] | None
) -> tuple[Plan, ReorganisationAct]:
    """The act's row first (its day is unique: a concurrent second run waits, then is refused),
    then the plan read in the same transaction, then every change; a problem rolls it all back."""
    act = ReorganisationAct(
        effective_on=effective_on,
        title=TITLE,
        reference=REFERENCE,
        legal_bases=list(LEGAL_BASES),
        recorded_by=actor if getattr(actor, "pk", None) else None,
    )
    act.skip_history_when_saving = True  # type: ignore[attr-defined]  # recorded once, below
    try:
        with transaction.atomic():
            act.save()
    except IntegrityError:
        _refuse_if_done(effective_on)
        raise
    plan = reorganisation_plan(effective_on, heads)
    if plan.problems:
        raise ReorganisationRefused(plan.problems)
    _carry(actor, plan, act)
    ReorganisationAct.objects.filter(pk=act.pk).update(summary=plan.summary())
    copy_to_history(ReorganisationAct, [act.pk], actor=actor, reason=REFERENCE, kind="+")
    act.refresh_from_db()
    return plan, act


def _carry(actor, plan: Plan, act: ReorganisationAct) -> None:
    """Every change of the plan, each with its history row and its change row."""
    day, effective_on = plan.day_before, plan.effective_on
    log = {"actor": actor, "reason": REFERENCE}

    # Postings: closed the day before, reopened at the successor on the day.
    update_with_history(
        Posting, {posting.pk: {"valid_to": day} for posting, _to in plan.postings}, **log
    )
    opened = Posting.objects.bulk_create(
        [
            Posting(
                person_id=posting.person_id,
                authority_id=to_id,
                valid_from=effective_on,
                note=POSTING_NOTE,
                decision_ref=REFERENCE,
            )
            for posting, to_id in plan.postings
        ],
        batch_size=BATCH,
    )
    copy_to_history(Posting, [p.pk for p in opened], kind="+", **log)

    # Leadership posts: the same, with the post each one holds from the day.
    update_with_history(
        LeadershipPost, {lp.pk: {"valid_to": day} for lp, _to, _p in plan.posts}, **log
    )
    posts = {post for _lp, _to, post in plan.posts}
    appointer = {post: default_appointer(post, effective_on) for post in posts}
    appointed = LeadershipPost.objects.bulk_create(
        [
            LeadershipPost(
                person_id=lp.person_id,
                authority_id=to_id,
                post=post,
                valid_from=effective_on,
                appointed_by=appointer[post],
                decision_ref=REFERENCE,
            )
            for lp, to_id, post in plan.posts
        ],
        batch_size=BATCH,
    )
    copy_to_history(LeadershipPost, [lp.pk for lp in appointed], kind="+", **log)

    # The current state on the person: their authority, and the post of a head made deputy.
    now = timezone.now()
    current = dict(Person.objects.filter(pk__in=list(plan.persons)).values_list("pk", "post"))
    changes: dict[int, dict[str, object]] = {}
    demoted = []
    for pk, (to_id, post) in plan.persons.items():
        changes[pk] = {"authority_id": to_id, "updated_at": now}
        if post is not None and post != current[pk]:
            changes[pk]["post"] = post
            demoted.append(pk)
    update_with_history(Person, changes, **log)
    for person in Person.objects.filter(pk__in=demoted):
        # Art. 73.1: a change of post exchanges the card (the equipment app listens).
        grade_or_post_changed.send(sender=Person, actor=actor, person=person, on=effective_on)

    update_with_history(
        Profile, {profile.pk: {"authority_id": to_id} for profile, to_id in plan.profiles}, **log
    )
    for from_id, to_id in plan.equipment:
        tools_pass_to_successor(
            actor=actor, from_authority=plan.by_pk[from_id], to_authority=plan.by_pk[to_id]
        )

    ReorganisationChange.objects.bulk_create(
        [
            ReorganisationChange(
                act=act,
                kind=change.kind,
                person_id=change.person_id,
                subject=change.subject[:120],
                from_authority_id=change.from_id,
                to_authority_id=change.to_id,
                post_before=change.post_before,
                post_after=change.post_after,
            )
            for change in plan.changes
        ],
        batch_size=BATCH,
    )
