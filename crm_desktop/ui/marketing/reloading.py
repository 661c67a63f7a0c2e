"""The marketing views' way of staying current: reload when shown after the data they show
changed, never while hidden (a hidden tab recomputing on every edit would waste the worker)."""

from __future__ import annotations

from typing import Any


class ReloadsWhenShown:
    """Mixin for a QWidget with `reload()`, a `stale` flag and the change notices (`affecting`)
    that make it stale; connect `coordinator.data_changed` to `_changed`."""

    affecting: frozenset[str] | set[str] = frozenset()
    stale: bool

    def _changed(self, entity: str) -> None:
        if entity in self.affecting:
            self.stale = True
            if self.isVisible():  # type: ignore[attr-defined]
                self.reload()  # type: ignore[attr-defined]

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[misc]
        if self.stale:
            self.reload()  # type: ignore[attr-defined]
