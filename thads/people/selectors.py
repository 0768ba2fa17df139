"""Read-only questions about people, answered with the rules engine where the law decides."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, QuerySet
from django.utils.translation import gettext as _

from thads.core.access import fetch, visible
from thads.core.history import Entry, entries, merged
from thads.people.models import (
    PROTECTED_FIELDS,
    GradeAssignment,
    LeadershipPost,
    Person,
    Posting,
    Relative,
    RevealLog,
)


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
) -> QuerySet[Person]:
    """The one search of the people list, its CSV export and the API: the user's scope,
    filtered, without the protected data."""
    qs = people_filter(
        people_visible_to(user),
        q=q,
        authority=authority,
        grade=grade,
        post=post,
        employment=employment,
        military=military,
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


def people_counts_by_grade(user) -> dict[str, int]:
    """How many people of each grade the user's scope holds."""
    return dict(people_visible_to(user).values_list("grade").annotate(n=Count("id")))


def salary_category(grade: str, on: date) -> dict:
    """Art. 78.2 through the `salary.category` rule: {"category", "group"} and citations."""
    from thads.rules.engine import evaluate

    return evaluate("salary.category", {"grade": grade}, on)


def leadership_check(*, post: str, grade: str, on: date) -> dict:
    """Art. 72 through `leadership.standards`.

    The registry checks the grade standard; integrity, experience and capacity are attested
    by the appointing decision, which the careers workflow records.
    """
    facts = {"post": post, "grade": grade, "integrity": True, "experience": True, "capacity": True}
    from thads.rules.engine import evaluate

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
):
    """Search (diacritics-insensitive, every word must match) and filters of the people list."""
    from thads.core.text import fold

    if q:
        words = fold(q).split()
        if len(words) == 1 and words[0].upper().startswith("CB") and words[0][2:].isdigit():
            qs = qs.filter(staff_code__iexact=words[0])
        else:
            for word in words:
                qs = qs.filter(search_name__contains=word)
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
