"""Segments: the saved segments with their live counts on the left, the chosen segment's
clients on the right (Enter opens a card), new/edit in a dialog, delete with undo, export
of the members to Excel.

The members' ids are computed on the database worker; their rows are read a page at a time
as they are painted, through the clients list's page reader (its own read-only connection,
as the clients view does)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.segments import SegmentDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.marketing.reloading import ReloadsWhenShown

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
COMPANY = ["name", "kind", "phone", "email", "lead_source", "responsible"]
CONTACT = ["name", "company", "position", "phone", "email", "responsible"]
AFFECTING = {"company", "contact", "deal", "interaction", "synced", "import", "segment",
             "marketing.classes", "campaign"}


class MembersModel(QAbstractTableModel):
    """The segment's clients: ordered ids, rows read a page at a time on demand."""

    def __init__(self, reader: Any) -> None:
        super().__init__()
        self.reader = reader
        self.kind = "company"
        self.ids: list[str] = []
        self.cache: dict[str, dict[str, Any]] = {}
        self.titles = {
            "name": self.tr("Name"), "kind": self.tr("Type"), "phone": self.tr("Phone"),
            "email": self.tr("Email"), "lead_source": self.tr("Lead source"),
            "responsible": self.tr("Responsible"), "company": self.tr("Company"),
            "position": self.tr("Position")}
        self.kinds = {"client": self.tr("Client"), "prospect": self.tr("Prospect"),
                      "partner": self.tr("Partner"), "supplier": self.tr("Supplier")}

    @property
    def columns(self) -> list[str]:
        return COMPANY if self.kind == "company" else CONTACT

    def set_ids(self, kind: str, ids: list[str]) -> None:
        self.beginResetModel()
        self.kind, self.ids, self.cache = kind, ids, {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row(self, number: int) -> dict[str, Any]:
        ident = self.ids[number]
        if ident not in self.cache:
            start = number - number % PAGE
            try:
                self.cache.update(self.reader.rows(self.kind, self.ids[start:start + PAGE]))
            except Exception:  # noqa: BLE001  (busy or closed: painted again later)
                return {}
        return self.cache.get(ident, {})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = self.columns[index.column()]
            value = self.row(index.row()).get(column)
            if column == "phone" and value:
                return formatting.phone(value)
            if column == "kind":
                return self.kinds.get(value, value) if value else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.titles[self.columns[section]]
        return None


class DeleteSegment(QUndoCommand):
    def __init__(self, app: AppContext, segment: SegmentDTO, text: str) -> None:
        super().__init__(text)
        self.app, self.ident = app, segment.id

    def _run(self, delete: bool) -> None:
        segments, ident = marketing(self.app.crm).segments, self.ident
        self.app.worker.submit(
            lambda: segments.delete(ident) if delete else segments.restore(ident),
            lambda _: self.app.coordinator.data_changed.emit("segment"))

    def redo(self) -> None:
        self._run(True)

    def undo(self) -> None:
        self._run(False)


class SegmentsView(ReloadsWhenShown, QWidget):
    affecting = AFFECTING
    loaded = Signal()
    members_loaded = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.setObjectName("segments")
        self.app = app
        self.m = marketing(app.crm)
        self.stale = True
        self.segments: list[SegmentDTO] = []
        self.new_button = QPushButton(self.tr("+ Segment"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit(self.current()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the segment (Del); Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self.delete)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.list = QListWidget()
        self.list.setObjectName("segmentList")
        # a styled ::item loses the palette's selection: give it one
        self.list.setStyleSheet("QListWidget#segmentList::item:selected { background: #dbeafe; "
                                "color: #0f172a; }")
        self.list.currentRowChanged.connect(lambda _: self.show_members())
        self.list.itemActivated.connect(lambda _: self.edit(self.current()))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list, self.delete).setContext(
            Qt.ShortcutContext.WidgetShortcut)
        self.members = MembersModel(app.crm.client_list.page_reader())
        self.table = QTableView()
        self.table.setModel(self.members)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self.open_client)
        self.table.doubleClicked.connect(self.open_client)
        self.title = QLabel()
        self.title.setObjectName("countLabel")
        self.empty = QLabel(self.tr(
            "A segment is a saved filter: companies or people by type, tags, lead source, "
            "responsible, city, last contact, won amount, open deals, ABC/XYZ class or "
            "campaign. Its list is always current. Create one with “+ Segment”."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyState")
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        app.coordinator.data_changed.connect(self._changed)
        self._buttons()

    def reload(self) -> None:
        self.stale = False
        segments = self.m.segments
        self.app.worker.submit(lambda: segments.list(with_counts=True), self._show)

    def _show(self, segments: list[SegmentDTO]) -> None:
        current = self.current()
        self.segments = segments
        self.list.blockSignals(True)
        self.list.clear()
        loc = formatting.locale()
        for segment in segments:
            who = self.tr("companies") if segment.kind == "company" else self.tr("people")
            item = QListWidgetItem(f"{segment.name}\n{loc.toString(segment.count or 0)} {who}")
            item.setData(Qt.ItemDataRole.UserRole, segment.id)
            item.setToolTip(segment.notes or "")
            self.list.addItem(item)
        row = next((i for i, s in enumerate(segments) if current and s.id == current.id),
                   0 if segments else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.empty.setVisible(not segments)
        self._buttons()
        self.show_members()
        self.loaded.emit()

    def current(self) -> SegmentDTO | None:
        row = self.list.currentRow()
        return self.segments[row] if 0 <= row < len(self.segments) else None

    def _buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.edit_button, self.delete_button, self.export_button):
            button.setEnabled(chosen)

    def show_members(self) -> None:
        self._buttons()
        segment = self.current()
        if segment is None:
            self.members.set_ids("company", [])
            self.title.setText("")
            return
        segments = self.m.segments
        self.app.worker.submit(lambda: segments.ids(segment.kind, segment.rules),
                               lambda ids: self._members(segment, ids))

    def _members(self, segment: SegmentDTO, ids: list[str]) -> None:
        current = self.current()
        if current is None or current.id != segment.id:
            return  # another segment was chosen meanwhile
        self.members.set_ids(segment.kind, ids)
        for column, width in enumerate((280, 120, 150, 220, 150, 200)):
            self.table.setColumnWidth(column, width)
        who = self.tr("Companies") if segment.kind == "company" else self.tr("People")
        self.title.setText(self.tr("%1 in “%2”: %3").replace("%1", who).replace(
            "%2", segment.name).replace("%3", formatting.locale().toString(len(ids))))
        self.members_loaded.emit()

    def open_client(self, index: QModelIndex) -> None:
        ident = index.data(Qt.ItemDataRole.UserRole)
        self.app.coordinator.open_client.emit(self.members.kind, ident)

    def edit(self, segment: SegmentDTO | None) -> QWidget:
        from crm_desktop.ui.marketing.segment_dialog import SegmentDialog

        dialog = SegmentDialog(self.app, segment, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete(self) -> None:
        segment = self.current()
        if segment is None:
            return
        self.app.undo_stack.push(DeleteSegment(self.app, segment, self.tr(
            "Delete segment “%1”").replace("%1", segment.name)))

    def export(self, path: str | None = None) -> Path | None:
        segment = self.current()
        if segment is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                                  str(Path.home() / f"{segment.name}.xlsx"),
                                                  "Excel (*.xlsx)")
            if not path:
                return None
        target, segments, ident = Path(path), self.m.segments, segment.id
        labels = dict(self.members.titles)
        labels["created_at"] = self.tr("Created")
        labels.update({"tax_id": self.tr("Tax ID"), "segment": self.tr("Segment"),
                       "industry": self.tr("Industry")})

        def done(result: Path) -> None:
            self.app.coordinator.status_message.emit(
                self.tr("Exported to %1").replace("%1", str(result)))

        def failed(exc: BaseException) -> None:
            from crm_desktop.ui.messages import describe

            self.app.coordinator.status_message.emit(describe(exc))

        self.app.worker.submit(lambda: segments.export(ident, target, labels), done, failed)
        return target

    def screenshots(self) -> list[tuple[str, QWidget]]:
        """Extra screens for the screenshot script: the current segment's dialog."""
        return [("dialog", self.edit(self.current()))]
