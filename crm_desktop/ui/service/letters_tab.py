"""The client card's tab of letters: the client's email history (received, sent, waiting in
the outbox) and a new letter to the client's address, from a template, with attachments (an
offer or an invoice with the deal's document). A double-click opens the letter's files: on any
laptop, written from the synced copy the first time (services/mail/attachments.py)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
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

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.mail import MailAccount, mail
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service import labels

if TYPE_CHECKING:
    from crm_desktop.ui.service.letter_dialog import LetterDialog


class ClientLettersTab(QWidget):
    loaded = Signal()

    def __init__(self, app: AppContext, kind: str, ident: str) -> None:
        super().__init__()
        self.app, self.kind, self.ident = app, kind, ident
        self.address, self.client = "", ""
        self.accounts: list[MailAccount] = []
        self.write_button = QPushButton(self.tr("New letter…"))
        self.write_button.clicked.connect(self.write)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.letters: list[Any] = []
        self.open_url = QDesktopServices.openUrl  # tests look instead of launching a program
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Subject"),
                                              self.tr("State"), self.tr("Files")])
        self.table.setToolTip(self.tr("Double-click a letter to open its files"))
        self.table.cellDoubleClicked.connect(lambda row, _: self.open_files(row))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(2, 110)
        self.table.setColumnWidth(3, 160)
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
        self.letters = letters
        self.client = client.display_name
        self.address = client.emails[0] if client.emails else ""
        states = {"queued": self.tr("in the outbox"), "sent": self.tr("sent")}
        self.table.setRowCount(len(letters))
        for row, letter in enumerate(letters):
            state = states.get(letter.outcome or "", self.tr("received")
                               if not letter.outcome else letter.outcome)
            for column, value in enumerate((formatting.when(letter.occurred_at),
                                            letter.subject or "", state,
                                            _files_text(letter.attachment))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.write_button.setEnabled(bool(self.accounts))
        self.hint.setText("" if self.accounts else self.tr(
            "Add a mailbox in the Mail view to write from here."))
        self.loaded.emit()

    def open_files(self, row: int) -> None:
        """The letter's files, each opened in its program; one that cannot be had here (over
        the synced size cap, fetched elsewhere) is named in the hint with the reason."""
        if not 0 <= row < len(self.letters) or not self.letters[row].attachment:
            return
        service, ident = mail(self.app.crm), self.letters[row].id
        reference = self.letters[row].attachment

        def run() -> tuple[list[Path], list[str]]:
            paths, problems = [], []
            for item in service.attachments(ident):
                try:
                    paths.append(service.open_attachment(item.id))
                except CrmError as exc:
                    problems.append(labels.describe(exc))
            if not paths and not problems:  # a letter kept before files were synced
                local = Path(reference)
                local = local if local.is_absolute() else service.stored_path(reference)
                if local.exists():
                    paths.append(local)
            return paths, problems

        def done(result: tuple[list[Path], list[str]]) -> None:
            paths, problems = result
            for path in paths:
                self.open_url(QUrl.fromLocalFile(str(path)))
            self.hint.setText("\n".join(problems))

        self.app.worker.submit(run, done, lambda exc: self.hint.setText(labels.describe(exc)))

    def write(self) -> LetterDialog:
        from crm_desktop.ui.service.letter_dialog import LetterDialog

        links: dict[str, str | None] = {"company_id": self.ident} if self.kind == "company" \
            else {"contact_id": self.ident}
        dialog = LetterDialog(self.app, self.accounts, self.address, "", self.window(),
                              client=self.client, links=links)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.queued.connect(lambda _: self._send_now())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _send_now(self) -> None:
        """The letter leaves now if the server is reachable (else with the next fetch)."""
        from crm_desktop.ui.service.network import network_worker

        service = mail(self.app.crm)
        network_worker().submit(service.send_outbox,
                               lambda _: self.app.coordinator.data_changed.emit("interaction"),
                               lambda _: None)


def _files_text(reference: str | None) -> str:
    """A letter's files as the card shows them: the name of one, or a clip for several."""
    if not reference:
        return ""
    name = "" if reference.endswith("/") else PurePosixPath(reference).name
    return f"📎 {name}".strip()
