"""A new letter (forms/service_letter.ui): it goes to the outbox at once and leaves when the
server is reachable. From a card or a deal, the Commercial offer and Invoice templates attach
the deal's document made from the bundled template (as PDF only where LibreOffice is
installed: the dialog says so otherwise)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QWidget,
)

from crm_desktop.services.mail import DOCUMENTS, MailAccount, TemplatedLetter, mail, pdf_converter
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.forms_generated.ui_service_letter import Ui_ServiceLetterDialog
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.network import network_worker

if TYPE_CHECKING:
    from crm_desktop.ui.funnel.deal_card import DealCard


class LetterDialog(QDialog):
    """A new letter: it goes to the outbox at once and leaves when the server is reachable."""

    queued = Signal(str)
    ready = Signal()  # the client's deals and the PDF converter are known

    def __init__(self, app: AppContext, accounts: list[MailAccount], to: str = "",
                 subject: str = "", parent: QWidget | None = None,
                 client: str = "", links: dict[str, str | None] | None = None) -> None:
        super().__init__(parent)
        self.app, self.client, self.links = app, client, links or {}
        self.result_letter: TemplatedLetter | None = None
        self.ui = ui = Ui_ServiceLetterDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("New letter"))
        self.template = QComboBox()
        self.template.addItem(self.tr("— no template —"), "")
        for key, (name, _, _) in self.templates().items():
            self.template.addItem(name, key)
        self.template.currentIndexChanged.connect(lambda _: self._use_template())
        ui.form.insertRow(2, self.tr("Template"), self.template)
        # The deal whose document the offer or invoice carries (hidden without deals).
        self.deal = QComboBox()
        self.deal.setToolTip(self.tr("The deal whose document is made from the template and "
                                     "attached"))
        self.pdf = QCheckBox(self.tr("as PDF"))
        document_row = QHBoxLayout()
        document_row.addWidget(self.deal, 1)
        document_row.addWidget(self.pdf)
        ui.form.insertRow(3, self.tr("Document"), document_row)
        self.document_label = ui.form.labelForField(document_row)
        self._show_document_row(False)
        for account in accounts:
            ui.mailbox.addItem(account.email, account.id)
        self.accounts = {a.id: a for a in accounts}
        ui.to.setText(to)
        ui.subject.setText(subject)
        self.files: list[Path] = []
        ui.attach.clicked.connect(self.ask_file)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttons.accepted.connect(self.send)
        ui.buttons.rejected.connect(self.reject)
        self.deals: list[Any] = []
        self.converter = False
        service, links = mail(app.crm), dict(self.links)

        def load() -> tuple[list[Any], bool]:
            if deal_id := links.get("deal_id"):
                deal = app.crm.deals.get(deal_id)
                from crm_desktop.services.mail.templated import DealChoice

                deals = [DealChoice(deal.id, deal.title)]
            else:
                deals = service.deals_for_letter(links.get("company_id"),
                                                 links.get("contact_id"))
            return deals, pdf_converter() is not None

        app.worker.submit(load, self._loaded, lambda _: None)

    def _loaded(self, result: tuple[list[Any], bool]) -> None:
        self.deals, self.converter = result
        self.deal.clear()
        self.deal.addItem(self.tr("— no document —"), "")
        for deal in self.deals:
            self.deal.addItem(deal.title, deal.id)
        if self.deals:
            self.deal.setCurrentIndex(1)
        self.pdf.setEnabled(self.converter)
        self.pdf.setToolTip("" if self.converter else self.tr(
            "No PDF converter (LibreOffice) on this computer: the .docx is attached"))
        self._use_template()
        self.ready.emit()

    def _show_document_row(self, visible: bool) -> None:
        for widget in (self.deal, self.pdf, self.document_label):
            if widget is not None:
                widget.setVisible(visible)

    def templates(self) -> dict[str, tuple[str, str, str]]:
        """Letters a manager sends every day: (name, subject, text); {client} is filled."""
        return {
            "offer": (self.tr("Commercial offer"), self.tr("Commercial offer for {client}"),
                      self.tr("Good afternoon!\n\nPlease find our commercial offer attached. "
                              "I will be glad to answer your questions.")),
            "invoice": (self.tr("Invoice"), self.tr("Invoice for {client}"),
                        self.tr("Good afternoon!\n\nPlease find the invoice attached. "
                                "Thank you for your order.")),
            "price": (self.tr("Price list"), self.tr("Our price list"),
                      self.tr("Good afternoon!\n\nAs promised, our current price list is "
                              "attached.")),
        }

    def _use_template(self) -> None:
        key = self.template.currentData()
        self._show_document_row(key in DOCUMENTS and bool(self.deals))
        found = self.templates().get(key)
        if found is None:
            return
        _, subject, body = found
        self.ui.subject.setText(subject.replace("{client}", self.client))
        self.ui.body.setPlainText(body.replace("{client}", self.client))

    def document_deal(self) -> str | None:
        """The deal whose document goes with the letter (None: no document)."""
        if self.template.currentData() not in DOCUMENTS or not self.deal.isVisibleTo(self):
            return None
        return self.deal.currentData() or None

    def ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        self.files.append(path)
        self.ui.attachments.setText(", ".join(p.name for p in self.files))

    def send(self) -> None:
        account = self.accounts.get(self.ui.mailbox.currentData())
        if account is None:
            self.ui.message.setText(self.tr("Add a mailbox first"))
            return
        to = [a.strip() for a in self.ui.to.text().replace(";", ",").split(",") if a.strip()]
        subject, body, files = self.ui.subject.text(), self.ui.body.toPlainText(), self.files
        service, links = mail(self.app.crm), dict(self.links)
        deal_id, template = self.document_deal(), self.template.currentData()
        as_pdf = self.pdf.isChecked() and self.converter

        def run() -> str:
            if deal_id is None:
                return service.send(account, to, subject, body, files, **links)
            self.result_letter = service.send_with_document(
                account, deal_id, template, to or None, subject, body, as_pdf, files)
            return self.result_letter.interaction_id

        def done(ident: str) -> None:
            self.app.coordinator.data_changed.emit("interaction")
            if self.result_letter is not None and self.result_letter.pdf_missing:
                self.app.coordinator.status_message.emit(self.tr(
                    "No PDF converter (LibreOffice) on this computer: the .docx is attached"))
            self.queued.emit(ident)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ui.message.setText(labels.describe(exc))
            self.ui.message.setStyleSheet("color: #b91c1c;")

        self.app.worker.submit(run, done, failed)


def write_for_deal(app: AppContext, deal_id: str, parent: DealCard | None = None,
                   template: str = "offer") -> None:
    """Opens a new letter from a deal: to its client's first address, the template chosen and
    the deal's document attached (the mailboxes and the client are read on the worker)."""
    service = mail(app.crm)

    def load() -> tuple[list[MailAccount], Any, str, str]:
        deal = app.crm.deals.get(deal_id)
        client, address = service.client_of_deal(deal_id)
        return service.accounts(), deal, client, address

    def show(result: tuple[list[MailAccount], Any, str, str]) -> None:
        accounts, deal, client, address = result
        if not accounts:
            app.coordinator.status_message.emit(QCoreApplication.translate(
                "LetterDialog", "Add a mailbox in the Mail view to write from here."))
            return
        dialog = LetterDialog(app, accounts, address, "", parent, client=client or deal.title,
                              links={"deal_id": deal.id, "company_id": deal.company_id,
                                     "contact_id": deal.contact_id})
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.template.setCurrentIndex(max(0, dialog.template.findData(template)))
        dialog.queued.connect(lambda _: network_worker().submit(
            service.send_outbox, lambda _: app.coordinator.data_changed.emit("interaction"),
            lambda _: None))
        if parent is not None:
            parent.letter_dialog = dialog  # kept alive while open
        dialog.open()

    app.worker.submit(load, show, lambda exc: app.coordinator.status_message.emit(
        labels.describe(exc)))
