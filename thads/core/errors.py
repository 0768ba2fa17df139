"""One domain error for every refusal a service makes, and the codes every app shares.

Each app lists its own codes as a `StrEnum` in its `errors.py`; code and tests use the members,
never the strings.
"""

from enum import StrEnum


class DomainError(Exception):
    """A refusal with a stable code, a message for the user and, where the law decides, a citation."""

    def __init__(
        self,
        code: StrEnum | str,
        message: str,
        *,
        citation: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = str(code)
        self.message = message
        self.citation = citation
        self.field = field

    def as_dict(self) -> dict[str, dict[str, object]]:
        error: dict[str, object] = {"code": self.code, "message": str(self.message)}
        if self.citation:
            error["citation"] = self.citation
        if self.field:
            error["fields"] = {self.field: str(self.message)}
        return {"error": error}


class CoreError(StrEnum):
    """Codes of the refusals every app shares (the API's error contract)."""

    INVALID = "invalid"
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    UNAUTHENTICATED = "unauthenticated"
    TRANSITION_NOT_ALLOWED = "transition_not_allowed"
