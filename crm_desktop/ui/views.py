"""The registry of the main window's views: each feature adds its own, the shell places them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: Callable[[], str]  # called at build time, so translations apply
    icon: str  # a file name under resources/icons
    factory: Callable[[Any], QWidget]  # receives the AppContext
    order: int = 100


_VIEWS: dict[str, ViewSpec] = {}


def register_view(spec: ViewSpec) -> None:
    _VIEWS[spec.key] = spec


def registered_views() -> list[ViewSpec]:
    return sorted(_VIEWS.values(), key=lambda v: v.order)
