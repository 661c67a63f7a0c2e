"""A mailbox's settings (forms/service_mailbox.ui): addresses, servers, login, password
(into the keyring) and the signature under every letter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crm_desktop.services.mail import MailAccount, mail
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.forms_generated.ui_service_mailbox import Ui_ServiceMailboxDialog
from crm_desktop.ui.service import labels

SECURITY = ("ssl", "starttls", "none")


class MailboxDialog(QDialog):
    saved = Signal(str)

    def __init__(self, app: AppContext, account: MailAccount | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.account = app, account
        self.ui = ui = Ui_ServiceMailboxDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Mailbox"))
        for value, text in zip(SECURITY, (self.tr("SSL/TLS"), self.tr("STARTTLS"),
                                          self.tr("none")), strict=True):
            ui.smtp_security.addItem(text, value)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        if account is not None:
            ui.email.setText(account.email)
            ui.imap_host.setText(account.imap_host)
            ui.imap_port.setValue(account.imap_port)
            ui.imap_ssl.setChecked(account.imap_ssl)
            ui.smtp_host.setText(account.smtp_host)
            ui.smtp_port.setValue(account.smtp_port)
            ui.smtp_security.setCurrentIndex(max(0, ui.smtp_security.findData(
                account.smtp_security)))
            ui.username.setText(account.username)
            ui.signature.setPlainText(account.signature)

    def values(self) -> MailAccount:
        ui = self.ui
        return MailAccount(id=self.account.id if self.account else "",
                           email=ui.email.text().strip(), imap_host=ui.imap_host.text().strip(),
                           imap_port=ui.imap_port.value(), imap_ssl=ui.imap_ssl.isChecked(),
                           smtp_host=ui.smtp_host.text().strip(),
                           smtp_port=ui.smtp_port.value(),
                           smtp_security=ui.smtp_security.currentData(),
                           username=ui.username.text().strip(),
                           signature=ui.signature.toPlainText().strip())

    def save(self) -> None:
        account, password, service = self.values(), self.ui.password.text(), mail(self.app.crm)

        def done(saved: MailAccount) -> None:
            self.saved.emit(saved.id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ui.message.setText(labels.describe(exc))
            self.ui.message.setStyleSheet("color: #b91c1c;")

        self.app.worker.submit(lambda: service.save_account(account, password or None), done,
                               failed)
