"""The codes of the refusals the protection services make (the API's `error.code`)."""

from enum import StrEnum

from thads.core.errors import DomainError


class ProtectionError(StrEnum):
    """Why a case, inspection, incident or operation service refused."""

    CONCLUDED = "concluded"
    NOT_INSPECTOR = "not_inspector"
    RECUSAL = "recusal"
    NOT_ASSESSED = "not_assessed"
    APPROVED = "approved"


class RecusalRequired(DomainError):
    """The inspector is kin to a party and must recuse (Art. 68.4); `point` is the point of the
    clause that applies (a, b or c)."""

    def __init__(self, message: str, *, citation: str, point: str, field: str | None = None):
        super().__init__(ProtectionError.RECUSAL, message, citation=citation, field=field)
        self.point = point
