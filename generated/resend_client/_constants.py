# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Defaults and tuning values of the client, in one place."""

import httpx

DEFAULT_BASE_URL = "https://api.resend.com"

API_KEY_ENVIRONMENT_VARIABLE = "RESEND_API_KEY"

# RESEND_BASE_URL is this package's own setting; RESEND_API_URL is the one the official
# resend package reads, honoured so both clients can share an environment.
BASE_URL_ENVIRONMENT_VARIABLES = ("RESEND_BASE_URL", "RESEND_API_URL")

# Plain HTTP is accepted only for these hosts (and the whole 127.0.0.0/8 range), so a local
# sandbox or mock server works without TLS while a typo can never send the key in clear text.
LOOPBACK_HOST_NAMES = frozenset({"localhost"})

# Per attempt: 10 seconds to connect, fail fast on an unreachable host; 30 to write a request
# and to wait for each read, since a batch of 100 emails takes the API a few seconds.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# Per call, covering every attempt and every wait between them.
DEFAULT_TOTAL_TIMEOUT = 120.0

LOGGER_NAME = "resend_client"
