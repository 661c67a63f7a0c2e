"""A marketing campaign (forms/marketing_campaign.ui): a refused value is shown beside its
field and nothing is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.dto import UserDTO
from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.campaign_report import CHANNELS
from crm_desktop.services.marketing.campaigns import CampaignDTO
from crm_desktop.services.marketing.segments import SegmentDTO
from crm_desktop.ui.clients.edit_dialog import FieldErrors
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import python_date
from crm_desktop.ui.forms_generated.ui_marketing_campaign import Ui_CampaignDialog
from crm_desktop.ui.funnel.deal_form import CURRENCIES, amount_for_service, amount_text

CHANNEL_NAMES = {
    "mailing": QT_TRANSLATE_NOOP("Channels", "mailing"),
    "exhibition": QT_TRANSLATE_NOOP("Channels", "exhibition"),
    "advertising": QT_TRANSLATE_NOOP("Channels", "advertising"),
    "calls": QT_TRANSLATE_NOOP("Channels", "calls"),
    "web": QT_TRANSLATE_NOOP("Channels", "web"),
}
MESSAGES = {
    "name": QT_TRANSLATE_NOOP("CampaignDialog", "Enter the name (up to 200 characters)"),
    "cost": QT_TRANSLATE_NOOP("CampaignDialog", "Enter a cost such as 150 000,00 (not negative)"),
    "currency": QT_TRANSLATE_NOOP("CampaignDialog", "A three-letter currency code such as RUB"),
    "ends_on": QT_TRANSLATE_NOOP("CampaignDialog", "The campaign must end after it starts"),
    "code": QT_TRANSLATE_NOOP("CampaignDialog",
                              "Another campaign has this code: the web form would not know "
                              "which one brought a lead"),
    "lead_source": QT_TRANSLATE_NOOP("CampaignDialog", "At most 100 characters"),
}


def channel_name(channel: str | None) -> str:
    text = CHANNEL_NAMES.get(channel or "")
    return QCoreApplication.translate("Channels", text) if text else (channel or "")


def qdate(value: Any) -> QDate:
    return QDate(value.year, value.month, value.day)


class CampaignDialog(QDialog):
    saved = Signal(str)

    def __init__(self, app: AppContext, campaign: CampaignDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.campaign = app, campaign
        self.campaigns = marketing(app.crm).campaigns
        self.form = form = Ui_CampaignDialog()
        form.setupUi(self)
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("New campaign"))
        for channel in CHANNELS:
            form.channel.addItem(channel_name(channel), channel)
        form.currency.addItems(CURRENCIES)
        form.segment.addItem(self.tr("none"), None)
        form.responsible.addItem(self.tr("me"), None)
        self.errors = FieldErrors(form.form, {
            "name": form.name, "ends_on": form.period_label, "cost": form.cost_label,
            "lead_source": form.lead_source, "code": form.code})
        form.has_period.toggled.connect(self._period)
        form.buttons.accepted.connect(self.save)
        form.buttons.rejected.connect(self.reject)
        self.save_button = form.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        crm, segments = app.crm, marketing(app.crm).segments
        app.worker.submit(lambda: (crm.users.list(), segments.list(),
                                   crm.reference.names("lead_sources")), self._fill)

    def _fill(self, loaded: tuple[list[UserDTO], list[SegmentDTO], list[str]]) -> None:
        users, segments, sources = loaded
        form, campaign = self.form, self.campaign
        for user in users:
            form.responsible.addItem(user.name, user.id)
        for segment in segments:
            form.segment.addItem(segment.name, segment.id)
        form.lead_source.addItem("")
        form.lead_source.addItems(sources)
        today = QDate.currentDate()
        form.starts_on.setDate(today)
        form.ends_on.setDate(today.addMonths(1))
        if campaign is not None:
            form.name.setText(campaign.name)
            form.channel.setCurrentIndex(max(0, form.channel.findData(campaign.channel)))
            form.has_period.setChecked(campaign.starts_on is not None)
            if campaign.starts_on:
                form.starts_on.setDate(qdate(campaign.starts_on))
            if campaign.ends_on:
                form.ends_on.setDate(qdate(campaign.ends_on))
            form.cost.setText(amount_text(campaign.cost_minor, campaign.currency))
            form.currency.setCurrentText(campaign.currency)
            form.segment.setCurrentIndex(max(0, form.segment.findData(campaign.segment_id)))
            form.lead_source.setCurrentText(campaign.lead_source or "")
            form.code.setText(campaign.code or "")
            form.responsible.setCurrentIndex(max(0, form.responsible.findData(
                campaign.responsible_id)))
            form.notes.setPlainText(campaign.notes or "")
        self._period()
        self.save_button.setEnabled(True)

    def _period(self) -> None:
        on = self.form.has_period.isChecked()
        self.form.starts_on.setEnabled(on)
        self.form.ends_on.setEnabled(on)

    def values(self) -> dict[str, Any]:
        form = self.form
        dated = form.has_period.isChecked()
        values: dict[str, Any] = {
            "name": form.name.text(), "channel": form.channel.currentData(),
            "starts_on": python_date(form.starts_on.date()) if dated else None,
            "ends_on": python_date(form.ends_on.date()) if dated else None,
            "cost": amount_for_service(form.cost.text()),
            "currency": form.currency.currentText(), "segment_id": form.segment.currentData(),
            "lead_source": form.lead_source.currentText(), "code": form.code.text(),
            "notes": form.notes.toPlainText()}
        if form.responsible.currentData():
            values["responsible_id"] = form.responsible.currentData()
        return values

    def save(self) -> None:
        values, campaigns = self.values(), self.campaigns
        ident = self.campaign.id if self.campaign else None
        self.save_button.setEnabled(False)

        def write() -> CampaignDTO:
            return campaigns.update(ident, **values) if ident else campaigns.create(**values)

        self.app.worker.submit(write, self._saved, self._refused)

    def _saved(self, campaign: CampaignDTO) -> None:
        self.campaign = campaign
        self.app.coordinator.data_changed.emit("campaign")
        self.saved.emit(campaign.id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            text = MESSAGES.get(exc.field)
            field = {"starts_on": "ends_on", "currency": "cost"}.get(exc.field, exc.field)
            self.errors.show_all({field: QCoreApplication.translate("CampaignDialog", text)
                                  if text else exc.reason}, focus=True)
        else:
            from crm_desktop.ui.messages import describe

            self.errors.show_all({"name": describe(exc)})
