"""The error that the sandbox raises to respond with the API's error body."""


class ApiError(Exception):
    """Error sent as ``{"statusCode", "message", "name"}`` with the given status and extra headers."""

    def __init__(self, status: int, name: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.name = name
        self.message = message
        self.headers = headers or {}

    def to_body(self) -> dict[str, object]:
        """Build the JSON error body that the API sends."""
        return {"statusCode": self.status, "message": self.message, "name": self.name}
