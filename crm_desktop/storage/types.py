"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, TypeDecorator
from sqlalchemy.engine import Dialect


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in Python; naive UTC text in SQLite, timestamptz in PostgreSQL.

    SQLite keeps them as ISO text that sorts in time order, so range queries use indexes.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class JSONList(TypeDecorator[list]):
    """A JSON array; None reads back as an empty list."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: list | None, dialect: Dialect) -> list:
        return list(value or [])

    def process_result_value(self, value: Any, dialect: Dialect) -> list:
        return list(value or [])


class JSONDict(TypeDecorator[dict]):
    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: dict | None, dialect: Dialect) -> dict:
        return dict(value or {})

    def process_result_value(self, value: Any, dialect: Dialect) -> dict:
        return dict(value or {})
