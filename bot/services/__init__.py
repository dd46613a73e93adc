"""Use cases. Each public coroutine opens one transaction and returns frozen dataclasses."""
