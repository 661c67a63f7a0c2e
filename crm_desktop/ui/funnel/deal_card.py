"""The deal card: client and contact, amount, expected close, next step, line items with
totals, stage history, interactions and tasks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import formatting
from crm_desktop.ui.clients.timeline import channel_label
from crm_desktop.ui.context import AppContext


class DealCard(QDialog):
    document_made = Signal(str)
    open_after = True  # tests turn off opening the file with the system's application

    def __init__(self, app: AppContext, deal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.deal_id = app, deal_id
        self.setWindowTitle(self.tr("Deal"))
        self.resize(760, 560)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.form = QFormLayout()
        self.items = QTableWidget(0, 5)
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Price"),
                                              self.tr("Discount %"), self.tr("Total")])
        self.items.horizontalHeader().setStretchLastSection(True)
        self.history = QListWidget()
        self.activity = QListWidget()
        self.tabs = QTabWidget()
        details = QWidget()
        details.setLayout(self.form)
        self.tabs.addTab(details, self.tr("Deal"))
        self.tabs.addTab(self.items, self.tr("Items"))
        self.tabs.addTab(self.history, self.tr("Stage history"))
        self.tabs.addTab(self.activity, self.tr("History and tasks"))
        self.open_client = QPushButton(self.tr("Open client"))
        self.open_client.setEnabled(False)
        self.template = QComboBox()
        for info in app.crm.documents.templates():
            self.template.addItem(info.key, info.key)
        self.make_document = QPushButton(self.tr("Create document"))
        self.make_document.clicked.connect(self.create_document)
        self.document_status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addWidget(self.template)
        row.addWidget(self.make_document)
        row.addWidget(self.document_status, 1)
        row.addWidget(self.open_client)
        layout.addLayout(row)
        app.worker.submit(lambda: app.crm.funnel.deal_card(deal_id, app.crm), self._show)

    def create_document(self, target: str | None = None) -> None:
        """Fills the chosen template, saves it, links it to the history and opens it."""
        key = self.template.currentData()
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the document"),
                str(Path.home() / f"{key.replace('/', '-')}.docx"), "Word (*.docx)")
            if not target:
                return
        crm, deal_id = self.app.crm, self.deal_id

        def done(path: Path) -> None:
            self.document_status.setText(self.tr("Saved: %1").replace("%1", path.name))
            self.app.coordinator.data_changed.emit("interaction")
            if self.open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            self.document_made.emit(str(path))

        self.app.worker.submit(lambda: crm.documents.generate(key, deal_id, target), done,
                               lambda exc: self.document_status.setText(str(exc)))

    def _show(self, data: dict[str, Any]) -> None:
        deal, stages = data["deal"], data["stages"]
        self.data = data
        self.title.setText(deal.title)
        rows = [
            (self.tr("Client"), data["company"].name if data["company"] else "—"),
            (self.tr("Contact"), data["contact"].display_name if data["contact"] else "—"),
            (self.tr("Stage"), stages[deal.stage_id].name if deal.stage_id in stages else ""),
            (self.tr("Amount"), formatting.money(deal.amount_minor, deal.currency)),
            (self.tr("Expected close"), formatting.day(deal.expected_close)),
            (self.tr("Next step"), f"{deal.next_step or '—'} {formatting.day(deal.next_step_at)}"),
            (self.tr("Source"), deal.source or "—"),
            (self.tr("Loss reason"), deal.loss_reason or "—"),
        ]
        for label, value in rows:
            self.form.addRow(label + ":", QLabel(value))
        self.items.setRowCount(len(data["items"]) + 1)
        for row, (item, total) in enumerate(data["items"]):
            values = [item.name, f"{item.quantity.normalize():f} {item.unit}",
                      formatting.money(item.price_minor, deal.currency),
                      f"{item.discount_percent.normalize():f}",
                      formatting.money(total, deal.currency)]
            for column, value in enumerate(values):
                self.items.setItem(row, column, QTableWidgetItem(value))
        self.items.setItem(len(data["items"]), 0, QTableWidgetItem(self.tr("Total")))
        self.items.setItem(len(data["items"]), 4, QTableWidgetItem(
            formatting.money(data["items_total"], deal.currency)))
        for change in data["history"]:
            source = stages[change.from_stage_id].name if change.from_stage_id in stages else "—"
            target = stages[change.to_stage_id].name if change.to_stage_id in stages else "?"
            reason = f" ({change.loss_reason})" if change.loss_reason else ""
            self.history.addItem(f"{formatting.when(change.changed_at)}  {source} → {target}"
                                 f"{reason}")
        for task in data["tasks"]:
            self.activity.addItem(f"☐ {formatting.when(task.due_at)}  {task.title}")
        for item in data["interactions"]:
            self.activity.addItem(f"{formatting.when(item.occurred_at)}  "
                                  f"{channel_label(item.channel)}: {item.subject or ''}")
        if data["company"]:
            company_id = data["company"].id
            self.open_client.setEnabled(True)
            self.open_client.clicked.connect(
                lambda: self.app.coordinator.open_client.emit("company", company_id))
