"""A segment's name and conditions (forms/marketing_segment.ui), with the number of clients
it matches counted live (on the worker) as the conditions change. A refused value is shown
beside its field and nothing is saved."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.dto import UserDTO
from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.segment_rules import SegmentRules
from crm_desktop.services.marketing.segments import SegmentDTO
from crm_desktop.ui.clients.edit_dialog import FieldErrors
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.forms_generated.ui_marketing_segment import Ui_SegmentDialog
from crm_desktop.ui.funnel.deal_form import CURRENCIES, amount_for_service, amount_text

MESSAGES = {
    "name": QT_TRANSLATE_NOOP("SegmentDialog", "Enter the name (up to 200 characters)"),
    "won_min": QT_TRANSLATE_NOOP("SegmentDialog", "Enter an amount such as 150 000"),
    "won_max": QT_TRANSLATE_NOOP("SegmentDialog",
                                 "Enter an amount such as 150 000, not below the first"),
    "won_currency": QT_TRANSLATE_NOOP("SegmentDialog", "A three-letter currency code such as RUB"),
    "tags": QT_TRANSLATE_NOOP("SegmentDialog", "At most 200 tags of up to 300 characters"),
    "lead_sources": QT_TRANSLATE_NOOP("SegmentDialog",
                                      "At most 200 sources of up to 300 characters"),
    "city": QT_TRANSLATE_NOOP("SegmentDialog", "At most 200 characters"),
    "industries": QT_TRANSLATE_NOOP("SegmentDialog",
                                    "At most 200 industries of up to 300 characters"),
    "custom": QT_TRANSLATE_NOOP("SegmentDialog",
                                "Write each as field = value, separated by semicolons"),
}
COUNT_DELAY_MS = 250


def split(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))


def custom_pairs(text: str) -> list[list[str]]:
    """"ОКВЭД = 25.1; Размер = крупный" -> [["ОКВЭД", "25.1"], ["Размер", "крупный"]]; a part
    without "=" stays a one-item pair, which the rules refuse (shown beside the field)."""
    pairs = []
    for part in text.split(";"):
        if part.strip():
            key, sep, value = part.partition("=")
            pairs.append([key.strip(), value.strip()] if sep else [part.strip()])
    return pairs


class SegmentDialog(QDialog):
    saved = Signal(str)  # the segment's id
    counted = Signal(int)

    def __init__(self, app: AppContext, segment: SegmentDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.segment = app, segment
        self.segments = marketing(app.crm).segments
        self.form = form = Ui_SegmentDialog()
        form.setupUi(self)
        form.matches.setObjectName("countLabel")
        self.setWindowTitle(self.tr("Edit segment") if segment else self.tr("New segment"))
        form.kind.addItem(self.tr("Companies"), "company")
        form.kind.addItem(self.tr("People"), "contact")
        form.contact_mode.addItem(self.tr("any"), "")
        form.contact_mode.addItem(self.tr("within the last"), "within")
        form.contact_mode.addItem(self.tr("none for"), "none")
        form.open_deals.addItem(self.tr("any"), None)
        form.open_deals.addItem(self.tr("has open deals"), True)
        form.open_deals.addItem(self.tr("has no open deals"), False)
        form.responsible.addItem(self.tr("anyone"), None)
        form.campaign.addItem(self.tr("any"), None)
        form.won_currency.addItems(CURRENCIES)
        self.kind_boxes = {"client": form.kind_client, "prospect": form.kind_prospect,
                           "partner": form.kind_partner, "supplier": form.kind_supplier}
        self.abc_boxes = {"A": form.abc_a, "B": form.abc_b, "C": form.abc_c,
                          "-": form.abc_none}
        self.xyz_boxes = {"X": form.xyz_x, "Y": form.xyz_y, "Z": form.xyz_z,
                          "-": form.xyz_none}
        self._add_rows()
        self.errors = FieldErrors(form.form, {
            "name": form.name, "tags": form.tags, "lead_sources": form.lead_sources,
            "city": form.city, "won": form.won_label,  # the won row holds a layout
            "industries": self.industries, "custom": self.custom})
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self.count)
        for edit in (form.name, form.tags, form.lead_sources, form.city, form.won_min,
                     form.won_max, self.industries, self.custom):
            edit.textEdited.connect(lambda _: self._timer.start())
        for box in (form.kind, form.contact_mode, form.open_deals, form.responsible,
                    form.campaign, form.won_currency, self.stage):
            box.currentIndexChanged.connect(lambda _: self._timer.start())
        for spin in (form.contact_days, form.won_months):
            spin.valueChanged.connect(lambda _: self._timer.start())
        for check in (*self.kind_boxes.values(), *self.abc_boxes.values(),
                      *self.xyz_boxes.values(), form.include_archived):
            check.toggled.connect(lambda _: self._timer.start())
        form.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        form.contact_mode.currentIndexChanged.connect(lambda _: self._contact_mode())
        form.buttons.accepted.connect(self.save)
        form.buttons.rejected.connect(self.reject)
        self.save_button = form.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        crm = app.crm
        app.worker.submit(lambda: (crm.users.list(), _campaigns(app), _stages(app)), self._fill)

    def _add_rows(self) -> None:
        """Industry, custom fields and deal stage, after the city (made here, not in the .ui
        file: the form's layout is shared with its designer file)."""
        form = self.form
        # PySide6's stub says object; it is (row, role)
        position = cast("tuple[int, QFormLayout.ItemRole]", form.form.getWidgetPosition(form.city))
        row = position[0] + 1
        self.industries = QLineEdit(self)
        self.industries.setObjectName("industries")
        self.industries.setPlaceholderText(self.tr("Any; several separated by commas"))
        self.custom = QLineEdit(self)
        self.custom.setObjectName("custom_fields")
        self.custom.setPlaceholderText(self.tr("e.g. OKVED = 25.1; Size = large"))
        self.stage = QComboBox(self)
        self.stage.setObjectName("deal_stage")
        self.stage.addItem(self.tr("any"), None)
        for offset, (text, widget) in enumerate((
                (self.tr("&Industry"), self.industries),
                (self.tr("C&ustom fields"), self.custom),
                (self.tr("Has a deal in s&tage"), self.stage))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.form.insertRow(row + offset, label, widget)

    def _fill(self, loaded: tuple[list[UserDTO], list[tuple[str, str]], list[tuple[str, str]]]
              ) -> None:
        users, campaigns, stages = loaded
        form = self.form
        for ident, name in stages:
            self.stage.addItem(name, ident)
        for user in users:
            form.responsible.addItem(user.name, user.id)
        for ident, name in campaigns:
            form.campaign.addItem(name, ident)
        segment = self.segment
        if segment is not None:
            rules = segment.rules
            form.name.setText(segment.name)
            form.kind.setCurrentIndex(max(0, form.kind.findData(segment.kind)))
            for value, box in self.kind_boxes.items():
                box.setChecked(value in rules.company_kinds)
            form.tags.setText(", ".join(rules.tags))
            form.lead_sources.setText(", ".join(rules.lead_sources))
            if rules.responsible_ids:
                form.responsible.setCurrentIndex(max(0, form.responsible.findData(
                    rules.responsible_ids[0])))
            form.city.setText(rules.city)
            self.industries.setText(", ".join(rules.industries))
            self.custom.setText("; ".join(f"{k} = {v}" for k, v in rules.custom))
            if rules.stage_ids:
                found = self.stage.findData(rules.stage_ids[0])
                if found < 0:  # a stage since deleted still shows what the segment holds
                    self.stage.addItem("—", rules.stage_ids[0])
                    found = self.stage.count() - 1
                self.stage.setCurrentIndex(found)
            if rules.contacted_within_days is not None:
                form.contact_mode.setCurrentIndex(1)
                form.contact_days.setValue(rules.contacted_within_days)
            elif rules.not_contacted_days is not None:
                form.contact_mode.setCurrentIndex(2)
                form.contact_days.setValue(rules.not_contacted_days)
            currency = rules.won_currency
            form.won_currency.setCurrentText(currency)
            for edit, amount in ((form.won_min, rules.won_min), (form.won_max, rules.won_max)):
                edit.setText("" if amount is None else amount_text(amount, currency))
            form.won_months.setValue(rules.won_months)
            form.open_deals.setCurrentIndex(max(0, form.open_deals.findData(rules.open_deals))
                                            if rules.open_deals is not None else 0)
            for value, box in self.abc_boxes.items():
                box.setChecked(value in rules.abc)
            for value, box in self.xyz_boxes.items():
                box.setChecked(value in rules.xyz)
            if rules.campaign_ids:
                form.campaign.setCurrentIndex(max(0, form.campaign.findData(
                    rules.campaign_ids[0])))
            form.include_archived.setChecked(rules.include_archived)
            form.notes.setPlainText(segment.notes or "")
        self._kind_changed()
        self._contact_mode()
        self.save_button.setEnabled(True)
        self.count()

    def _kind_changed(self) -> None:
        """People have no company type of their own: it is their company's (see the hint)."""
        people = self.form.kind.currentData() == "contact"
        self.form.company_kinds_label.setText(self.tr("Company type (of their company)")
                                              if people else self.tr("Company type"))

    def _contact_mode(self) -> None:
        self.form.contact_days.setEnabled(bool(self.form.contact_mode.currentData()))

    def _amount(self, field: str, text: str, currency: str) -> int | None:
        text = text.strip()
        if not text:
            return None
        return Money.parse(amount_for_service(text), currency, field).minor

    def rules(self) -> SegmentRules:
        """The conditions as entered; a ValidationError names the field."""
        form = self.form
        currency = form.won_currency.currentText().strip().upper() or "RUB"
        mode, days = form.contact_mode.currentData(), form.contact_days.value()
        values: dict[str, Any] = {
            "company_kinds": [k for k, box in self.kind_boxes.items() if box.isChecked()],
            "tags": list(split(form.tags.text())),
            "lead_sources": list(split(form.lead_sources.text())),
            "responsible_ids": [form.responsible.currentData()]
            if form.responsible.currentData() else [],
            "city": form.city.text(),
            "industries": list(split(self.industries.text())),
            "custom": custom_pairs(self.custom.text()),
            "stage_ids": [self.stage.currentData()] if self.stage.currentData() else [],
            "contacted_within_days": days if mode == "within" else None,
            "not_contacted_days": days if mode == "none" else None,
            "won_min": self._amount("won_min", form.won_min.text(), currency),
            "won_max": self._amount("won_max", form.won_max.text(), currency),
            "won_months": form.won_months.value(),
            "won_currency": currency,
            "open_deals": form.open_deals.currentData(),
            "abc": [k for k, box in self.abc_boxes.items() if box.isChecked()],
            "xyz": [k for k, box in self.xyz_boxes.items() if box.isChecked()],
            "campaign_ids": [form.campaign.currentData()] if form.campaign.currentData()
            else [],
            "include_archived": form.include_archived.isChecked(),
        }
        try:
            return SegmentRules.from_dict(values)
        except ValidationError as exc:
            raise ValidationError(exc.field.removeprefix("rules."), exc.reason) from exc

    def count(self) -> None:
        try:
            rules = self.rules()
        except ValidationError as exc:
            self._show_error(exc)
            return
        self.errors.clear()
        kind, segments = self.form.kind.currentData(), self.segments
        self.app.worker.submit(lambda: segments.count(kind, rules), self._counted,
                               lambda _exc: None)

    def _counted(self, count: int) -> None:
        people = self.form.kind.currentData() == "contact"
        text = self.tr("Matches %n people", "", count) if people else \
            self.tr("Matches %n companies", "", count)
        self.form.matches.setText(text)
        self.counted.emit(count)

    def save(self) -> None:
        form = self.form
        try:
            rules = self.rules()
        except ValidationError as exc:
            self._show_error(exc)
            return
        name, kind = form.name.text(), form.kind.currentData()
        notes, segments, ident = form.notes.toPlainText(), self.segments, \
            self.segment.id if self.segment else None
        self.save_button.setEnabled(False)

        def write() -> SegmentDTO:
            if ident is None:
                return segments.create(name, kind, rules, notes)
            return segments.update(ident, name=name, kind=kind, rules=rules, notes=notes)

        self.app.worker.submit(write, self._saved, self._refused)

    def _saved(self, segment: SegmentDTO) -> None:
        self.segment = segment
        self.app.coordinator.data_changed.emit("segment")
        self.saved.emit(segment.id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_error(exc)
        else:
            from crm_desktop.ui.messages import describe

            self.errors.show_all({"name": describe(exc)})

    def _show_error(self, exc: ValidationError) -> None:
        field = exc.field.removeprefix("rules.")
        text = MESSAGES.get(field)
        place = "won" if field.startswith("won_") else field
        self.errors.show_all({place: QCoreApplication.translate("SegmentDialog", text)
                              if text else exc.reason}, focus=True)


def _stages(app: AppContext) -> list[tuple[str, str]]:
    """(id, "pipeline: stage") of every live stage, the pipelines in their order."""
    crm = app.crm
    pipelines = crm.pipelines.list()
    named = len(pipelines) > 1
    return [(stage.id, f"{p.name}: {stage.name}" if named else stage.name)
            for p in pipelines for stage in crm.stages.of_pipeline(p.id)]


def _campaigns(app: AppContext) -> list[tuple[str, str]]:
    """(id, name) of the live campaigns, when that part of marketing exists."""
    m = marketing(app.crm)
    campaigns = getattr(m, "campaigns", None)
    if campaigns is None:
        return []
    return [(c.id, c.name) for c in campaigns.list()]
