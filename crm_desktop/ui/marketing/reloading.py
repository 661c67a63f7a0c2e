"""The marketing views' way of staying current: reload when shown after the data they show
changed, never while hidden (a hidden tab recomputing on every edit would waste the worker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    _ViewWidget = QWidget  # the view this is mixed into
else:
    _ViewWidget = object


class ReloadsWhenShown(_ViewWidget):
    """Mixin for a QWidget with `reload()`, a `stale` flag and the change notices (`affecting`)
    that make it stale; connect `coordinator.data_changed` to `_changed`."""

    affecting: frozenset[str] | set[str] = frozenset()
    stale: bool

    def reload(self) -> None:
        raise NotImplementedError  # the view's own

    def _changed(self, entity: str) -> None:
        if entity in self.affecting:
            self.stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.reload()
