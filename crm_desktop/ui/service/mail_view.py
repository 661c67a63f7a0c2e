"""The mail view: this laptop's mailboxes, fetching (every 5 minutes and on demand) and the
outbox, on a worker of its own (network work never holds the database worker for long);
the inbox of letters from unknown addresses, each filed with one click to a new client, a
new lead or a service request; a new letter (forms/service_letter.ui)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.mail import InboxLetter, MailAccount, mail
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.letter_dialog import LetterDialog
from crm_desktop.ui.service.mailbox_dialog import MailboxDialog
from crm_desktop.ui.service.network import network_worker
from crm_desktop.ui.service.timing import FETCH_EVERY_MS

__all__ = ["LetterDialog", "MailView", "MailboxDialog", "network_worker"]


class MailView(QWidget):
    loaded = Signal()
    fetched = Signal(str)

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.accounts: list[MailAccount] = []
        self.letters: list[InboxLetter] = []
        self.dialog: QDialog | None = None  # the mailbox or letter dialog open from here
        self.net = network_worker()
        self.mailbox = QComboBox()
        self.mailbox.setMinimumWidth(220)
        self.add_button = QPushButton(self.tr("Add mailbox…"))
        self.add_button.clicked.connect(lambda: self.edit_mailbox(None))
        self.edit_button = QPushButton(self.tr("Settings…"))
        self.edit_button.clicked.connect(lambda: self.edit_mailbox(self.current_account()))
        self.fetch_button = QPushButton(self.tr("Fetch mail"))
        self.fetch_button.setObjectName("primary")
        self.fetch_button.clicked.connect(self.fetch)
        self.write_button = QPushButton(self.tr("New letter…"))
        self.write_button.clicked.connect(self.write)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Mailbox")))
        bar.addWidget(self.mailbox)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        bar.addWidget(self.write_button)
        bar.addWidget(self.fetch_button)
        title = QLabel(self.tr("Letters from unknown addresses"))
        title.setObjectName("sectionTitle")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("Subject"),
                                              self.tr("Received")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(2, 130)
        self.table.currentCellChanged.connect(lambda *_: self._show_letter())
        self.preview = QTextBrowser()
        self.client_button = QPushButton(self.tr("New client"))
        self.lead_button = QPushButton(self.tr("New lead"))
        self.request_button = QPushButton(self.tr("Service request"))
        for button, how in ((self.client_button, "client"), (self.lead_button, "lead"),
                            (self.request_button, "request")):
            button.clicked.connect(lambda _=False, h=how: self.file(h))
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Make of this letter:")))
        actions.addWidget(self.client_button)
        actions.addWidget(self.lead_button)
        actions.addWidget(self.request_button)
        actions.addStretch(1)
        self.empty = QLabel(self.tr("No letters from unknown addresses. Letters from your "
                                    "clients go straight into their history."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(0, 40, 0, 0)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(actions)
        lower_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(title)
        layout.addWidget(self.empty, 1)
        layout.addWidget(splitter, 1)
        self.splitter = splitter
        self._timer = QTimer(self, interval=FETCH_EVERY_MS)
        self._timer.timeout.connect(self.fetch)
        self._timer.start()
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity in ("interaction", "synced") else None)
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        service = mail(self.app.crm)
        self.app.worker.submit(lambda: (service.accounts(), service.inbox(),
                                        len(service.outbox())), self._show)

    def _show(self, result: tuple[list[MailAccount], list[InboxLetter], int]) -> None:
        self.accounts, self.letters, waiting = result
        current = self.mailbox.currentData()
        self.mailbox.clear()
        for account in self.accounts:
            self.mailbox.addItem(account.email, account.id)
        if current:
            self.mailbox.setCurrentIndex(max(0, self.mailbox.findData(current)))
        has = bool(self.accounts)
        for widget in (self.edit_button, self.fetch_button, self.write_button):
            widget.setEnabled(has)
        if not has:
            self.status.setText(self.tr("Add a mailbox to bring letters into the clients' "
                                        "history."))
        elif waiting:
            self.status.setText(self.tr("Letters waiting to be sent: %1").replace(
                "%1", str(waiting)))
        self.table.setRowCount(len(self.letters))
        for row, letter in enumerate(self.letters):
            for column, value in enumerate((letter.sender, letter.subject,
                                            formatting.when(letter.received_at))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.empty.setVisible(not self.letters)
        self.splitter.setVisible(bool(self.letters))
        if self.letters:
            self.table.selectRow(0)
        self._show_letter()
        self.loaded.emit()

    def current_account(self) -> MailAccount | None:
        ident = self.mailbox.currentData()
        return next((a for a in self.accounts if a.id == ident), None)

    def current_letter(self) -> InboxLetter | None:
        row = self.table.currentRow()
        return self.letters[row] if 0 <= row < len(self.letters) else None

    def _show_letter(self) -> None:
        letter = self.current_letter()
        self.preview.setPlainText(letter.body if letter else "")
        for button in (self.client_button, self.lead_button, self.request_button):
            button.setEnabled(letter is not None)

    # -- actions -------------------------------------------------------------------------
    def edit_mailbox(self, account: MailAccount | None) -> MailboxDialog:
        dialog = MailboxDialog(self.app, account, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _: self.reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def write(self, to: str = "", subject: str = "") -> LetterDialog:
        dialog = LetterDialog(self.app, self.accounts, to, subject, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.queued.connect(lambda _: self.send_waiting())
        self.dialog = dialog
        dialog.open()
        return dialog

    def fetch(self) -> None:
        """Every mailbox, then the outbox, on the network thread."""
        accounts, service = list(self.accounts), mail(self.app.crm)
        if not accounts:
            return
        self.fetch_button.setEnabled(False)
        self.status.setText(self.tr("Fetching mail…"))

        def run() -> tuple[int, int, list[str]]:
            fetched, problems = 0, []
            for account in accounts:
                try:
                    fetched += service.fetch(account).fetched
                except Exception as exc:  # noqa: BLE001  (one mailbox's failure, in words)
                    problems.append(f"{account.email}: {labels.describe(exc)}")
            sent, waits = service.send_outbox()
            return fetched, sent, problems + waits

        self.net.submit(run, self._fetched, self._failed)

    def _fetched(self, result: tuple[int, int, list[str]]) -> None:
        fetched, sent, problems = result
        self.fetch_button.setEnabled(bool(self.accounts))
        text = self.tr("New letters: %1, sent: %2").replace("%1", str(fetched)).replace(
            "%2", str(sent))
        if problems:
            text += "\n" + "\n".join(problems)
        self.status.setText(text)
        if fetched or sent:
            self.app.coordinator.data_changed.emit("interaction")
        self.reload()
        self.fetched.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self.fetch_button.setEnabled(bool(self.accounts))
        self.status.setText(labels.describe(exc))
        self.fetched.emit(self.status.text())

    def send_waiting(self) -> None:
        service = mail(self.app.crm)
        self.net.submit(service.send_outbox, lambda r: self._fetched((0, r[0], r[1])),
                        self._failed)

    def file(self, how: str) -> None:
        letter, service = self.current_letter(), mail(self.app.crm)
        if letter is None:
            return

        def run() -> Any:
            if how == "request":
                return ("request", service.file_to_request(letter.id))
            return ("company", service.file_to_new_client(letter.id, lead=how == "lead"))

        def done(result: tuple[str, str]) -> None:
            kind, ident = result
            self.app.coordinator.data_changed.emit("company")
            self.app.coordinator.data_changed.emit("interaction")
            if kind == "request":
                self.app.coordinator.data_changed.emit("service_request")
            self.reload()

        self.app.worker.submit(run, done, lambda exc: self.status.setText(
            labels.describe(exc)))
