"""Codes of the refusals of the people services (a `DomainError`'s code, or the `code` of a
field's `ValidationError`)."""

from enum import StrEnum


class PeopleError(StrEnum):
    # Art. 72: a leadership post must exist at the authority's level ...
    POST_LEVEL = "post_level"
    # ... and the person's grade must meet its standard (the `leadership.standards` rule's
    # reason code, passed on with the rule's citation).
    GRADE_TOO_LOW = "grade_too_low"
    DATE_BEFORE_CURRENT = "date_before_current"
    NO_POST = "no_post"
    AUTHORITY_NOT_VALID = "authority_not_valid"
    MILITARY_AUTHORITY = "military_authority"
    NO_FIELDS = "no_fields"
    UNKNOWN_FIELD = "unknown_field"
    REASON_REQUIRED = "reason_required"
