"""The clients list's context menu: open, merge two, archive, move to the bin, new clients,
the bin and a refresh; the Delete key's move to the bin (moved out of list_view.py, which
holds the list and its filters)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from crm_desktop.ui.clients.card_parts import archive_client, delete_client


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
                                    lambda: delete(view, kind, ident))
            delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        menu.addSeparator()
    menu.addAction(QCoreApplication.translate("ClientsView", "New company…"),
                   lambda: view.app.coordinator.new_client.emit("company"))
    menu.addAction(QCoreApplication.translate("ClientsView", "New person…"),
                   lambda: view.app.coordinator.new_client.emit("contact"))
    menu.addAction(QCoreApplication.translate("ClientsView", "Bin and archive…"),
                   lambda: show_bin(view))
    menu.addAction(QCoreApplication.translate("ClientsView", "Refresh"), view.model.reload)
    menu.exec(view.table.viewport().mapToGlobal(pos))


def merge(view: Any, kind: str, first: str, second: str) -> None:
    from crm_desktop.ui.clients.merge_dialog import MergeDialog

    dialog = MergeDialog(view.app, kind, first, second, view)
    dialog.open()


def delete(view: Any, kind: str, ident: str) -> None:
    """Moves a client to the bin after asking, by the name shown (an open card's or the
    list's)."""
    name = next((c.record.display_name for c in view.open_cards()
                 if c.ident == ident and c.record is not None), None)
    if name is None:
        row = view.model.row_of(ident)
        name = str(view.model.index(row, 0).data()) if row >= 0 else \
            str(view.table.currentIndex().siblingAtColumn(0).data() or "")
    delete_client(view.app, kind, ident, name, view)


def show_bin(view: Any) -> None:
    from crm_desktop.ui.clients.bin_dialog import BinDialog

    view.bin_dialog = BinDialog(view.app, view)
    view.bin_dialog.open()
