"""Call lists: the lists with each employee's progress (for the head), a new list made from
a segment and split among employees, and the keyboard-first screen that works a list.

Working a list (CallWorkDialog): the next client, the number as a tel: link (C or the link
calls it), the script beside; the outcome in one key — 1 no answer, 2 call back at the time
in the field (tomorrow 10:00 unless changed), 3 not interested (with the reason typed in the
field), 4 meeting set, 5 deal created — writes the call and the follow-up and shows the next
client; N skips to the next one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.call_lists import CallListDTO, Progress
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.marketing.call_list_dialog import NewCallListDialog
from crm_desktop.ui.marketing.call_work import CallWorkDialog
from crm_desktop.ui.marketing.reloading import ReloadsWhenShown

__all__ = ["CallListsView", "CallWorkDialog", "NewCallListDialog"]

AFFECTING = {"call_list", "synced", "segment"}


class CallListsView(ReloadsWhenShown, QWidget):
    affecting = AFFECTING
    loaded = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.setObjectName("call_lists")
        self.app = app
        self.m = marketing(app.crm)
        self.stale = True
        self.lists: list[CallListDTO] = []
        self.new_button = QPushButton(self.tr("+ Call list"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_list)
        self.work_button = QPushButton(self.tr("Work the list…"))
        self.work_button.setToolTip(self.tr("Call my clients of this list (Enter)"))
        self.work_button.clicked.connect(self.work)
        self.close_button = QPushButton(self.tr("Close the list"))
        self.close_button.clicked.connect(self.close_list)
        self.list = QListWidget()
        self.list.setObjectName("callLists")
        self.list.setStyleSheet("QListWidget#callLists::item:selected { background: #dbeafe; "
                                "color: #0f172a; }")
        self.list.currentRowChanged.connect(lambda _: self.show_progress())
        self.list.itemActivated.connect(lambda _: self.work())
        self.progress = QTableWidget(0, 9)
        self.progress.setHorizontalHeaderLabels([
            self.tr("Employee"), self.tr("Clients"), self.tr("Called"), self.tr("Reached"),
            self.tr("No answer"), self.tr("Call back"), self.tr("Not interested"),
            self.tr("Meeting"), self.tr("Deal")])
        self.progress.verticalHeader().hide()
        self.progress.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.progress.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.script = QLabel()
        self.script.setWordWrap(True)
        self.script.setObjectName("countLabel")
        self.empty = QLabel(self.tr(
            "A call list is made from a segment and split among the people who call: evenly, "
            "by region or by responsible person. Each works their part from “Work the list…”, "
            "one key per outcome; the head sees the progress here."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyState")
        bar = QHBoxLayout()
        for button in (self.new_button, self.work_button, self.close_button):
            bar.addWidget(button)
        bar.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Progress by employee")))
        right_layout.addWidget(self.progress, 1)
        right_layout.addWidget(self.script)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 940])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        app.coordinator.data_changed.connect(self._changed)
        self._buttons()

    def reload(self) -> None:
        self.stale = False
        self.app.worker.submit(self.m.call_lists.list, self._show)

    def _show(self, lists: list[CallListDTO]) -> None:
        current = self.current()
        self.lists = lists
        self.list.blockSignals(True)
        self.list.clear()
        for item in lists:
            self.list.addItem(QListWidgetItem(item.name))
        row = next((i for i, c in enumerate(lists) if current and c.id == current.id),
                   0 if lists else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.empty.setVisible(not lists)
        self.show_progress()
        self.loaded.emit()

    def current(self) -> CallListDTO | None:
        row = self.list.currentRow()
        return self.lists[row] if 0 <= row < len(self.lists) else None

    def _buttons(self) -> None:
        chosen = self.current() is not None
        self.work_button.setEnabled(chosen)
        self.close_button.setEnabled(chosen)

    def show_progress(self) -> None:
        self._buttons()
        chosen = self.current()
        if chosen is None:
            self.progress.setRowCount(0)
            self.script.setText("")
            return
        lists = self.m.call_lists
        self.app.worker.submit(lambda: lists.progress(chosen.id), self._progress)
        self.script.setText(self.tr("Script: %1").replace("%1", chosen.script)
                            if chosen.script else "")

    def _progress(self, rows: list[Progress]) -> None:
        self.progress.setRowCount(len(rows))
        loc = formatting.locale()
        for r, p in enumerate(rows):
            counts = [p.total, p.called, p.reached, *(p.outcomes[o] for o in (
                "no_answer", "callback", "not_interested", "meeting", "deal"))]
            texts = [p.assignee if p.assignee_id else self.tr("Total"),
                     *(loc.toString(n) for n in counts)]
            for c, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                self.progress.setItem(r, c, cell)

    def new_list(self) -> QDialog:
        dialog = NewCallListDialog(self.app, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def work(self) -> QDialog | None:
        chosen = self.current()
        if chosen is None:
            return None
        dialog = CallWorkDialog(self.app, chosen, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: self.show_progress())
        self.work_dialog = dialog
        dialog.open()
        return dialog

    def close_list(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        lists = self.m.call_lists
        self.app.worker.submit(lambda: lists.update(chosen.id, closed=True),
                               lambda _: self.app.coordinator.data_changed.emit("call_list"))

    def screenshots(self) -> list[tuple[str, QWidget]]:
        shots: list[tuple[str, QWidget]] = [("new", self.new_list())]
        work = self.work()
        if work is not None:
            shots.append(("work", work))
        return shots
