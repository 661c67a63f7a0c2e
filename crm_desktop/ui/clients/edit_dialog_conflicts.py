"""A saved edit of a client as an undoable command, and the dialog in which a person chooses,
field by field, between their value and the one someone else saved meanwhile.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import EditConflict, ValidationError
from crm_desktop.domain.zones import user_zone
from crm_desktop.services.clients.client_fields import FieldConflict
from crm_desktop.ui.clients.commands import WorkerCommand
from crm_desktop.ui.clients.edit_dialog_fields import shown
from crm_desktop.ui.clients.field_labels import field_label
from crm_desktop.ui.context import AppContext


class EditCommand(WorkerCommand):
    """Undo/redo of one saved edit: only its fields, and never over a change made since."""

    def __init__(self, app: AppContext, kind: str, ident: str, before: dict[str, Any],
                 after: dict[str, Any], text: str) -> None:
        super().__init__(app, kind, text)
        self.ident, self.before, self.after = ident, before, after

    def _service(self) -> Any:
        return self.app.crm.companies if self.kind == "company" else self.app.crm.contacts

    def do(self) -> str | None:
        self._write(self.after, self.before)
        return None

    def revert(self) -> str | None:
        self._write(self.before, self.after)
        return None

    def _write(self, values: dict[str, Any], base: dict[str, Any]) -> None:
        try:
            self._service().save_changes(self.ident, values, base)
        except EditConflict as exc:
            raise ValidationError(exc.conflicts[0].field, QApplication.translate(
                "ClientDialog", "%1 was changed again since; that change stays").replace(
                "%1", ", ".join(field_label(c.field) for c in exc.conflicts))) from exc


class ConflictDialog(QDialog):
    """For each field changed meanwhile: who and when, and "keep mine" or "take theirs"."""

    def __init__(self, conflicts: list[FieldConflict], parent: QWidget | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed while you edited"))
        self.setMinimumWidth(480)
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Someone changed these fields while you were editing them. "
                               "Choose which value stays."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        zone = user_zone()
        today = (now or datetime.now(zone)).astimezone(zone).date()
        for row, conflict in enumerate(conflicts):
            at = "—"
            if conflict.changed_at is not None:
                local = conflict.changed_at.astimezone(zone)
                at = local.strftime("%H:%M" if local.date() == today else "%d.%m.%Y %H:%M")
            if conflict.by_sync:
                text = self.tr("«%1» was changed on another computer at %2 while you edited")
            elif conflict.changed_by:
                text = self.tr("«%1» was changed by %3 at %2 while you edited")
            else:
                text = self.tr("«%1» was changed at %2 while you edited")
            about = QLabel(text.replace("%1", field_label(conflict.field)).replace("%2", at)
                           .replace("%3", conflict.changed_by or ""))
            about.setWordWrap(True)
            mine = QRadioButton(self.tr("Keep mine: %1").replace("%1", shown(conflict.mine)))
            theirs = QRadioButton(self.tr("Take theirs: %1").replace(
                "%1", shown(conflict.theirs)))
            for button in (mine, theirs):
                button.setToolTip(button.text())
            mine.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(mine, 0)
            group.addButton(theirs, 1)
            self.groups[conflict.field] = group
            grid.addWidget(about, row * 3, 0)
            grid.addWidget(mine, row * 3 + 1, 0)
            grid.addWidget(theirs, row * 3 + 2, 0)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def take_theirs(self, field: str) -> None:
        self.groups[field].button(1).setChecked(True)

    def choices(self) -> dict[str, str]:
        return {field: "theirs" if group.checkedId() == 1 else "mine"
                for field, group in self.groups.items()}
