"""A local Resend-compatible API server for tests, driven by ``openapi/resend.yaml``.

Every request is validated against the description with openapi-core, and every success response
is checked against it before it is sent. The server keeps emails, idempotency keys and
rate-limit windows in memory, separately for each API key, and never connects anywhere.

    with Sandbox(api_keys=("re_test_key",), rate_limit=2, window_seconds=1.0) as sandbox:
        httpx.post(f"{sandbox.base_url}/emails", ...)

Rate limiting uses a fixed window per API key that opens with the key's first request. Requests
rejected with 429 do not count against the window, as in the real API, and requests without a
valid key count against no window. Run ``python -m tests.sandbox --help`` to serve it in the
foreground.

Tests script faults for the next requests with ``Sandbox.inject(Fault...)``: a connection
dropped before or after processing, a proxy's 502 page, a stall, or 429s with any
``retry-after``.

    sandbox.inject(Fault.drop_after_processing(), operation="send_email")
    sandbox.inject(Fault.too_many_requests(retry_after="2"), count=3)
"""

from ._faults import Fault
from ._request import RecordedRequest
from ._server import Sandbox

__all__ = ["Fault", "RecordedRequest", "Sandbox"]
