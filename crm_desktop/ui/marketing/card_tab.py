"""The client card's marketing tab: the client's ABC/XYZ class with the figures behind it,
and the campaign and lead source that brought the client."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.marketing import ClientProfile, marketing
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
        self.campaign = QLabel()
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
        for label in (self.figures, self.campaign, self.source):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity in AFFECTING else None)
        self.reload()

    def reload(self) -> None:
        m, kind, ident = marketing(self.app.crm), self.kind, self.ident
        self.app.worker.submit(lambda: m.profile(kind, ident), self._show, lambda _exc: None)

    def _show(self, profile: ClientProfile) -> None:
        self.profile = profile
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
        self.campaign.setText(profile.campaign or "—")
        self.source.setText(profile.lead_source or "—")
        self.loaded.emit()
