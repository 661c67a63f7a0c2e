"""The preferences' telephony line: the softphone command click-to-call runs (empty: the
system's dialer for tel: links)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from crm_desktop.ui import settings
from crm_desktop.ui.telephony.dialer import SOFTPHONE_COMMAND


def add_softphone(dialog: QDialog) -> QLineEdit:
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
    dialog.softphone = field
    return field
