"""What the client card does with its history entries and open tasks: edit in a dialog,
complete, delete at once with Ctrl+Z to bring back (from the context menu, Enter, Delete).

A mixin of ClientCard: it expects `app`, `data`, `timeline`, `history` and `tasks`. Texts
are translated in the card's context, written out so that lupdate finds them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QMenu, QWidget

from crm_desktop.services.dto import TaskDTO
from crm_desktop.ui.planner.task_dialog import WorkerCommand

if TYPE_CHECKING:
    from crm_desktop.services.clients.client_card import ClientCardData
    from crm_desktop.ui.clients.timeline import TimelineModel
    from crm_desktop.ui.context import AppContext

    _CardWidget = QWidget  # the card this is mixed into
else:
    _CardWidget = object

translate = QCoreApplication.translate


class CardEntryActions(_CardWidget):
    app: AppContext
    data: ClientCardData | None
    timeline: TimelineModel
    history: QListView
    tasks: QListWidget

    # -- history entries --------------------------------------------------------------------
    def _history_menu(self, pos: QPoint) -> None:
        index = self.history.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(translate("ClientCard", "Edit…"), lambda: self.edit_entry(index.row()))
        menu.addAction(translate("ClientCard", "Delete"), lambda: self.delete_entry(index.row()))
        menu.exec(self.history.viewport().mapToGlobal(pos))

    def edit_entry(self, row: int) -> None:
        from crm_desktop.ui.clients.history_dialog import HistoryDialog

        self.entry_dialog = HistoryDialog(self.app, self.timeline.item(row),
                                          self.timeline.author(row), self)
        self.entry_dialog.open()

    def delete_entry(self, row: int) -> None:
        """Deleted at once; Ctrl+Z brings it back (no question to answer)."""
        item = self.timeline.item(row)
        service = self.app.crm.interactions
        self.app.undo_stack.push(WorkerCommand(
            self.app, translate("ClientCard", "Delete history entry"),
            lambda: service.delete(item.id), lambda: service.restore(item.id), ("interaction",)))
        self.app.coordinator.status_message.emit(
            translate("ClientCard", "History entry deleted. Ctrl+Z brings it back."))

    # -- tasks ------------------------------------------------------------------------------
    def _task_of(self, item: QListWidgetItem | None) -> TaskDTO | None:
        if item is None or self.data is None:
            return None
        ident = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.data.tasks if t.id == ident), None)

    def _task_menu(self, pos: QPoint) -> None:
        task = self._task_of(self.tasks.itemAt(pos))
        if task is None:
            return
        menu = QMenu(self)
        menu.addAction(translate("ClientCard", "Edit…"), lambda: self.edit_task(task))
        menu.addAction(translate("ClientCard", "Done…"), lambda: self.complete_task(task))
        menu.addAction(translate("ClientCard", "Delete"), lambda: self.delete_task(task))
        menu.exec(self.tasks.viewport().mapToGlobal(pos))

    def edit_task(self, task: TaskDTO | None) -> None:
        if task is None:
            return
        from crm_desktop.ui.planner.task_dialog import TaskDialog

        self.task_dialog = TaskDialog(self.app, task, self)
        self.task_dialog.open()

    def complete_task(self, task: TaskDTO) -> None:
        from crm_desktop.ui.planner.complete_dialog import CompleteTaskDialog

        self.complete_dialog = CompleteTaskDialog(self.app, task, self)
        self.complete_dialog.open()

    def delete_task(self, task: TaskDTO | None) -> None:
        if task is None:
            return
        tasks = self.app.crm.tasks
        self.app.undo_stack.push(WorkerCommand(
            self.app, translate("ClientCard", "Delete task"), lambda: tasks.delete(task.id),
            lambda: tasks.restore(task.id), ("task",)))
        self.app.coordinator.status_message.emit(QCoreApplication.translate(
            "ClientCard", "Task deleted. Ctrl+Z brings it back."))
