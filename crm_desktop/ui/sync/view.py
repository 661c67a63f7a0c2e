"""The Sync view: server settings with "test connection", the conflicts (keep one side),
and the sync log. The background sync and its status-bar widget are in coordinator.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.sync.credentials import redact_text
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.sync.coordinator import SyncCoordinator, SyncStatusWidget

if TYPE_CHECKING:
    from crm_desktop.services.sync.service import ConflictDTO

__all__ = ["SyncCoordinator", "SyncStatusWidget", "SyncView"]

# what the view shows: (server address, open conflicts, the sync log, rows waiting, keyring?)
SyncPage = tuple["str | None", "list[ConflictDTO]", list[tuple[Any, ...]],
                 list[tuple[str, str, str, str]], bool]


class SyncView(QWidget):
    conflicts_loaded = Signal(int)

    def __init__(self, app: AppContext, sync: SyncCoordinator) -> None:
        super().__init__()
        self.app, self.sync = app, sync
        self.host = QLineEdit("127.0.0.1")
        self.port = QSpinBox(maximum=65535, value=5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system's password store"))
        self.tls = QComboBox()
        for mode, label in (("prefer", self.tr("When the server offers it")),
                            ("require", self.tr("Always (encrypted)")),
                            ("verify-full", self.tr("Always, and check the server's certificate")),
                            ("disable", self.tr("Never"))):
            self.tls.addItem(label, mode)
        self.result = QLabel()
        self.result.setWordWrap(True)
        save = QPushButton(self.tr("Save and test the connection"))
        save.setObjectName("primary")
        save.clicked.connect(self.save_and_test)
        form = QFormLayout()
        for label, widget in ((self.tr("Host"), self.host), (self.tr("Port"), self.port),
                              (self.tr("Database"), self.database), (self.tr("User"), self.user),
                              (self.tr("Password"), self.password),
                              (self.tr("Encryption"), self.tls)):
            form.addRow(label, widget)
        form.addRow("", save)
        form.addRow("", self.result)
        settings = QGroupBox(self.tr("Server"))
        settings.setLayout(form)

        self.conflicts = QListWidget()
        self.conflicts.setWordWrap(True)  # a conflict is a sentence: it wraps, never scrolls
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts.setSpacing(2)
        keep_ours = QPushButton(self.tr("Keep the value in use"))
        keep_ours.clicked.connect(lambda: self.resolve("kept"))
        keep_theirs = QPushButton(self.tr("Take the other value"))
        keep_theirs.clicked.connect(lambda: self.resolve("lost"))
        conflicts_box = QGroupBox(self.tr("Conflicts"))
        box = QVBoxLayout(conflicts_box)
        box.addWidget(self.conflicts)
        row = QHBoxLayout()
        row.addWidget(keep_ours)
        row.addWidget(keep_theirs)
        row.addStretch(1)
        box.addLayout(row)
        self.log = QTableWidget(0, 5)
        self.log.setHorizontalHeaderLabels([self.tr("When"), self.tr("Result"),
                                            self.tr("Sent"), self.tr("Received"),
                                            self.tr("Message")])
        self.log.horizontalHeader().setStretchLastSection(True)
        log_box = QGroupBox(self.tr("Sync log"))
        QVBoxLayout(log_box).addWidget(self.log)
        left = QVBoxLayout()
        left.addWidget(settings)
        left.addWidget(log_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(conflicts_box, 3)
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity == "synced" else None)
        self.reload()

    def reload(self) -> None:
        from crm_desktop.sync.credentials import has_keyring

        sync = self.app.crm.sync
        self.app.worker.submit(lambda: (sync.server_url(), sync.conflicts(), sync.log(),
                                        sync.waiting(), has_keyring()), self._show)

    def _show(self, data: SyncPage) -> None:
        url, conflicts, log, waiting, keyring = data
        self.password.setPlaceholderText(
            self.tr("kept in the system's password store") if keyring else
            self.tr("no password store here: asked for once per start"))
        if url:
            from urllib.parse import parse_qs, urlsplit

            parts = urlsplit(url)
            self.host.setText(parts.hostname or "")
            self.port.setValue(parts.port or 5432)
            self.database.setText(parts.path.lstrip("/"))
            self.user.setText(parts.username or "")
            mode = parse_qs(parts.query).get("sslmode", ["prefer"])[0]
            self.tls.setCurrentIndex(max(0, self.tls.findData(mode)))
        self.conflicts.clear()
        for c in conflicts:
            record = c.record or self.tr("a record")
            if c.kind == "duplicate":
                text = self.tr("Possible duplicate: «%1» looks like another client; merge them "
                               "in the clients list").replace("%1", record)
            else:
                text = self.tr("«%1», %2: «%3» is in use; «%4» came from %5 on %6").replace(
                    "%1", record).replace("%2", self._field_label(c.field)).replace(
                    "%3", _short(c.kept_value)).replace("%4", _short(c.lost_value)).replace(
                    "%5", _who(c.lost_device) or self.tr("another computer")).replace(
                    "%6", c.created_at[:16])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.conflicts.addItem(item)
            for older_id, value, device, when in c.older:  # each can be chosen as well
                line = QListWidgetItem("    " + self.tr("earlier: «%1» from %2 on %3").replace(
                    "%1", _short(value)).replace(
                    "%2", _who(device) or self.tr("another computer")).replace(
                    "%3", when[:16]))
                line.setData(Qt.ItemDataRole.UserRole, older_id)
                self.conflicts.addItem(line)
        self.log.setRowCount(len(log))
        outcomes = {"ok": self.tr("done"), "offline": self.tr("offline"),
                    "error": self.tr("error")}
        for r, entry in enumerate(log):
            message = entry[5] or ""
            if entry[1] == "ok":  # the counts have their columns; only conflicts need words
                message = self.tr("%1 conflict(s) to look at").replace("%1", str(entry[4])) \
                    if entry[4] else ""
            message = redact_text(message)
            for column, value in enumerate([str(entry[0])[:16],
                                            outcomes.get(entry[1], entry[1]), entry[2], entry[3],
                                            message]):
                cell = QTableWidgetItem(str(value))
                cell.setToolTip(redact_text(str(entry[5] or value)))
                self.log.setItem(r, column, cell)
        self.log.resizeColumnsToContents()
        for direction, _tbl, _row, reason in waiting:
            label = {"deny": self.tr("Not allowed, put back"), "push": self.tr("Refused by the "
                     "server, sent again at each sync"), "pull": self.tr("Waiting")}
            item = QListWidgetItem(f"{label.get(direction, direction)}: {reason}")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.conflicts.addItem(item)
        if not conflicts and not waiting:
            empty = QListWidgetItem(self.tr("No conflicts: every change made here and on the "
                                            "other computers agrees."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.conflicts.addItem(empty)
        self.conflicts_loaded.emit(len(conflicts))

    def _field_label(self, field: str) -> str:
        labels = {"name": self.tr("name"), "segment": self.tr("segment"),
                  "phones": self.tr("phones"), "emails": self.tr("emails"),
                  "notes": self.tr("notes"), "address": self.tr("address"),
                  "responsible_id": self.tr("responsible"), "deleted_at": self.tr("deletion"),
                  "stage_id": self.tr("stage"), "amount_minor": self.tr("amount"),
                  "title": self.tr("title"), "due_at": self.tr("due time"),
                  "status": self.tr("status"), "tax_id": self.tr("tax id"),
                  "first_name": self.tr("first name"), "last_name": self.tr("last name"),
                  "position": self.tr("position"), "website": self.tr("website")}
        return labels.get(field, field.replace("_", " "))

    def save_and_test(self) -> None:
        sync = self.app.crm.sync
        values = (self.host.text(), self.port.value(), self.database.text(), self.user.text(),
                  self.tls.currentData(), self.password.text() or None)
        self.password.clear()  # never kept in the widget longer than needed

        def save_and_sync() -> Any:
            from crm_desktop.sync.credentials import NoKeyringError

            kept_in_memory = False
            try:
                sync.configure(*values)
            except NoKeyringError:
                kept_in_memory = True  # no keyring here: in memory for this session
            return sync.sync_now(), kept_in_memory

        def connected(result: Any) -> None:
            report, kept_in_memory = result
            text = self.tr("Connected: %1 change(s) sent, %2 received, %3 conflict(s).").replace(
                "%1", str(report.pushed)).replace(
                "%2", str(report.pulled + report.bootstrapped)).replace("%3", str(report.conflicts))
            if kept_in_memory:
                note = self.tr("This computer has no password store: the password is "
                               "kept in memory until the program closes, and asked "
                               "for again at the next start.")
                text = text.rstrip(". ") + ". " + note
            self.result.setText(text)
            self.reload()
            self.sync.refresh()

        def failed(exc: BaseException) -> None:
            from crm_desktop.ui.messages import describe

            self.result.setText(describe(exc))
            self.sync.refresh()
            self.sync._maybe_ask_password(exc)

        self.result.setText(self.tr("Connecting…"))
        self.sync.sync_thread.submit(save_and_sync, connected, failed)

    def resolve(self, keep: str) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            return
        ident = item.data(Qt.ItemDataRole.UserRole)
        if not ident:
            return  # a waiting row or the empty note: nothing to choose
        def resolved(_: object) -> None:
            self.reload()
            self.app.coordinator.data_changed.emit("company")

        self.app.worker.submit(lambda: self.app.crm.sync.resolve(ident, keep), resolved)


def _who(device: str | None) -> str:
    """A login name as is; a device's random id is no name for a person."""
    if not device or (device.startswith("d") and len(device) == 33):
        return ""
    return device


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) < 40 else text[:38] + "…"
