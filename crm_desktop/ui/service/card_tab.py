"""The client card's tab of service requests: the client's requests (a company's include its
people's), a new request for this client, and one request opened with its history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.service_desk import RequestFilter, RequestRow, desk
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service.model import DUE, NUMBER, RESPONSIBLE, STATUS, SUBJECT, RequestsModel
from crm_desktop.ui.service.request_panel import RELOAD_ON, RequestWindow

if TYPE_CHECKING:
    from crm_desktop.ui.service.dialogs import RequestDialog


class ClientRequestsTab(QWidget):
    loaded = Signal()

    def __init__(self, app: AppContext, kind: str, ident: str) -> None:
        super().__init__()
        self.app, self.kind, self.ident = app, kind, ident
        self.client_name = ""
        self.new_button = QPushButton(self.tr("+ Request"))
        self.new_button.setToolTip(self.tr("Register a service request of this client"))
        self.new_button.clicked.connect(self.new_request)
        self.model = RequestsModel((NUMBER, SUBJECT, RESPONSIBLE, STATUS, DUE))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_current)
        self.table.activated.connect(self.open_current)
        self.empty = QLabel(self.tr("No service requests from this client yet."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity in RELOAD_ON else None)
        self.reload()

    def reload(self) -> None:
        crm, service = self.app.crm, desk(self.app.crm)
        kind, ident = self.kind, self.ident
        flt = RequestFilter(company_id=ident if kind == "company" else None,
                            contact_id=ident if kind == "contact" else None, limit=500)

        def load() -> tuple[list[RequestRow], str]:
            client = (crm.companies.get(ident) if kind == "company"
                      else crm.contacts.get(ident))
            return service.queue(flt), client.display_name

        self.app.worker.submit(load, self._show, lambda _: None)

    def _show(self, result: tuple[list[RequestRow], str]) -> None:
        rows, self.client_name = result
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.loaded.emit()

    def new_request(self) -> RequestDialog:
        from crm_desktop.ui.service.dialogs import RequestDialog

        dialog = RequestDialog(self.app, self.window(),
                               (self.kind, self.ident, self.client_name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_current(self, *_: Any) -> RequestWindow | None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return None
        window = RequestWindow(self.app, self.model.rows[row].id, self.window())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.request_window = window
        window.open()
        return window
