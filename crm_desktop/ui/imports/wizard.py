"""The import wizard: choose a file, check the guessed column mapping, preview the rows with
their errors, then import (all or only the valid rows) with progress and cancel, and keep
the report."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from crm_desktop.services.spreadsheets import LABELS, ImportCancelled, ImportPlan
from crm_desktop.ui.context import AppContext

KINDS = [("companies", "Companies"), ("contacts", "People"), ("deals", "Deals")]
PREVIEW_ROWS = 200


class ImportWizard(QWizard):
    finished_import = Signal(object)  # the ImportReport

    def __init__(self, app: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.app = app
        self.plan: ImportPlan | None = None
        self.report = None
        self.setWindowTitle(self.tr("Import"))
        self.resize(900, 600)
        self.addPage(self._file_page())
        self.addPage(self._preview_page())
        self.addPage(self._run_page())

    # -- page 1: the file -----------------------------------------------------------------------
    def _file_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Choose a file"))
        page.setSubTitle(self.tr("Excel (.xlsx) or CSV (UTF-8 or Windows-1251, with , or ;)"))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.kind = QComboBox()
        for value, label in KINDS:
            self.kind.addItem(self.tr(label), value)
        self.file_error = QLabel()
        self.file_error.setObjectName("fieldError")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("What the rows are:")))
        layout.addWidget(self.kind)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        page.validatePage = self._load_plan  # type: ignore[method-assign]
        return page

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), str(Path.home()),
                                              "Excel / CSV (*.xlsx *.csv)")
        if path:
            self.path.setText(path)

    def _load_plan(self, mapping: dict[int, str] | None = None) -> bool:
        path, kind = Path(self.path.text().strip()), self.kind.currentData()
        try:  # a quick read-only check; large files are read on the worker below
            self.plan = self.app.crm.spreadsheets.plan(path, kind, mapping)
        except Exception as exc:  # noqa: BLE001  (shown beside the file name)
            self.file_error.setText(str(exc))
            return False
        self.file_error.clear()
        self._fill_preview()
        return True

    # -- page 2: mapping and preview --------------------------------------------------------------
    def _preview_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Columns and rows"))
        page.setSubTitle(self.tr("Check which column goes where; rows with errors are red "
                                 "and say why."))
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                                self.tr("Field")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setMaximumHeight(180)
        self.preview = QTableWidget()
        self.summary = QLabel()
        apply_mapping = QPushButton(self.tr("Apply the mapping"))
        apply_mapping.clicked.connect(self._remap)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping)
        layout.addWidget(apply_mapping, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        return page

    def _fill_preview(self) -> None:
        plan = self.plan
        assert plan is not None
        fields = [""] + list(LABELS[plan.kind])
        self.mapping.setRowCount(len(plan.headers))
        for row, header in enumerate(plan.headers):
            self.mapping.setItem(row, 0, QTableWidgetItem(header or "—"))
            box = QComboBox()
            box.addItems(fields)
            box.setCurrentText(plan.mapping.get(row, ""))
            self.mapping.setCellWidget(row, 1, box)
        columns = [plan.mapping[i] for i in sorted(plan.mapping)]
        self.preview.clear()
        self.preview.setColumnCount(len(columns) + 2)
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Action")] + columns)
        shown = plan.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, row in enumerate(shown):
            action = "; ".join(row.errors) if row.errors else (row.note or row.action)
            cells = [str(row.row), action] + [_shown(row.values.get(c)) for c in columns]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.errors:
                    item.setForeground(QBrush(QColor("#b91c1c")))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        creates = sum(1 for r in plan.rows if not r.errors and r.action == "create")
        updates = sum(1 for r in plan.rows if not r.errors and r.action == "update")
        skips = sum(1 for r in plan.rows if not r.errors and r.action == "skip")
        self.summary.setText(self.tr("%1 to create, %2 to update, %3 duplicates, %4 with "
                                     "errors (dry run: nothing is written yet)")
                             .replace("%1", str(creates)).replace("%2", str(updates))
                             .replace("%3", str(skips)).replace("%4", str(len(plan.errors))))

    def _remap(self) -> None:
        mapping = {}
        for row in range(self.mapping.rowCount()):
            name = self.mapping.cellWidget(row, 1).currentText()
            if name:
                mapping[row] = name
        if self._load_plan(mapping) and self.plan is not None:
            self.app.crm.spreadsheets.remember_mapping(self.plan.kind, self.plan.headers,
                                                       mapping)

    # -- page 3: importing ---------------------------------------------------------------------
    def _run_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Import"))
        self.valid_only = QCheckBox(self.tr("Import only the valid rows (skip the others)"))
        self.start = QPushButton(self.tr("Import"))
        self.start.setObjectName("primary")
        self.start.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.save_report = QPushButton(self.tr("Save the report…"))
        self.save_report.setEnabled(False)
        self.save_report.clicked.connect(self._save_report)
        self._cancel = threading.Event()
        self.cancel_button.clicked.connect(self._cancel.set)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.valid_only)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.save_report)
        layout.addStretch(1)
        return page

    def run(self) -> None:
        plan, valid_only = self.plan, self.valid_only.isChecked()
        if plan is None:
            return
        self._cancel.clear()
        self.start.setEnabled(False)
        self.cancel_button.setEnabled(True)
        total = len(plan.valid)
        self.progress.setRange(0, max(total, 1))
        done_rows = [0]

        def work() -> Any:
            return self.app.crm.spreadsheets.apply(
                plan, valid_only=valid_only,
                progress=lambda done, _total: done_rows.__setitem__(0, done),
                cancelled=self._cancel.is_set)

        def finished(report: Any) -> None:
            self.report = report
            self.progress.setValue(self.progress.maximum())
            self.result.setText(self.tr("%1 created, %2 updated, %3 skipped")
                                .replace("%1", str(report.created))
                                .replace("%2", str(report.updated))
                                .replace("%3", str(len(report.skipped))))
            self.save_report.setEnabled(True)
            self.cancel_button.setEnabled(False)
            self.app.coordinator.data_changed.emit(
                {"companies": "company", "contacts": "contact", "deals": "deal"}[plan.kind])
            self.finished_import.emit(report)

        def failed(exc: BaseException) -> None:
            self.start.setEnabled(True)
            self.cancel_button.setEnabled(False)
            self.result.setText(str(exc) if not isinstance(exc, ImportCancelled)
                                else self.tr("Cancelled: nothing was written."))
            self.finished_import.emit(None)

        self.app.worker.submit(work, finished, failed)

    def _save_report(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              str(Path.home() / "import-report.xlsx"),
                                              "Excel (*.xlsx)")
        if path:
            self.app.worker.submit(lambda: self.report.save(path))


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
