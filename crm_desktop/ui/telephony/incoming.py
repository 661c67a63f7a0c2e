"""What the window does with an incoming call handed over by the telephone system: the
caller is looked up on the database worker; a known caller's card opens with a notice
(the window is raised and flashes); an unknown number offers a new company or person with
the number filled in. The notice never blocks: calls come while people type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.domain.phones import format_phone
from crm_desktop.services.clients.caller import Caller
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.telephony.receiver import CallReceiver

if TYPE_CHECKING:
    from crm_desktop.ui.clients.edit_dialog_base import ClientDialog


class IncomingCalls(QObject):
    identified = Signal(object)  # the Caller, once looked up (for tests)

    def __init__(self, app: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.receiver = CallReceiver(app.crm.path, self)
        self.receiver.incoming.connect(self.take)
        self.notice: QMessageBox | None = None

    def start(self) -> bool:
        return self.receiver.start()

    def take(self, number: str) -> None:
        caller = self.app.crm.caller
        self.app.worker.submit(lambda: caller.identify(number), self._show)

    def _window(self) -> QWidget | None:
        """The main window (the notice's parent), never an earlier notice."""
        tops = [w for w in QApplication.topLevelWidgets() if w.isVisible() and
                hasattr(w, "show_view")]
        if tops:
            return tops[0]
        active = QApplication.activeWindow()
        return None if active is None or active is self.notice or \
            active.objectName() == "incomingCall" else active

    def _show(self, caller: Caller) -> None:
        window = self._window()
        shown = format_phone(caller.number) if caller.number else caller.raw
        if self.notice is not None:
            self.notice.close()
            self.notice.deleteLater()
        if caller.matches:
            first = caller.matches[0]
            self.app.coordinator.open_client.emit(first.kind, first.id)
            who = first.name + (f" ({first.company})" if first.company else "")
            text = self.tr("Incoming call: %1, %2").replace("%1", who).replace("%2", shown)
            if len(caller.matches) > 1:
                text += "\n" + self.tr("%n more client(s) have this number", "",
                                       len(caller.matches) - 1)
            self.app.coordinator.status_message.emit(text)
            self.notice = _notice(window, self.tr("Incoming call"), text,
                                  QMessageBox.StandardButton.Close)
        else:
            text = self.tr("Incoming call from %1: no client has this number.").replace(
                "%1", shown)
            self.notice = _notice(window, self.tr("Incoming call"), text,
                                  QMessageBox.StandardButton.Close)
            company = self.notice.addButton(self.tr("New company…"),
                                            QMessageBox.ButtonRole.AcceptRole)
            person = self.notice.addButton(self.tr("New person…"),
                                           QMessageBox.ButtonRole.AcceptRole)
            company.clicked.connect(lambda: self.new_client("company", shown, window))
            person.clicked.connect(lambda: self.new_client("contact", shown, window))
        if window is not None:
            window.raise_()
            QApplication.alert(window)
        self.notice.show()
        self.identified.emit(caller)

    def new_client(self, kind: str, number: str, parent: QWidget | None) -> ClientDialog[Any]:
        """The new-client dialog with the caller's number filled in."""
        from crm_desktop.ui.clients.edit_dialog import open_editor

        dialog = open_editor(self.app, kind, None, parent)
        phones = getattr(dialog.form, "phones", None)
        if phones is not None:
            phones.setText(number)
        dialog.saved.connect(lambda k, ident: self.app.coordinator.open_client.emit(k, ident))
        self.new_client_dialog = dialog  # for tests, and kept referenced while open
        return dialog


def _notice(parent: QWidget | None, title: str, text: str,
            buttons: QMessageBox.StandardButton) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, buttons, parent)
    box.setObjectName("incomingCall")
    box.setModal(False)
    return box


def start_incoming_calls(app: AppContext, owner: QObject) -> IncomingCalls:
    """Listens for calls handed over to this window (one per data file and user)."""
    calls = IncomingCalls(app, owner)
    calls.start()
    return calls
