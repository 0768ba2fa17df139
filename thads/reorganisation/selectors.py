"""The reorganisation act, read-only: what the act of a day would carry across, and what stops it.

`reorganisation_plan(effective_on)` gathers, without writing anything, every record of the
former structure open on the day before (postings, leadership posts, user accounts,
equipment), where each goes, and every problem that forbids the act (each authority that ends
needs exactly one successor in force on the day, and so on). The act (`services.reorganise`)
writes exactly this plan, or nothing when it holds a problem.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from thads.accounts.models import Profile
from thads.core.access import fetch, scope_paths, visible
from thads.equipment.models import ToolItem, ToolStatus, ToolStock
from thads.organization.models import MILITARY_LEVELS, Authority, Level
from thads.people.choices import Post
from thads.people.models import LeadershipPost, Person, Posting
from thads.reorganisation.errors import Problem
from thads.reorganisation.models import ChangeKind, ReorganisationAct, ReorganisationChange

# Decision 1898/QĐ-BTP of 25/06/2025 (the Ministry of Justice's organisation of the two-level
# service from 01/07/2025), on Conclusion 162-KL/TW.
REFERENCE = "1898/QĐ-BTP"
TITLE = "Tổ chức lại hệ thống Thi hành án dân sự theo mô hình hai cấp"
LEGAL_BASES = (
    "Quyết định số 1898/QĐ-BTP ngày 25/6/2025 của Bộ trưởng Bộ Tư pháp",
    "Kết luận số 162-KL/TW",
)
POSTING_NOTE = "Tổ chức lại theo Quyết định số 1898/QĐ-BTP"

# The head of an authority, and the deputy post the other heads of its merged predecessors take.
HEAD_DEPUTY: dict[str, str] = {
    Post.DIRECTOR_GENERAL: Post.DEPUTY_DIRECTOR_GENERAL,
    Post.HEAD_CENTRAL_UNIT: Post.DEPUTY_HEAD_CENTRAL_UNIT,
    Post.PROVINCIAL_DIRECTOR: Post.DEPUTY_PROVINCIAL_DIRECTOR,
    Post.DISTRICT_HEAD: Post.DEPUTY_DISTRICT_HEAD,
}
# Posts of the former central body's units: carried to a unit of the successor (the heads
# file names it; by default the Văn phòng).
CENTRAL_UNIT_POSTS = (Post.HEAD_CENTRAL_UNIT, Post.DEPUTY_HEAD_CENTRAL_UNIT)
DEFAULT_CENTRAL_UNIT = "CQLTHADS-VP"
# The levels of the civil structure that end the day before the act.
FORMER_LEVELS = (Level.CENTRAL, Level.PROVINCIAL, Level.DISTRICT)


@dataclass
class PlanProblem:
    code: Problem
    subject: str
    message: str

    def __str__(self) -> str:
        return f"[{self.code}] {self.subject}: {self.message}"


@dataclass
class PlannedChange:
    kind: ChangeKind
    from_id: int
    to_id: int
    person_id: int | None = None
    subject: str = ""
    post_before: str = ""
    post_after: str = ""


@dataclass
class Plan:
    """What the act of `effective_on` would do; `problems` empty means it may run."""

    effective_on: date
    ended: dict[int, Authority] = field(default_factory=dict)
    successor: dict[int, Authority] = field(default_factory=dict)
    by_pk: dict[int, Authority] = field(default_factory=dict)
    units: dict[str, Authority] = field(default_factory=dict)
    problems: list[PlanProblem] = field(default_factory=list)
    changes: list[PlannedChange] = field(default_factory=list)
    postings: list[tuple[Row, int]] = field(default_factory=list)
    posts: list[tuple[Row, int, str]] = field(default_factory=list)
    persons: dict[int, tuple[int, str | None]] = field(default_factory=dict)
    profiles: list[tuple[Profile, int]] = field(default_factory=list)
    equipment: list[tuple[int, int]] = field(default_factory=list)

    @property
    def day_before(self) -> date:
        return self.effective_on - timedelta(days=1)

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for change in self.changes:
            counts[change.kind] += 1
        out = {kind.value: counts[kind] for kind in ChangeKind}
        out["authorities_ended"] = len(self.ended)
        out["successors"] = len({a.pk for a in self.successor.values()})
        return out

    def by_successor(self) -> list[tuple[Authority, list[Authority], int]]:
        """(successor, the authorities it takes over, postings carried to it), for the page."""
        staff: dict[int, int] = defaultdict(int)
        for _posting, to_id in self.postings:
            staff[to_id] += 1
        merged: dict[int, list[Authority]] = defaultdict(list)
        for pk, successor in self.successor.items():
            merged[successor.pk].append(self.ended[pk])
        units_staff = {u.pk: staff[u.pk] for u in self.units.values()}
        rows = []
        for successor in sorted({s.pk: s for s in self.successor.values()}.values(), key=_path):
            n = staff[successor.pk]
            if successor.level == Level.CENTRAL:
                n += sum(units_staff.values())
            rows.append((successor, sorted(merged[successor.pk], key=_path), n))
        return rows


def summary_rows(summary: dict[str, int]) -> list[tuple[str, int]]:
    """The counts of a plan or of a recorded act, each with its label."""
    labels = {str(value): str(label) for value, label in ChangeKind.choices}
    labels["authorities_ended"] = _("Authorities that end")
    labels["successors"] = _("Successors")
    return [(labels.get(key, key), n) for key, n in summary.items()]


def _path(a: Authority) -> str:
    return a.path


def act_on(effective_on: date) -> ReorganisationAct | None:
    return ReorganisationAct.objects.filter(effective_on=effective_on).first()


def acts_visible_to(user) -> QuerySet[ReorganisationAct]:
    """An act concerns the whole service: the national roles see it (each user sees the
    changes of their scope on the people's and authorities' own pages)."""
    qs = ReorganisationAct.objects.select_related("recorded_by")
    return qs if scope_paths(user) == ("",) else qs.none()


def access_act(
    user, pk, *, perm: str = "reorganisation.view_reorganisationact"
) -> ReorganisationAct:
    return fetch(acts_visible_to(user), user, pk, perm=perm)


def act_changes(act: ReorganisationAct, user) -> QuerySet[ReorganisationChange]:
    """The act's changes in the user's scope, people first."""
    return visible(
        act.changes.select_related("person", "from_authority", "to_authority"),
        user,
        "to_authority",
        "from_authority",
    ).order_by("kind", "to_authority__path", "subject", "pk")


def reorganisation_plan(effective_on: date, heads: dict[str, str] | None = None) -> Plan:
    """Everything the act of `effective_on` would carry across, and every problem, read-only.

    `heads` ({staff code: authority code}) names who heads a successor that merges several
    predecessors (their other heads become deputies), and the unit of the central body each
    head or deputy head of a former central unit goes to.
    """
    plan = Plan(effective_on)
    day = plan.day_before
    heads = heads or {}
    problem = plan.problems.append

    ended = (
        Authority.objects.filter(valid_to=day)
        .exclude(level__in=MILITARY_LEVELS)
        .prefetch_related("successors")
    )
    plan.ended = {a.pk: a for a in ended}
    if not plan.ended:
        problem(
            PlanProblem(
                Problem.NOTHING_ENDS,
                day.strftime("%d/%m/%Y"),
                _("No authority ends on the day before: create the new structure first."),
            )
        )
    for a in plan.ended.values():
        successors = [s for s in a.successors.all() if s.is_valid_on(effective_on)]
        if len(successors) == 1:
            plan.successor[a.pk] = successors[0]
        elif successors:
            names = ", ".join(s.code for s in successors)
            problem(
                PlanProblem(
                    Problem.SEVERAL_SUCCESSORS,
                    a.code,
                    _("Several successors on the day: %(names)s.") % {"names": names},
                )
            )
        else:
            problem(PlanProblem(Problem.NO_SUCCESSOR, a.code, _("No successor on the day.")))
    still_open = Authority.objects.filter(
        level__in=FORMER_LEVELS, valid_from__lt=effective_on, valid_to__isnull=True
    ).exclude(pk__in=[s.pk for s in plan.successor.values()])
    for a in still_open.order_by("path")[:50]:
        problem(
            PlanProblem(
                Problem.FORMER_STILL_OPEN, a.code, _("Still in force: it does not end that day.")
            )
        )
    central_successors = [s for s in plan.successor.values() if s.level == Level.CENTRAL]
    if central_successors:
        plan.units = {
            u.code: u
            for u in Authority.objects.valid_on(effective_on).filter(
                parent=central_successors[0], level=Level.CENTRAL_UNIT
            )
        }
    plan.by_pk = {
        a.pk: a for a in [*plan.ended.values(), *plan.successor.values(), *plan.units.values()]
    }
    targets = {s.pk for s in plan.successor.values()} | {u.pk for u in plan.units.values()}
    busy = (
        Posting.objects.filter(authority_id__in=targets)
        .values_list("authority__code", flat=True)
        .distinct()
    )
    for code in sorted(busy):
        problem(
            PlanProblem(
                Problem.SUCCESSOR_HAS_POSTINGS,
                code,
                _("Staff are already posted here: the act must be the first to post them."),
            )
        )

    _plan_posts(plan, heads)
    _plan_postings(plan)
    _plan_profiles(plan)
    _plan_equipment(plan)
    return plan


class Row(NamedTuple):
    """A posting or leadership post as the plan reads it (never the protected fields)."""

    pk: int
    person_id: int
    authority_id: int
    valid_from: date
    valid_to: date | None
    post: str
    staff_code: str
    full_name: str


def _open_on(qs: QuerySet, plan: Plan, what: str) -> list[Row]:
    """The rows of `qs` in force on the day before; a row starting on the day or later, or
    ending after it, at an authority that ends is a problem."""
    day = plan.day_before
    fields = ["pk", "person_id", "authority_id", "valid_from", "valid_to"]
    fields.append("post" if qs.model is LeadershipPost else "note")
    rows = []
    found = qs.filter(authority_id__in=plan.ended).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gt=day)
    )
    for values in found.values_list(*fields, "person__staff_code", "person__full_name"):
        row = Row(*values)
        if qs.model is not LeadershipPost:
            row = row._replace(post="")
        subject = f"{row.staff_code} {what} {plan.ended[row.authority_id].code}"
        if row.valid_from > day:
            problem = PlanProblem(
                Problem.RECORD_STARTS_LATE, subject, _("Starts after the authority ends.")
            )
            plan.problems.append(problem)
        elif row.valid_to is not None:
            problem = PlanProblem(
                Problem.RECORD_ENDS_LATE, subject, _("Ends after the authority ends.")
            )
            plan.problems.append(problem)
        else:
            rows.append(row)
    return rows


def _plan_posts(plan: Plan, heads: dict[str, str]) -> None:
    posts = _open_on(
        LeadershipPost.objects.order_by("valid_from", "pk"),
        plan,
        "post",
    )
    by_code = {lp.staff_code: lp for lp in posts}
    named: dict[int, int] = {}  # person -> the authority the heads file gives
    for staff_code, code in heads.items():
        lp = by_code.get(staff_code)
        if lp is None:
            known = Person.objects.filter(staff_code=staff_code).exists()
            plan.problems.append(
                PlanProblem(
                    Problem.HEADS_NO_POST if known else Problem.HEADS_UNKNOWN_PERSON,
                    staff_code,
                    _("Holds no leadership post at an authority that ends.")
                    if known
                    else _("No such staff code."),
                )
            )
            continue
        successor = plan.successor.get(lp.authority_id)
        if lp.post in CENTRAL_UNIT_POSTS and code in plan.units:
            named[lp.person_id] = plan.units[code].pk
        elif lp.post in HEAD_DEPUTY and successor is not None and successor.code == code:
            named[lp.person_id] = successor.pk
        else:
            plan.problems.append(
                PlanProblem(
                    Problem.HEADS_WRONG_AUTHORITY,
                    staff_code,
                    _("%(code)s is not where this post is carried.") % {"code": code},
                )
            )

    target: dict[int, int] = {}
    for lp in posts:
        if lp.post in CENTRAL_UNIT_POSTS:
            unit = plan.units.get(DEFAULT_CENTRAL_UNIT)
            if lp.person_id in named:
                target[lp.pk] = named[lp.person_id]
            elif unit is not None:
                target[lp.pk] = unit.pk
            else:
                plan.problems.append(
                    PlanProblem(
                        Problem.NO_CENTRAL_UNIT,
                        lp.staff_code,
                        _("No unit of the central body to carry this post to."),
                    )
                )
        elif lp.authority_id in plan.successor:
            target[lp.pk] = plan.successor[lp.authority_id].pk

    # One head per successor: the one the heads file names, else the head of the predecessor
    # holding the seat (same province code), else of the lowest code; the others are deputies.
    contenders: dict[tuple[int, str], list[Row]] = defaultdict(list)
    for lp in posts:
        if lp.post in HEAD_DEPUTY and lp.pk in target:
            contenders[(target[lp.pk], lp.post)].append(lp)
    head_of: dict[tuple[int, str], int] = {}
    for (to_id, post), candidates in contenders.items():
        successor = plan.by_pk[to_id]
        chosen = [lp for lp in candidates if named.get(lp.person_id) == to_id]
        if len(chosen) > 1:
            plan.problems.append(
                PlanProblem(
                    Problem.HEADS_WRONG_AUTHORITY,
                    successor.code,
                    _("The heads file names more than one head."),
                )
            )
        candidates.sort(
            key=lambda lp: (
                named.get(lp.person_id) != to_id,
                not _is_seat(plan.ended[lp.authority_id], successor),
                plan.ended[lp.authority_id].code,
                lp.valid_from,
                lp.pk,
            )
        )
        head_of[(to_id, post)] = candidates[0].pk

    for lp in posts:
        if lp.pk not in target:
            continue
        to_id = target[lp.pk]
        new_post = lp.post
        kind = ChangeKind.POST_CARRIED
        if lp.post in HEAD_DEPUTY and head_of[(to_id, lp.post)] != lp.pk:
            new_post, kind = HEAD_DEPUTY[lp.post], ChangeKind.POST_TO_DEPUTY
        plan.posts.append((lp, to_id, new_post))
        plan.persons[lp.person_id] = (to_id, new_post)
        plan.changes.append(
            PlannedChange(
                kind,
                lp.authority_id,
                to_id,
                person_id=lp.person_id,
                subject=lp.full_name,
                post_before=lp.post,
                post_after=new_post,
            )
        )


def _is_seat(predecessor: Authority, successor: Authority) -> bool:
    """The predecessor whose province holds the successor's seat (its code is the new one's)."""
    return bool(predecessor.province_code) and (
        predecessor.province_code == successor.province_code
        and predecessor.level == successor.level
    )


def _plan_postings(plan: Plan) -> None:
    postings = _open_on(
        Posting.objects.order_by("person_id", "pk"),
        plan,
        "posting",
    )
    # A leader's posting goes where their post goes (a unit of the central body, for the
    # former central units' heads); anyone else's to the successor of their authority.
    post_from = {lp.person_id: lp.authority_id for lp, _to, _post in plan.posts}
    for posting in postings:
        if posting.authority_id not in plan.successor:
            continue
        to_id, _post = plan.persons.get(posting.person_id, (None, None))
        if to_id is None or post_from.get(posting.person_id) != posting.authority_id:
            to_id = plan.successor[posting.authority_id].pk
            plan.persons.setdefault(posting.person_id, (to_id, None))
        plan.postings.append((posting, to_id))
        plan.changes.append(
            PlannedChange(
                ChangeKind.POSTING,
                posting.authority_id,
                to_id,
                person_id=posting.person_id,
                subject=posting.full_name,
            )
        )


def _plan_profiles(plan: Plan) -> None:
    for profile in Profile.objects.filter(authority_id__in=plan.successor).select_related("user"):
        to_id = plan.successor[profile.authority_id].pk
        plan.profiles.append((profile, to_id))
        plan.changes.append(
            PlannedChange(
                ChangeKind.PROFILE, profile.authority_id, to_id, subject=profile.user.username
            )
        )


def _plan_equipment(plan: Plan) -> None:
    items = (
        ToolItem.objects.filter(authority_id__in=plan.successor)
        .exclude(status=ToolStatus.DISPOSED)
        .order_by("authority_id", "kind", "serial")
    )
    stock = ToolStock.objects.filter(authority_id__in=plan.successor, quantity__gt=0).order_by(
        "authority_id", "kind"
    )
    held: list[tuple[int, str]] = [(i.authority_id, str(i)) for i in items]
    held += [(s.authority_id, str(s)) for s in stock]
    for from_id, subject in held:
        to_id = plan.successor[from_id].pk
        plan.changes.append(PlannedChange(ChangeKind.EQUIPMENT, from_id, to_id, subject=subject))
        if (from_id, to_id) not in plan.equipment:
            plan.equipment.append((from_id, to_id))
