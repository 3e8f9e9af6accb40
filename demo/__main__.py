"""Send an email through the generated client, by default to the local sandbox.

With no settings, this starts the sandbox on 127.0.0.1 with a throwaway key, so no API key and
no access to Resend are needed. With RESEND_BASE_URL set, it talks to that server instead and
then requires RESEND_API_KEY, RESEND_DEMO_FROM and RESEND_DEMO_TO.
"""

import base64
import contextlib
import os
import secrets
import sys
import time
from collections.abc import Iterator
from typing import Any

from resend_client import APIResponse, RateLimit, Resend, ResendError, UnprocessableEntityError

SANDBOX_SENDER = "Acme <onboarding@resend.dev>"
SANDBOX_RECIPIENT = "delivered@resend.dev"
REMOTE_SETTINGS = ("RESEND_API_KEY", "RESEND_DEMO_FROM", "RESEND_DEMO_TO")


def main() -> int:
    base_url = os.environ.get("RESEND_BASE_URL", "").strip()
    if base_url:
        missing = [name for name in REMOTE_SETTINGS if not os.environ.get(name)]
        if missing:
            print(
                f"RESEND_BASE_URL is set to {base_url}, so the demo sends a real request there and needs "
                f"{', '.join(missing)} as well. Set them, or unset RESEND_BASE_URL to use the local sandbox.",
                file=sys.stderr,
            )
            return 2
        settings = (
            base_url,
            os.environ["RESEND_API_KEY"],
            os.environ["RESEND_DEMO_FROM"],
            os.environ["RESEND_DEMO_TO"],
        )
        return run(*settings)

    with local_sandbox() as (sandbox_url, api_key):
        print(f"Started the local sandbox at {sandbox_url}")
        status = run(sandbox_url, api_key, SANDBOX_SENDER, SANDBOX_RECIPIENT)
    print("Stopped the local sandbox")
    return status


@contextlib.contextmanager
def local_sandbox() -> Iterator[tuple[str, str]]:
    """Start the test sandbox in this process and yield its URL and the key it accepts."""
    from tests.sandbox import Sandbox

    api_key = f"re_demo_{secrets.token_hex(8)}"
    with Sandbox(api_keys=(api_key,)) as sandbox:
        yield sandbox.base_url, api_key


def run(base_url: str, api_key: str, sender: str, recipient: str) -> int:
    try:
        client = Resend(api_key, base_url=base_url)
    except ResendError as error:
        print(f"The demo cannot start: {error}", file=sys.stderr)
        return 2

    with client:
        try:
            sent = client.emails.with_raw_response.send(
                from_=sender,
                to=[recipient],
                subject="Hello from resend-client",
                html="<p>This email was sent by the <strong>resend-client</strong> demo.</p>",
                text="This email was sent by the resend-client demo.",
                tags=[{"name": "source", "value": "demo"}],
                attachments=[
                    {
                        "filename": "hello.txt",
                        "content": base64.b64encode(b"Hello from the attachment.\n").decode("ascii"),
                    }
                ],
            )
            print(f"Sent email {sent.parsed.id} (HTTP {sent.status_code})")
            print(f"  rate limit: {describe(sent.rate_limit)}")
            pace(sent)

            fetched = client.emails.with_raw_response.get(sent.parsed.id)
            email = fetched.parsed
            print(f"Fetched it back: subject {email.subject!r}, to {email.to}, last event {email.last_event!r}")
            pace(fetched)

            try:
                client.emails.send(from_=sender, to=[], subject="No recipients", text="This one is invalid.")
            except UnprocessableEntityError as error:
                print(f"The email without recipients raised {type(error).__name__}")
                print(f"  status {error.status_code}, code {error.code!r}, message {error.message!r}")
            else:
                print("Expected the email without recipients to be rejected, but it was accepted", file=sys.stderr)
                return 1
        except ResendError as error:
            print(f"The demo failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    return 0


def describe(rate_limit: RateLimit) -> str:
    return (
        f"{rate_limit.remaining} of {rate_limit.limit} requests left, "
        f"window resets in {rate_limit.reset} s (policy {rate_limit.policy})"
    )


def pace(response: APIResponse[Any]) -> None:
    """Wait for the window to reset when the last response used up the rate limit."""
    rate_limit = response.rate_limit
    if rate_limit.remaining == 0 and rate_limit.reset:
        print(f"  pausing {rate_limit.reset} s for the rate-limit window")
        time.sleep(rate_limit.reset)


if __name__ == "__main__":
    sys.exit(main())
