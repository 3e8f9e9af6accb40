"""The `make demo` walk-through of the client."""
