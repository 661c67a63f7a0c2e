"""Working a call list from the keyboard: the next client, the number (C or the link calls it
through the softphone setting), the script beside it, the outcome in one key."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.zones import at_local, user_zone
from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.call_lists import CallItem, CallListDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import python_datetime
from crm_desktop.ui.telephony.dialer import dial


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
        tomorrow = self.app.crm.now().astimezone(zone).date() + timedelta(days=1)
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
            dial(self.item.phone)  # the softphone command, else the system's dialer

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
            when = python_datetime(self.callback_at.dateTime())
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter in a field does not close the screen: the number keys do the work
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.setFocus()
            return
        super().keyPressEvent(event)
