"""Background sync for the window: on a change (after a short pause) and every minute, on a
thread of its own; the status-bar widget (synced / N pending / offline / error); the
password asked for when the server wants one and none is known.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from crm_desktop.sync.credentials import redact_text
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from crm_desktop.services.sync.service import SyncStatus
    from crm_desktop.ui.sync.password import PasswordDialog

INTERVAL_MS = 60_000
# What each synced table means to the views (the names they listen for).
ENTITIES = {"companies": "company", "contacts": "contact", "deals": "deal",
            "deal_stage_history": "deal", "deal_items": "deal", "interactions": "interaction",
            "tasks": "task", "stages": "stage", "pipelines": "stage", "products": "product",
            "users": "user", "loss_reasons": "stage", "tags": "company",
            "lead_sources": "company", "sales_plans": "deal", "org_settings": "settings"}


class SyncCoordinator(QObject):
    """Runs syncs on their own thread, never on the GUI thread or the database worker.

    A sync starts a few seconds after a local edit (edits are batched), when the server
    announces a change (LISTEN on a thread of its own), and once a minute as a safety net —
    never without a configured server. A sync's own notice to the other views is not an
    edit, so it never starts another sync."""

    status_changed = Signal(str)
    finished = Signal()
    remote_changed = Signal(str)  # from the listening thread; delivered on the GUI thread

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        # its own worker (not `thread`: that is QObject.thread())
        self.sync_thread = DbWorker(self)
        self.running = False
        self.again = False
        self.configured = False
        self.position = 0
        self.announcing = False
        self.notices: list[str] = []
        self.asking = False  # the password dialog is open
        self.declined = False  # cancelled: asked again only from "Sync now"
        self.password_dialog: PasswordDialog | None = None
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self, singleShot=True, interval=3_000)  # after an edit, batched
        self.soon.timeout.connect(self.sync_now)
        app.coordinator.data_changed.connect(self._local_change)
        self.remote_changed.connect(self._remote_change)
        self._stop_listening = threading.Event()
        self._listener: threading.Thread | None = None
        self.timer.start()
        from PySide6.QtWidgets import QApplication

        instance = QApplication.instance()  # None only without an application
        if instance is not None:
            instance.aboutToQuit.connect(self.stop)
        self.refresh()

    def stop(self) -> None:
        self._stop_listening.set()
        self.sync_thread.stop()

    def _local_change(self, entity: str) -> None:
        if entity != "synced" and self.configured and not self.announcing:
            self.soon.start()

    def _announce(self, tables: set[str]) -> None:
        """Every open view shows what a sync brought; these notices are no local edits."""
        self.announcing = True
        try:
            for entity in sorted({ENTITIES.get(t, t) for t in tables}):
                self.app.coordinator.data_changed.emit(entity)
            self.app.coordinator.data_changed.emit("synced")
        finally:
            self.announcing = False

    def _remote_change(self, payload: str) -> None:
        if self.running:
            self.notices.append(payload)  # ours or not: told apart once this sync ends
            return
        if payload.isdigit() and int(payload) <= self.position:
            return  # already here (our own push, or one this sync pulled)
        self.soon.start(500)

    def _listen(self) -> None:
        """A thread that waits for the server's notices; restarted when the server changes."""
        self._stop_listening.set()
        self._stop_listening = stop = threading.Event()
        sync = self.app.crm.sync
        self._listener = threading.Thread(
            target=sync.listen, args=(self.remote_changed.emit, stop), daemon=True,
            name="crm-sync-listener")
        self._listener.start()

    def refresh(self) -> None:
        self.app.worker.submit(self.app.crm.sync.status, self._show)

    def _show(self, status: SyncStatus) -> None:
        configured = status.state != "off"
        if configured and not self.configured:
            self._listen()
        elif not configured:
            self._stop_listening.set()
        self.configured = configured
        labels = {"off": self.tr("Not syncing (no server)"), "synced": self.tr("Synced"),
                  "pending": self.tr("%1 change(s) to sync").replace("%1", str(status.pending))
                  if status.pending >= 0 else self.tr("First sync pending"),
                  "attention": self.tr("Synced; %1").replace("%1", self._attention(status)),
                  "offline": self.tr("Offline: working locally"),
                  "error": self.tr("Sync error: %1").replace("%1", redact_text(status.message))}
        self.status_changed.emit(labels.get(status.state, status.state))

    def _attention(self, status: SyncStatus) -> str:
        parts = []
        if status.refused:
            parts.append(self.tr("%1 change(s) not allowed were put back").replace(
                "%1", str(status.refused)))
        if status.conflicts:
            parts.append(self.tr("%1 conflict(s) to look at").replace(
                "%1", str(status.conflicts)))
        if status.waiting:
            parts.append(self.tr("%1 record(s) waiting").replace("%1", str(status.waiting)))
        return ", ".join(parts) or status.message

    def sync_now(self) -> None:
        if self.running:
            self.again = True  # one more once this one ends: something changed meanwhile
            return
        self.running = True
        self.again = False
        self.status_changed.emit(self.tr("Syncing…"))
        sync = self.app.crm.sync

        def run() -> Any:
            return sync.sync_now() if sync.server_url() else None

        def done(report: Any) -> None:
            self.running = False
            if report is not None:
                self.position = max(self.position, report.position)
                if report.pulled or report.conflicts or report.bootstrapped or report.tables:
                    self._announce(set(report.tables))
            notices, self.notices = self.notices, []
            newer = any(not n.isdigit() or int(n) > self.position for n in notices)
            self.refresh()
            self.finished.emit()
            if self.again or newer:
                self.soon.start(500)

        def failed(exc: BaseException) -> None:
            self.running = False
            self.refresh()
            self.finished.emit()
            self._maybe_ask_password(exc)

        self.sync_thread.submit(run, done, failed)

    def sync_by_hand(self) -> None:
        """"Sync now": also asks for a password again after a cancelled prompt."""
        self.declined = False
        self.sync_now()

    # -- the password, where the server wants one and none is known -------------------------
    def _maybe_ask_password(self, exc: BaseException) -> None:
        from crm_desktop.sync.transport import AuthError

        if not isinstance(exc, AuthError) or "password" not in str(exc):
            return  # a disabled login or a refusal is no password matter: the status says it
        if self.asking or self.declined or os.environ.get("CRM_DESKTOP_NO_KEYRING_PROMPT"):
            return
        self.asking = True
        sync = self.app.crm.sync

        def find() -> tuple[str | None, bool, bool]:
            from crm_desktop.sync.credentials import has_keyring, password_known

            url = sync.server_url()
            return url, bool(url and password_known(url)), has_keyring()

        self.app.worker.submit(find, self._ask_password, lambda _: setattr(self, "asking",
                                                                            False))

    def _ask_password(self, found: tuple[str | None, bool, bool]) -> None:
        from urllib.parse import unquote, urlsplit

        from crm_desktop.sync.transport import where
        from crm_desktop.ui.sync.password import PasswordDialog

        url, known, keyring = found
        if not url:
            self.asking = False
            return
        user = unquote(urlsplit(url).username or "")
        parent = next((w for w in _top_windows() if w.isVisible()), None)
        dialog = PasswordDialog(parent, where(url), user, refused=known, keyring=keyring)
        self.password_dialog = dialog

        def accepted() -> None:
            password = dialog.take()
            self.asking = False
            if not password:
                return

            def keep() -> None:
                from crm_desktop.sync.credentials import NoKeyringError, store_password

                try:
                    store_password(url, password)  # the keyring, else this session's memory
                except NoKeyringError:
                    pass  # kept in memory: the dialog said so

            def kept(_: Any) -> None:
                if self.configured:
                    self._listen()  # the listening thread took its address before the password
                self.sync_now()

            self.sync_thread.submit(keep, kept, kept)

        def rejected() -> None:
            dialog.take()
            self.asking = False
            self.declined = True
            self.status_changed.emit(self.tr("Not syncing: the server needs a password "
                                             "(\"Sync now\" asks again)"))

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.open()


class SyncStatusWidget(QWidget):
    def __init__(self, sync: SyncCoordinator) -> None:
        super().__init__()
        self.label = QLabel()
        button = QPushButton(self.tr("Sync now"))
        button.setFlat(True)
        button.clicked.connect(sync.sync_by_hand)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(button)
        sync.status_changed.connect(self.label.setText)


def _top_windows() -> list[QWidget]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.inherits("QMainWindow")]
