# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The package logger and the filter that keeps API keys out of every log record.

The package logs one debug line per request (method, path, status, attempt, duration) and
one per retry (the wait and why), and never headers or bodies. Standard logging setup turns it
on, and so does ``RESEND_LOG=debug`` in the environment, which adds a handler to standard error. httpx logs each request's full URL at INFO level, so a key that a caller
puts into a query string would reach the logs through it; the filter masks every key of a
live client in the records of this package, httpx and httpcore.
"""

import logging
import os
import threading

from ._constants import LOGGER_NAME

LOG_LEVEL_ENVIRONMENT_VARIABLE = "RESEND_LOG"

logger = logging.getLogger(LOGGER_NAME)

# Logger names used by httpx 0.28 and httpcore 1.0; a filter only sees records logged directly
# on the logger it is attached to, not those of its children, so each name is listed.
FILTERED_LOGGERS = (
    LOGGER_NAME,
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
MASK = "[redacted]"

# Real API keys are about 36 characters long. A shorter key, such as one typed for a quick
# local test, is not masked, because masking a short string would garble unrelated records.
MIN_MASKED_LENGTH = 8


class SecretFilter(logging.Filter):
    """Replace registered secrets in a record's message with a mask."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add(self, secret: str) -> None:
        if len(secret) < MIN_MASKED_LENGTH:
            return
        with self._lock:
            self._secrets.add(secret)

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self._secrets
        if not secrets:
            return True

        message = record.getMessage()
        masked = message
        for secret in secrets:
            masked = masked.replace(secret, MASK)
        if masked != message:
            record.msg = masked
            record.args = None
        return True


secret_filter = SecretFilter()
for _name in FILTERED_LOGGERS:
    logging.getLogger(_name).addFilter(secret_filter)


def register_secret(secret: str) -> None:
    """Mask ``secret`` in every later record of the filtered loggers."""
    secret_filter.add(secret)


def _configure_from_environment() -> None:
    level = os.environ.get(LOG_LEVEL_ENVIRONMENT_VARIABLE, "").strip().upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    # The handler above prints every record, so the root logger's handlers must not repeat them.
    logger.propagate = False


_configure_from_environment()
