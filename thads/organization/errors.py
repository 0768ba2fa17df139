"""Codes of the refusals of the organization app: an authority's code, parent and validity.

They are the `code` of the `ValidationError`s raised by `Authority.clean()` and the services,
so a caller (a test, the API) tells the refusals apart without reading their wording.
"""

from enum import StrEnum


class OrganizationError(StrEnum):
    CODE_FORMAT = "code_format"
    CODE_IMMUTABLE = "code_immutable"
    PARENT_LEVEL = "parent_level"
    NO_PARENT = "no_parent"
    PARENT_CYCLE = "parent_cycle"
    VALIDITY_ORDER = "validity_order"
    STRUCTURE_EXISTS = "structure_exists"
    LEGACY_PROVINCE = "legacy_province"
