"""memocrm: the product (parsing, services, app wiring)."""
