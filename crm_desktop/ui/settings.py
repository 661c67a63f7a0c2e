"""Typed, declared settings over QSettings (Picard's pattern): one place knows each key,
its type and its default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self, store: QSettings) -> T:
        value = store.value(self.key, self.default)
        if value is None:
            return self.default
        # The stored value converted to the default's type: T, which mypy cannot follow
        # through type(self.default), hence the ignores below.
        kind = type(self.default)
        if kind is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")  # type: ignore[return-value]
        if kind in (int, str) and not isinstance(value, kind):
            try:
                return kind(value)  # type: ignore[call-arg]
            except (TypeError, ValueError):
                return self.default
        if kind is list and not isinstance(value, list):
            return [value] if value else []  # type: ignore[return-value]
        return value  # type: ignore[return-value]

    def set(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


LANGUAGE = Setting("ui/language", "")  # "" = the system locale
PHONE_REGION = Setting("data/phone_region", "RU")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
CURRENT_VIEW = Setting("window/view", "clients")
CLIENT_COLUMNS = Setting("clients/columns", ["name", "kind", "phone", "email", "segment",
                                             "responsible", "lead_source"])
CLIENT_LIST_KIND = Setting("clients/kind", "company")
CLIENT_HEADER_STATE = Setting("clients/header", QByteArray())


def store() -> QSettings:
    return QSettings("crm-desktop", "crm-desktop")


def get(setting: Setting[T]) -> T:
    return setting.get(store())


def put(setting: Setting[Any], value: Any) -> None:
    setting.set(store(), value)
