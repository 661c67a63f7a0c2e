"""Pieces of the client card: its style, labels that never widen the window, the people
list that accepts a dragged person, and taking a client out of daily work (the bin and the
archive), which the card and the clients list share."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from crm_desktop.services.dto import CompanyDTO, ContactDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.clients.list_model import MIME_CLIENT
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.planner.task_dialog import WorkerCommand, ask
from crm_desktop.ui.telephony.dialer import open_link

translate = QCoreApplication.translate

QUICK_LOG_KEY = "Ctrl+L"
# Readable selection (dark text on light blue) and a clear focus ring, for the card's lists
# and buttons (the application style leaves both to the platform).
def phone_link(e164: str) -> str:
    return (f'<a href="tel:{html.escape(e164)}">'
            f'{html.escape(formatting.phone(e164)).replace(" ", "&nbsp;")}</a>')


def email_link(email: str) -> str:
    return f'<a href="mailto:{html.escape(email)}">{html.escape(email)}</a>'


def shrinkable(label: QLabel) -> QLabel:
    """A label that wraps and never asks for more width than it gets."""
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(40)
    return label


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit; the whole text is in the tooltip.
    Its minimum width is small, so a long name never widens the window."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(self.width(), 60)))


class PeopleList(QListWidget):
    """The company's people; accepts a person dragged from the clients list."""

    dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_CLIENT):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_CLIENT):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        payload = bytes(event.mimeData().data(MIME_CLIENT).data()).decode()
        kind, _, ids = payload.partition(":")
        if kind == "contact" and ids:
            self.dropped.emit(ids.split(","))
            event.acceptProposedAction()


class EnterSaves(QObject):
    """Enter in a field that ignores it (a date) does what Enter does in the text line."""

    def __init__(self, parent: QObject, action: Callable[[], None]) -> None:
        super().__init__(parent)
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.action()
            return True
        return False


def fill_details(details: QFormLayout, record: CompanyDTO | ContactDTO) -> None:
    """The Details tab: every phone and email as links, then the other fields."""
    while details.rowCount():
        details.removeRow(0)
    days = record.keep_in_touch_days
    if isinstance(record, CompanyDTO):
        rows = [(translate("ClientCard", "Legal name"), record.legal_name),
                (translate("ClientCard", "Tax id"), record.tax_id),
                (translate("ClientCard", "Industry"), record.industry),
                (translate("ClientCard", "Address"), record.address),
                (translate("ClientCard", "Lead source"), record.lead_source),
                (translate("ClientCard", "Segment"), record.segment),
                (translate("ClientCard", "Tags"), ", ".join(record.tags)),
                (translate("ClientCard", "Keep in touch"), days and translate(
                    "ClientCard", "every %1 days").replace("%1", str(days))),
                (translate("ClientCard", "Created"), formatting.when(record.created_at))]
    else:
        rows = [(translate("ClientCard", "Position"), record.position),
                (translate("ClientCard", "Birthday"), formatting.day(record.birthday)),
                (translate("ClientCard", "Messengers"),
                 ", ".join(f"{k}: {v}" for k, v in record.messengers.items())),
                (translate("ClientCard", "Source"), record.source),
                (translate("ClientCard", "Tags"), ", ".join(record.tags)),
                (translate("ClientCard", "Created"), formatting.when(record.created_at))]
    if record.archived_at:
        rows.append((translate("ClientCard", "Archived"), formatting.when(record.archived_at)))
    contacts = [(translate("ClientCard", "Phones"), "<br>".join(map(phone_link, record.phones))),
                (translate("ClientCard", "Emails"), "<br>".join(map(email_link, record.emails)))]
    if isinstance(record, CompanyDTO) and record.website:
        site = html.escape(record.website)
        contacts.append((translate("ClientCard", "Website"), f'<a href="{site}">{site}</a>'))
    for label, links in contacts:
        field = shrinkable(QLabel(links or "—"))
        field.setTextFormat(Qt.TextFormat.RichText)
        field.linkActivated.connect(open_link)  # tel: through the softphone setting
        details.addRow(label + ":", field)
    for label, value in rows:
        field = shrinkable(QLabel(str(value) if value else "—"))
        field.setTextFormat(Qt.TextFormat.PlainText)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.addRow(label + ":", field)


def empty_item(text: str) -> QListWidgetItem:
    """A hint in an empty list, not a row: it cannot be selected."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item


# -- taking a client out of daily work (the card and the clients list share these) ----------
def archive_client(app: AppContext, kind: str, ident: str, archive: bool) -> None:
    """Archived: kept with its history, out of the day list; Ctrl+Z undoes it."""
    service = app.crm.client_card
    on, off = (lambda: service.archive(kind, ident)), (lambda: service.unarchive(kind, ident))
    label = (QCoreApplication.translate("ClientCard", "Archive client") if archive else
             QCoreApplication.translate("ClientCard", "Return client from the archive"))
    app.undo_stack.push(WorkerCommand(app, label, on if archive else off,
                                      off if archive else on, (kind,)))
    if archive:
        app.coordinator.status_message.emit(QCoreApplication.translate(
            "ClientCard", "Archived: kept with its history, out of the day list; find it "
            "under Bin and archive. Ctrl+Z undoes it."))


def delete_client(app: AppContext, kind: str, ident: str, name: str,
                  parent: QWidget) -> bool:
    """Asks (a whole client goes), then moves it to the bin; Ctrl+Z or the bin restores it."""
    if not ask(parent, QCoreApplication.translate("ClientCard", "Move to the bin?"),
               QCoreApplication.translate(
                   "ClientCard", "“%1” and its history leave the lists. You can restore it "
                   "from the bin (context menu of the clients list ▸ Bin and archive) or with "
                   "Ctrl+Z.").replace("%1", name),
               QCoreApplication.translate("ClientCard", "Move to the bin")):
        return False
    service = app.crm.client_card
    app.undo_stack.push(WorkerCommand(
        app, QCoreApplication.translate("ClientCard", "Move client to the bin"),
        lambda: service.delete(kind, ident), lambda: service.restore(kind, ident), (kind,)))
    return True


def restore_client(app: AppContext, kind: str, ident: str) -> None:
    service = app.crm.client_card
    app.undo_stack.push(WorkerCommand(
        app, QCoreApplication.translate("ClientCard", "Restore client from the bin"),
        lambda: service.restore(kind, ident), lambda: service.delete(kind, ident), (kind,)))
