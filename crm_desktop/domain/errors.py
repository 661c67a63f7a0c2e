"""Typed errors every layer raises and every entry point turns into a clear message."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class CrmError(Exception):
    """Base of every error the product reports to a person."""


class ValidationError(CrmError):
    """A value a person entered is not acceptable; names the field and the reason."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class NotFoundError(CrmError):
    def __init__(self, entity: str, ident: str) -> None:
        super().__init__(f"{entity} {ident} not found")
        self.entity = entity
        self.ident = ident


class PermissionDenied(CrmError):
    """The current user's role may not do this."""


class DatabaseError(CrmError):
    """The database file cannot be used; the file is left untouched."""


class NotADatabaseError(DatabaseError):
    pass


class DatabaseTooNewError(DatabaseError):
    pass


class NamedConflict(Protocol):
    """What an edit conflict needs to say here: the field (services' FieldConflict has more)."""

    @property
    def field(self) -> str: ...


class EditConflict(CrmError):
    """Fields someone else changed (sync, another window) while a person edited them; the
    edit was not written. Each item is a FieldConflict."""

    def __init__(self, conflicts: Sequence[NamedConflict]) -> None:
        super().__init__("changed meanwhile: " + ", ".join(c.field for c in conflicts))
        self.conflicts = conflicts
