"""One service request on screen: its facts, the status actions, its history and a comment
box (RequestPanel), below the requests list or in a window of its own (RequestWindow), which
the card, the report and the planner open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.service_desk import RequestEvent, RequestRow, desk
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.dialogs import HandoverDialog

ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
RELOAD_ON = ("service_request", "task", "interaction", "company", "contact", "synced")


def html(text: str | None) -> str:
    return (text or "").translate(ESCAPE).replace("\n", "<br>")


class RequestPanel(QWidget):
    """One request: its facts, the status actions, its history and a comment box."""

    changed = Signal(str)

    def __init__(self, app: AppContext, vertical: bool = False) -> None:
        super().__init__()
        self.app = app
        self.request: RequestRow | None = None
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.open_client = QPushButton(self.tr("Open the client"))
        self.open_client.clicked.connect(self._open_client)
        self.buttons: dict[str, QPushButton] = {}
        actions = QGridLayout()
        for number, (key, text) in enumerate((
                ("in_work", self.tr("Take in work")), ("waiting", self.tr("Wait for the client")),
                ("resolved", self.tr("Resolved")), ("closed", self.tr("Close")),
                ("reopen", self.tr("Reopen")), ("handover", self.tr("Hand over…")))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            actions.addWidget(button, number // 3, number % 3)
        self.history = QTextBrowser()
        self.history.setOpenLinks(False)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("A comment, a question to the client, what was "
                                                "done…"))
        self.comment.setMaximumHeight(70)
        self.comment.setTabChangesFocus(True)
        self.add_comment = QPushButton(self.tr("Add comment"))
        self.add_comment.setToolTip(self.tr("Add the comment to the history (Ctrl+Enter)"))
        self.add_comment.clicked.connect(self.post_comment)
        QShortcut(QKeySequence("Ctrl+Return"), self.comment, self.post_comment).setContext(
            Qt.ShortcutContext.WidgetShortcut)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        history_label = QLabel(self.tr("History"))
        history_label.setObjectName("sectionTitle")
        facts = QVBoxLayout()
        facts.setContentsMargins(0, 0, 0, 0)
        facts.addWidget(self.title)
        facts.addWidget(self.facts)
        facts.addWidget(self.open_client, 0, Qt.AlignmentFlag.AlignLeft)
        facts.addLayout(actions)
        facts.addWidget(self.error)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.add_comment, 0, Qt.AlignmentFlag.AlignBottom)
        history = QVBoxLayout()
        history.setContentsMargins(0, 0, 0, 0)
        history.addWidget(history_label)
        history.addWidget(self.history, 1)
        history.addLayout(comment_row)
        layout: QBoxLayout
        if vertical:  # a window of its own: everything in one column
            layout = QVBoxLayout(self)
            layout.addLayout(facts)
            layout.addLayout(history, 1)
        else:  # below the list: the facts and actions left, the history right
            facts.addStretch(1)
            layout = QHBoxLayout(self)
            layout.setContentsMargins(0, 4, 0, 0)
            layout.addLayout(facts, 2)
            layout.addLayout(history, 3)
        self.show_request(None, [])

    def show_request(self, request: RequestRow | None, events: list[RequestEvent]) -> None:
        self.request = request
        self.error.hide()
        enabled = request is not None
        for widget in (self.comment, self.add_comment, self.open_client):
            widget.setEnabled(enabled)
        if request is None:
            self.title.setText(self.tr("Choose a request in the list"))
            self.facts.setText("")
            self.history.setHtml("")
            for button in self.buttons.values():
                button.setEnabled(False)
            return
        self.title.setText(f"{request.number} · {request.subject}")
        due = formatting.when(request.due_at)
        if request.overdue:
            late = self.tr("overdue")
            due = f"<b style='color:#b91c1c'>{html(due)} — {html(late)}</b>"
        else:
            due = html(due)
        facts = [
            (self.tr("Client"), html(request.client)),
            (self.tr("Status"), html(labels.status(request.status))),
            (self.tr("Priority"), html(labels.priority(request.priority))),
            (self.tr("Channel"), html(labels.channel(request.channel))),
            (self.tr("Responsible"), html(request.responsible or "—")),
            (self.tr("Department"), html(request.department or "—")),
            (self.tr("Opened"), html(formatting.when(request.opened_at))),
            (self.tr("Due"), due),
        ]
        if request.resolved_at:
            facts.append((self.tr("Resolved"), html(formatting.when(request.resolved_at))))
        if request.reopen_count:
            facts.append((self.tr("Reopened"), str(request.reopen_count)))
        self.facts.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#64748b;padding-right:8px'>{html(k)}</td><td>{v}</td></tr>"
            for k, v in facts) + "</table>")
        done = request.status in ("resolved", "closed")
        # a status written by hand outside the flow may still be taken in work
        flow = {"new": ("in_work", "waiting", "resolved", "closed"),
                "in_work": ("waiting", "resolved", "closed"),
                "waiting": ("in_work", "resolved", "closed"),
                "resolved": ("closed",), "closed": ()}.get(request.status, ("in_work",))
        for key, button in self.buttons.items():
            if key == "reopen":
                button.setEnabled(done)
            elif key == "handover":
                button.setEnabled(not done)
            else:
                button.setEnabled(key in flow)
        lines = []
        for event in reversed(events):
            head = f"<b>{html(labels.event(event.kind))}</b>"
            if event.kind in ("status", "reopen"):
                head += f": {html(labels.status(event.from_value or ''))} → " \
                        f"{html(labels.status(event.to_value or ''))}"
            elif event.kind == "assign":
                head += f": {html(event.from_value or '—')} → {html(event.to_value or '—')}"
            elif event.kind == "escalated" and event.to_value:
                head += f": {html(event.to_value)}"
            when = html(formatting.when(event.occurred_at))
            who = f" · {html(event.user)}" if event.user else ""
            body = f"<br>{html(event.comment)}" if event.comment else ""
            lines.append(f"<p><span style='color:#64748b'>{when}{who}</span><br>{head}"
                         f"{body}</p>")
        self.history.setHtml("".join(lines))

    def _open_client(self) -> None:
        request = self.request
        if request is None:
            return
        if request.company_id:
            self.app.coordinator.open_client.emit("company", request.company_id)
        elif request.contact_id:
            self.app.coordinator.open_client.emit("contact", request.contact_id)

    def _run(self, fn: Callable[[], object]) -> None:
        ident = self.request.id if self.request else None

        def done(_: object) -> None:
            self.app.coordinator.data_changed.emit("service_request")
            self.app.coordinator.data_changed.emit("interaction")
            self.changed.emit(ident or "")

        def failed(exc: BaseException) -> None:
            self.error.setText(labels.describe(exc))
            self.error.show()

        self.app.worker.submit(fn, done, failed)

    def act(self, key: str) -> None:
        request = self.request
        if request is None:
            return
        service, ident = desk(self.app.crm), request.id
        if key == "handover":
            dialog = HandoverDialog(self.app, request, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.handed_over.connect(self.changed.emit)
            self.dialog = dialog
            dialog.open()
            return
        comment = self.comment.toPlainText()
        self.comment.clear()
        if key == "reopen":
            self._run(lambda: service.reopen(ident, comment))
        else:
            self._run(lambda: service.set_status(ident, key, comment))

    def post_comment(self) -> None:
        request, text = self.request, self.comment.toPlainText()
        if request is None:
            return
        if not text.strip():
            self.error.setText(QCoreApplication.translate("Service", "Write the comment first"))
            self.error.show()
            return
        self.comment.clear()
        service, ident = desk(self.app.crm), request.id
        self._run(lambda: service.comment(ident, text))



class RequestWindow(QDialog):
    """One request with its actions and history, opened from a card or a report."""

    def __init__(self, app: AppContext, ident: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.ident = app, ident
        self.setWindowTitle(self.tr("Service request"))
        self.resize(560, 640)
        self.panel = RequestPanel(app, vertical=True)
        self.panel.changed.connect(lambda _: self.reload())
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.reload()

    def reload(self) -> None:
        service, ident = desk(self.app.crm), self.ident
        self.app.worker.submit(lambda: (service.get(ident), service.history(ident)),
                               lambda result: self.panel.show_request(*result),
                               lambda _: self.panel.show_request(None, []))
