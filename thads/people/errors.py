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
    # The delegation table (Art. 52.3, 72.3): a new row starts after the one in force ...
    DELEGATION_NOT_AFTER_CURRENT = "delegation_not_after_current"
    # ... not before the decree took effect ...
    DELEGATION_BEFORE_DECREE = "delegation_before_decree"
    # ... names its source ...
    DELEGATION_SOURCE_REQUIRED = "delegation_source_required"
    # ... and delegates only what may be delegated: the Minister himself appoints provincial
    # directors (72.3), and nobody appoints to their own post.
    MINISTER_APPOINTS = "minister_appoints"
    SELF_APPOINTMENT = "self_appointment"
