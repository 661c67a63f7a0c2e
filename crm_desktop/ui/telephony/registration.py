"""Adds incoming calls to the window: calls handed over by the telephone system
(`crm-desktop incoming-call`) are listened for as long as the window is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.views import register_duty, when_painted

if TYPE_CHECKING:
    from crm_desktop.ui.context import AppContext
    from crm_desktop.ui.telephony.incoming import IncomingCalls


class IncomingCallsDuty(QObject):
    """Listens for calls from the moment the window is on screen: the local server
    (QtNetwork) and the caller's lookup load then, not before the first paint."""

    def __init__(self, app: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.app = app
        self.calls: IncomingCalls | None = None
        when_painted(window, self._start)

    def _start(self) -> None:
        from crm_desktop.ui.telephony.incoming import start_incoming_calls

        self.calls = start_incoming_calls(self.app, self)


def _listen(app: AppContext, window: QWidget) -> object:
    return IncomingCallsDuty(app, window)


def register() -> None:
    register_duty("incoming_calls", _listen)
