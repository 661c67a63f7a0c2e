"""The quick-log bar of a client card: the channel, the outcome and a line of text, and
optionally the next step (a task with its reminder) — saved together in one transaction."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
)

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.planner.agenda import local_zone
from crm_desktop.ui.clients.card_parts import QUICK_LOG_KEY, EnterSaves, shrinkable
from crm_desktop.ui.clients.timeline import channel_icon
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import MomentInput
from crm_desktop.ui.planner.task_dialog import error_text, past_ok, reminder_combo

QUICK_CHANNELS = [("call_out", QT_TRANSLATE_NOOP("ClientCard", "Call")),
                  ("email", QT_TRANSLATE_NOOP("ClientCard", "Email")),
                  ("meeting", QT_TRANSLATE_NOOP("ClientCard", "Meeting")),
                  ("chat", QT_TRANSLATE_NOOP("ClientCard", "Chat")),
                  ("note", QT_TRANSLATE_NOOP("ClientCard", "Note"))]
OUTCOMES = [QT_TRANSLATE_NOOP("ClientCard", "Reached"),
            QT_TRANSLATE_NOOP("ClientCard", "No answer"),
            QT_TRANSLATE_NOOP("ClientCard", "Call back later"),
            QT_TRANSLATE_NOOP("ClientCard", "Meeting booked"),
            QT_TRANSLATE_NOOP("ClientCard", "Proposal sent"),
            QT_TRANSLATE_NOOP("ClientCard", "Agreed"),
            QT_TRANSLATE_NOOP("ClientCard", "Declined")]
TASK_KIND_OF_CHANNEL = {"call_out": "call", "email": "email", "meeting": "meeting"}


def _tr(text: str) -> str:
    """For the texts marked above with QT_TRANSLATE_NOOP (literals are written out in full
    below, so that lupdate finds them)."""
    return QCoreApplication.translate("ClientCard", text)


class QuickLog(QFrame):
    logged = Signal(bool)  # whether a next step was planned too

    def __init__(self, app: AppContext, kind: str, ident: str) -> None:
        super().__init__()
        self.setObjectName("quickLog")
        self.app, self.kind, self.ident = app, kind, ident
        self.channel_group = QButtonGroup(self)
        self.channel_group.setExclusive(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for i, (channel, label) in enumerate(QUICK_CHANNELS):
            button = QToolButton()
            button.setText(_tr(label))
            button.setIcon(channel_icon(channel))
            button.setCheckable(True)
            button.setObjectName(f"log_{channel}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(_tr(label))
            self.channel_group.addButton(button, i)
            buttons.addWidget(button)
        self.channel_group.button(0).setChecked(True)
        buttons.addStretch(1)
        self.outcome = QComboBox(editable=True)
        self.outcome.addItem("")
        for outcome in OUTCOMES:
            self.outcome.addItem(_tr(outcome))
        outcome_edit = self.outcome.lineEdit()
        assert outcome_edit is not None  # an editable box has one
        outcome_edit.setPlaceholderText(QCoreApplication.translate("ClientCard", "Outcome"))
        outcome_edit.setMaxLength(200)
        self.outcome.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outcome.setMinimumContentsLength(10)
        self.log_text = QLineEdit(placeholderText=QCoreApplication.translate(
            "ClientCard", "What happened? (Enter to save)"))
        self.log_text.setToolTip(QCoreApplication.translate(
            "ClientCard", "Quick log (%1)").replace("%1", QUICK_LOG_KEY))
        self.log_text.returnPressed.connect(self.log)
        self.log_text.setMaxLength(500)  # the subject's limit: refused as typed, not on save
        self.next_step = QCheckBox(QCoreApplication.translate("ClientCard", "Next step:"))
        self.next_title = QLineEdit(placeholderText=QCoreApplication.translate(
            "ClientCard", "e.g. Send the contract"))
        self.next_title.setEnabled(False)
        self.next_title.setMaxLength(500)
        self.next_title.returnPressed.connect(self.log)
        # the next step's day: typed the way people write dates (the shared date field), an
        # impossible or past date said beside it as it is typed; the time beside it
        self.next_when = QLineEdit()
        self.next_when.setObjectName("nextDate")
        self.next_when.setMaximumWidth(150)
        self.next_when.returnPressed.connect(self.log)
        self.next_time = QTimeEdit()
        self.next_time.installEventFilter(EnterSaves(self, self.log))
        self.next_date_note = shrinkable(QLabel())
        self.next_moment = MomentInput(self.next_when, self.next_time, self._today,
                                       self.next_date_note, warn_past=True)
        self.next_date = self.next_moment.day
        self.next_reminder = reminder_combo()
        self.reset_next_when()
        for widget in (self.next_title, self.next_when, self.next_time, self.next_reminder):
            widget.setEnabled(False)
            self.next_step.toggled.connect(widget.setEnabled)
        self.next_step.toggled.connect(lambda _: self.next_moment.refresh())
        self.log_button = QPushButton(QCoreApplication.translate("ClientCard", "Log"))
        self.log_button.setObjectName("primary")
        self.log_button.clicked.connect(self.log)
        self.log_error = shrinkable(QLabel())
        self.log_error.setObjectName("fieldError")
        self.log_error.hide()
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_step)
        next_row.addWidget(self.next_title, 1)
        when_row = QHBoxLayout()
        when_row.addWidget(self.next_when)
        when_row.addWidget(self.next_time)
        when_row.addWidget(self.next_reminder)
        when_row.addWidget(self.next_date_note, 1)
        when_row.addStretch(0)
        when_row.addWidget(self.log_button)

        quick_layout = QVBoxLayout(self)
        quick_layout.addLayout(buttons)
        text_row = QHBoxLayout()
        text_row.addWidget(self.outcome)
        text_row.addWidget(self.log_text, 1)
        quick_layout.addLayout(text_row)
        quick_layout.addLayout(next_row)
        quick_layout.addLayout(when_row)
        quick_layout.addWidget(self.log_error)

    # -- the next step's date and time ---------------------------------------------------------
    def _now(self) -> datetime:
        return self.app.crm.now().astimezone(local_zone())

    def _today(self) -> date:
        return self._now().date()

    def reset_next_when(self) -> None:
        """The same time tomorrow, at the next full hour."""
        later = (self._now() + timedelta(days=1, hours=1)).replace(minute=0, second=0,
                                                                   microsecond=0)
        self.next_moment.set_value(later)

    def next_due(self) -> datetime | None:
        """The chosen moment in UTC; None (with the reason shown) when the date is refused."""
        try:
            due = self.next_moment.value()
        except ValueError as exc:
            self._log_error(str(exc))
            return None
        if due is None:
            self._log_error(QCoreApplication.translate("ClientCard",
                                                       "Choose the day of the next step"))
        return due

    def focus(self) -> None:
        self.log_text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def log(self) -> None:
        """Quick log: the channel, the outcome and a line of text; optionally a next step
        (a task with its reminder), saved together in one transaction."""
        channel = QUICK_CHANNELS[self.channel_group.checkedId()][0]
        subject = self.log_text.text().strip()
        outcome = self.outcome.currentText().strip() or None
        if not subject and not outcome:
            self._log_error(QCoreApplication.translate(
                "ClientCard", "Write what happened or choose an outcome"))
            self.log_text.setFocus()
            return
        next_step = None
        if self.next_step.isChecked():
            title = self.next_title.text().strip()
            if not title:
                self._log_error(QCoreApplication.translate("ClientCard", "Name the next step"))
                self.next_title.setFocus()
                return
            due = self.next_due()
            if due is None:
                self.next_when.setFocus()
                return
            if not past_ok(self, self.app, due):
                self.next_when.setFocus()
                return
            from crm_desktop.services.planner.tasks import remind_at_for

            next_step = {"title": title, "kind": TASK_KIND_OF_CHANNEL.get(channel, "todo"),
                         "due_at": due,
                         "remind_at": remind_at_for(due, self.next_reminder.currentData())}
        service = self.app.crm.interactions
        link = {"company_id": self.ident} if self.kind == "company" else \
            {"contact_id": self.ident}

        def done(_: object) -> None:
            self.log_text.clear()
            self.outcome.setCurrentIndex(0)
            self.next_step.setChecked(False)
            self.next_title.clear()
            self.reset_next_when()
            self.log_error.hide()
            self.app.coordinator.data_changed.emit("interaction")
            if next_step:
                self.app.coordinator.data_changed.emit("task")
            self.logged.emit(next_step is not None)

        self.app.worker.submit(
            lambda: service.log(next_step=next_step, channel=channel,
                                subject=subject or outcome, outcome=outcome, **link),
            done, lambda exc: self._log_error(error_text(exc)))

    def _log_error(self, message: str) -> None:
        self.log_error.setText(message)
        self.log_error.show()
