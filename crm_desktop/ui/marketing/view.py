"""The marketing view: ABC/XYZ, segments and campaigns, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_desktop.ui.context import AppContext


class MarketingView(QWidget):
    def __init__(self, app: AppContext) -> None:
        super().__init__()
        from crm_desktop.ui.marketing.call_lists_view import CallListsView
        from crm_desktop.ui.marketing.campaigns_view import CampaignsView
        from crm_desktop.ui.marketing.classes_view import ClassesView
        from crm_desktop.ui.marketing.segments_view import SegmentsView

        self.app = app
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.classes = ClassesView(app)
        self.segments = SegmentsView(app)
        self.tabs.addTab(self.segments, self.tr("Segments"))
        self.tabs.addTab(self.classes, self.tr("ABC/XYZ"))
        self.campaigns = CampaignsView(app)
        self.tabs.addTab(self.campaigns, self.tr("Campaigns"))
        self.call_lists = CallListsView(app)
        self.tabs.addTab(self.call_lists, self.tr("Call lists"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
