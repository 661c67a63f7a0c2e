"""Adds incoming calls to the window: calls handed over by the telephone system
(`crm-desktop incoming-call`) are listened for as long as the window is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.views import register_duty

if TYPE_CHECKING:
    from crm_desktop.ui.context import AppContext


def _listen(app: AppContext, window: QWidget) -> object:
    from crm_desktop.ui.telephony.incoming import start_incoming_calls

    return start_incoming_calls(app, window)


def register() -> None:
    register_duty("incoming_calls", _listen)
