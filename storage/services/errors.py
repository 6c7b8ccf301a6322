"""Domain errors carry a message id from `locales/`, so every caller can say what went wrong."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A refusal the person should hear about; `key` is a Fluent message id."""

    def __init__(self, key: str, **variables: Any) -> None:
        super().__init__(key)
        self.key = key
        self.variables = variables


class NotFound(DomainError):
    pass


class InvalidInput(DomainError):
    pass


class Conflict(DomainError):
    """The thing already changed: decided by someone else, deleted, and so on."""


class Forbidden(DomainError):
    pass
