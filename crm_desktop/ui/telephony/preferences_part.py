"""The preferences' telephony line: the softphone command click-to-call runs (empty: the
system's dialer for tel: links)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from crm_desktop.ui import settings
from crm_desktop.ui.telephony.dialer import SOFTPHONE_COMMAND

if TYPE_CHECKING:
    from crm_desktop.ui.preferences import PreferencesDialog


def add_softphone(dialog: PreferencesDialog) -> QLineEdit:
    """Adds the field to the dialog's form (`dialog.form.form`); saved when it is accepted."""
    field = QLineEdit(settings.get(SOFTPHONE_COMMAND))
    field.setObjectName("softphone_command")
    field.setPlaceholderText(QCoreApplication.translate("PreferencesDialog",
                                                        "Empty: the system's dialer"))
    field.setToolTip(QCoreApplication.translate(
        "PreferencesDialog",
        "The program that calls a number clicked in a card, e.g. “linphone-cli call {}”. "
        "{} is replaced by the number; without it the number is added last."))
    label = QLabel(QCoreApplication.translate("PreferencesDialog", "&Softphone command"))
    label.setBuddy(field)
    dialog.form.form.addRow(label, field)
    dialog.accepted.connect(lambda: settings.put(SOFTPHONE_COMMAND, field.text().strip()))
    return field
