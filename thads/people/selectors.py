"""Read-only questions about people, answered with the rules engine where the law decides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from thads.core.access import fetch, visible
from thads.core.history import Entry, entries, merged
from thads.people.choices import Appointer, Post
from thads.people.models import (
    PROTECTED_FIELDS,
    Delegation,
    GradeAssignment,
    LeadershipPost,
    Person,
    Posting,
    Relative,
    RevealLog,
)
from thads.rules.citations import DECREE_IN_FORCE
from thads.rules.engine import Bilingual, evaluate, reason


def people_visible_to(user) -> QuerySet[Person]:
    """The people posted in the user's scope."""
    return visible(Person.objects.select_related("authority"), user)


def access_person(user, pk, *, perm: str = "people.view_person") -> Person:
    """The person `pk` if posted in the user's scope (else 404), then 403 without `perm`."""
    return fetch(people_visible_to(user), user, pk, perm=perm)


def reveal_logs_visible_to(user) -> QuerySet[RevealLog]:
    """The reveals of protected data of the people in the user's scope; none without a scope."""
    return visible(
        RevealLog.objects.select_related("user", "person", "person__authority"),
        user,
        "person__authority",
    )


def people_search(
    user,
    *,
    q: str = "",
    authority=None,
    grade: str = "",
    post: str = "",
    employment: str = "",
    military: bool | None = None,
    on: date | None = None,
) -> QuerySet[Person]:
    """The one search of the people list, its CSV export and the API: the user's scope,
    filtered (as of `on`, when given), without the protected data."""
    qs = people_filter(
        people_visible_to(user),
        q=q,
        authority=authority,
        grade=grade,
        post=post,
        employment=employment,
        military=military,
        on=on,
    )
    return qs.defer(*PROTECTED_FIELDS)


def person_records(person: Person) -> Person:
    """The person read again with their dated grades, postings and posts (after a change)."""
    return (
        Person.objects.select_related("authority")
        .prefetch_related("grades", "postings__authority", "posts__authority")
        .get(pk=person.pk)
    )


def person_history(person: Person) -> list[Entry]:
    """The history of the person's record and of their dated rows and relatives, newest first."""
    return merged(
        entries(person.history.all(), _("Person")),
        entries(GradeAssignment.history.filter(person_id=person.pk), _("Grade")),
        entries(Posting.history.filter(person_id=person.pk), _("Posting")),
        entries(LeadershipPost.history.filter(person_id=person.pk), _("Leadership post")),
        entries(Relative.history.filter(person_id=person.pk), _("Relative")),
    )


def people_counts_by_grade(user, on: date | None = None) -> dict[str, int]:
    """How many people of each grade the user's scope holds: today, or in service on `on`
    with the grade they held that day."""
    if on is None:
        return dict(people_visible_to(user).values_list("grade").annotate(n=Count("id")))
    in_service = people_filter(people_visible_to(user), on=on).values("pk")
    held = GradeAssignment.objects.filter(_valid_on(on), person__in=in_service)
    return dict(held.values_list("grade").annotate(n=Count("person", distinct=True)))


def _valid_on(on: date) -> Q:
    """Dated rows (grades, postings, posts) in force on `on`."""
    return Q(valid_from__lte=on) & (Q(valid_to__isnull=True) | Q(valid_to__gte=on))


def salary_category(grade: str, on: date) -> dict:
    """Art. 78.2 through the `salary.category` rule: {"category", "group"} and citations."""
    return evaluate("salary.category", {"grade": grade}, on)


def leadership_check(*, post: str, grade: str, on: date) -> dict:
    """Art. 72 through `leadership.standards`.

    The registry checks the grade standard; integrity, experience and capacity are attested
    by the appointing decision, which the careers workflow records.
    """
    facts = {"post": post, "grade": grade, "integrity": True, "experience": True, "capacity": True}
    return evaluate("leadership.standards", facts, on)


def mask(field: str, value: str) -> str:
    """The masked form shown by default (never the value itself)."""
    if not value:
        return ""
    if field == "phone":
        return value[:3] + "•" * max(len(value) - 5, 3) + value[-2:]
    if field == "national_id":
        return "•" * (len(value) - 3) + value[-3:]
    return "••••••"


def people_filter(
    qs,
    *,
    q: str = "",
    authority=None,
    include_sub: bool = True,
    grade: str = "",
    post: str = "",
    employment: str = "",
    military: bool | None = None,
    on: date | None = None,
):
    """Search (diacritics-insensitive, every word must match) and filters of the people list.

    With `on`, the people in service that day (a posting in force), and the authority, grade
    and post filters read the dated rows of that day instead of the current state."""
    from thads.core.text import fold

    if q:
        words = fold(q).split()
        if len(words) == 1 and words[0].upper().startswith("CB") and words[0][2:].isdigit():
            qs = qs.filter(staff_code__iexact=words[0])
        else:
            for word in words:
                qs = qs.filter(search_name__contains=word)
    if on is not None:
        return _as_of(qs, on, authority, include_sub, grade, post, employment, military)
    if authority is not None:
        qs = (
            qs.filter(authority__path__startswith=authority.path)
            if include_sub
            else qs.filter(authority=authority)
        )
    if grade:
        qs = qs.filter(grade=grade)
    if post == "any":
        qs = qs.exclude(post="")
    elif post == "none":
        qs = qs.filter(post="")
    elif post:
        qs = qs.filter(post=post)
    if employment:
        qs = qs.filter(employment=employment)
    if military is not None:
        qs = qs.filter(military=military)
    return qs


# ---------------------------------------------------------------- delegation of appointments


@dataclass(frozen=True)
class Appointment:
    """Who appoints to `post` on a day, and the act that says so (`valid_from` is None for the
    decree's default, used only when the table has no row for the day)."""

    post: str
    appointer: str
    source: str
    valid_from: date | None = None
    note: str = ""


def delegation_row(post: str, on: date) -> Delegation | None:
    """The row of the delegation table in force for `post` on `on`."""
    return (
        Delegation.objects.filter(post=post, valid_from__lte=on)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=on))
        .order_by("-valid_from")
        .first()
    )


def _decree_default(post: str, on: date) -> Appointment:
    """`leadership.appointer`: the decree's appointer (rules/params), with its clause."""
    answer = evaluate("leadership.appointer", {"post": post}, on)
    return Appointment(post, answer["outcome"]["appointed_by"], answer["reasons"][0]["citation"])


def _appointment(row: Delegation) -> Appointment:
    return Appointment(row.post, row.appointer, row.source, row.valid_from, row.note)


def appointment_for(post: str, on: date) -> Appointment:
    """Who appoints to `post` on `on` (phân cấp, Art. 52.3 and 72.3): the delegation table's
    row for the day; a day before the decree took effect is read as its first day. Without a
    row (a database emptied by a test, say) the decree's default answers, naming its clause."""
    day = max(on, DECREE_IN_FORCE)
    row = delegation_row(post, day)
    return _appointment(row) if row is not None else _decree_default(post, day)


def appointer_for(post: str, on: date) -> tuple[str, str]:
    """`(appointer, source)` for `post` on `on`: the one question every workflow asks."""
    found = appointment_for(post, on)
    return found.appointer, found.source


def appointments_on(on: date) -> dict[str, Appointment]:
    """Every post's appointment on `on`, in one query (for builders that appoint many)."""
    day = max(on, DECREE_IN_FORCE)
    rows = (
        Delegation.objects.filter(valid_from__lte=day)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=day))
        .order_by("post", "-valid_from")
    )
    found: dict[str, Appointment] = {}
    for row in rows:
        found.setdefault(row.post, _appointment(row))
    for post in Post.values:
        if post not in found:
            found[post] = _decree_default(post, day)
    return found


def _bilingual(label) -> Bilingual:
    with translation.override("vi"):
        vi = str(label)
    with translation.override("en"):
        en = str(label)
    return Bilingual(vi, en)


def delegation_answer(post: str, on: date) -> dict:
    """The answer a decision on a post keeps: `leadership.appointer` on `on` (its clause, and
    the law of the day) with the appointer of the delegation table, and the table's source as
    a reason of its own (`delegation_source`), so the decision shows where the competence
    comes from."""
    day = max(on, DECREE_IN_FORCE)
    answer = evaluate("leadership.appointer", {"post": post}, day)
    found = appointment_for(post, day)
    clause = answer["reasons"][0]["citation"]
    if found.appointer != answer["outcome"]["appointed_by"]:
        delegated = found.appointer != Appointer.MINISTER_OF_JUSTICE
        answer["outcome"] = {
            **answer["outcome"],
            "appointed_by": found.appointer,
            "delegated": delegated,
        }
        worded = reason(
            "appointer_by_delegation",
            clause,
            post=_bilingual(Post(post).label),
            appointer=_bilingual(Appointer(found.appointer).label),
        )
        answer["reasons"] = [worded.as_dict()]
    since = found.valid_from.strftime("%d/%m/%Y") if found.valid_from else "—"
    answer["reasons"].append(
        {
            "code": "delegation_source",
            "vi": f"Phân cấp bổ nhiệm áp dụng từ {since}: {found.source}.",
            "en": f"Delegation of appointments in force from {since}: {found.source}.",
            "citation": clause,
        }
    )
    answer["delegation"] = {
        "post": post,
        "appointed_by": found.appointer,
        "source": found.source,
        "valid_from": found.valid_from.isoformat() if found.valid_from else None,
        "note": found.note,
    }
    return answer


def delegations_filter(*, post: str = "") -> QuerySet[Delegation]:
    """Every row of the delegation table (of one post), by post then newest first."""
    qs = Delegation.objects.order_by("post", "-valid_from")
    return qs.filter(post=post) if post else qs


def delegations_by_post() -> list[dict]:
    """The delegation table as its page shows it: each post (in the order of the glossary) with
    its rows, newest first, and the row in force today."""
    today = timezone.localdate()
    rows: dict[str, list[Delegation]] = {p: [] for p in Post.values}
    for row in delegations_filter():
        rows.setdefault(row.post, []).append(row)
    return [
        {
            "post": post,
            "label": Post(post).label,
            "rows": post_rows,
            "current": next(
                (
                    r
                    for r in post_rows
                    if r.valid_from <= today and (r.valid_to is None or r.valid_to >= today)
                ),
                None,
            ),
        }
        for post, post_rows in rows.items()
    ]


def delegation_history() -> list[Entry]:
    """Every change to the delegation table, newest first."""
    return merged(entries(Delegation.history.all(), _("Delegation")))


# ---------------------------------------------------------------- where people work on a day


def postings_on(on: date) -> QuerySet[Posting]:
    """The postings in force on `on` (one per person posted that day), with the person and
    the authority."""
    return (
        Posting.objects.filter(valid_from__lte=on)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=on))
        .select_related("person", "authority")
    )


def authority_on(person: Person, on: date):
    """The authority `person` is posted at on `on`; the current one when no posting covers the
    day (a day before the first posting)."""
    posting = postings_on(on).filter(person=person).first()
    return posting.authority if posting is not None else person.authority


def _as_of(qs, on: date, authority, include_sub: bool, grade, post, employment, military):
    """The people filters on the dated rows in force on `on`."""
    postings = Posting.objects.filter(_valid_on(on), person=OuterRef("pk"))
    if authority is not None:
        postings = (
            postings.filter(authority__path__startswith=authority.path)
            if include_sub
            else postings.filter(authority=authority)
        )
    qs = qs.filter(Exists(postings))
    if grade:
        grades = GradeAssignment.objects.filter(_valid_on(on), person=OuterRef("pk"), grade=grade)
        qs = qs.filter(Exists(grades))
    posts = LeadershipPost.objects.filter(_valid_on(on), person=OuterRef("pk"))
    if post == "any":
        qs = qs.filter(Exists(posts))
    elif post == "none":
        qs = qs.exclude(Exists(posts))
    elif post:
        qs = qs.filter(Exists(posts.filter(post=post)))
    if employment:
        qs = qs.filter(employment=employment)
    if military is not None:
        qs = qs.filter(military=military)
    return qs
