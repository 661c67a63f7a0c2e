"""A client card (company or person): header with clickable phones and emails, the history
with a quick-log bar, details, people or company, deals, open tasks and notes.

History entries and tasks are edited and deleted from their context menus (and Enter/Delete),
the client is archived or sent to the bin from the header's "More" menu; every change goes on
the undo stack. Nothing in the card may widen the window: long lines wrap."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.clients.client_card import ClientCardData
from crm_desktop.services.clients.interactions import HistoryEntry
from crm_desktop.services.dto import CompanyDTO, ContactDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.clients.card_actions import CardEntryActions
from crm_desktop.ui.clients.card_client_actions import CardClientActions
from crm_desktop.ui.clients.card_parts import (
    QUICK_LOG_KEY,
    ElidedLabel,
    PeopleList,
    email_link,
    empty_item,
    fill_details,
    phone_link,
    shrinkable,
)
from crm_desktop.ui.clients.card_tabs import CardTab, card_tabs
from crm_desktop.ui.clients.list_model import kind_label
from crm_desktop.ui.clients.quick_log import QuickLog
from crm_desktop.ui.clients.timeline import CHANNELS, TimelineModel, channel_icon, channel_label
from crm_desktop.ui.clients.timeline import PAGE as TIMELINE_PAGE
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.telephony.dialer import open_link


class ClientCard(CardClientActions, CardEntryActions, QWidget):
    title_changed = Signal(str)
    loaded = Signal()
    logged = Signal()

    def __init__(self, app: AppContext, kind: str, ident: str) -> None:
        super().__init__()
        self.app, self.kind, self.ident = app, kind, ident
        self.record: CompanyDTO | ContactDTO | None = None
        self.data: ClientCardData | None = None
        self.timeline = TimelineModel(app, kind, ident)
        # Asked for before the tabs are built: the tabs other features add queue work of
        # their own on the same worker, and the card's own data is what is shown first.
        self._load_all()
        self._build()
        self.app.coordinator.data_changed.connect(self._on_data_changed)

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.name = ElidedLabel()
        self.name.setObjectName("cardTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setObjectName("kindBadge")
        self.archived_badge = QLabel(self.tr("Archived"))
        self.archived_badge.setObjectName("archivedBadge")
        self.archived_badge.hide()
        self.subtitle = shrinkable(QLabel())
        self.subtitle.setObjectName("cardSubtitle")
        self.links = shrinkable(QLabel())
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.linkActivated.connect(open_link)  # tel: through the softphone setting
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.archive_action = self.more_menu.addAction(self.tr("Archive"), self.toggle_archive)
        self.delete_action = self.more_menu.addAction(self.tr("Move to the bin"),
                                                      self.toggle_deleted)
        self.more_button.setMenu(self.more_menu)

        title_row = QHBoxLayout()
        title_row.addWidget(self.name, 1)
        title_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.archived_badge, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)
        header = QFrame()
        header.setObjectName("cardHeader")
        header_layout = QVBoxLayout(header)
        header_layout.addLayout(title_row)
        header_layout.addWidget(self.subtitle)
        header_layout.addWidget(self.links)

        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.details = QFormLayout()
        self.details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        details = QWidget()
        details.setLayout(self.details)
        self.tabs.addTab(details, self.tr("Details"))
        self.people = PeopleList()
        self.people.itemActivated.connect(self._open_related)
        self.people.dropped.connect(self._attach_people)
        self.tabs.addTab(self.people, self.tr("People") if self.kind == "company"
                         else self.tr("Company"))
        self.deals = QListWidget()
        self.deals.setWordWrap(True)
        self.deals.itemActivated.connect(
            lambda item: self.app.coordinator.open_deal.emit(item.data(Qt.ItemDataRole.UserRole)))
        from crm_desktop.ui.funnel.deal_dialog import deals_tab  # "+ Deal" above the list

        self.tabs.addTab(deals_tab(self.app, self.deals, self.kind, self.ident), self.tr("Deals"))
        self.tasks = QListWidget()
        self.tasks.setWordWrap(True)
        self.tasks.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tasks.customContextMenuRequested.connect(self._task_menu)
        self.tasks.itemActivated.connect(lambda item: self.edit_task(self._task_of(item)))
        self.tasks.installEventFilter(self)
        self.tabs.addTab(self.tasks, self.tr("Tasks"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs.addTab(self.notes, self.tr("Notes"))
        # Other features' tabs are made when first chosen: each loads its own data, and a
        # card is mostly opened for its history.
        self._unbuilt: dict[int, CardTab] = {}
        for tab in card_tabs():
            self._unbuilt[self.tabs.addTab(QWidget(), tab.title())] = tab
        self.tabs.currentChanged.connect(self._build_tab)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        # Nothing in the card may set the window's minimum width (1366×768 laptops).
        self.setMinimumWidth(0)

    def _build_tab(self, index: int) -> None:
        tab = self._unbuilt.pop(index, None)
        if tab is None:
            return
        placeholder, title = self.tabs.widget(index), self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab.factory(self.app, self.kind, self.ident), title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        if placeholder is not None:  # the tab at a valid index
            placeholder.deleteLater()

    def _history_tab(self) -> QWidget:
        self.quick_log = QuickLog(self.app, self.kind, self.ident)
        self.quick_log.logged.connect(self._logged)
        focus = QShortcut(QKeySequence(QUICK_LOG_KEY), self, self.focus_quick_log,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus.setObjectName("quickLogShortcut")

        self.channel_filter = QComboBox()
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel in CHANNELS:
            self.channel_filter.addItem(channel_icon(channel), channel_label(channel), channel)
        self.channel_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channel_filter.setMinimumContentsLength(10)
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
        self.history.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.history.customContextMenuRequested.connect(self._history_menu)
        self.history.activated.connect(lambda index: self.edit_entry(index.row()))
        self.history.installEventFilter(self)
        self.history_empty = shrinkable(QLabel())
        self.history_empty.setObjectName("emptyState")
        self.history_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.history_stack = QStackedWidget()
        self.history_stack.addWidget(self.history)
        self.history_stack.addWidget(self.history_empty)
        self.timeline.page_loaded.connect(self._history_loaded)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.quick_log)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("History")))
        filter_row.addStretch(1)
        filter_row.addWidget(self.channel_filter)
        layout.addLayout(filter_row)
        layout.addWidget(self.history_stack, 1)
        return page

    # -- loading ----------------------------------------------------------------------------
    def _load_all(self) -> None:
        """The card and the first page of its history in one job: one round trip through
        the worker, one paint with everything in it."""
        crm, kind, ident = self.app.crm, self.kind, self.ident
        mark = self.timeline.expect_first_page()

        def load() -> tuple[ClientCardData, list[HistoryEntry]]:
            company = kind == "company"  # its history is the company's, else the person's
            return crm.client_card.card(kind, ident), crm.interactions.history(
                company_id=ident if company else None, contact_id=None if company else ident,
                limit=TIMELINE_PAGE)

        def arrived(result: tuple[ClientCardData, list[HistoryEntry]]) -> None:
            data, history = result
            self._show(data)
            self.timeline.first_page(mark, history)

        def failed(exc: BaseException) -> None:
            self.timeline.first_page(mark, [])
            self._failed(exc)

        self.app.worker.submit(load, arrived, failed)

    def reload(self) -> None:
        service, kind, ident = self.app.crm.client_card, self.kind, self.ident
        self.app.worker.submit(lambda: service.card(kind, ident), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.name.set_full_text(self.tr("Cannot open this card"))
        from crm_desktop.ui.messages import describe

        self.subtitle.setText(describe(exc))

    def _show(self, data: ClientCardData) -> None:
        self.data = data
        record = self.record = data.record
        title = record.display_name
        self.name.set_full_text(title)
        self.title_changed.emit(title)
        if isinstance(record, CompanyDTO):
            self.badge.setText(kind_label(record.kind))
            parts = [record.industry, record.segment and self.tr("segment %1").replace(
                "%1", record.segment)]
        else:
            self.badge.setText(self.tr("Person"))
            parts = [record.position, data.related[0].display_name if data.related else None]
        if data.responsible:
            parts.append(self.tr("responsible: %1").replace("%1", data.responsible))
        deleted = record.deleted_at is not None
        if deleted:
            parts.append(self.tr("in the bin"))
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        self.archived_badge.setVisible(record.archived_at is not None)
        self.archive_action.setText(self.tr("Return from the archive")
                                    if record.archived_at else self.tr("Archive"))
        self.archive_action.setEnabled(not deleted)
        self.delete_action.setText(self.tr("Restore from the bin") if deleted
                                   else self.tr("Move to the bin"))
        self.edit_button.setEnabled(not deleted)
        # The header keeps to two phones and an email (the card must leave room for the
        # history on a 768-pixel screen); every one of them is under Details.
        links = [phone_link(p) for p in record.phones[:2]]
        links += [email_link(e) for e in record.emails[:1]]
        hidden = len(record.phones[2:]) + len(record.emails[1:])
        if hidden:
            links.append(self.tr("+%1 more under Details").replace("%1", str(hidden)))
        self.links.setText(" &nbsp;·&nbsp; ".join(links))
        self.links.setVisible(bool(links))
        fill_details(self.details, record)
        self.people.clear()
        for person in data.related:
            position = getattr(person, "position", None) if self.kind == "company" else None
            item = QListWidgetItem(person.display_name + (f" — {position}" if position else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
        if not data.related:
            self.people.addItem(empty_item(
                self.tr("No people yet. Drag a person here from the list of people, or add "
                        "one with Ctrl+Shift+N.") if self.kind == "company" else
                self.tr("Not linked to a company. Choose one in Edit…")))
        self.deals.clear()
        for entry in data.deals:
            amount = formatting.money(entry.deal.amount_minor, entry.deal.currency)
            item = QListWidgetItem(f"{entry.deal.title}  ·  {amount}  ·  {entry.stage}")
            item.setData(Qt.ItemDataRole.UserRole, entry.deal.id)
            self.deals.addItem(item)
        if not data.deals:
            self.deals.addItem(empty_item(self.tr("No deals yet. Start one with "
                                                        "“+ Deal” above.")))
        self.tasks.clear()
        now = self.app.crm.now()  # the program's clock, as the planner uses
        for task in data.tasks:
            overdue = task.due_at is not None and task.due_at < now
            text = f"{'⚠ ' if overdue else ''}{formatting.when(task.due_at)}  {task.title}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            item.setToolTip(task.description or task.title)
            self.tasks.addItem(item)
        if not data.tasks:
            self.tasks.addItem(empty_item(self.tr(
                "No open tasks. Tick “Next step” when you log a contact to plan one.")))
        self.notes.setText(record.notes or self.tr("No notes or agreements yet. Add them "
                                                   "with Edit…"))
        self.tabs.setTabText(3, self.tr("Deals (%1)").replace("%1", str(len(data.deals))))
        self.tabs.setTabText(4, self.tr("Tasks (%1)").replace("%1", str(len(data.tasks))))
        self.loaded.emit()

    def _history_loaded(self, rows: int) -> None:
        if rows:
            self.history_stack.setCurrentWidget(self.history)
            return
        self.history_empty.setText(
            self.tr("Nothing in the history yet. Log a call, email or meeting above (%1).")
            .replace("%1", QUICK_LOG_KEY) if self.timeline.channels is None else
            self.tr("Nothing on this channel. Choose “All channels” to see everything."))
        self.history_stack.setCurrentWidget(self.history_empty)

    def _on_data_changed(self, entity: str) -> None:
        if entity in ("company", "contact", "deal", "task"):
            self.reload()
        if entity == "interaction":
            self.timeline.reload()

    # -- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() == Qt.Key.Key_Delete:
            if watched is self.history and self.history.currentIndex().isValid():
                self.delete_entry(self.history.currentIndex().row())
                return True
            if watched is self.tasks and self._task_of(self.tasks.currentItem()) is not None:
                self.delete_task(self._task_of(self.tasks.currentItem()))
                return True
        return super().eventFilter(watched, event)

    def focus_quick_log(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.quick_log.focus()

    def log(self) -> None:
        self.quick_log.log()

    def _logged(self, _: bool) -> None:
        self.timeline.reload()
        self.logged.emit()
