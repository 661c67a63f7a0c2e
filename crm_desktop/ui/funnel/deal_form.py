"""The deal's fields. One form (forms/deal_form.ui) serves the "new deal" dialog and the
deal card; every problem shows beside its field, in the user's language, as you type and
again on saving. The client is picked from suggestions; typing an exact company name without
picking it still finds the company, and a name that matches none is refused, not dropped."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QFormLayout, QLabel, QLayout, QWidget

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.money import Money, validate_currency
from crm_desktop.domain.text import fold
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.crm import Crm
from crm_desktop.services.dto import DealDTO, StageDTO
from crm_desktop.services.funnel.deal_items import MAX_MINOR
from crm_desktop.ui.clients.edit_dialog import FieldErrors
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import DateInput, today_of
from crm_desktop.ui.forms_generated.ui_deal_form import Ui_DealForm

CURRENCIES = ["RUB", "USD", "EUR", "KZT", "BYN", "CNY", "GBP"]
SUGGEST_DELAY_MS = 200
MESSAGES = {
    "title": QT_TRANSLATE_NOOP("DealForm", "Enter the deal's title (up to 300 characters)"),
    "amount": QT_TRANSLATE_NOOP("DealForm", "Enter an amount such as 150 000,50 (not negative)"),
    "currency": QT_TRANSLATE_NOOP("DealForm", "A three-letter currency code such as RUB"),
    "company_id": QT_TRANSLATE_NOOP("DealForm", "No such company: pick one from the list or "
                                                "leave the field empty"),
    "pipeline_id": QT_TRANSLATE_NOOP("DealForm", "Choose a pipeline"),
    "stage_id": QT_TRANSLATE_NOOP("DealForm", "Choose a stage of this pipeline"),
    "loss_reason": QT_TRANSLATE_NOOP("DealForm", "Say why the deal was lost (up to 200 "
                                                 "characters)"),
    "responsible_id": QT_TRANSLATE_NOOP("DealForm", "Choose who is responsible"),
    "source": QT_TRANSLATE_NOOP("DealForm", "Too long: at most 100 characters"),
    "next_step": QT_TRANSLATE_NOOP("DealForm", "Too long: at most 500 characters"),
    "expected_close": QT_TRANSLATE_NOOP("DealForm", "Not a date"),
    "next_step_at": QT_TRANSLATE_NOOP("DealForm", "Not a date"),
}


def message(field: str, reason: str) -> str:
    """The user's-language message for a field's problem (the service's reason otherwise)."""
    if field == "currency" and "items" in reason:
        return QCoreApplication.translate("DealForm", "The deal has items priced in its "
                                                      "currency: remove them to change it")
    from crm_desktop.ui.reasons import translated

    text = MESSAGES.get(field)
    return QCoreApplication.translate("DealForm", text) if text else translated(reason)


def amount_for_service(text: str) -> str:
    """What a person typed, in the form Money.parse reads. With both marks, the last is the
    decimal one; a lone comma is decimal unless it groups thousands in a locale whose decimal
    point is a dot ("1,500"); several equal marks between groups of three digits group."""
    from PySide6.QtCore import QLocale

    text = text.strip().replace("\u00a0", "").replace(" ", "") or "0"
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
        return text.replace(group, "").replace(decimal, ".")
    for mark in (",", "."):
        parts = text.split(mark)
        grouped = len(parts) > 1 and all(len(p) == 3 and p.isdigit() for p in parts[1:])
        if len(parts) > 2 and grouped:
            return "".join(parts)
        if len(parts) == 2 and mark == ",":
            dot_locale = QLocale().decimalPoint() == "."
            return "".join(parts) if grouped and dot_locale else ".".join(parts)
    return text


def amount_text(minor: int, currency: str) -> str:
    """An amount for editing: groups and decimal mark of the locale, no currency sign."""
    from crm_desktop.ui import formatting

    return formatting.money(minor, currency).rsplit("\u00a0", 1)[0]


def nested_error(errors: FieldErrors, form: QFormLayout, name: str, widget: QWidget,
                 row_layout: QLayout) -> None:
    """An error line under a field that sits in a row layout of its own (amount with its
    currency, a date with its check box): FieldErrors places lines under direct fields."""
    row, _ = form.getLayoutPosition(row_layout)
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    form.insertRow(row + 1, "", label)
    errors.fields[name] = widget
    errors.labels[name] = label


def show_problems(errors: FieldErrors, problems: dict[str, str], keep_focus: bool) -> None:
    """Every problem at once, each under its field, no stale one left; while typing, the
    focus stays where the person is, on saving it goes to the first problem."""
    errors.show_all(problems, focus=not keep_focus)


def resolve_company(crm: Crm, text: str, picked: tuple[str, str] | None) -> str | None:
    """The company the field names: the picked one, else the one whose name is exactly the
    text (case and ё/е ignored); refused when none or several match. Runs on the worker."""
    text = text.strip()
    if not text:
        return None
    if picked and fold(picked[1]) == fold(text):
        return picked[0]
    exact = [h for h in crm.search.search(text, limit=50, kinds=("company",))
             if fold(h.title) == fold(text)]
    if len(exact) != 1:
        raise ValidationError("company_id", f"no single company named '{text}'")
    return exact[0].id


class DealForm(QWidget):
    """The deal's fields, choices loaded off the GUI thread; values() is ready for the
    service (the client is resolved on saving, see resolve_company)."""

    ready = Signal()
    edited = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.ui = ui = Ui_DealForm()
        ui.setupUi(self)
        self.picked: tuple[str, str] | None = None  # (company id, name) chosen from the list
        self.contact_id: str | None = None
        self.stages: dict[str, list[StageDTO]] = {}
        self.loaded = False
        self.filling = False  # values set by the program, not typed: not an edit
        self.dirty = False
        self.touched: set[str] = set()
        self._wanted: tuple[str | None, str | None] = (None, None)  # pipeline, stage to select
        self._pending: tuple[DealDTO, str] | None = None  # a deal shown before choices load
        self.errors = FieldErrors(ui.form, {
            "title": ui.title, "company": ui.company, "pipeline_id": ui.pipeline,
            "stage_id": ui.stage, "loss_reason": ui.loss_reason, "responsible_id": ui.responsible,
            "source": ui.source, "next_step": ui.next_step})
        for name, widget, row_layout in (("amount", ui.amount, ui.amount_row),
                                         ("expected_close", ui.expected_close, ui.close_row),
                                         ("next_step_at", ui.next_step_at, ui.next_row)):
            nested_error(self.errors, ui.form, name, widget, row_layout)
        ui.currency.addItems(CURRENCIES)
        ui.currency.setMinimumContentsLength(4)
        # typed dates (empty = not set); the calendar opens at the program's today
        self.close_date = DateInput(ui.expected_close, lambda: today_of(app))
        self.next_date = DateInput(ui.next_step_at, lambda: today_of(app))
        self.close_date.changed.connect(lambda: self._edited("expected_close"))
        self.next_date.changed.connect(lambda: self._edited("next_step_at"))
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._pick)
        ui.company.setCompleter(self.completer)
        self._suggested: dict[str, str] = {}
        self._suggest_timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._suggest)
        ui.company.textEdited.connect(lambda _: self._suggest_timer.start())
        ui.company.textEdited.connect(lambda _: self._edited("company_id"))
        ui.title.textEdited.connect(lambda _: self._edited("title"))
        ui.amount.textEdited.connect(lambda _: self._edited("amount"))
        ui.currency.currentTextChanged.connect(lambda _: self._edited("amount"))
        ui.next_step.textEdited.connect(lambda _: self._edited("next_step"))
        ui.source.editTextChanged.connect(lambda _: self._edited("source"))
        ui.loss_reason.editTextChanged.connect(lambda _: self._edited("loss_reason"))
        ui.responsible.currentIndexChanged.connect(lambda _: self._edited("responsible_id"))
        ui.pipeline.currentIndexChanged.connect(lambda _: self._fill_stages())
        ui.stage.currentIndexChanged.connect(lambda _: self._stage_changed())
        self._show_loss_reason(False)
        crm = app.crm
        app.worker.submit(lambda: (crm.pipelines.list(), crm.stages.list(limit=None),
                                   crm.users.list(), crm.reference.names("lead_sources"),
                                   crm.reference.names("loss_reasons")), self._fill_choices)

    # -- choices --------------------------------------------------------------------------
    def _fill_choices(self, result: tuple[Any, ...]) -> None:
        pipelines, stages, users, sources, reasons = result
        ui = self.ui
        for widget in (ui.pipeline, ui.stage, ui.responsible):
            widget.blockSignals(True)
        for stage in stages:
            self.stages.setdefault(stage.pipeline_id, []).append(stage)
        for pipeline in pipelines:
            ui.pipeline.addItem(pipeline.name, pipeline.id)
            if pipeline.is_default and self._wanted[0] is None:
                ui.pipeline.setCurrentIndex(ui.pipeline.count() - 1)
        for user in users:
            if user.is_active or user.id == self.app.crm.user_id:
                ui.responsible.addItem(user.name, user.id)
        current = ui.responsible.findData(self.app.crm.user_id)
        ui.responsible.setCurrentIndex(max(current, 0))
        ui.source.addItem("")
        ui.source.addItems(sources)
        ui.loss_reason.addItems(reasons)
        ui.loss_reason.setCurrentIndex(-1)
        for widget in (ui.pipeline, ui.stage, ui.responsible):
            widget.blockSignals(False)
        self.loaded = True
        self.filling = True
        self._select(*self._wanted)
        self.filling = False
        if self._pending is not None:
            self.set_deal(*self._pending)
        self.dirty = False
        self.ready.emit()

    def _fill_stages(self) -> None:
        stage_box = self.ui.stage
        stage_box.blockSignals(True)
        stage_box.clear()
        for stage in self.stages.get(self.ui.pipeline.currentData(), []):
            stage_box.addItem(stage.name, stage.id)
        stage_box.blockSignals(False)
        self._stage_changed()

    def _stage_changed(self) -> None:
        self._show_loss_reason(self.stage_kind() == "lost")
        self._edited("stage_id")

    def stage_kind(self) -> str:
        ident = self.ui.stage.currentData()
        for stage in self.stages.get(self.ui.pipeline.currentData(), []):
            if stage.id == ident:
                return stage.kind
        return "open"

    def _show_loss_reason(self, visible: bool) -> None:
        self.ui.loss_reason.setVisible(visible)
        self.ui.loss_reason_label.setVisible(visible)

    def _select(self, pipeline_id: str | None, stage_id: str | None) -> None:
        self._wanted = (pipeline_id, stage_id)
        if not self.loaded:
            return
        if pipeline_id:
            self.ui.pipeline.setCurrentIndex(max(self.ui.pipeline.findData(pipeline_id), 0))
        self._fill_stages()
        if stage_id:
            self.ui.stage.setCurrentIndex(max(self.ui.stage.findData(stage_id), 0))

    # -- the client field -------------------------------------------------------------------
    def _suggest(self) -> None:
        text = self.ui.company.text().strip()
        if len(text) < 2:
            return
        self.app.worker.submit(
            lambda: self.app.crm.search.search(text, limit=15, kinds=("company",)),
            lambda hits: self._show_suggestions(text, hits))

    def _show_suggestions(self, asked: str, hits: list[Any]) -> None:
        if self.ui.company.text().strip() != asked:
            return  # the person typed on: a newer request follows
        self._suggested = {h.title: h.id for h in hits}
        self.completions.setStringList(list(self._suggested))
        if hits and self.ui.company.hasFocus():
            self.completer.complete()

    def _pick(self, name: str) -> None:
        if name in self._suggested:
            self.picked = (self._suggested[name], name)
            self.ui.company.setText(name)  # before the completer's own update: same text
            self._edited("company_id")

    def set_company(self, ident: str | None, name: str) -> None:
        self.picked = (ident, name) if ident else None
        self.ui.company.setText(name)

    # -- values -----------------------------------------------------------------------------
    def set_deal(self, deal: DealDTO, company_name: str) -> None:
        if not self.loaded:
            self._pending = (deal, company_name)
            return
        self._pending = None
        self.filling = True
        try:
            self._set_values(deal, company_name)
        finally:
            self.filling = False
        self.errors.clear()
        self.touched.clear()
        self.dirty = False

    def _set_values(self, deal: DealDTO, company_name: str) -> None:
        ui = self.ui
        ui.title.setText(deal.title)
        self.set_company(deal.company_id, company_name)
        self.contact_id = deal.contact_id
        ui.amount.setText(amount_text(deal.amount_minor, deal.currency))
        ui.currency.setCurrentText(deal.currency)
        self.close_date.set_value(deal.expected_close)
        self.next_date.set_value(deal.next_step_at)
        ui.next_step.setText(deal.next_step or "")
        ui.source.setCurrentText(deal.source or "")
        ui.loss_reason.setCurrentText(deal.loss_reason or "")
        if deal.responsible_id and ui.responsible.findData(deal.responsible_id) < 0:
            ui.responsible.addItem("—", deal.responsible_id)
        ui.responsible.setCurrentIndex(max(ui.responsible.findData(deal.responsible_id), 0))
        self._select(deal.pipeline_id, deal.stage_id)

    def values(self) -> dict[str, Any]:
        """The fields for DealService.save (the client comes from resolve_company)."""
        ui = self.ui

        def day(field: DateInput) -> date | None:
            try:
                return field.value()
            except ValueError:  # said beside the field by problems()
                return None

        values = {
            "title": ui.title.text(), "amount": amount_for_service(ui.amount.text()),
            "currency": ui.currency.currentText(), "pipeline_id": ui.pipeline.currentData(),
            "stage_id": ui.stage.currentData(), "responsible_id": ui.responsible.currentData(),
            "source": ui.source.currentText(), "next_step": ui.next_step.text(),
            "expected_close": day(self.close_date),
            "next_step_at": day(self.next_date),
        }
        if self.stage_kind() == "lost":
            values["loss_reason"] = ui.loss_reason.currentText()
        if self.contact_id:
            values["contact_id"] = self.contact_id
        return values

    def problems(self) -> dict[str, str]:
        """What can be checked without the database, every field at once."""
        values, found = self.values(), {}
        if not values["title"].strip() or len(values["title"].strip()) > 300:
            found["title"] = message("title", "")
        try:
            currency = validate_currency(values["currency"])
            if Money.parse(values["amount"], currency).minor >= MAX_MINOR:
                found["amount"] = message("amount", "")
        except ValidationError as exc:
            found["amount"] = message(exc.field, exc.reason)
        except ArithmeticError:  # beyond Decimal's precision
            found["amount"] = message("amount", "")
        if not self.loaded or not values["stage_id"]:
            found["stage_id"] = message("stage_id", "")
        reason = (values.get("loss_reason") or "").strip()
        if "loss_reason" in values and (not reason or len(reason) > 200):
            found["loss_reason"] = message("loss_reason", "")
        if len(values["source"].strip()) > 100:
            found["source"] = message("source", "")
        for name, field in (("expected_close", self.close_date), ("next_step_at", self.next_date)):
            if (problem := field.error()) is not None:
                found[name] = problem
        return found

    def _edited(self, field: str) -> None:
        if not self.loaded or self.filling:
            return
        self.dirty = True
        self.touched.add(field)
        if field == "company_id" and self.picked and \
                fold(self.picked[1]) != fold(self.ui.company.text()):
            self.picked = None
        shown = {k: v for k, v in self.problems().items() if k in self.touched}
        show_problems(self.errors, shown, keep_focus=True)
        self.edited.emit()

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):  # deleted meanwhile: on another computer, by sync
            self.errors.show("title", self.tr("This deal no longer exists: it was deleted "
                                              "meanwhile (on another computer?)"))
        elif isinstance(exc, ValidationError):
            field = "amount" if exc.field == "currency" else exc.field
            self.errors.show(field, message(exc.field, exc.reason))
        else:
            from crm_desktop.ui.messages import describe

            self.errors.show("title", describe(exc))

    def save_job(self, ident: str | None) -> tuple[Any, Any]:
        """(the job for the worker, problems found before it); the job returns the deal."""
        problems = self.problems()
        values, company_text, picked = self.values(), self.ui.company.text(), self.picked
        crm = self.app.crm

        def job() -> DealDTO:
            values["company_id"] = resolve_company(crm, company_text, picked)
            return crm.deals.save(ident, **values)

        return job, problems
