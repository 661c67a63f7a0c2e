"""A client card (company or person): header with clickable phones and emails, the history
with a quick-log bar, details, people or company, deals, open tasks and notes."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QSize, Qt, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.ui import formatting
from crm_desktop.ui.clients.list_model import MIME_CLIENT, kind_label
from crm_desktop.ui.clients.timeline import CHANNELS, TimelineModel, channel_icon, channel_label
from crm_desktop.ui.context import AppContext

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


class PeopleList(QListWidget):
    """The company's people; accepts a person dragged from the clients list."""

    dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001
        if event.mimeData().hasFormat(MIME_CLIENT):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001
        if event.mimeData().hasFormat(MIME_CLIENT):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001
        payload = bytes(event.mimeData().data(MIME_CLIENT)).decode()
        kind, _, ids = payload.partition(":")
        if kind == "contact" and ids:
            self.dropped.emit(ids.split(","))
            event.acceptProposedAction()


class ClientCard(QWidget):
    title_changed = Signal(str)
    loaded = Signal()
    logged = Signal()

    def __init__(self, app: AppContext, kind: str, ident: str) -> None:
        super().__init__()
        self.app, self.kind, self.ident = app, kind, ident
        self.record: Any = None
        self.timeline = TimelineModel(app, kind, ident)
        self._build()
        self.app.coordinator.data_changed.connect(self._on_data_changed)
        self.reload()
        self.timeline.reload()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.name = QLabel()
        self.name.setObjectName("cardTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setObjectName("kindBadge")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("cardSubtitle")
        self.links = QLabel()
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.linkActivated.connect(lambda url: QDesktopServices.openUrl(url))
        self.links.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)

        title_row = QHBoxLayout()
        title_row.addWidget(self.name)
        title_row.addWidget(self.badge)
        title_row.addStretch(1)
        title_row.addWidget(self.edit_button)
        header = QFrame()
        header.setObjectName("cardHeader")
        header_layout = QVBoxLayout(header)
        header_layout.addLayout(title_row)
        header_layout.addWidget(self.subtitle)
        header_layout.addWidget(self.links)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.details = QFormLayout()
        details = QWidget()
        details.setLayout(self.details)
        self.tabs.addTab(details, self.tr("Details"))
        self.people = PeopleList()
        self.people.itemActivated.connect(self._open_related)
        self.people.dropped.connect(self._attach_people)
        self.tabs.addTab(self.people, self.tr("People") if self.kind == "company"
                         else self.tr("Company"))
        self.deals = QListWidget()
        self.deals.itemActivated.connect(
            lambda item: self.app.coordinator.open_deal.emit(item.data(Qt.ItemDataRole.UserRole)))
        from crm_desktop.ui.funnel.deal_dialog import deals_tab  # "+ Deal" above the list

        self.tabs.addTab(deals_tab(self.app, self.deals, self.kind, self.ident), self.tr("Deals"))
        self.tasks = QListWidget()
        self.tabs.addTab(self.tasks, self.tr("Tasks"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs.addTab(self.notes, self.tr("Notes"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)

    def _history_tab(self) -> QWidget:
        self.channel_group = QButtonGroup(self)
        self.channel_group.setExclusive(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for i, (channel, label) in enumerate(QUICK_CHANNELS):
            button = QToolButton(text=self.tr(label))
            button.setIcon(channel_icon(channel))
            button.setCheckable(True)
            button.setObjectName(f"log_{channel}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.channel_group.addButton(button, i)
            buttons.addWidget(button)
        self.channel_group.button(0).setChecked(True)
        self.outcome = QComboBox(editable=True)
        self.outcome.addItem("")
        for outcome in OUTCOMES:
            self.outcome.addItem(self.tr(outcome))
        self.outcome.lineEdit().setPlaceholderText(self.tr("Outcome"))
        self.outcome.setMinimumContentsLength(12)
        buttons.addStretch(1)
        self.log_text = QLineEdit(placeholderText=self.tr("What happened? (Enter to save)"))
        self.log_text.returnPressed.connect(self.log)
        self.next_step = QCheckBox(self.tr("Next step:"))
        self.next_title = QLineEdit(placeholderText=self.tr("e.g. Send the contract"))
        self.next_title.setEnabled(False)
        self.next_when = QDateTimeEdit(calendarPopup=True)
        self.next_when.setDateTime(QDateTime.currentDateTime().addDays(1))
        self.next_when.setEnabled(False)
        self.next_step.toggled.connect(self.next_title.setEnabled)
        self.next_step.toggled.connect(self.next_when.setEnabled)
        self.log_button = QPushButton(self.tr("Log"))
        self.log_button.setObjectName("primary")
        self.log_button.clicked.connect(self.log)
        self.log_error = QLabel()
        self.log_error.setObjectName("fieldError")
        self.log_error.hide()
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_step)
        next_row.addWidget(self.next_title, 1)
        next_row.addWidget(self.next_when)
        next_row.addWidget(self.log_button)

        quick = QFrame()
        quick.setObjectName("quickLog")
        quick_layout = QVBoxLayout(quick)
        quick_layout.addLayout(buttons)
        text_row = QHBoxLayout()
        text_row.addWidget(self.outcome)
        text_row.addWidget(self.log_text, 1)
        quick_layout.addLayout(text_row)
        quick_layout.addLayout(next_row)
        quick_layout.addWidget(self.log_error)

        self.channel_filter = QComboBox()
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel in CHANNELS:
            self.channel_filter.addItem(channel_icon(channel), channel_label(channel), channel)
        self.channel_filter.currentIndexChanged.connect(
            lambda _: self.timeline.set_channels(
                [self.channel_filter.currentData()] if self.channel_filter.currentData()
                else None))
        self.history = QListView()
        self.history.setModel(self.timeline)
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSpacing(2)
        self.history.setIconSize(QSize(20, 20))
        self.history.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(quick)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("History")))
        filter_row.addStretch(1)
        filter_row.addWidget(self.channel_filter)
        layout.addLayout(filter_row)
        layout.addWidget(self.history, 1)
        return page

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        crm, kind, ident = self.app.crm, self.kind, self.ident

        def load() -> dict[str, Any]:
            if kind == "company":
                record = crm.companies.get(ident, include_deleted=True)
                related = crm.companies.contacts(ident)
                deals = crm.deals.for_client(company_id=ident)
                tasks = crm.tasks.open_for(company_id=ident)
            else:
                record = crm.contacts.get(ident, include_deleted=True)
                related = [crm.companies.get(record.company_id)] if record.company_id else []
                deals = crm.deals.for_client(contact_id=ident)
                tasks = crm.tasks.open_for(contact_id=ident)
            responsible = None
            if record.responsible_id:
                responsible = crm.users.get(record.responsible_id, include_deleted=True).name
            stages = {s.id: s.name for s in crm.stages.list(limit=None)}
            return {"record": record, "related": related, "deals": deals, "tasks": tasks,
                    "responsible": responsible, "stages": stages}

        self.app.worker.submit(load, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.name.setText(self.tr("Cannot open this card"))
        self.subtitle.setText(str(exc))

    def _show(self, data: dict[str, Any]) -> None:
        record = self.record = data["record"]
        title = record.display_name
        self.name.setText(title)
        self.title_changed.emit(title)
        if self.kind == "company":
            self.badge.setText(kind_label(record.kind))
            parts = [record.industry, record.segment and self.tr("segment %1").replace(
                "%1", record.segment)]
        else:
            self.badge.setText(self.tr("Person"))
            company = data["related"][0].name if data["related"] else None
            parts = [record.position, company]
        if data["responsible"]:
            parts.append(self.tr("responsible: %1").replace("%1", data["responsible"]))
        if record.deleted_at is not None:
            parts.append(self.tr("deleted"))
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        links = [f'<a href="tel:{p}">{html.escape(formatting.phone(p)).replace(" ", "&nbsp;")}'
                 f'</a>' for p in record.phones]
        links += [f'<a href="mailto:{e}">{html.escape(e)}</a>' for e in record.emails]
        if self.kind == "company" and record.website:
            links.append(f'<a href="{html.escape(record.website)}">'
                         f'{html.escape(record.website)}</a>')
        self.links.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(links))
        self._fill_details(record)
        self.people.clear()
        for person in data["related"]:
            item = QListWidgetItem(person.display_name + (
                f" — {person.position}" if getattr(person, "position", None) else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
        self.deals.clear()
        for deal in data["deals"]:
            amount = formatting.money(deal.amount_minor, deal.currency)
            stage = data["stages"].get(deal.stage_id, "")
            item = QListWidgetItem(f"{deal.title}  ·  {amount}  ·  {stage}")
            item.setData(Qt.ItemDataRole.UserRole, deal.id)
            self.deals.addItem(item)
        self.tasks.clear()
        now = datetime.now(UTC)
        for task in data["tasks"]:
            overdue = task.due_at is not None and task.due_at < now
            text = f"{'⚠ ' if overdue else ''}{formatting.when(task.due_at)}  {task.title}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            self.tasks.addItem(item)
        self.notes.setText(record.notes or self.tr("No notes or agreements yet."))
        self.tabs.setTabText(3, self.tr("Deals (%1)").replace("%1", str(len(data["deals"]))))
        self.tabs.setTabText(4, self.tr("Tasks (%1)").replace("%1", str(len(data["tasks"]))))
        self.loaded.emit()

    def _fill_details(self, record: Any) -> None:
        while self.details.rowCount():
            self.details.removeRow(0)
        if self.kind == "company":
            rows = [(self.tr("Legal name"), record.legal_name), (self.tr("Tax id"), record.tax_id),
                    (self.tr("Industry"), record.industry), (self.tr("Address"), record.address),
                    (self.tr("Lead source"), record.lead_source),
                    (self.tr("Segment"), record.segment),
                    (self.tr("Tags"), ", ".join(record.tags)),
                    (self.tr("Keep in touch"), record.keep_in_touch_days and self.tr(
                        "every %1 days").replace("%1", str(record.keep_in_touch_days))),
                    (self.tr("Created"), formatting.when(record.created_at))]
        else:
            rows = [(self.tr("Position"), record.position),
                    (self.tr("Birthday"), formatting.day(record.birthday)),
                    (self.tr("Messengers"), ", ".join(f"{k}: {v}" for k, v in
                                                      record.messengers.items())),
                    (self.tr("Source"), record.source), (self.tr("Tags"), ", ".join(record.tags)),
                    (self.tr("Created"), formatting.when(record.created_at))]
        for label, value in rows:
            field = QLabel(str(value) if value else "—")
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.details.addRow(label + ":", field)

    def _on_data_changed(self, entity: str) -> None:
        if entity in ("company", "contact", "deal", "task"):
            self.reload()
        if entity == "interaction":
            self.timeline.reload()

    # -- actions ----------------------------------------------------------------------------
    def log(self) -> None:
        """Quick log: the channel, the outcome and a line of text; optionally a next step."""
        channel = QUICK_CHANNELS[self.channel_group.checkedId()][0]
        subject = self.log_text.text().strip()
        outcome = self.outcome.currentText().strip() or None
        if not subject and not outcome:
            self._log_error(self.tr("Write what happened or choose an outcome"))
            return
        next_title = self.next_title.text().strip() if self.next_step.isChecked() else None
        if self.next_step.isChecked() and not next_title:
            self._log_error(self.tr("Name the next step"))
            return
        due = datetime.fromtimestamp(self.next_when.dateTime().toSecsSinceEpoch(), UTC)
        crm, kind, ident = self.app.crm, self.kind, self.ident
        link = {"company_id": ident} if kind == "company" else {"contact_id": ident}
        task_kind = {"call_out": "call", "email": "email", "meeting": "meeting"}.get(channel,
                                                                                     "todo")

        def save() -> None:
            crm.interactions.create(channel=channel, subject=subject or outcome,
                                    outcome=outcome, **link)
            if next_title:
                crm.tasks.create(title=next_title, kind=task_kind, due_at=due,
                                 remind_at=due - timedelta(minutes=15), **link)

        def done(_: object) -> None:
            self.log_text.clear()
            self.outcome.setCurrentIndex(0)
            self.next_step.setChecked(False)
            self.next_title.clear()
            self.log_error.hide()
            self.timeline.reload()
            self.app.coordinator.data_changed.emit("interaction")
            if next_title:
                self.app.coordinator.data_changed.emit("task")
            self.logged.emit()

        self.app.worker.submit(save, done, lambda exc: self._log_error(str(exc)))

    def _log_error(self, message: str) -> None:
        self.log_error.setText(message)
        self.log_error.show()

    def edit(self) -> None:
        if self.record is None:
            return
        from crm_desktop.ui.clients.edit_dialog import open_editor

        open_editor(self.app, self.kind, self.record, self)

    def _open_related(self, item: QListWidgetItem) -> None:
        kind = "contact" if self.kind == "company" else "company"
        self.app.coordinator.open_client.emit(kind, item.data(Qt.ItemDataRole.UserRole))

    def _attach_people(self, ids: list[str]) -> None:
        if self.kind != "company":
            return
        crm, company = self.app.crm, self.ident

        def attach() -> None:
            for ident in ids:
                crm.contacts.update(ident, company_id=company)

        def failed(exc: BaseException) -> None:
            message = f"{exc.field}: {exc.reason}" if isinstance(exc, ValidationError) else str(exc)
            self.app.coordinator.status_message.emit(message)

        self.app.worker.submit(attach, lambda _: self.app.coordinator.data_changed.emit(
            "contact"), failed)
