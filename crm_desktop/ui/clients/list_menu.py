"""The clients list's context menu: open, merge two, archive, move to the bin, new clients,
the bin and a refresh (moved out of list_view.py, which holds the list and its filters)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from crm_desktop.ui.clients.card_parts import archive_client


def show_context_menu(view: Any, pos: Any) -> None:
    """The menu of `view` (a ClientsView) at `pos` in its table."""
    index = view.table.indexAt(pos)
    menu = QMenu(view)
    if index.isValid():
        menu.addAction(QCoreApplication.translate("ClientsView", "Open card"),
                       lambda: view._open_row(index.row()))
        rows = sorted({i.row() for i in view.table.selectionModel().selectedRows()})
        kind = view.model.filter.kind
        if len(rows) == 2:
            ids = [view.model.id_at(r) for r in rows]
            menu.addAction(QCoreApplication.translate("ClientsView", "Merge these two…"),
                           lambda: merge(view, kind, ids[0], ids[1]))
        ident = view.model.id_at(index.row())
        if ident:
            menu.addAction(QCoreApplication.translate("ClientsView", "Archive"),
                           lambda: archive_client(view.app, kind, ident, True))
            delete = menu.addAction(QCoreApplication.translate("ClientsView",
                                                               "Move to the bin…"),
                                    lambda: view._delete(kind, ident))
            delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        menu.addSeparator()
    menu.addAction(QCoreApplication.translate("ClientsView", "New company…"),
                   lambda: view.app.coordinator.new_client.emit("company"))
    menu.addAction(QCoreApplication.translate("ClientsView", "New person…"),
                   lambda: view.app.coordinator.new_client.emit("contact"))
    menu.addAction(QCoreApplication.translate("ClientsView", "Bin and archive…"), view.show_bin)
    menu.addAction(QCoreApplication.translate("ClientsView", "Refresh"), view.model.reload)
    menu.exec(view.table.viewport().mapToGlobal(pos))


def merge(view: Any, kind: str, first: str, second: str) -> None:
    from crm_desktop.ui.clients.merge_dialog import MergeDialog

    dialog = MergeDialog(view.app, kind, first, second, view)
    dialog.open()
