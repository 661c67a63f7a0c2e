"""The import wizard: choose a file (.xlsx, .csv or .vcf), check the guessed column mapping
(and the sheet), preview the rows or cards with their errors, then import (all or only the
valid ones) with progress and cancel, and keep the report.

Reading the file and the existing records runs on the database worker: a large workbook
never freezes the window. The columns the file has and the mapping leaves out are listed,
and on companies they can be kept as custom fields."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.exchange.spreadsheets import LABELS, ImportCancelled, ImportPlan
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.crash import describe
from crm_desktop.ui.imports.texts import (
    CUSTOM,
    action_text,
    cell_text,
    cell_value,
    field_title,
    note_text,
    refusal_text,
)

KINDS = [("companies", QT_TRANSLATE_NOOP("ImportWizard", "Companies")),
         ("contacts", QT_TRANSLATE_NOOP("ImportWizard", "People")),
         ("deals", QT_TRANSLATE_NOOP("ImportWizard", "Deals"))]
PREVIEW_ROWS = 200
CARD_COLUMNS = ["last_name", "first_name", "middle_name", "company", "position", "phones",
                "emails", "birthday", "birthday_md", "tags"]
EVENT_COLUMNS = ["title", "due_at", "all_day", "duration_min", "birthday_of", "birthday",
                 "birthday_md"]


def is_vcard(path: Path) -> bool:
    return path.suffix.lower() in (".vcf", ".vcard")


def is_calendar(path: Path) -> bool:
    return path.suffix.lower() in (".ics", ".ical")


class CheckedPage(QWizardPage):
    """A page whose Next asks `validate` first."""

    def __init__(self, validate: Callable[[], bool]) -> None:
        super().__init__()
        self._validate = validate

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        return self._validate()


class ImportWizard(QWizard):
    finished_import = Signal(object)  # the ImportReport
    plan_ready = Signal(bool)  # the file was read (True) or refused (False)
    # The import's outcome. It shadows QDialog.result(), which nothing calls on this wizard;
    # the tests read the label by this name (tests/ui/test_import_preview_russian.py).
    result: QLabel  # type: ignore[assignment]

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.plan: ImportPlan | None = None
        self.report = None
        self._planned_for: tuple[str, str] | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Import"))
        self.resize(900, 600)
        self.addPage(self._file_page())
        self.addPage(self._preview_page())
        self.addPage(self._run_page())

    # -- page 1: the file -----------------------------------------------------------------------
    def _file_page(self) -> QWizardPage:
        page = CheckedPage(self._validate_file)
        page.setTitle(self.tr("Choose a file"))
        page.setSubTitle(self.tr("Excel (.xlsx), CSV or text in any encoding, vCards (.vcf) "
                                 "from a phone or a mail program, or a calendar (.ics)"))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.kind = QComboBox()
        for value, label in KINDS:
            self.kind.addItem(self.tr(label), value)
        self.file_error = QLabel()
        self.file_error.setObjectName("fieldError")
        self.file_error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("What the rows are:")))
        layout.addWidget(self.kind)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        return page

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import"), str(Path.home()),
            self.tr("Excel, CSV, vCard, iCalendar (*.xlsx *.csv *.txt *.vcf *.ics)"))
        if path:
            self.path.setText(path)

    def _validate_file(self) -> bool:
        """Next reads the file on the worker; the wizard moves on when it has been read."""
        key = (self.path.text().strip(), self.kind.currentData())
        if self.plan is not None and self._planned_for == key:
            return True
        self._load_plan(advance=True)
        return False

    def _load_plan(self, mapping: dict[int, str] | None = None, sheet: str | None = None,
                   advance: bool = False) -> None:
        if self._loading:
            return
        path, kind = Path(self.path.text().strip()), self.kind.currentData()
        key = (self.path.text().strip(), kind)
        crm = self.app.crm
        self._loading = True
        self.file_error.setText(self.tr("Reading the file…"))

        def work() -> ImportPlan:
            if is_vcard(path):
                return crm.vcards.plan(path)
            if is_calendar(path):
                return crm.ical.plan(path)
            return crm.spreadsheets.plan(path, kind, mapping, sheet)

        def done(plan: ImportPlan) -> None:
            self._loading = False
            self.plan, self._planned_for = plan, key
            self.file_error.clear()
            self._fill_preview()
            self.plan_ready.emit(True)
            if advance and self.currentId() == 0:
                self.next()

        def failed(exc: BaseException) -> None:
            self._loading = False
            self.file_error.setText(describe(exc))
            self.plan_ready.emit(False)

        self.app.worker.submit(work, done, failed)

    # -- page 2: mapping and preview --------------------------------------------------------------
    def _preview_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Columns and rows"))
        page.setSubTitle(self.tr("Check which column goes where; rows with errors are red "
                                 "and say why."))
        self.source = QLabel()  # encoding and sheet used
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _i: self._load_plan(sheet=self.sheet.currentText()))
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                                self.tr("Field")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)  # its heading and the file's names
        self.mapping.setMaximumHeight(180)
        self.unmapped = QLabel()
        self.unmapped.setWordWrap(True)
        self.preview = QTableWidget()
        self.summary = QLabel()
        self.apply_mapping = QPushButton(self.tr("Apply the mapping"))
        self.apply_mapping.clicked.connect(self._remap)
        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(self.sheet)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.mapping)
        layout.addWidget(self.unmapped)
        layout.addWidget(self.apply_mapping, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        return page

    def _fill_preview(self) -> None:
        plan = self.plan
        assert plan is not None
        vcard = plan.unit in ("card", "event")  # no columns to map
        facts = []
        if plan.encoding:
            facts.append(self.tr("Read as %1").replace("%1", plan.encoding))
        if plan.sheet:
            facts.append(self.tr("Sheet: %1").replace("%1", plan.sheet))
        self.source.setText("; ".join(facts))
        self.sheet.clear()
        self.sheet.addItems(plan.sheets)
        self.sheet.setCurrentText(plan.sheet or "")
        self.sheet.setVisible(len(plan.sheets) > 1)
        self.mapping.setVisible(not vcard)
        self.apply_mapping.setVisible(not vcard)
        self._fill_mapping(plan)
        columns = (CARD_COLUMNS if plan.unit == "card" else EVENT_COLUMNS) if vcard else \
            list(dict.fromkeys(
            plan.mapping[i] for i in sorted(plan.mapping)))
        self.preview.clear()
        self.preview.setColumnCount(len(columns) + 2)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Item") if vcard else self.tr("Row"), self.tr("Action")]
            + [field_title(c) for c in columns])
        shown = plan.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, row in enumerate(shown):
            action = "; ".join(note_text(e) for e in row.errors) if row.errors else \
                (note_text(row.note) if row.note else action_text(row.action))
            cells = [str(row.row), action] + [cell_text(cell_value(row.values, c)) for c in columns]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.errors:
                    item.setForeground(QBrush(QColor("#b91c1c")))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        counts = plan.counts()
        self.summary.setText(self.tr("%1 to create, %2 to update, %3 duplicates, %4 with "
                                     "errors (dry run: nothing is written yet)")
                             .replace("%1", str(counts["create"]))
                             .replace("%2", str(counts["update"]))
                             .replace("%3", str(counts["skip"]))
                             .replace("%4", str(counts["errors"])))

    def _fill_mapping(self, plan: ImportPlan) -> None:
        fields = list(LABELS[plan.kind]) if plan.kind in LABELS else []
        self.mapping.setRowCount(len(plan.headers))
        for row, header in enumerate(plan.headers):
            self.mapping.setItem(row, 0, QTableWidgetItem(header or "—"))
            box = QComboBox()
            box.addItem(self.tr("— not imported —"), "")
            for field in fields:  # the field's name in words; its code stays the data
                box.addItem(field_title(field), field)
            if plan.kind == "companies" and header:
                box.addItem(self.tr("custom field «%1»").replace("%1", header),
                            CUSTOM + header)
            current = plan.mapping.get(row, "")
            box.setCurrentIndex(max(box.findData(current), 0))
            self.mapping.setCellWidget(row, 1, box)
        hint = self.tr("Not imported: %1. Choose a field for them above (or a custom "
                       "field).") if plan.kind == "companies" else \
            self.tr("Not imported: %1. Choose a field for them above.")
        self.unmapped.setText(hint.replace("%1", ", ".join(plan.unmapped))
                              if plan.unmapped else "")

    def _remap(self) -> None:
        mapping = {}
        for row in range(self.mapping.rowCount()):
            box = self.mapping.cellWidget(row, 1)  # a QComboBox in every row (_load_plan)
            name = box.currentData() if isinstance(box, QComboBox) else None
            if name:
                mapping[row] = name
        plan = self.plan
        if plan is not None:
            self.app.worker.submit(lambda: self.app.crm.spreadsheets.remember_mapping(
                plan.kind, plan.headers, mapping))
        self._load_plan(mapping, plan.sheet if plan else None)

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
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(200)
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
        self.cancel_button.setEnabled(plan.unit == "row")
        total = len(plan.valid)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        crm = self.app.crm
        done_rows = [0]  # written by the worker, read by the timer: one int, no widget
        self._progress_timer.timeout.connect(
            lambda: self.progress.setValue(done_rows[0]))
        self._progress_timer.start()

        def work() -> Any:
            if plan.unit == "card":
                return crm.vcards.apply(plan, valid_only=valid_only)
            if plan.unit == "event":
                return crm.ical.apply(plan, valid_only=valid_only)
            return crm.spreadsheets.apply(
                plan, valid_only=valid_only, cancelled=self._cancel.is_set,
                progress=lambda done, _total: done_rows.__setitem__(0, done))

        def stop_timer() -> None:
            self._progress_timer.stop()
            self._progress_timer.timeout.disconnect()

        def finished(report: Any) -> None:
            stop_timer()
            self.report = report
            self.progress.setValue(self.progress.maximum())
            text = self.tr("%1 created, %2 updated, %3 skipped") \
                .replace("%1", str(report.created)).replace("%2", str(report.updated)) \
                .replace("%3", str(len(report.skipped)))
            if report.companies_created:
                text += "; " + self.tr("%1 companies created").replace(
                    "%1", str(report.companies_created))
            self.result.setText(text)
            self.save_report.setEnabled(True)
            self.cancel_button.setEnabled(False)
            kinds = {"companies": "company", "contacts": "contact", "deals": "deal",
                     "tasks": "task"}
            self.app.coordinator.data_changed.emit(kinds[plan.kind])
            if plan.unit == "event":  # birthdays land on people
                self.app.coordinator.data_changed.emit("contact")
            if report.companies_created and plan.kind != "companies":
                self.app.coordinator.data_changed.emit("company")
            self.finished_import.emit(report)

        def failed(exc: BaseException) -> None:
            stop_timer()
            self.start.setEnabled(True)
            self.cancel_button.setEnabled(False)
            self.result.setText(refusal_text(exc) if not isinstance(exc, ImportCancelled)
                                else self.tr("Cancelled: nothing was written."))
            self.finished_import.emit(None)

        self.app.worker.submit(work, finished, failed)

    def _save_report(self) -> None:
        report = self.report
        if report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              str(Path.home() / "import-report.xlsx"),
                                              "Excel (*.xlsx)")
        if path:
            self.app.worker.submit(lambda: report.save(path), None,
                                   lambda exc: self.result.setText(describe(exc)))
