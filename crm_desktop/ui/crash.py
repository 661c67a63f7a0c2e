"""The window's side of the error mapping: an unexpected exception never kills the window.

Any exception that reaches Qt's event loop (a slot, a callback of the DB worker) or a Python
thread goes to `CrashHandler`: the traceback is saved to the log file (services.failures),
and a crash dialog says in one line what happened and where the report is, with the details
folded away. The window keeps running. Known failures (a locked database, a full disk, bad
input) get their one line in a message box instead of the crash dialog.
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.services.failures import explain, redact, save_report


class CrashHandler(QObject):
    """Installed once by the app; `reported` carries (message, log path) to the GUI thread."""

    reported = Signal(str, str, str)  # one line, log path, details

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QMessageBox | None = None
        self.count = 0
        self.reported.connect(self._show)
        self._previous = sys.excepthook, threading.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value,
                                                        args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(self, kind: type[BaseException], exc: BaseException | None,
               tb: TracebackType | None) -> None:
        """Any thread: save the report, then show it on the GUI thread (queued signal)."""
        if exc is None:
            exc = kind()
        if tb is not None and exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        failure = explain(exc)
        message = describe(exc) if failure.expected else QCoreApplication.translate(
            "Failures", "An unexpected error (%1)").replace("%1", type(exc).__name__)
        try:
            log = str(save_report(exc, "window")) if not failure.expected else ""
        except OSError:
            log = ""
        details = redact("".join(traceback.format_exception(exc))) if not failure.expected \
            else ""
        self.reported.emit(message, log, details)

    @Slot(str, str, str)
    def _show(self, message: str, log: str, details: str) -> None:
        self.count += 1
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; every report is in the log anyway
        parent: QWidget | None = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setObjectName("crashDialog")
        if log:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("CrashHandler",
                                                          "Something went wrong"))
            box.setText(QCoreApplication.translate(
                "CrashHandler", "An unexpected error happened; your data is safe and the "
                "window keeps running."))
            box.setInformativeText(message + "\n\n" + QCoreApplication.translate(
                "CrashHandler", "A report was saved to %1").replace("%1", log))
            box.setDetailedText(details)
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle("crm-desktop")
            box.setText(message)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.dialog = box
        box.open()


def describe(exc: BaseException) -> str:
    """One line for a message box or a field, in the window's language, never driver text
    (ui.messages over services.failures)."""
    from crm_desktop.ui.messages import describe as in_words

    return in_words(exc)
