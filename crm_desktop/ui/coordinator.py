"""Cross-feature signals (Spyder's pattern): widgets emit, the coordinator routes. Features
never reach into each other's widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Coordinator(QObject):
    open_client = Signal(str, str)  # kind ("company" | "contact"), id
    open_deal = Signal(str)
    new_client = Signal(str)  # kind
    data_changed = Signal(str)  # entity name: "company", "contact", "interaction", "task", ...
    status_message = Signal(str)
    search_requested = Signal(str)
    view_badge = Signal(str, str)  # view key, text beside its name in the navigation (counters)
