"""Serve the sandbox in the foreground: ``python -m tests.sandbox --port 8025 --api-key re_...``."""

import argparse
import logging
import signal
import sys
import threading
from types import FrameType

from ._server import DEFAULT_API_KEY, DEFAULT_RATE_LIMIT, DEFAULT_WINDOW_SECONDS, Sandbox

DEFAULT_PORT = 8025


def mask_key(key: str) -> str:
    """Show at most the first 6 characters of a key, and never more than a third of it."""
    return key[: min(6, len(key) // 3)] + "..."


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.sandbox",
        description="Serve a Resend-compatible API sandbox on 127.0.0.1 until Ctrl-C or SIGTERM.",
    )
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"TCP port; 0 picks a free port (default: {DEFAULT_PORT})"
    )
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help=f"accepted API key; repeat for more teams (default: {DEFAULT_API_KEY})",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=DEFAULT_RATE_LIMIT,
        help=f"requests per window for each key; 0 turns rate limiting off (default: {DEFAULT_RATE_LIMIT})",
    )
    parser.add_argument(
        "--window",
        type=float,
        default=DEFAULT_WINDOW_SECONDS,
        help=f"rate-limit window in seconds (default: {DEFAULT_WINDOW_SECONDS:g})",
    )
    args = parser.parse_args(argv)
    if args.rate_limit < 0:
        parser.error("--rate-limit must be 0 or more.")
    if args.window <= 0:
        parser.error("--window must be positive.")
    if args.api_keys and not all(args.api_keys):
        parser.error("--api-key must not be empty.")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)

    api_keys = args.api_keys or [DEFAULT_API_KEY]
    rate_limit = args.rate_limit or None
    sandbox = Sandbox(api_keys, rate_limit=rate_limit, window_seconds=args.window, port=args.port)

    stop_requested = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop_requested.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)

    try:
        sandbox.start()
    except OSError as exc:
        print(
            f"Failed to listen on 127.0.0.1:{args.port}: {exc}. "
            "Pick another --port (SANDBOX_PORT with make), or 0 for a free one.",
            file=sys.stderr,
        )
        return 1

    try:
        masked = ", ".join(mask_key(key) for key in api_keys)
        noun = "key" if len(api_keys) == 1 else "keys"
        print(f"Resend sandbox on {sandbox.base_url} with {len(api_keys)} API {noun} ({masked})", flush=True)
        stop_requested.wait()
    finally:
        sandbox.stop()
    logging.getLogger("tests.sandbox").info("Sandbox stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
