"""The client card's marketing tab: the client's ABC/XYZ class with the figures behind it,
and the campaign and lead source that brought the client."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.marketing import ClientProfile, marketing
from crm_desktop.services.marketing.campaigns import CampaignDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext

AFFECTING = {"deal", "company", "contact", "synced", "marketing.classes", "campaign"}


class MarketingCardTab(QWidget):
    loaded = Signal()

    def __init__(self, app: AppContext, kind: str, ident: str) -> None:
        super().__init__()
        self.app, self.kind, self.ident = app, kind, ident
        self.profile: ClientProfile | None = None
        self.classes = QLabel()
        self.classes.setObjectName("cardTitle")
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.campaign = QComboBox()
        self.campaign.setToolTip(self.tr("The campaign that brought this client"))
        self.campaign.activated.connect(lambda _: self._set_campaign())
        self.source = QLabel()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.classes)
        column.addWidget(self.figures)
        form = QFormLayout()
        form.addRow(self.tr("ABC/XYZ class:"), box)
        form.addRow(self.tr("Campaign:"), self.campaign)
        form.addRow(self.tr("Lead source:"), self.source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        for label in (self.figures, self.source):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity in AFFECTING else None)
        self.reload()

    def reload(self) -> None:
        m, kind, ident = marketing(self.app.crm), self.kind, self.ident
        self.app.worker.submit(lambda: (m.profile(kind, ident), m.campaigns.list()),
                               self._show, lambda _exc: None)

    def _set_campaign(self) -> None:
        campaigns, kind, ident = marketing(self.app.crm).campaigns, self.kind, self.ident
        chosen = self.campaign.currentData()
        if self.profile is not None and chosen == self.profile.campaign_id:
            return

        def failed(exc: BaseException) -> None:
            from crm_desktop.ui.messages import describe

            self.app.coordinator.status_message.emit(describe(exc))
            self.reload()

        self.app.worker.submit(lambda: campaigns.attribute(kind, ident, chosen),
                               lambda _: self.app.coordinator.data_changed.emit(kind), failed)

    def _show(self, loaded: tuple[ClientProfile, list[CampaignDTO]]) -> None:
        profile, campaigns = loaded
        self.profile = profile
        self.campaign.blockSignals(True)
        self.campaign.clear()
        self.campaign.addItem("—", None)
        for campaign in campaigns:
            self.campaign.addItem(campaign.name, campaign.id)
        if profile.campaign_id and self.campaign.findData(profile.campaign_id) < 0:
            self.campaign.addItem(profile.campaign or self.tr("(deleted campaign)"),
                                  profile.campaign_id)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(profile.campaign_id)))
        self.campaign.blockSignals(False)
        classed, loc = profile.classed, formatting.locale()
        if classed is None:
            self.classes.setText("—")
            self.figures.setText(self.tr("No won deals in %1 in the analysed period.").replace(
                "%1", profile.currency) if profile.start else self.tr(
                "The classes have not been computed yet (Marketing → ABC/XYZ)."))
        else:
            self.classes.setText(f"{classed.abc}{classed.xyz or ''}")
            period = f"{formatting.day(profile.start)} – {formatting.day(profile.end)}"
            text = self.tr("Revenue %1 (%2 % of all) in %3; %4 months of history").replace(
                "%1", formatting.money(classed.revenue_minor, profile.currency)).replace(
                "%2", loc.toString(classed.share, "f", 2)).replace("%3", period).replace(
                "%4", loc.toString(classed.months))
            if classed.variation is not None:
                text += "; " + self.tr("monthly purchases vary by %1 %").replace(
                    "%1", loc.toString(classed.variation, "f", 1))
            else:
                text += "; " + self.tr("too short a history for XYZ")
            if profile.via_company:
                text += "\n" + self.tr("(the class of the person's company)")
            self.figures.setText(text)
        self.source.setText(profile.lead_source or "—")
        self.loaded.emit()
