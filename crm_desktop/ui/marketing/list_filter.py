"""The clients list's filter by a saved marketing segment.

Choosing a segment compiles its rules on the database worker into plain SQL over the list's
rows (services.marketing.segments.list_condition); the list adds it to its own filter, so
sorting, paging and the search stay the list's. A segment of people switches the list to
people. The class conditions read the stored ABC/XYZ classes (an index), the city a GLOB
over the address: no Python function runs per row."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from crm_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from crm_desktop.services.marketing import Marketing


class SegmentFilterBox(QComboBox):
    """"Any saved segment" or one segment; `chosen` carries (kind, condition) or None."""

    chosen = Signal(object)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("savedSegmentFilter")
        self.setToolTip(self.tr("Only the clients of a saved marketing segment"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self.addItem(self.tr("Any saved segment"), None)
        self.currentIndexChanged.connect(self._changed)
        app.coordinator.data_changed.connect(self._on_data_changed)
        self._asked = 0  # the latest choice: an older answer arriving late is dropped

    def load(self) -> None:
        crm = self.app.crm
        self.app.worker.submit(lambda: _marketing(crm).segments.list(), self._fill)

    def _fill(self, segments: list[Any]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for segment in segments:
            self.addItem(segment.name, segment.id)
        self.setCurrentIndex(max(self.findData(current), 0) if current else 0)
        self.blockSignals(False)
        if current:  # its rules may have changed, or it was deleted: made again
            self._changed()

    def _changed(self) -> None:
        self._asked += 1
        asked, ident = self._asked, self.currentData()
        if ident is None:
            self.chosen.emit(None)
            return
        crm = self.app.crm

        def arrived(result: tuple[str, Any]) -> None:
            if asked == self._asked:
                self.chosen.emit(result)

        self.app.worker.submit(lambda: _marketing(crm).segments.list_condition(ident), arrived)

    def _on_data_changed(self, entity: str) -> None:
        if entity == "segment":
            self.load()  # names and rules may have changed: the condition is made again
        elif entity in ("marketing.classes",) and self.currentData() is not None:
            self._changed()


def _marketing(crm: Any) -> Marketing:
    """The marketing services, imported on the worker when first used (with the ORM): the
    list's filter box is built before the window's first paint."""
    from crm_desktop.services.marketing import marketing

    return marketing(crm)
