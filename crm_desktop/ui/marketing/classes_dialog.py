"""The ABC/XYZ thresholds and period (forms/marketing_classes.ui): a refused value is shown
beside its field and nothing is saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.class_types import ClassSettings
from crm_desktop.ui.clients.edit_dialog import FieldErrors
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import python_date
from crm_desktop.ui.forms_generated.ui_marketing_classes import Ui_ClassSettingsDialog
from crm_desktop.ui.funnel.deal_form import CURRENCIES

MESSAGES = {
    "months": QT_TRANSLATE_NOOP("ClassSettingsDialog", "From 1 to 120 months"),
    "start": QT_TRANSLATE_NOOP("ClassSettingsDialog", "Give both dates of the period"),
    "end": QT_TRANSLATE_NOOP("ClassSettingsDialog", "The period must end after it starts"),
    "currency": QT_TRANSLATE_NOOP("ClassSettingsDialog",
                                  "A three-letter currency code such as RUB"),
    "a_share": QT_TRANSLATE_NOOP("ClassSettingsDialog", "From 1 to 100 %"),
    "b_share": QT_TRANSLATE_NOOP("ClassSettingsDialog",
                                 "A and B together must not exceed 100 %"),
    "x_limit": QT_TRANSLATE_NOOP("ClassSettingsDialog", "From 0 to 1000 %"),
    "y_limit": QT_TRANSLATE_NOOP("ClassSettingsDialog",
                                 "The Y limit must not be below the X limit"),
    "min_months": QT_TRANSLATE_NOOP("ClassSettingsDialog", "From 2 to 120 months"),
}


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ClassSettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.classes = marketing(app.crm).classes
        self.form = form = Ui_ClassSettingsDialog()
        form.setupUi(self)
        form.currency.addItems(CURRENCIES)
        self.errors = FieldErrors(form.form, {
            # the period's rows hold layouts: their errors go under the rows' labels
            "months": form.months_label, "end": form.start_label, "currency": form.currency,
            "a_share": form.a_share, "b_share": form.b_share, "x_limit": form.x_limit,
            "y_limit": form.y_limit, "min_months": form.min_months})
        form.buttons.accepted.connect(self.save)
        form.buttons.rejected.connect(self.reject)
        form.last_months.toggled.connect(self._period_mode)
        self.buttons = form.buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        app.worker.submit(self.classes.settings, self._fill)

    def _fill(self, settings: ClassSettings) -> None:
        form = self.form
        today = self.classes.today()
        start, end = settings.period(today)
        form.months.setValue(settings.months)
        form.start.setDate(qdate(start))
        form.end.setDate(qdate(end))
        form.fixed_period.setChecked(settings.start is not None)
        form.last_months.setChecked(settings.start is None)
        form.currency.setCurrentText(settings.currency)
        form.a_share.setValue(float(settings.a_share))
        form.b_share.setValue(float(settings.b_share))
        form.x_limit.setValue(float(settings.x_limit))
        form.y_limit.setValue(float(settings.y_limit))
        form.min_months.setValue(settings.min_months)
        self._period_mode()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _period_mode(self) -> None:
        fixed = self.form.fixed_period.isChecked()
        self.form.months.setEnabled(not fixed)
        self.form.start.setEnabled(fixed)
        self.form.end.setEnabled(fixed)

    def values(self) -> ClassSettings:
        form = self.form
        fixed = form.fixed_period.isChecked()
        return ClassSettings(
            months=form.months.value(),
            start=python_date(form.start.date()) if fixed else None,
            end=python_date(form.end.date()) if fixed else None,
            currency=form.currency.currentText(),
            a_share=Decimal(str(round(form.a_share.value(), 1))),
            b_share=Decimal(str(round(form.b_share.value(), 1))),
            x_limit=Decimal(str(round(form.x_limit.value(), 1))),
            y_limit=Decimal(str(round(form.y_limit.value(), 1))),
            min_months=form.min_months.value())

    def save(self) -> None:
        settings = self.values()
        try:
            settings = settings.checked()  # at once, before anything reaches the worker
        except ValidationError as exc:
            self._refused(exc)
            return
        self.buttons.setEnabled(False)
        self.app.worker.submit(lambda: self.classes.save_settings(settings), self._saved,
                               self._refused)

    def _saved(self, _settings: ClassSettings) -> None:
        self.saved.emit()
        self.app.coordinator.data_changed.emit("marketing.classes")
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            text = MESSAGES.get(exc.field)
            field = "end" if exc.field == "start" else exc.field
            self.errors.show_all({field: QCoreApplication.translate(
                "ClassSettingsDialog", text) if text else exc.reason}, focus=True)
        else:
            from crm_desktop.ui.messages import describe

            self.errors.show_all({"months": describe(exc)})
