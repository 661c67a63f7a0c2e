"""Click-to-call: a tel: link starts the system's dialer, or the softphone command set in
the preferences ("linphone-cli call {}": the number replaces {}, or "{number}", or is
added last). The command is split like a shell line but never run by a shell, so a number cannot
smuggle anything into it."""

from __future__ import annotations

import shlex

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

from crm_desktop.ui import settings

SOFTPHONE_COMMAND = settings.Setting("telephony/softphone_command", "")
PLACEHOLDERS = ("{}", "{number}")  # "{}" first: the window's hint shows no English word


def command_for(template: str, number: str) -> list[str]:
    """The program and its arguments for calling `number` ([] for no command)."""
    try:
        parts = shlex.split(template.strip())
    except ValueError:  # an unclosed quote: taken word by word
        parts = template.split()
    if not parts:
        return []
    if not any(mark in part for part in parts for mark in PLACEHOLDERS):
        return [*parts, number]
    result = []
    for part in parts:
        for mark in PLACEHOLDERS:
            part = part.replace(mark, number)
        result.append(part)
    return result


def dial(number: str) -> bool:
    """Calls `number` (E.164): the softphone command, else the tel: handler. False if
    neither could be started."""
    clean = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if not clean:
        return False
    command = command_for(settings.get(SOFTPHONE_COMMAND), clean)
    if command:
        started, _pid = QProcess.startDetached(command[0], command[1:])
        return bool(started)
    return QDesktopServices.openUrl(QUrl(f"tel:{clean}"))


def open_link(url: str | QUrl) -> bool:
    """A link from a card or a list: tel: goes through `dial`, the rest to the desktop."""
    link = QUrl(url) if isinstance(url, str) else url
    if link.scheme().lower() == "tel":
        return dial(link.path())
    return QDesktopServices.openUrl(link)
