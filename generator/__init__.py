"""Driver that validates openapi/resend.yaml and generates the client package in generated/."""
