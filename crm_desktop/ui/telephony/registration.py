"""Adds incoming calls to the window: calls handed over by the telephone system
(`crm-desktop incoming-call`) are listened for as long as the window is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.views import register_duty


def _listen(app: Any, window: QWidget) -> object:  # app: AppContext
    from crm_desktop.ui.telephony.incoming import start_incoming_calls

    return start_incoming_calls(app, window)


def register() -> None:
    register_duty("incoming_calls", _listen)
