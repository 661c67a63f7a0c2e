"""Editing one history entry (channel, time, subject, outcome, text); who logged it is shown,
not edited. The edit goes on the undo stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.dto import InteractionDTO
from crm_desktop.ui.clients.timeline import CHANNELS, channel_icon, channel_label
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import moment_row, today_of
from crm_desktop.ui.planner.task_dialog import (
    GuardedDialog,
    WorkerCommand,
    error_text,
    moment_of,
    name_buttons,
)


class HistoryDialog(GuardedDialog):
    saved = Signal(str)  # interaction id

    def __init__(self, app: AppContext, item: InteractionDTO, author: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.item = app, item
        self.setWindowTitle(self.tr("History entry"))
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel_icon(channel), channel_label(channel), channel)
        self.channel.setCurrentIndex(max(0, self.channel.findData(item.channel)))
        when_row, self.when = moment_row(lambda: today_of(app))
        self.when.set_value(item.occurred_at)
        self.subject = QLineEdit(item.subject or "")
        self.subject.setMaxLength(500)
        self.outcome = QLineEdit(item.outcome or "")
        self.outcome.setMaxLength(200)
        self.body = QPlainTextEdit(item.body or "")
        self.body.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Logged by:"), QLabel(author or self.tr("unknown")))
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("When:"), when_row)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Text:"), self.body)
        buttons = name_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                                | QDialogButtonBox.StandardButton.Cancel))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.watch(self.channel, self.when.edit, self.when.clock, self.subject, self.outcome,
                   self.body)
        self.resize(520, self.sizeHint().height())  # long subjects readable, 1366 px wide fits
        for line in self.findChildren(QLineEdit):
            line.setCursorPosition(0)  # the start of a long text, not its end

    def values(self) -> dict[str, Any]:
        return {"channel": self.channel.currentData(), "occurred_at": moment_of(self.when),
                "subject": self.subject.text().strip() or None,
                "outcome": self.outcome.text().strip() or None,
                "body": self.body.toPlainText().strip() or None}

    def save(self) -> None:
        try:
            values = self.values()
        except ValueError as exc:  # the day as typed is refused
            self.error.setText(str(exc))
            self.error.show()
            self.when.edit.setFocus()
            return
        if not values["subject"] and not values["outcome"] and not values["body"]:
            self.error.setText(self.tr("Write what happened"))
            self.error.show()
            self.subject.setFocus()
            return
        service, ident = self.app.crm.interactions, self.item.id
        before = service.fields_of(self.item)

        def done(_: object) -> None:
            self.app.undo_stack.push(WorkerCommand(
                self.app, self.tr("Edit history entry"),
                lambda: service.update(ident, **values),
                lambda: service.update(ident, **before), ("interaction",)))
            self.saved.emit(ident)
            self.dirty = False
            self.accept()

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        self.app.worker.submit(lambda: service.update(ident, **values), done, failed)
