"""Our own company's details and bank account (forms/requisites.ui), opened from the
preferences. Every field is checked as you type (INN, OGRN and the accounts' check digits
against the BIC, KPP and BIC shapes) and all problems show at once; invoices, contracts and
acts print what is saved here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QSizePolicy, QWidget

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.admin.reference import (
    REQUISITE_KEYS,
    RequisiteErrors,
    Requisites,
    requisite_problems,
)
from crm_desktop.ui.clients.edit_dialog import FieldErrors
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.forms_generated.ui_requisites import Ui_RequisitesDialog
from crm_desktop.ui.funnel.deal_form import show_problems
from crm_desktop.ui.messages import describe
from crm_desktop.ui.reasons import translated

if TYPE_CHECKING:
    from crm_desktop.ui.preferences import PreferencesDialog

MESSAGES = {
    "name": QT_TRANSLATE_NOOP("RequisitesDialog", "Enter the name customers know"),
    "tax_id": QT_TRANSLATE_NOOP("RequisitesDialog", "Not a valid INN: 10 digits for a company, "
                                                    "12 for an entrepreneur"),
    "kpp": QT_TRANSLATE_NOOP("RequisitesDialog", "KPP has 9 characters (an entrepreneur has "
                                                 "none)"),
    "ogrn": QT_TRANSLATE_NOOP("RequisitesDialog", "Not a valid OGRN: 13 digits, or 15 for an "
                                                  "entrepreneur"),
    "bik": QT_TRANSLATE_NOOP("RequisitesDialog", "A BIC has 9 digits and starts with 04"),
    "account": QT_TRANSLATE_NOOP("RequisitesDialog", "20 digits that match the BIC (check the "
                                                     "account and the BIC)"),
    "corr_account": QT_TRANSLATE_NOOP("RequisitesDialog", "20 digits starting with 301 that "
                                                          "match the BIC"),
    "email": QT_TRANSLATE_NOOP("RequisitesDialog", "Not an email address"),
}
TOO_LONG = QT_TRANSLATE_NOOP("RequisitesDialog", "Too long")


def message(field: str, reason: str) -> str:
    if "longer than" in reason:
        return QCoreApplication.translate("RequisitesDialog", TOO_LONG)
    text = MESSAGES.get(field)
    return QCoreApplication.translate("RequisitesDialog", text) if text else translated(reason)


class RequisitesDialog(QDialog):
    saved = Signal()
    loaded = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.form = form = Ui_RequisitesDialog()
        form.setupUi(self)
        self.fields = {key: getattr(form, key) for key in REQUISITE_KEYS}
        self.errors = FieldErrors(form.company_form, {
            k: w for k, w in self.fields.items() if form.company_form.indexOf(w) >= 0})
        bank = FieldErrors(form.bank_form, {
            k: w for k, w in self.fields.items() if form.bank_form.indexOf(w) >= 0})
        self.errors.fields.update(bank.fields)
        self.errors.labels.update(bank.labels)
        self.touched: set[str] = set()
        self.dirty = False
        self.loaded_values = Requisites()
        for key, widget in self.fields.items():
            widget.textEdited.connect(lambda _, k=key: self._edited(k))
        form.buttons.accepted.connect(self.save)
        form.buttons.rejected.connect(self.reject)
        form.buttons.setEnabled(False)
        # the hint keeps its height when the dialog grows; the fields take the room
        form.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        app.worker.submit(app.crm.requisites.get, self._fill)

    def _fill(self, values: Requisites) -> None:
        self.loaded_values = values
        for key, widget in self.fields.items():
            widget.setText(getattr(values, key))
            widget.setCursorPosition(0)  # a long name shows from its start, not its end
        self.form.buttons.setEnabled(True)
        self.dirty = False
        self.loaded.emit()

    def values(self) -> dict[str, str]:
        return {key: widget.text() for key, widget in self.fields.items()}

    def problems(self) -> dict[str, str]:
        return {k: message(k, v) for k, v in requisite_problems(self.values()).items()}

    def _edited(self, key: str) -> None:
        self.dirty = True
        self.touched.add(key)
        if key == "bik":  # the accounts are checked against it
            self.touched.update(k for k in ("account", "corr_account")
                                if self.fields[k].text())
        show_problems(self.errors, {k: v for k, v in self.problems().items()
                                    if k in self.touched}, keep_focus=True)

    def save(self) -> None:
        problems = self.problems()
        if problems:
            self.touched.update(problems)
            show_problems(self.errors, problems, keep_focus=False)
            return
        values, crm = self.values(), self.app.crm
        self.form.buttons.setEnabled(False)

        def done(_: object) -> None:
            self.dirty = False
            self.form.buttons.setEnabled(True)
            self.app.coordinator.status_message.emit(self.tr("Company details saved"))
            self.saved.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.form.buttons.setEnabled(True)
            if isinstance(exc, RequisiteErrors):
                show_problems(self.errors, {k: message(k, v) for k, v in exc.problems.items()},
                              keep_focus=False)
            else:
                self.errors.show("name", describe(exc))

        self.app.worker.submit(lambda: crm.requisites.save(**values), done, failed)

    def reject(self) -> None:
        if self.dirty and QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("The details have unsaved changes. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()


def add_requisites_button(dialog: PreferencesDialog) -> QPushButton | None:
    """Puts "Our company's details…" into the preferences (when a database is open)."""
    app = getattr(dialog.parent(), "app", None)
    if app is None:
        return None
    button = QPushButton(QCoreApplication.translate("RequisitesDialog",
                                                    "Our company's details…"))

    def open_dialog() -> None:
        requisites = RequisitesDialog(app, dialog)
        dialog.setProperty("requisites", requisites)
        requisites.open()

    button.clicked.connect(open_dialog)
    layout = dialog.form.layout
    layout.insertWidget(max(layout.count() - 1, 0), button)
    return button
