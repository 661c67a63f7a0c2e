"""Cross-feature signals (Spyder's pattern): widgets emit, the coordinator routes. Features
never reach into each other's widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# Every kind of record a view shows: a refresh (F5) tells each open view that all of them may
# have changed, so each reloads through its own `data_changed` handler (the clients list on
# "company", the card on "company"/"interaction", the board on "deal", the planner on
# "task", the products on "product", analytics on "deal"). "synced" is left out: it would
# read as a finished sync.
REFRESH_KINDS = ("company", "contact", "deal", "stage", "task", "interaction", "product")


class Coordinator(QObject):
    open_client = Signal(str, str)  # kind ("company" | "contact"), id
    open_deal = Signal(str)
    new_client = Signal(str)  # kind
    data_changed = Signal(str)  # entity name: "company", "contact", "interaction", "task", ...
    refresh_requested = Signal()  # F5: before the data_changed notices of refresh_all
    status_message = Signal(str)
    search_requested = Signal(str)
    view_badge = Signal(str, str)  # view key, text beside its name in the navigation (counters)

    def refresh_all(self) -> None:
        """F5 and File → Restore: every open view reloads what it shows (a list of any kind,
        open cards, the board, the planner, analytics, products), whoever changed the data."""
        self.refresh_requested.emit()
        for kind in REFRESH_KINDS:
            self.data_changed.emit(kind)
