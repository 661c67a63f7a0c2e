"""The planner's band of overdue service requests: the person's own requests past their due
time and those escalated to them as the head, each with its number, subject and client; a
double-click (or Enter) opens the request. Hidden when there is none."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from crm_desktop.services.planner.agenda import OverdueRequest
from crm_desktop.ui import formatting

BAND_STYLE = """
#overdueRequests { background: #fef2f2; border: 1px solid #fecaca; border-radius: 6px; }
#overdueRequests QListWidget { background: transparent; border: none; }
#overdueRequests QListWidget::item { padding: 2px 10px 2px 4px; color: #7f1d1d; }
#overdueRequests QListWidget::item:selected { background: #fee2e2; color: #7f1d1d; }
"""


class OverdueRequestsBand(QWidget):
    open_requested = Signal(str)  # a request id

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("overdueRequests")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(BAND_STYLE)
        self.heading = QLabel()
        self.heading.setStyleSheet("color: #b91c1c; font-weight: bold;")
        self.items = QListWidget()
        self.items.setFlow(QListWidget.Flow.LeftToRight)
        self.items.setWrapping(False)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.items.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setFixedHeight(self.items.fontMetrics().height() + 26)
        self.items.setToolTip(self.tr("Double-click a request to open it"))
        self.items.itemActivated.connect(self._open)
        self.items.itemDoubleClicked.connect(self._open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.items, 1)
        self.requests: list[OverdueRequest] = []
        self.hide()

    def set_requests(self, requests: list[OverdueRequest]) -> None:
        self.requests = requests
        self.items.clear()
        own = sum(1 for r in requests if not r.escalated)
        parts = [self.tr("Overdue requests: %1").replace("%1", str(own))] if own else []
        if len(requests) > own:
            parts.append(self.tr("Escalated to you: %1").replace("%1", str(len(requests) - own)))
        self.heading.setText(" · ".join(parts))
        for request in requests:
            mark = "↑ " if request.escalated else "⚠ "
            client = f" · {request.client}" if request.client else ""
            entry = QListWidgetItem(f"{mark}{request.number} {request.subject}{client}")
            entry.setToolTip(self.tr("Was due %1").replace("%1", formatting.when(
                request.due_at)) + ("\n" + self.tr("Escalated to you as the head")
                                    if request.escalated else ""))
            entry.setData(Qt.ItemDataRole.UserRole, request.id)
            self.items.addItem(entry)
        self.setVisible(bool(requests))

    def _open(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident:
            self.open_requested.emit(ident)
