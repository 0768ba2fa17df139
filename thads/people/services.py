"""Services that write people: one transaction each, a history row for every change.

The current grade, authority and post on `Person` are kept together with the dated rows
(`GradeAssignment`, `Posting`, `LeadershipPost`) that they summarise.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from thads.core.crypto import lookup_hash
from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.core.numbering import next_number
from thads.core.text import fold
from thads.organization.models import MILITARY_LEVELS, Authority
from thads.people import validators as v
from thads.people.choices import ART72_POSTS, POST_LEVELS, Appointer, Post
from thads.people.errors import PeopleError
from thads.people.models import (
    PROTECTED_FIELDS,
    RELATIVE_PROTECTED_FIELDS,
    Delegation,
    GradeAssignment,
    LeadershipPost,
    Person,
    Posting,
    Relative,
    RevealLog,
)
from thads.people.selectors import appointer_for, leadership_check
from thads.people.signals import grade_or_post_changed
from thads.rules.citations import DECREE_IN_FORCE, cite

ERR_AUTHORITY_NOT_VALID = _("This authority does not exist on that day.")
ERR_MILITARY_AUTHORITY = _(
    "Military staff belong to a military authority, civil staff to a civil one."
)
ERR_POST_LEVEL = _("This post does not exist at this level of authority.")
ERR_DATE_BEFORE_CURRENT = _("The date is before the start of the current record.")
ERR_REASON_REQUIRED = _("State why the data must be revealed (at least 10 characters).")
ERR_NO_FIELDS = _("Choose at least one field to reveal.")
ERR_NO_POST = _("The person holds no leadership post.")

IDENTITY_FIELDS = (
    "full_name",
    "gender",
    "employment",
    "date_of_birth",
    "national_id",
    "phone",
    "home_address",
)


def _today() -> date:
    return timezone.localdate()


def _check_identity(fields: dict, errors: dict) -> None:
    checks = {
        "full_name": v.validate_full_name,
        "national_id": v.validate_national_id,
        "phone": v.validate_phone,
    }
    for name, check in checks.items():
        if name in fields:
            try:
                check(fields[name])
            except ValidationError as exc:
                errors.setdefault(name, []).extend(exc.error_list)
    if "date_of_birth" in fields:
        try:
            v.validate_birth_date(fields["date_of_birth"], _today())
        except ValidationError as exc:
            errors.setdefault("date_of_birth", []).extend(exc.error_list)


def _check_authority(authority: Authority, military: bool, on: date, errors: dict) -> None:
    if not authority.is_valid_on(on):
        errors.setdefault("authority", []).append(
            ValidationError(ERR_AUTHORITY_NOT_VALID, code=PeopleError.AUTHORITY_NOT_VALID)
        )
    if (authority.level in MILITARY_LEVELS) != bool(military):
        errors.setdefault("authority", []).append(
            ValidationError(ERR_MILITARY_AUTHORITY, code=PeopleError.MILITARY_AUTHORITY)
        )


def _check_post(post: str, grade: str, authority: Authority, on: date) -> None:
    """Art. 72: the post must fit the authority's level and the person's grade."""
    if authority.level not in POST_LEVELS.get(post, ()):
        raise DomainError(PeopleError.POST_LEVEL, str(ERR_POST_LEVEL), field="post")
    if post in ART72_POSTS:
        result = leadership_check(post=post, grade=grade, on=on)
        if not result["outcome"]["meets"]:
            reason = result["reasons"][0]
            raise DomainError(
                reason["code"], reason["vi"], citation=reason["citation"], field="post"
            )


def _set_protected(obj, fields: dict) -> None:
    for name in ("date_of_birth", "national_id", "phone", "home_address", "full_name"):
        if name in fields and hasattr(obj, name):
            value = fields[name]
            setattr(obj, name, value.isoformat() if isinstance(value, date) else (value or ""))
    if "national_id" in fields:
        obj.national_id_hash = lookup_hash(fields["national_id"]) if fields["national_id"] else ""


def identity_hash(name: str, born: date | None) -> str:
    """Keyed hash of a folded name with a date of birth: "Nguyễn Văn A" matches "nguyen van a"."""
    if not born:
        return ""
    return lookup_hash(f"{fold(name)}|{born.isoformat()}")


def next_staff_code() -> str:
    """`CB` and six digits, from the one numbering service (inside the creating transaction)."""

    def highest() -> int:
        last = (
            Person.objects.filter(staff_code__regex=r"^CB[0-9]{6}$")
            .order_by("-staff_code")
            .values_list("staff_code", flat=True)
            .first()
        )
        return int(last[2:]) if last else 0

    return f"CB{next_number('staff_code', start_after=highest):06d}"


@transaction.atomic
def person_create(
    *,
    actor,
    full_name: str,
    gender: str,
    employment: str,
    grade: str,
    authority: Authority,
    military: bool = False,
    on: date | None = None,
    post: str = "",
    appointed_by: str = "",
    staff_code: str = "",
    date_of_birth: date | None = None,
    national_id: str = "",
    phone: str = "",
    home_address: str = "",
    decision_ref: str = "",
    posting_decision_ref: str = "",
    post_decision_ref: str = "",
    grade_on: date | None = None,
) -> Person:
    """Record a person with their first grade, posting and (optionally) post, all from `on`
    (the grade from `grade_on` when given: a staff list loads a grade held since another day).
    `decision_ref` names the grade's decision, and the post's unless `post_decision_ref` is
    given; `posting_decision_ref` names the posting's."""
    on = on or _today()
    errors: dict[str, list] = {}
    identity = {
        "full_name": full_name,
        "national_id": national_id,
        "phone": phone,
        "date_of_birth": date_of_birth,
    }
    _check_identity(identity, errors)
    _check_authority(authority, military, on, errors)
    if errors:
        raise ValidationError(errors)
    if post:
        _check_post(post, grade, authority, on)
    person = Person(
        staff_code=staff_code or next_staff_code(),
        full_name=full_name.strip(),
        search_name=fold(full_name),
        gender=gender,
        employment=employment,
        military=military,
        grade=grade,
        authority=authority,
        post=post,
        uniform_first_issue_on=on,
    )
    _set_protected(
        person,
        {
            "date_of_birth": date_of_birth,
            "national_id": national_id,
            "phone": phone,
            "home_address": home_address,
        },
    )
    person.full_clean(exclude=["date_of_birth", "national_id", "phone", "home_address"])
    save_with_history(person, actor)
    for row in (
        GradeAssignment(
            person=person, grade=grade, valid_from=grade_on or on, decision_ref=decision_ref
        ),
        Posting(
            person=person,
            authority=authority,
            valid_from=on,
            decision_ref=posting_decision_ref,
        ),
    ):
        save_with_history(row, actor)
    if post:
        lp = LeadershipPost(
            person=person,
            authority=authority,
            post=post,
            valid_from=on,
            appointed_by=appointed_by or default_appointer(post, on),
            decision_ref=post_decision_ref or decision_ref,
        )
        save_with_history(lp, actor)
    return person


def default_appointer(post: str, on: date) -> str:
    """Who appoints to a post absent a recorded decision: the delegation table on `on`
    (`selectors.appointer_for`; a day before the decree took effect reads its first day)."""
    return appointer_for(post, on)[0]


@transaction.atomic
def person_update(*, actor, person: Person, **fields) -> Person:
    unknown = set(fields) - set(IDENTITY_FIELDS)
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    errors: dict[str, list] = {}
    _check_identity(fields, errors)
    if errors:
        raise ValidationError(errors)
    person = Person.objects.select_for_update().get(pk=person.pk)
    for name in ("full_name", "gender", "employment"):
        if name in fields:
            setattr(person, name, fields[name].strip() if name == "full_name" else fields[name])
    person.search_name = fold(person.full_name)
    _set_protected(person, {k: fields[k] for k in PROTECTED_FIELDS if k in fields})
    person.full_clean(exclude=["date_of_birth", "national_id", "phone", "home_address"])
    save_with_history(person, actor)
    return person


def _close_current(qs, on: date, actor) -> None:
    for row in qs.filter(valid_to__isnull=True):
        if on <= row.valid_from:
            raise DomainError(
                PeopleError.DATE_BEFORE_CURRENT, str(ERR_DATE_BEFORE_CURRENT), field="on"
            )
        row.valid_to = on - timedelta(days=1)
        save_with_history(row, actor)


@transaction.atomic
def person_change_grade(
    *, actor, person: Person, grade: str, on: date, decision_ref: str = ""
) -> Person:
    person = Person.objects.select_for_update().get(pk=person.pk)
    if person.post in ART72_POSTS:
        _check_post(person.post, grade, person.authority, on)
    _close_current(person.grades.all(), on, actor)
    row = GradeAssignment(person=person, grade=grade, valid_from=on, decision_ref=decision_ref)
    save_with_history(row, actor)
    person.grade = grade
    save_with_history(person, actor)
    _cards_follow_change(actor, person, on)
    return person


def _cards_follow_change(actor, person: Person, on: date) -> None:
    """Art. 73.1: a change of grade or post exchanges the card; the equipment app listens."""
    grade_or_post_changed.send(sender=Person, actor=actor, person=person, on=on)


@transaction.atomic
def person_record_posting(
    *,
    actor,
    person: Person,
    authority: Authority,
    on: date,
    note: str = "",
    decision_ref: str = "",
) -> Person:
    person = Person.objects.select_for_update().get(pk=person.pk)
    errors: dict[str, list] = {}
    _check_authority(authority, person.military, on, errors)
    if errors:
        raise ValidationError(errors)
    _close_current(person.postings.all(), on, actor)
    row = Posting(
        person=person, authority=authority, valid_from=on, note=note, decision_ref=decision_ref
    )
    save_with_history(row, actor)
    if person.post:
        _close_current(person.posts.all(), on, actor)
        person.post = ""
    person.authority = authority
    save_with_history(person, actor)
    return person


@transaction.atomic
def person_appoint(
    *,
    actor,
    person: Person,
    post: str,
    on: date,
    appointed_by: str = "",
    decision_ref: str = "",
) -> Person:
    person = Person.objects.select_for_update().get(pk=person.pk)
    _check_post(post, person.grade, person.authority, on)
    _close_current(person.posts.all(), on, actor)
    row = LeadershipPost(
        person=person,
        authority=person.authority,
        post=post,
        valid_from=on,
        appointed_by=appointed_by or default_appointer(post, on),
        decision_ref=decision_ref,
    )
    save_with_history(row, actor)
    person.post = post
    save_with_history(person, actor)
    _cards_follow_change(actor, person, on)
    return person


@transaction.atomic
def person_end_post(*, actor, person: Person, on: date) -> Person:
    person = Person.objects.select_for_update().get(pk=person.pk)
    if not person.post:
        raise DomainError(PeopleError.NO_POST, str(ERR_NO_POST))
    _close_current(person.posts.all(), on + timedelta(days=1), actor)
    person.post = ""
    save_with_history(person, actor)
    _cards_follow_change(actor, person, on)
    return person


@transaction.atomic
def relative_add(
    *,
    actor,
    person: Person,
    relationship: str,
    full_name: str,
    date_of_birth: date | None = None,
    national_id: str = "",
) -> Relative:
    errors: dict[str, list] = {}
    _check_identity({"full_name": full_name, "national_id": national_id}, errors)
    if errors:
        raise ValidationError(errors)
    relative = Relative(person=person, relationship=relationship)
    _set_protected(
        relative,
        {
            "full_name": full_name.strip(),
            "date_of_birth": date_of_birth,
            "national_id": national_id,
        },
    )
    relative.identity_hash = identity_hash(full_name, date_of_birth)
    relative.full_clean(exclude=["full_name", "date_of_birth", "national_id"])
    save_with_history(relative, actor)
    return relative


@transaction.atomic
def person_reveal(
    *,
    actor,
    person: Person,
    fields: list[str],
    reason: str,
    ip_address: str | None = None,
) -> dict:
    """Reveal protected fields of a person (and of their relatives: field "family").

    The caller has already checked the `people.reveal_personal_data` permission and scope.
    Every reveal is logged before anything is returned.
    """
    errors: dict[str, list] = {}
    allowed = set(PROTECTED_FIELDS) | {"family"}
    chosen = [f for f in fields if f in allowed]
    if not chosen:
        errors["fields"] = [ValidationError(ERR_NO_FIELDS, code=PeopleError.NO_FIELDS)]
    for f in fields:
        if f not in allowed:
            errors.setdefault("fields", []).append(
                ValidationError(
                    _("Unknown field: %(f)s"), code=PeopleError.UNKNOWN_FIELD, params={"f": f}
                )
            )
    if len((reason or "").strip()) < 10:
        errors["reason"] = [ValidationError(ERR_REASON_REQUIRED, code=PeopleError.REASON_REQUIRED)]
    if errors:
        raise ValidationError(errors)
    RevealLog.objects.create(
        user=actor,
        person=person,
        fields=",".join(chosen),
        reason=reason.strip(),
        ip_address=ip_address,
    )
    values: dict = {f: getattr(person, f) for f in chosen if f in PROTECTED_FIELDS}
    if "family" in chosen:
        values["family"] = [
            {
                "id": r.id,
                "relationship": r.relationship,
                "relationship_label": str(r.get_relationship_display()),
                **{f: getattr(r, f) for f in RELATIVE_PROTECTED_FIELDS},
            }
            for r in person.relatives.all()
        ]
    return values


# ---------------------------------------------------------------- delegation of appointments

ERR_DELEGATION_NOT_AFTER = _(
    "A new delegation starts after the one in force for this post (from %(since)s)."
)
ERR_DELEGATION_BEFORE_DECREE = _("A delegation starts on or after 01/09/2015 (Decree 62/2015).")
ERR_DELEGATION_SOURCE = _("Name the act that makes this delegation (at least 5 characters).")
ERR_MINISTER_APPOINTS = _("The Minister of Justice appoints provincial directors himself.")
ERR_SELF_APPOINTMENT = _("Nobody appoints to their own post.")
ERR_UNKNOWN_CHOICE = _("Choose a value from the list.")


@transaction.atomic
def delegation_add(
    *,
    actor,
    post: str,
    appointer: str,
    valid_from: date,
    source: str,
    note: str = "",
) -> Delegation:
    """Record who appoints to `post` from `valid_from` on (phân cấp, Art. 52.3 and 72.3): the
    row in force closes the day before, both with their history. Only a later start than the
    row in force is accepted: the past is not rewritten, and decisions already made keep the
    answer they were made under."""
    errors: dict[str, list] = {}
    if post not in Post.values:
        errors["post"] = [ValidationError(ERR_UNKNOWN_CHOICE, code="invalid_choice")]
    if appointer not in Appointer.values:
        errors["appointer"] = [ValidationError(ERR_UNKNOWN_CHOICE, code="invalid_choice")]
    source = (source or "").strip()
    if len(source) < 5:
        errors["source"] = [
            ValidationError(ERR_DELEGATION_SOURCE, code=PeopleError.DELEGATION_SOURCE_REQUIRED)
        ]
    if valid_from < DECREE_IN_FORCE:
        errors["valid_from"] = [
            ValidationError(ERR_DELEGATION_BEFORE_DECREE, code=PeopleError.DELEGATION_BEFORE_DECREE)
        ]
    if errors:
        raise ValidationError(errors)
    if post == Post.PROVINCIAL_DIRECTOR and appointer != Appointer.MINISTER_OF_JUSTICE:
        raise DomainError(
            PeopleError.MINISTER_APPOINTS,
            str(ERR_MINISTER_APPOINTS),
            citation=cite(72, 3),
            field="appointer",
        )
    if appointer == post:
        raise DomainError(
            PeopleError.SELF_APPOINTMENT, str(ERR_SELF_APPOINTMENT), field="appointer"
        )
    rows = list(Delegation.objects.select_for_update().filter(post=post).order_by("-valid_from"))
    latest = rows[0] if rows else None
    if latest is not None and valid_from <= latest.valid_from:
        raise DomainError(
            PeopleError.DELEGATION_NOT_AFTER_CURRENT,
            str(ERR_DELEGATION_NOT_AFTER % {"since": latest.valid_from.strftime("%d/%m/%Y")}),
            field="valid_from",
        )
    for row in rows:
        if row.valid_to is None or row.valid_to >= valid_from:
            row.valid_to = valid_from - timedelta(days=1)
            save_with_history(row, actor)
    return save_with_history(
        Delegation(
            post=post,
            appointer=appointer,
            valid_from=valid_from,
            source=source,
            note=(note or "").strip(),
        ),
        actor,
    )
