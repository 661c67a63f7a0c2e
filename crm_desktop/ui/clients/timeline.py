"""The interaction timeline of a client: newest first, loaded a page at a time as the user
scrolls (an append-only stream, so canFetchMore/fetchMore fit)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.paths import RESOURCES_DIR
from crm_desktop.services.clients.interactions import HistoryEntry
from crm_desktop.services.dto import InteractionDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext

PAGE = 50
Index = QModelIndex | QPersistentModelIndex

CHANNELS = {
    "call_out": QT_TRANSLATE_NOOP("Channel", "Outgoing call"),
    "call_in": QT_TRANSLATE_NOOP("Channel", "Incoming call"),
    "email": QT_TRANSLATE_NOOP("Channel", "Email"),
    "meeting": QT_TRANSLATE_NOOP("Channel", "Meeting"),
    "chat": QT_TRANSLATE_NOOP("Channel", "Chat"),
    "social": QT_TRANSLATE_NOOP("Channel", "Social network"),
    "web_form": QT_TRANSLATE_NOOP("Channel", "Web form"),
    "sms": QT_TRANSLATE_NOOP("Channel", "SMS"),
    "event": QT_TRANSLATE_NOOP("Channel", "Event"),
    "note": QT_TRANSLATE_NOOP("Channel", "Note"),
    "document": QT_TRANSLATE_NOOP("Channel", "Document"),
}
_ICON_CACHE: dict[str, QIcon] = {}


def channel_icon(channel: str) -> QIcon:
    if channel not in _ICON_CACHE:
        _ICON_CACHE[channel] = QIcon(str(RESOURCES_DIR / "icons" / f"channel_{channel}.svg"))
    return _ICON_CACHE[channel]


def channel_label(channel: str) -> str:
    return QCoreApplication.translate("Channel", CHANNELS.get(channel, channel))


class TimelineModel(QAbstractListModel):
    page_loaded = Signal(int)

    def __init__(self, app: AppContext, kind: str, ident: str) -> None:
        super().__init__()
        self.app, self.kind, self.ident = app, kind, ident
        self.channels: list[str] | None = None
        self._rows: list[HistoryEntry] = []
        self._texts: dict[str, str] = {}  # interaction id -> the text shown
        self._exhausted = False
        self._loading = False
        self._generation = 0

    def set_channels(self, channels: list[str] | None) -> None:
        self.channels = channels
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._exhausted, self._loading = [], False, False
        self._texts.clear()
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def expect_first_page(self) -> int:
        """The first page comes with the card's own data (one job, one round trip): no
        fetch of its own meanwhile. Returns the mark `first_page` is given back."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._exhausted, self._loading = [], False, True
        self._texts.clear()
        self.endResetModel()
        return self._generation

    def first_page(self, generation: int, rows: list[HistoryEntry]) -> None:
        self._arrived(generation, rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        last = self._rows[-1].item if self._rows else None
        before, before_id = (last.occurred_at, last.id) if last else (None, None)
        generation, channels = self._generation, self.channels
        key = "company_id" if self.kind == "company" else "contact_id"

        def load() -> list[HistoryEntry]:
            return self.app.crm.interactions.history(
                **{key: self.ident}, channels=channels, before=before, before_id=before_id,
                limit=PAGE)

        self.app.worker.submit(load, lambda rows: self._arrived(generation, rows))

    def _arrived(self, generation: int, rows: list[HistoryEntry]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = len(rows) < PAGE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        item = entry.item
        if role == Qt.ItemDataRole.DisplayRole:
            # Made once per entry: a word-wrapped list asks for it many times (its height,
            # then its paint), each time formatting the date and translating the channel.
            text = self._texts.get(item.id)
            if text is None:
                head = f"{formatting.when(item.occurred_at)}  ·  {channel_label(item.channel)}"
                if entry.author:
                    head += "  ·  " + entry.author
                lines = [head, item.subject or ""]
                if item.outcome:
                    lines.append("→ " + item.outcome)
                if item.body:
                    lines.append(item.body)
                text = self._texts[item.id] = "\n".join(line for line in lines if line)
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return channel_icon(item.channel)
        if role == Qt.ItemDataRole.UserRole:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            who = QCoreApplication.translate("Timeline", "Logged by %1").replace(
                "%1", entry.author) if entry.author else ""
            return "\n".join(t for t in (item.body or item.subject, who) if t)
        return None

    def item(self, row: int) -> InteractionDTO:
        return self._rows[row].item

    def author(self, row: int) -> str | None:
        return self._rows[row].author

    def row_of(self, ident: str) -> int:
        return next((n for n, e in enumerate(self._rows) if e.item.id == ident), -1)
