"""Call lists: the lists with each employee's progress (for the head), a new list made from
a segment and split among employees, and the keyboard-first screen that works a list.

Working a list (CallWorkDialog): the next client, the number as a tel: link (C or the link
calls it), the script beside; the outcome in one key — 1 no answer, 2 call back at the time
in the field (tomorrow 10:00 unless changed), 3 not interested (with the reason typed in the
field), 4 meeting set, 5 deal created — writes the call and the follow-up and shows the next
client; N skips to the next one."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimeZone, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.zones import at_local, user_zone
from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.call_lists import CallItem, CallListDTO, Progress
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.marketing.reloading import ReloadsWhenShown

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
            values = [p.assignee if p.assignee_id else self.tr("Total"), p.total, p.called,
                      p.reached, *(p.outcomes[o] for o in ("no_answer", "callback",
                                                           "not_interested", "meeting",
                                                           "deal"))]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value if isinstance(value, str) else loc.toString(value))
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


class NewCallListDialog(QDialog):
    saved = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.m = marketing(app.crm)
        self.setWindowTitle(self.tr("New call list"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.segment = QComboBox()
        self.campaign = QComboBox()
        self.campaign.addItem(self.tr("none"), None)
        self.split = QComboBox()
        self.split.addItem(self.tr("evenly"), "even")
        self.split.addItem(self.tr("by region"), "region")
        self.split.addItem(self.tr("by responsible person"), "responsible")
        self.people = QListWidget()
        self.people.setMaximumHeight(130)
        self.script = QPlainTextEdit()
        self.script.setPlaceholderText(self.tr("What to say: shown beside the number"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Segment"), self.segment)
        form.addRow(self.tr("&Who calls"), self.people)
        form.addRow(self.tr("S&plit"), self.split)
        form.addRow(self.tr("C&ampaign"), self.campaign)
        form.addRow(self.tr("Sc&ript"), self.script)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 520)
        crm, m = app.crm, self.m
        app.worker.submit(lambda: (m.segments.list(with_counts=True), crm.users.list(),
                                   m.campaigns.list()), self._fill)

    def _fill(self, loaded: tuple[list, list, list]) -> None:
        segments, users, campaigns = loaded
        loc = formatting.locale()
        for s in segments:
            self.segment.addItem(f"{s.name} ({loc.toString(s.count or 0)})", s.id)
        for user in users:
            item = QListWidgetItem(user.name)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        for c in campaigns:
            self.campaign.addItem(c.name, c.id)

    def chosen_people(self) -> list[str]:
        return [self.people.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        name, segment, people = self.name.text(), self.segment.currentData(), \
            self.chosen_people()
        split, script, campaign = self.split.currentData(), self.script.toPlainText(), \
            self.campaign.currentData()
        if segment is None:
            self.error.setText(self.tr("Make a segment first: the list is made of its clients"))
            return
        lists = self.m.call_lists
        self.buttons.setEnabled(False)
        self.app.worker.submit(
            lambda: lists.create(name, people, segment_id=segment, split=split, script=script,
                                 campaign_id=campaign), self._saved, self._refused)

    def _saved(self, made: CallListDTO) -> None:
        self.app.coordinator.data_changed.emit("call_list")
        self.saved.emit(made.id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        messages = {"name": self.tr("Enter the name (up to 200 characters)"),
                    "assignee_ids": self.tr("Tick at least one employee who calls")}
        if isinstance(exc, ValidationError) and exc.field in messages:
            self.error.setText(messages[exc.field])
        else:
            from crm_desktop.ui.messages import describe

            self.error.setText(describe(exc))


class CallWorkDialog(QDialog):
    """Works the current user's part of a list, one client at a time."""

    shown_item = Signal()
    recorded = Signal(str)

    def __init__(self, app: AppContext, call_list: CallListDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.call_list = app, call_list
        self.lists = marketing(app.crm).call_lists
        self.item: CallItem | None = None
        self.setWindowTitle(self.tr("Calls: %1").replace("%1", call_list.name))
        self.client = QLabel()
        self.client.setObjectName("cardTitle")
        self.client.setWordWrap(True)
        self.phone = QLabel()
        self.phone.setTextFormat(Qt.TextFormat.RichText)
        self.phone.setOpenExternalLinks(False)
        self.phone.linkActivated.connect(lambda _: self.call())
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("countLabel")
        self.callback_at = QDateTimeEdit()
        self.callback_at.setCalendarPopup(True)
        self.callback_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why not interested (for key 3)"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("a note to the call (optional)"))
        self.keys = QLabel(self.tr(
            "<b>1</b> no answer · <b>2</b> call back at the time · <b>3</b> not interested · "
            "<b>4</b> meeting set · <b>5</b> deal created · <b>N</b> next · <b>C</b> call"))
        self.keys.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        script = QTextBrowser()
        script.setPlainText(call_list.script or self.tr("No script for this list."))
        form = QFormLayout()
        form.addRow(self.tr("Call back at:"), self.callback_at)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Note:"), self.note)
        left = QVBoxLayout()
        left.addWidget(self.client)
        left.addWidget(self.phone)
        left.addWidget(self.state)
        left.addLayout(form)
        left.addWidget(self.keys)
        left.addWidget(self.message)
        left.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addWidget(script, 2)
        self.resize(900, 420)
        for key, outcome in (("1", "no_answer"), ("2", "callback"), ("3", "not_interested"),
                             ("4", "meeting"), ("5", "deal")):
            QShortcut(QKeySequence(key), self, lambda o=outcome: self.record(o)).setContext(
                Qt.ShortcutContext.WindowShortcut)
        QShortcut(QKeySequence("N"), self, self.skip).setContext(
            Qt.ShortcutContext.WindowShortcut)
        QShortcut(QKeySequence("C"), self, self.call).setContext(
            Qt.ShortcutContext.WindowShortcut)
        self.load()

    def _default_callback(self) -> None:
        zone = user_zone()
        tomorrow = self.app.crm.ctx.clock.now().astimezone(zone).date() + timedelta(days=1)
        moment = at_local(tomorrow, time(10, 0), zone)
        self.callback_at.setDateTime(QDateTime.fromSecsSinceEpoch(
            int(moment.timestamp()), QTimeZone(zone.key.encode())))

    def load(self, after: str | None = None) -> None:
        lists, ident = self.lists, self.call_list.id
        self.app.worker.submit(lambda: lists.next_item(ident, after=after), self._show)

    def _show(self, item: CallItem | None) -> None:
        self.item = item
        self.reason.clear()
        self.note.clear()
        self._default_callback()
        if item is None:
            self.client.setText(self.tr("Nobody left to call now"))
            self.phone.setText("")
            self.state.setText(self.tr("Call-backs come back here when their time comes."))
        else:
            self.client.setText(item.client)
            number = formatting.phone(item.phone) if item.phone else ""
            self.phone.setText(f'<a href="tel:{item.phone}">{number}</a>' if item.phone
                               else self.tr("no phone number"))
            parts = []
            if item.region:
                parts.append(item.region)
            if item.attempts:
                parts.append(self.tr("calls so far: %1").replace("%1", str(item.attempts)))
            if item.outcome_note:
                parts.append(item.outcome_note)
            self.state.setText(" · ".join(parts))
        self.message.setText("")
        self.setFocus()
        self.shown_item.emit()

    def call(self) -> None:
        if self.item is not None and self.item.phone:
            QDesktopServices.openUrl(QUrl(f"tel:{self.item.phone}"))

    def skip(self) -> None:
        if self.item is not None:
            self.load(after=self.item.id)

    def record(self, outcome: str) -> None:
        item = self.item
        if item is None:
            return
        reason = self.reason.text().strip()
        if outcome == "not_interested" and not reason:
            self.message.setText(self.tr("Type the reason, then press 3 again"))
            self.reason.setFocus()
            return
        when: datetime | None = None
        if outcome == "callback":
            when = self.callback_at.dateTime().toPython()
            when = when.replace(tzinfo=user_zone()) if when.tzinfo is None else when
        note, lists = self.note.text(), self.lists

        def done(saved: CallItem) -> None:
            self.app.coordinator.data_changed.emit("call_list")
            self.app.coordinator.data_changed.emit("interaction")
            self.app.coordinator.data_changed.emit("task")
            if outcome == "deal":
                self.app.coordinator.data_changed.emit("deal")
            self.recorded.emit(outcome)
            self.load(after=saved.id)

        def failed(exc: BaseException) -> None:
            from crm_desktop.ui.messages import describe

            self.message.setText(describe(exc))

        self.app.worker.submit(lambda: lists.record(item.id, outcome, note=note, reason=reason,
                                                    callback_at=when), done, failed)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        # Enter in a field does not close the screen: the number keys do the work
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.setFocus()
            return
        super().keyPressEvent(event)
