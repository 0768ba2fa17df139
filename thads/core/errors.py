"""One domain error for every refusal a service makes."""


class DomainError(Exception):
    """A refusal with a stable code, a message for the user and, where the law decides, a citation."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        citation: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.citation = citation
        self.field = field

    def as_dict(self) -> dict:
        error: dict = {"code": self.code, "message": str(self.message)}
        if self.citation:
            error["citation"] = self.citation
        if self.field:
            error["fields"] = {self.field: str(self.message)}
        return {"error": error}
