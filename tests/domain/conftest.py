"""The domain tests' fixtures."""

from tests.domain.plain_imports import plain_imports  # noqa: F401  (autouse)
