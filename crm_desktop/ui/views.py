"""The registry of the main window's views: each feature adds its own, the shell places them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: Callable[[], str]  # called at build time, so translations apply
    icon: str  # a file name under resources/icons
    factory: Callable[..., QWidget]  # receives the AppContext (and its duty's object)
    order: int = 100
    # Built when first shown rather than at start: what it does while hidden (timers, badges,
    # signal routes) is a window duty (register_duty). Keeps the window's start short.
    lazy: bool = False
    # A lazy view with work that comes round (fetching mail, date rules): if nobody has opened
    # it `wake_after_ms` after the start, it is built then and `wake` runs its first round;
    # its own timer does the rest.
    wake_after_ms: int | None = None
    wake: Callable[[QWidget], None] | None = None
    # The key of the window duty this view shows (the background sync for the Sync view):
    # the factory receives the duty's object as its second argument.
    duty: str | None = None


_VIEWS: dict[str, ViewSpec] = {}


def register_view(spec: ViewSpec) -> None:
    _VIEWS[spec.key] = spec


def registered_views() -> list[ViewSpec]:
    return sorted(_VIEWS.values(), key=lambda v: v.order)


# Work a feature does while the window is open, whether or not its view was ever shown
# (listening for incoming calls, timers): started with the window, given the AppContext and
# the window, kept alive by the window.
Duty = Callable[[Any, QWidget], object]
_DUTIES: dict[str, Duty] = {}


def register_duty(key: str, start: Duty) -> None:
    _DUTIES[key] = start


def registered_duties() -> dict[str, Duty]:
    return dict(_DUTIES)


def when_painted(window: QWidget, work: Callable[[], None]) -> None:
    """A duty's first round, once the window is on screen (MainWindow.when_painted): the
    first view is shown before the rest of the window loads. Another window: next turn."""
    defer = getattr(window, "when_painted", None)
    if callable(defer):
        defer(work)
    else:
        QTimer.singleShot(0, window, work)


class ViewTable(Mapping[str, QWidget]):
    """The window's views by key in navigation order, placed in a stack. A lazy view holds an
    empty placeholder until it is first asked for, then is built in its place."""

    def __init__(self, app: Any, stack: QStackedWidget,
                 duty: Callable[[str], object] | None = None) -> None:
        self._app, self._stack, self._duty = app, stack, duty
        self._specs: dict[str, ViewSpec] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, spec: ViewSpec) -> None:
        self._specs[spec.key] = spec
        if spec.lazy:
            self._stack.addWidget(QWidget())
            if spec.wake_after_ms is not None:
                QTimer.singleShot(spec.wake_after_ms, self._stack,
                                  lambda key=spec.key: self._wake(key))
        else:
            self._built[spec.key] = widget = self._make(spec)
            self._stack.addWidget(widget)

    def _make(self, spec: ViewSpec) -> QWidget:
        if spec.duty is None:
            return spec.factory(self._app)
        if self._duty is None:
            raise LookupError(f"the view {spec.key!r} needs the duty {spec.duty!r}")
        return spec.factory(self._app, self._duty(spec.duty))

    def _wake(self, key: str) -> None:
        if key in self._built:  # opened meanwhile: its own timer keeps the rounds
            return
        wake = self._specs[key].wake
        widget = self[key]
        if wake is not None:
            wake(widget)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            spec = self._specs[key]
            index, current = list(self._specs).index(key), self._stack.currentIndex()
            widget = self._make(spec)
            placeholder = self._stack.widget(index)
            self._stack.insertWidget(index, widget)
            if placeholder is not None:
                self._stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._stack.setCurrentIndex(current)
            self._built[key] = widget
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)
