"""What the client card does with the client itself: edit, archive, move to the bin and
back, open a related client, take people dropped onto a company.

A mixin of ClientCard: it expects `app`, `kind`, `ident` and `record`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from crm_desktop.ui.clients.card_parts import archive_client, delete_client, restore_client
from crm_desktop.ui.planner.task_dialog import error_text

if TYPE_CHECKING:
    from crm_desktop.services.dto import CompanyDTO, ContactDTO
    from crm_desktop.ui.context import AppContext

    _CardWidget = QWidget  # the card this is mixed into
else:
    _CardWidget = object


class CardClientActions(_CardWidget):
    app: AppContext
    kind: str
    ident: str
    record: CompanyDTO | ContactDTO | None

    # -- the client -------------------------------------------------------------------------
    def edit(self) -> None:
        if self.record is None:
            return
        from crm_desktop.ui.clients.edit_dialog import open_editor

        open_editor(self.app, self.kind, self.record, self)

    def toggle_archive(self) -> None:
        if self.record is None:
            return
        archive_client(self.app, self.kind, self.ident, self.record.archived_at is None)

    def toggle_deleted(self) -> None:
        if self.record is None:
            return
        if self.record.deleted_at is not None:
            restore_client(self.app, self.kind, self.ident)
        else:
            delete_client(self.app, self.kind, self.ident, self.record.display_name, self)

    def _open_related(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident:
            kind = "contact" if self.kind == "company" else "company"
            self.app.coordinator.open_client.emit(kind, ident)

    def _attach_people(self, ids: list[str]) -> None:
        if self.kind != "company":
            return
        contacts, company = self.app.crm.contacts, self.ident

        def attach() -> None:  # all of them or none, in one transaction
            contacts.attach_to_company(ids, company)

        def failed(exc: BaseException) -> None:
            self.app.coordinator.status_message.emit(error_text(exc))

        self.app.worker.submit(attach, lambda _: self.app.coordinator.data_changed.emit(
            "contact"), failed)
