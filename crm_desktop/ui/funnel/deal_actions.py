"""What the board and the deal card both do to a deal: move it to another stage (lost asks
for the reason), delete it with undo, and name the documents made from it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QUndoCommand
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.dto import DealDTO
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.messages import describe

TEMPLATE_TITLES = {"invoice": QT_TRANSLATE_NOOP("DealActions", "Invoice"),
                   "contract": QT_TRANSLATE_NOOP("DealActions", "Contract"),
                   "offer": QT_TRANSLATE_NOOP("DealActions", "Commercial offer"),
                   "act": QT_TRANSLATE_NOOP("DealActions", "Certificate of completion")}
TEMPLATE_LANGUAGES = {"ru": QT_TRANSLATE_NOOP("DealActions", "in Russian"),
                      "en": QT_TRANSLATE_NOOP("DealActions", "in English")}
UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


translate = QCoreApplication.translate  # with literal texts, so pyside6-lupdate finds them


def tr(text: str) -> str:
    """The translation of a text marked with QT_TRANSLATE_NOOP("DealActions", …)."""
    return translate("DealActions", text)


@dataclass(frozen=True)
class StageChoice:
    id: str
    name: str
    kind: str


def ask_loss_reason(parent: QWidget, reasons: list[str]) -> str | None:
    """The reason a deal was lost: one of the list or a new one typed in (it joins the list
    in the same transaction as the move)."""
    reason, ok = QInputDialog.getItem(parent, translate("DealActions", "Why was the deal lost?"),
                                      translate("DealActions",
                                                "Reason (choose or type a new one):"),
                                      reasons, 0, True)
    reason = reason.strip() if ok else ""
    return reason[:200] if reason else None


def move_error(exc: BaseException) -> str:
    if isinstance(exc, NotFoundError):
        return translate("DealActions", "The deal no longer exists (deleted on another computer?)")
    if isinstance(exc, ValidationError) and exc.field == "loss_reason":
        return translate("DealActions", "Say why the deal was lost")
    return translate("DealActions", "The deal was not moved: %1").replace("%1", describe(exc))


def move_deal(app: AppContext, parent: QWidget, deal_id: str, stage: StageChoice,
              reasons: list[str], asker: Callable[[QWidget, list[str]], str | None]
              = ask_loss_reason, on_done: Callable[[DealDTO], None] | None = None) -> bool:
    """Moves the deal on the worker; False when the person cancelled the loss reason."""
    reason = None
    if stage.kind == "lost":
        reason = asker(parent, reasons)
        if reason is None:
            return False
    crm = app.crm
    before: list[DealDTO] = []

    def move() -> DealDTO:
        before.append(crm.deals.get(deal_id))
        return crm.deals.move(deal_id, stage.id, loss_reason=reason)

    def done(deal: DealDTO) -> None:
        push_edit(app, before[0], deal)
        app.coordinator.data_changed.emit("deal")
        app.coordinator.status_message.emit(
            translate("DealActions", "“%1” moved to “%2”").replace("%1", deal.title)
            .replace("%2", stage.name))
        if on_done is not None:
            on_done(deal)

    app.worker.submit(move, done, lambda exc: app.coordinator.status_message.emit(move_error(exc)))
    return True


def stage_menu(parent: QWidget, stages: list[StageChoice], current: str | None,
               on_pick: Callable[[StageChoice], None]) -> QMenu:
    """"Move to stage" as a menu: arrows and Enter, or the underlined number key."""
    menu = QMenu(translate("DealActions", "Move to stage"), parent)
    group = QActionGroup(menu)
    for number, stage in enumerate(stages, start=1):
        prefix = f"&{number} " if number < 10 else ""
        action = QAction(prefix + stage.name.replace("&", "&&"), menu)
        action.setCheckable(True)
        action.setChecked(stage.id == current)
        action.setEnabled(stage.id != current)
        action.triggered.connect(lambda _=False, s=stage: on_pick(s))
        group.addAction(action)
        menu.addAction(action)
    return menu


class DeleteDealCommand(QUndoCommand):
    """Deleting a deal is a tombstone, so Ctrl+Z restores it exactly as it was."""

    def __init__(self, app: AppContext, deal_id: str, title: str) -> None:
        super().__init__(translate("DealActions", "Delete deal “%1”").replace("%1", title))
        self.app, self.deal_id, self.title = app, deal_id, title

    def _run(self, job: Callable[[], object], text: str) -> None:
        app = self.app

        def done(_: object) -> None:
            app.coordinator.data_changed.emit("deal")
            app.coordinator.status_message.emit(text)

        app.worker.submit(job, done, lambda exc: app.coordinator.status_message.emit(describe(exc)))

    def redo(self) -> None:
        crm, ident = self.app.crm, self.deal_id
        self._run(lambda: crm.deals.delete(ident),
                  translate("DealActions", "Deal “%1” deleted. Ctrl+Z brings it back.")
                  .replace("%1", self.title))

    def undo(self) -> None:
        crm, ident = self.app.crm, self.deal_id
        self._run(lambda: crm.deals.restore(ident),
                  translate("DealActions", "Deal “%1” restored").replace("%1", self.title))


def delete_deal(app: AppContext, deal_id: str, title: str) -> None:
    app.undo_stack.push(DeleteDealCommand(app, deal_id, title))  # push() runs redo()


class CreateDealCommand(DeleteDealCommand):
    """A deal the dialog has just saved: Ctrl+Z deletes it (a tombstone), Ctrl+Y restores."""

    def __init__(self, app: AppContext, deal_id: str, title: str) -> None:
        super().__init__(app, deal_id, title)
        self.setText(translate("DealActions", "New deal “%1”").replace("%1", title))
        self._first = True

    def redo(self) -> None:
        if self._first:  # the dialog has already written it
            self._first = False
            return
        DeleteDealCommand.undo(self)

    def undo(self) -> None:
        DeleteDealCommand.redo(self)


EDITABLE = ("title", "amount_minor", "currency", "pipeline_id", "stage_id", "loss_reason",
            "responsible_id", "source", "next_step", "expected_close", "next_step_at",
            "company_id", "contact_id")


def changed_fields(before: DealDTO, after: DealDTO) -> tuple[dict[str, Any], dict[str, Any]]:
    """The edited fields, as (old values, new values) the service takes back."""
    keys = [k for k in EDITABLE if getattr(before, k) != getattr(after, k)]
    if "stage_id" in keys and "loss_reason" not in keys:
        keys.append("loss_reason")
    return ({k: getattr(before, k) for k in keys}, {k: getattr(after, k) for k in keys})


class EditDealCommand(QUndoCommand):
    """A saved edit or move of a deal: Ctrl+Z writes the old values back through the same
    service call (so the stage history and the loss reasons stay right)."""

    def __init__(self, app: AppContext, deal_id: str, before: dict[str, Any],
                 after: dict[str, Any], title: str) -> None:
        super().__init__(translate("DealActions", "Edit deal “%1”").replace("%1", title))
        self.app, self.deal_id, self.before, self.after = app, deal_id, before, after
        self._first = True

    def _apply(self, values: dict[str, Any]) -> None:
        app, crm, ident = self.app, self.app.crm, self.deal_id
        app.worker.submit(lambda: crm.deals.save(ident, **values),
                          lambda _: app.coordinator.data_changed.emit("deal"),
                          lambda exc: app.coordinator.status_message.emit(move_error(exc)))

    def redo(self) -> None:
        if self._first:  # already saved by the card or the board
            self._first = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


def push_edit(app: AppContext, before: DealDTO, after: DealDTO) -> None:
    old, new = changed_fields(before, after)
    if old:
        app.undo_stack.push(EditDealCommand(app, after.id, old, new, after.title))


def template_label(key: str) -> str:
    """"ru/invoice" → "Invoice, in Russian" in the user's language; the user's own by file
    name."""
    folder, _, stem = key.partition("/")
    if folder == "my" or stem not in TEMPLATE_TITLES:
        return stem or key
    language = TEMPLATE_LANGUAGES.get(folder)
    return f"{tr(TEMPLATE_TITLES[stem])}, {tr(language)}" if language else \
        f"{tr(TEMPLATE_TITLES[stem])} · {folder.upper()}"


def document_file_name(key: str, deal_title: str, client: str, number: str) -> str:
    """A file name a person recognises: kind, client (or deal), number; safe everywhere."""
    stem = key.partition("/")[2] or key
    kind = tr(TEMPLATE_TITLES[stem]) if stem in TEMPLATE_TITLES else stem
    parts = [kind, client or deal_title, number]
    name = " — ".join(p.strip() for p in parts if p and p.strip())
    name = UNSAFE_IN_FILE_NAMES.sub(" ", name).strip(" .")
    return (name[:120].rstrip(" .") or "document") + ".docx"


def document_error(exc: BaseException) -> str:
    """One line for the status: what failed and why (the details go in the tooltip)."""
    if isinstance(exc, PermissionError):
        return translate("DealActions", "Cannot write the file: no permission for %1").replace(
            "%1", str(exc.filename or ""))
    first_line = (describe(exc).strip().splitlines() or [type(exc).__name__])[0]
    return translate("DealActions", "The document was not created: %1").replace("%1", first_line)
