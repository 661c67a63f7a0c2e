"""A new deal: the deal form in a dialog, optionally for a client (the client card's Deals
tab) or in a stage (the board). Esc with something typed asks before discarding."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.dto import DealDTO
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.deal_actions import CreateDealCommand
from crm_desktop.ui.funnel.deal_form import DealForm, show_problems


class DealDialog(QDialog):
    """A new deal, optionally for a given company or person (from the client card) or in a
    given stage (from the board)."""

    saved = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None,
                 company_id: str | None = None, contact_id: str | None = None,
                 stage: tuple[str | None, str | None] | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("New deal"))
        self.form = DealForm(app, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.resize(520, 460)
        if stage is not None:
            self.form._select(*stage)
        if company_id or contact_id:
            crm = app.crm

            def client() -> tuple[str | None, str, str | None]:
                if contact_id:
                    person = crm.contacts.get(contact_id)
                    company = crm.companies.get(person.company_id) if person.company_id \
                        else None
                    return (company.id if company else None, company.name if company else "",
                            contact_id)
                assert company_id  # a company when no person is given (the if above)
                return company_id, crm.companies.get(company_id).name, None

            # with the lead source the new deal takes from its client (shown before saving)
            app.worker.submit(lambda: (*client(), crm.deals.client_defaults(
                company_id, contact_id).get("source")), self._prefill)
        self.form.ui.title.setFocus()

    def _prefill(self, result: tuple[str | None, str, str | None, str | None]) -> None:
        company_id, name, contact_id, source = result
        self.form.set_company(company_id, name)
        self.form.contact_id = contact_id
        if source and not self.form.ui.source.currentText().strip():
            self.form.filling = True  # a default, not the user's edit: Esc asks nothing
            try:
                self.form.ui.source.setCurrentText(source)
            finally:
                self.form.filling = False

    def save(self) -> None:
        job, problems = self.form.save_job(None)
        if problems:
            self.form.touched.update(problems)
            show_problems(self.form.errors, problems, keep_focus=False)
            return
        self.buttons.setEnabled(False)

        def done(deal: DealDTO) -> None:
            self.buttons.setEnabled(True)
            self.form.dirty = False
            self.app.undo_stack.push(CreateDealCommand(self.app, deal.id, deal.title))
            self.app.coordinator.data_changed.emit("deal")
            self.app.coordinator.status_message.emit(
                self.tr("Deal “%1” created").replace("%1", deal.title))
            self.saved.emit(deal.id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.form.show_error(exc)

        self.app.worker.submit(job, done, failed)

    def reject(self) -> None:
        if self.form.dirty and QMessageBox.question(
                self, self.tr("Discard the new deal?"),
                self.tr("The deal has not been saved. Discard what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()


def deals_tab(app: AppContext, deals: QListWidget, kind: str, ident: str) -> QWidget:
    """The client card's Deals tab: "+ Deal" above the card's list, the client pre-filled."""
    page = QWidget()
    button = QPushButton(QCoreApplication.translate("DealForm", "+ Deal"))
    button.setObjectName("primary")
    button.setToolTip(QCoreApplication.translate("DealForm", "New deal with this client"))

    def open_dialog() -> None:
        dialog = DealDialog(app, page.window(), company_id=ident if kind == "company" else None,
                            contact_id=ident if kind == "contact" else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        page.setProperty("dialog", dialog)  # for tests and to keep it referenced

    button.clicked.connect(open_dialog)
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addLayout(row)
    layout.addWidget(deals, 1)
    return page
