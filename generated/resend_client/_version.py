# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The package version, also sent in the User-Agent header."""

__version__ = "0.2.0"
