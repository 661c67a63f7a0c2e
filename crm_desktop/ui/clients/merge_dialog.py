"""Merge two records of one client: for each field that differs, choose which value stays.
The merge goes on the undo stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.ui.clients.commands import WorkerCommand
from crm_desktop.ui.clients.edit_dialog import shown
from crm_desktop.ui.clients.field_labels import field_label
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.messages import describe
from crm_desktop.ui.reasons import translated

translate = QCoreApplication.translate


class MergeCommand(WorkerCommand):
    """Undo and redo of a merge the dialog has done. The merge's id is read when the job
    runs, so an undo queued right behind a redo undoes that redo's merge."""

    def __init__(self, app: AppContext, kind: str, kept: str, merged: str, fields: list[str],
                 merge_id: str, text: str) -> None:
        super().__init__(app, kind, text)
        self.kept, self.merged, self.fields, self.merge_id = kept, merged, fields, merge_id

    def do(self) -> str | None:
        self.merge_id = self.app.crm.merges.merge(self.kind, self.kept, self.merged,
                                                  self.fields)
        return None

    def revert(self) -> str | None:
        report = self.app.crm.merges.undo(self.merge_id)
        if report.kept_later_edits:
            return translate("MergeDialog", "Later edits kept: %1").replace(
                "%1", ", ".join(field_label(f) for f in report.kept_later_edits))
        if report.left_in_place:
            return translate("MergeDialog", "%1 record(s) moved elsewhere since stay there") \
                .replace("%1", str(report.left_in_place))
        return None


class MergeDialog(QDialog):
    def __init__(self, app: AppContext, kind: str, first: str, second: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.kind, self.ids = app, kind, (first, second)
        self.setWindowTitle(self.tr("Merge two records"))
        self.grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        intro = QLabel(self.tr("The first record stays. For each field that differs, choose "
                               "the value to keep. History, deals and tasks of the second move "
                               "to the first. Ctrl+Z undoes the merge."))
        intro.setWordWrap(True)
        self.setMinimumWidth(520)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        service = app.crm.companies if kind == "company" else app.crm.contacts
        app.worker.submit(lambda: (service.get(first), service.get(second),
                                   app.crm.merges.fields(kind)), self._fill)

    def _fill(self, data: tuple[Any, Any, list[str]]) -> None:
        kept, other, fields = data
        self.grid.addWidget(QLabel(f"<b>{kept.display_name}</b>"), 0, 1)
        self.grid.addWidget(QLabel(f"<b>{other.display_name}</b>"), 0, 2)
        row = 1
        for field in fields:
            left, right = getattr(kept, field), getattr(other, field)
            if left == right or right in (None, "", [], {}):
                continue
            group = QButtonGroup(self)
            a, b = QRadioButton(shown(left)), QRadioButton(shown(right))
            a.setChecked(True)
            group.addButton(a, 0)
            group.addButton(b, 1)
            self.groups[field] = group
            self.grid.addWidget(QLabel(field_label(field)), row, 0)
            self.grid.addWidget(a, row, 1)
            self.grid.addWidget(b, row, 2)
            row += 1
        if row == 1:
            self.grid.addWidget(QLabel(self.tr("No field differs.")), 1, 0, 1, 3)
        self.adjustSize()  # the rows arrive after the dialog opened

    def take_from_second(self) -> list[str]:
        return [f for f, group in self.groups.items() if group.checkedId() == 1]

    def choose_second(self, field: str) -> None:
        self.groups[field].button(1).setChecked(True)

    def merge(self) -> None:
        """Merges on the worker; the dialog stays (and Ctrl+Z cannot reach the window)
        until the merge is done, then the undo step is pushed: nothing is claimed early."""
        kind, (kept, merged), fields = self.kind, self.ids, self.take_from_second()
        self.merge_button.setEnabled(False)
        self.error.hide()

        def done(merge_id: str) -> None:
            self.app.undo_stack.push(MergeCommand(self.app, kind, kept, merged, fields,
                                                  merge_id, self.tr("Merge")))
            self.app.coordinator.data_changed.emit(kind)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.merge_button.setEnabled(True)
            self.error.setText(translated(exc.reason) if isinstance(exc, ValidationError)
                               else describe(exc))
            self.error.show()

        self.app.worker.submit(lambda: self.app.crm.merges.merge(kind, kept, merged, fields),
                               done, failed)
