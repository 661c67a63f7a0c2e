"""The dialogs of the service desk: a new request (forms/service_request.ui) and handing a
request over (forms/service_handover.ui). Database work runs on the worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from crm_desktop.services.service_desk import CHANNELS, PRIORITIES, RequestRow, desk
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.forms_generated.ui_service_handover import Ui_ServiceHandoverDialog
from crm_desktop.ui.forms_generated.ui_service_request import Ui_ServiceRequestDialog
from crm_desktop.ui.service import labels

SUGGEST_DELAY_MS = 200


class RequestDialog(QDialog):
    """A new request; `client` preset from a client card (kind, id, name)."""

    saved = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None,
                 client: tuple[str, str, str] | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.ui = ui = Ui_ServiceRequestDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("New service request"))
        for value in CHANNELS:
            ui.channel.addItem(labels.channel(value), value)
        for value in PRIORITIES:
            ui.priority.addItem(labels.priority(value), value)
        ui.priority.setCurrentIndex(PRIORITIES.index("normal"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Register"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.due_hint.setObjectName("hint")
        self.picked: tuple[str, str] | None = None  # (kind, id)
        self._suggested: dict[str, tuple[str, str]] = {}
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._pick)
        ui.client.setCompleter(self.completer)
        self._timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._timer.timeout.connect(self._suggest)
        ui.client.textEdited.connect(self._client_edited)
        ui.priority.currentIndexChanged.connect(lambda _: self._hint())
        self.levels: dict[str, int] = {}
        if client is not None:
            kind, ident, name = client
            self.picked = (kind, ident)
            ui.client.setText(name)
        crm, service = app.crm, desk(app.crm)
        self.loaded = False
        app.worker.submit(lambda: (crm.users.list(), service.departments(), service.levels(),
                                   crm.users.current()), self._fill)

    def _fill(self, result: tuple[Any, ...]) -> None:
        users, departments, levels, current = result
        self.levels = levels
        self.ui.responsible.clear()
        for user in users:
            if user.is_active:
                self.ui.responsible.addItem(user.name, user.id)
        if current is not None:
            self.ui.responsible.setCurrentIndex(self.ui.responsible.findData(current.id))
        self.ui.department.clear()
        self.ui.department.addItem("")
        self.ui.department.addItems(departments)
        if current is not None and current.department:
            self.ui.department.setCurrentText(current.department)
        self._hint()
        self.loaded = True

    def _hint(self) -> None:
        hours = self.levels.get(self.ui.priority.currentData())
        self.ui.due_hint.setText(self.tr("Due in %n hour(s) from now (the service level of "
                                         "this priority).", "", hours) if hours else "")

    def _client_edited(self, _: str) -> None:
        self.picked = None
        self._timer.start()

    def _suggest(self) -> None:
        text = self.ui.client.text().strip()
        if len(text) < 2:
            return
        search = self.app.crm.search
        self.app.worker.submit(lambda: search.search(text, limit=15,
                                                     kinds=("company", "contact")),
                               lambda hits: self._show(text, hits))

    def _show(self, asked: str, hits: list[Any]) -> None:
        if self.ui.client.text().strip() != asked:
            return
        self._suggested = {}
        for hit in hits:
            title = f"{hit.title} — {hit.subtitle}" if hit.subtitle else hit.title
            self._suggested[title] = (hit.kind, hit.id)
        self.completions.setStringList(list(self._suggested))
        if hits and self.ui.client.hasFocus():
            self.completer.complete()

    def _pick(self, title: str) -> None:
        if title in self._suggested:
            self.picked = self._suggested[title]
            self.ui.client.setText(title)

    def values(self) -> dict[str, Any]:
        ui = self.ui
        kind, ident = self.picked or ("", None)
        return {"subject": ui.subject.text(), "description": ui.description.toPlainText(),
                "channel": ui.channel.currentData(), "priority": ui.priority.currentData(),
                "responsible_id": ui.responsible.currentData(),
                "department": ui.department.currentText(),
                "company_id": ident if kind == "company" else None,
                "contact_id": ident if kind == "contact" else None}

    def save(self) -> None:
        if not self.ui.subject.text().strip():
            self._fail(self.tr("Enter the subject"))
            self.ui.subject.setFocus()
            return
        if self.picked is None:
            self._fail(self.tr("Choose the client: pick a company or a person from the list"))
            self.ui.client.setFocus()
            return
        values, service = self.values(), desk(self.app.crm)
        self.ui.buttons.setEnabled(False)

        def done(row: RequestRow) -> None:
            self.ui.buttons.setEnabled(True)
            self.app.coordinator.data_changed.emit("service_request")
            self.app.coordinator.data_changed.emit("interaction")
            self.saved.emit(row.id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ui.buttons.setEnabled(True)
            self._fail(labels.describe(exc))

        self.app.worker.submit(lambda: service.create(**values), done, failed)

    def _fail(self, text: str) -> None:
        self.ui.due_hint.setText(text)
        self.ui.due_hint.setStyleSheet("color: #b91c1c;")


class HandoverDialog(QDialog):
    """Hand a request to a person and/or a department, with a comment."""

    handed_over = Signal(str)  # (not `done`: that is QDialog.done())

    def __init__(self, app: AppContext, request: RequestRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.request = app, request
        self.ui = ui = Ui_ServiceHandoverDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Hand over request %1").replace("%1", request.number))
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        crm, service = app.crm, desk(app.crm)
        app.worker.submit(lambda: (crm.users.list(), service.departments()), self._fill)

    def _fill(self, result: tuple[Any, ...]) -> None:
        users, departments = result
        self.departments = {u.id: u.department for u in users}
        self.ui.person.addItem(self.tr("— the department's head —"), None)
        for user in users:
            if user.is_active:
                self.ui.person.addItem(user.name, user.id)
        self.ui.department.addItem("")
        self.ui.department.addItems(departments)
        self.ui.department.setCurrentText(self.request.department or "")
        self.ui.person.currentIndexChanged.connect(self._person_changed)

    def _person_changed(self, _: int) -> None:
        department = self.departments.get(self.ui.person.currentData())
        if department:
            self.ui.department.setCurrentText(department)

    def save(self) -> None:
        person = self.ui.person.currentData()
        department = self.ui.department.currentText().strip() or None
        comment = self.ui.comment.toPlainText()
        service, ident = desk(self.app.crm), self.request.id

        def finished(_: object) -> None:
            self.app.coordinator.data_changed.emit("service_request")
            self.app.coordinator.data_changed.emit("task")
            self.handed_over.emit(ident)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ui.intro.setText(labels.describe(exc))
            self.ui.intro.setStyleSheet("color: #b91c1c;")

        self.app.worker.submit(lambda: service.assign(ident, person, department, comment),
                               finished, failed)
