"""The codes of the refusals the protection services make (the API's `error.code`)."""

from enum import StrEnum


class ProtectionError(StrEnum):
    """Why a case, inspection, incident or operation service refused."""

    CONCLUDED = "concluded"
    NOT_INSPECTOR = "not_inspector"
    RECUSAL = "recusal"
    NOT_ASSESSED = "not_assessed"
    APPROVED = "approved"
