"""Smoke script run inside a fresh virtual environment holding only the built wheel.

Usage: python -I wheel_smoke.py BASE_URL API_KEY. It prints one line per check and exits
non-zero on the first failure.
"""

import sys

import resend_client
from resend_client import Resend, UnprocessableEntityError


def main(base_url: str, api_key: str) -> int:
    print(f"package: {resend_client.__file__}")
    print(f"version: {resend_client.__version__}")

    with Resend(api_key, base_url=base_url) as client:
        sent = client.emails.send(
            from_="Acme <onboarding@resend.dev>",
            to=["delivered@resend.dev"],
            subject="Wheel smoke test",
            text="Sent from the installed wheel.",
        )
        print(f"sent: {sent.id}")

        try:
            client.emails.send(from_="Acme <onboarding@resend.dev>", to=[], subject="Invalid", text="x")
        except UnprocessableEntityError as error:
            print(f"error: {type(error).__name__} {error.status_code} {error.code}")
        else:
            print("error: none raised", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
