"""The client card's tab of letters: the client's email history (received, sent, waiting in
the outbox) and a new letter to the client's address, from a template, with attachments."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.mail import mail
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext


class ClientLettersTab(QWidget):
    loaded = Signal()

    def __init__(self, app: AppContext, kind: str, ident: str) -> None:
        super().__init__()
        self.app, self.kind, self.ident = app, kind, ident
        self.address, self.client, self.accounts = "", "", []
        self.write_button = QPushButton(self.tr("New letter…"))
        self.write_button.clicked.connect(self.write)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Subject"),
                                              self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(2, 110)
        bar = QHBoxLayout()
        bar.addWidget(self.write_button)
        bar.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity in ("interaction", "company", "contact",
                                                       "synced") else None)
        self.reload()

    def reload(self) -> None:
        crm, kind, ident = self.app.crm, self.kind, self.ident

        def load() -> tuple[Any, ...]:
            client = crm.companies.get(ident) if kind == "company" else crm.contacts.get(ident)
            letters = crm.interactions.timeline(
                company_id=ident if kind == "company" else None,
                contact_id=ident if kind == "contact" else None, channels=["email"], limit=200)
            return client, letters, mail(crm).accounts()

        self.app.worker.submit(load, self._show, lambda _: None)

    def _show(self, result: tuple[Any, ...]) -> None:
        client, letters, self.accounts = result
        self.client = client.display_name
        self.address = client.emails[0] if client.emails else ""
        states = {"queued": self.tr("in the outbox"), "sent": self.tr("sent")}
        self.table.setRowCount(len(letters))
        for row, letter in enumerate(letters):
            state = states.get(letter.outcome or "", self.tr("received")
                               if not letter.outcome else letter.outcome)
            for column, value in enumerate((formatting.when(letter.occurred_at),
                                            letter.subject or "", state)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.write_button.setEnabled(bool(self.accounts))
        self.hint.setText("" if self.accounts else self.tr(
            "Add a mailbox in the Mail view to write from here."))
        self.loaded.emit()

    def write(self) -> Any:
        from crm_desktop.ui.service.mail_view import LetterDialog

        links = {"company_id": self.ident} if self.kind == "company" else \
            {"contact_id": self.ident}
        dialog = LetterDialog(self.app, self.accounts, self.address, "", self.window(),
                              client=self.client, links=links)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.queued.connect(lambda _: self._send_now())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _send_now(self) -> None:
        """The letter leaves now if the server is reachable (else with the next fetch)."""
        from crm_desktop.ui.service.mail_view import network_worker

        service = mail(self.app.crm)
        network_worker().submit(service.send_outbox,
                               lambda _: self.app.coordinator.data_changed.emit("interaction"),
                               lambda _: None)
