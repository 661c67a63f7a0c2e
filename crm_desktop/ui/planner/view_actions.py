"""What the planner does with tasks: create (quick add, a double-click or a drag, asking
before the past), reschedule, complete, edit, delete with Ctrl+Z to bring back, dismiss a
day-list item and open the backlog.

A mixin of PlannerView: it expects `app`, `agenda`, `day`, `zone`, `quick`, `user`, `list`
and `generated`. Texts are translated in the view's context, written out for lupdate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QMenu, QWidget

from crm_desktop.ui import formatting
from crm_desktop.ui.planner.complete_dialog import CompleteTaskDialog
from crm_desktop.ui.planner.task_dialog import WorkerCommand, ask

if TYPE_CHECKING:
    from crm_desktop.services.dto import TaskDTO
    from crm_desktop.services.planner.agenda import Agenda
    from crm_desktop.ui.context import AppContext
    from crm_desktop.ui.service.request_panel import RequestWindow

    _PlannerWidget = QWidget  # the view this is mixed into
else:
    _PlannerWidget = object

translate = QCoreApplication.translate


class PlannerActions(_PlannerWidget):
    app: AppContext
    agenda: Agenda | None
    day: date
    zone: tzinfo
    quick: QLineEdit
    user: QComboBox
    generated: QListWidget
    refresh_all: Callable[[], None]  # PlannerView's: fills today from the client cards, reloads
    _status_error: Callable[[BaseException], None]  # PlannerView's: the failure in the bar
    list: QListWidget  # (it hides the builtin list in this class's annotations)

    # -- actions --------------------------------------------------------------------------------
    def _task(self, task_id: str) -> TaskDTO | None:
        return next((i.task for i in (self.agenda.items if self.agenda else [])
                     if i.task.id == task_id), None)

    def reschedule(self, task_id: str, start: datetime, minutes: int) -> None:
        planner = self.app.crm.planner
        self.app.worker.submit(lambda: planner.reschedule(task_id, start, minutes),
                               lambda _: self.app.coordinator.data_changed.emit("task"),
                               self._status_error)

    def create_at(self, start: datetime, minutes: int) -> None:
        """From a drag or a double-click on the grid; a time already past asks first."""
        if start < self.app.crm.now() and not self.confirm_past(start):
            return
        typed = self.quick.text().strip()
        # Without a title typed first, the new task opens for its title and details.
        self._create(edit=not typed, title=typed or translate("PlannerView", "New task"),
                     due_at=start, duration_min=minutes)

    def confirm_past(self, start: datetime) -> bool:
        return ask(self, translate("PlannerView", "A task in the past?"),
                   translate("PlannerView", "%1 has already passed. Create the task there "
                             "anyway? It will be overdue at once.")
                   .replace("%1", formatting.when(start)),
                   translate("PlannerView", "Create in the past"))

    def quick_add(self) -> None:
        title = self.quick.text().strip()
        if not title:
            return
        now = self.app.crm.now().astimezone(self.zone)
        hour = max(now.hour + 1, 9) if self.day == now.date() else 10
        due = datetime.combine(self.day, datetime.min.time()).replace(tzinfo=self.zone) \
            + timedelta(hours=min(hour, 23))
        self._create(title=title, due_at=due.astimezone(UTC))

    def _create(self, edit: bool = False, **values: Any) -> None:
        user_id = self.user.currentData()
        tasks = self.app.crm.tasks

        def make() -> Any:
            return tasks.create(assignee_id=user_id, **values)

        def done(task: Any) -> None:
            self.quick.clear()
            self.app.coordinator.data_changed.emit("task")
            if edit:
                from crm_desktop.ui.planner.task_dialog import TaskDialog

                self.task_dialog = TaskDialog(self.app, task, self)
                self.task_dialog.title.selectAll()
                self.task_dialog.open()

        self.app.worker.submit(make, done,
                               self._status_error)

    def complete(self, task_id: str) -> None:
        task = self._task(task_id)
        if task is None or task.status != "open":
            return
        self.complete_dialog = CompleteTaskDialog(self.app, task, self)
        self.complete_dialog.open()

    def _on_current(self, action: Callable[[str], object]) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            action(item.data(Qt.ItemDataRole.UserRole))

    def _list_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.task_menu(item.data(Qt.ItemDataRole.UserRole),
                           self.list.viewport().mapToGlobal(pos))

    def task_menu(self, task_id: str, where: QPoint) -> None:
        task = self._task(task_id)
        if task is None:
            return
        menu = QMenu(self)
        menu.addAction(translate("PlannerView", "Edit…"), lambda: self.edit(task_id))
        done = menu.addAction(translate("PlannerView", "Done…"), lambda: self.complete(task_id))
        done.setEnabled(task.status == "open")
        menu.addAction(translate("PlannerView", "Delete"), lambda: self.delete(task_id))
        menu.popup(where)
        self.task_menu_shown = menu

    def edit(self, task_id: str) -> None:
        from crm_desktop.ui.planner.task_dialog import TaskDialog

        task = self._task(task_id)
        if task is not None:
            self.task_dialog = TaskDialog(self.app, task, self)
            self.task_dialog.open()

    def delete(self, task_id: str) -> None:
        tasks = self.app.crm.tasks
        self.app.undo_stack.push(WorkerCommand(
            self.app, translate("PlannerView", "Delete task"), lambda: tasks.delete(task_id),
            lambda: tasks.restore(task_id), ("task",)))
        self.app.coordinator.status_message.emit(
            translate("PlannerView", "Task deleted. Ctrl+Z brings it back."))

    def dismiss_selected(self) -> None:
        item = self.generated.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        task_id = item.data(Qt.ItemDataRole.UserRole)
        def done(_: object) -> None:
            self.refresh_all()  # the freed place takes the next item from the backlog
            self.app.coordinator.data_changed.emit("task")

        self.app.worker.submit(lambda: self.app.crm.planner.dismiss(task_id), done)

    def open_request(self, ident: str) -> RequestWindow:
        """A service request from the band of overdue ones, in its own window (the service
        feature's), where it can be taken in work, handed over or resolved."""
        from crm_desktop.ui.service.request_panel import RequestWindow

        window = RequestWindow(self.app, ident, self.window())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.request_window = window
        window.open()
        return window

    def show_backlog(self) -> None:
        from crm_desktop.ui.planner.backlog import BacklogDialog

        user_id = self.user.currentData()
        if not user_id:
            return
        self.backlog = BacklogDialog(self.app, user_id, self.day, self.zone, self)
        self.backlog.open()
