"""The deal card: every field editable (errors beside the fields), the items table with exact
totals, the stage (Ctrl+M: a menu, lost asks the reason), delete with undo, the stage history,
the history and tasks, and documents from templates (a save dialog, written on the worker,
linked to the history and opened)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import NotFoundError
from crm_desktop.services.dto import DealDTO
from crm_desktop.ui import formatting, settings
from crm_desktop.ui.clients.timeline import channel_label
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.deal_actions import (
    StageChoice,
    ask_loss_reason,
    delete_deal,
    document_error,
    document_file_name,
    move_deal,
    push_edit,
    stage_menu,
    template_label,
)
from crm_desktop.ui.funnel.deal_form import DealForm, show_problems
from crm_desktop.ui.funnel.deal_items import DISABLED_BUTTONS, ItemsEditor
from crm_desktop.ui.messages import describe
from crm_desktop.ui.service.letter_dialog import LetterDialog, write_for_deal

DOCUMENTS_FOLDER = settings.Setting("documents/folder", "")


class DealCard(QDialog):
    document_made = Signal(str)
    loaded = Signal()
    saved = Signal()
    open_after = True  # tests turn off opening the file with the system's application

    def __init__(self, app: AppContext, deal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.deal_id = app, deal_id
        self.data: dict[str, Any] = {}
        self.loss_reasons: list[str] = []
        self.ask_reason = ask_loss_reason  # replaceable in tests
        self.letter_dialog: LetterDialog | None = None  # the letter written from here, open
        self.setWindowTitle(self.tr("Deal"))
        self.setStyleSheet(DISABLED_BUTTONS)
        self.resize(820, 600)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("cardSubtitle")
        self.subtitle.setWordWrap(True)
        self.stage_button = QToolButton()
        self.stage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.stage_button.setToolTip(self.tr("Move to another stage (Ctrl+M)"))
        QShortcut(QKeySequence("Ctrl+M"), self, self.stage_button.showMenu)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the deal (Ctrl+Z brings it back)"))
        self.delete_button.clicked.connect(self.delete)

        self.form = DealForm(app)
        self.form.edited.connect(self._form_edited)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # F5 as in the window (which this card blocks while open): every open view reloads
        QShortcut(QKeySequence.StandardKey.Refresh, self, app.coordinator.refresh_all)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self._show_deal)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form)
        details_layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        details_layout.addLayout(buttons)

        self.items = ItemsEditor(app)
        self.history = QListWidget()
        self.activity = QListWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Deal"))
        self.tabs.addTab(self.items, self.tr("Items"))
        self.tabs.addTab(self.history, self.tr("Stage history"))
        self.tabs.addTab(self.activity, self.tr("History and tasks"))

        self.open_client = QPushButton(self.tr("Open client"))
        self.open_client.setEnabled(False)
        self.open_client.clicked.connect(self._open_client)
        self.template = QComboBox()
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.template.setMaximumWidth(320)
        self.make_document = QPushButton(self.tr("Create document…"))
        self.make_document.setEnabled(False)
        # clicked(bool) would hand the checked flag in as the path: call with no arguments
        self.make_document.clicked.connect(lambda: self.create_document())
        # the service feature's letter: an offer or invoice with this deal's document attached
        self.write_letter = QPushButton(self.tr("Send by email…"))
        self.write_letter.clicked.connect(lambda: write_for_deal(self.app, self.deal_id, self))
        self.document_status = QLabel()
        self.document_status.setObjectName("countLabel")
        # on a line of its own and wrapped: a long file name or error never widens the window
        self.document_status.setWordWrap(True)
        self.document_status.hide()

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.stage_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Template:")))
        row.addWidget(self.template)
        row.addWidget(self.make_document)
        row.addWidget(self.write_letter)
        row.addStretch(1)
        row.addWidget(self.open_client)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        layout.addWidget(self.document_status)
        # Enter in a field saves the deal; it never presses Delete or another button
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        app.coordinator.data_changed.connect(self._on_data_changed)
        self.reload()

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        crm, ident = self.app.crm, self.deal_id

        def fetch() -> dict[str, Any]:
            data = crm.funnel.deal_card(ident, crm)
            data["products"] = crm.products.catalogue()
            data["loss_reasons"] = crm.reference.names("loss_reasons")
            data["templates"] = [info.key for info in crm.documents.templates()]
            data["our_name"] = crm.requisites.get().name
            return data

        self.app.worker.submit(fetch, self._show, self._failed_to_load)

    def _failed_to_load(self, exc: BaseException) -> None:
        self.title.setText(self.tr("This deal cannot be shown"))
        self.subtitle.setText(self.tr("It has been deleted (Ctrl+Z brings back a deal you "
                                      "deleted yourself).") if isinstance(exc, NotFoundError)
                              else describe(exc))
        for widget in (self.tabs, self.make_document, self.delete_button, self.stage_button):
            widget.setEnabled(False)

    def _on_data_changed(self, entity: str) -> None:
        # a change from elsewhere (a sync, the board) shows here, unless the person is editing
        if entity in ("deal", "stage", "interaction", "task", "product") and \
                not self.form.dirty and not self.items.dirty:
            self.reload()

    def _show(self, data: dict[str, Any]) -> None:
        self.data = data
        deal, stages = data["deal"], data["stages"]
        self.loss_reasons = data["loss_reasons"]
        self.setWindowTitle(self.tr("Deal: %1").replace("%1", deal.title))
        self.title.setText(deal.title)
        client = data["company"].name if data["company"] else (
            data["contact"].display_name if data["contact"] else self.tr("no client"))
        self.subtitle.setText(f"{client} · {formatting.money(deal.amount_minor, deal.currency)}")
        stage = stages.get(deal.stage_id)
        self.stage_button.setText(self.tr("Stage: %1").replace("%1", stage.name if stage else "?")
                                  + " ▾")
        choices = [StageChoice(s.id, s.name, s.kind)
                   for s in sorted(stages.values(), key=lambda s: s.position)]
        self.stage_button.setMenu(stage_menu(self, choices, deal.stage_id, self.move_to))
        self._show_deal()
        self.items.set_items(deal.id, deal.currency, [i for i, _ in data["items"]],
                             data["products"], deal.amount_minor)
        self.tabs.setTabText(1, self.tr("Items (%1)").replace("%1", str(len(data["items"]))))
        self.history.clear()
        for change in data["history"]:
            source = stages[change.from_stage_id].name if change.from_stage_id in stages else "—"
            target = stages[change.to_stage_id].name if change.to_stage_id in stages else "?"
            reason = f" ({change.loss_reason})" if change.loss_reason else ""
            self.history.addItem(f"{formatting.when(change.changed_at)}  {source} → {target}"
                                 f"{reason}")
        self.activity.clear()
        for task in data["tasks"]:
            self.activity.addItem(f"☐ {formatting.when(task.due_at)}  {task.title}")
        for item in data["interactions"]:
            self.activity.addItem(f"{formatting.when(item.occurred_at)}  "
                                  f"{channel_label(item.channel)}: {item.subject or ''}")
        if not data["tasks"] and not data["interactions"]:
            self.activity.addItem(self.tr("Nothing yet: calls, emails, documents and tasks of "
                                          "this deal will appear here."))
        current = self.template.currentData()
        self.template.clear()
        for key in data["templates"]:
            self.template.addItem(template_label(key), key)
        language = formatting.locale().name()[:2]
        wanted = current or next((k for k in (f"{language}/invoice", *data["templates"])
                                  if k in data["templates"] and k.startswith(language + "/")),
                                 None)
        self.template.setCurrentIndex(max(self.template.findData(wanted), 0))
        self.make_document.setEnabled(bool(data["templates"]))
        warning = self.tr("Your company's details are empty: fill them in Preferences")
        if not data["our_name"]:
            self._status(warning)
        elif self.document_status.text() == warning:
            self._status("")
        self.open_client.setEnabled(data["company"] is not None or data["contact"] is not None)
        self.loaded.emit()

    def _show_deal(self) -> None:
        data = self.data
        company = data["company"].name if data.get("company") else ""
        self.form.set_deal(data["deal"], company)
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)

    def _open_client(self) -> None:
        if self.data.get("company"):
            self.app.coordinator.open_client.emit("company", self.data["company"].id)
        elif self.data.get("contact"):
            self.app.coordinator.open_client.emit("contact", self.data["contact"].id)

    # -- editing --------------------------------------------------------------------------------
    def _form_edited(self) -> None:
        self.save_button.setEnabled(True)
        self.revert_button.setEnabled(True)

    def save(self) -> None:
        if not self.form.dirty:
            return
        job, problems = self.form.save_job(self.deal_id)
        if problems:
            self.form.touched.update(problems)
            show_problems(self.form.errors, problems, keep_focus=False)
            self.tabs.setCurrentIndex(0)
            return
        self.save_button.setEnabled(False)

        before = self.data["deal"]

        def done(deal: DealDTO) -> None:
            self.form.dirty = False
            push_edit(self.app, before, deal)  # Ctrl+Z takes the edit back
            self.app.coordinator.data_changed.emit("deal")
            self.app.coordinator.status_message.emit(self.tr("Deal saved"))
            self.saved.emit()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.tabs.setCurrentIndex(0)
            self.form.show_error(exc)

        self.app.worker.submit(job, done, failed)

    def move_to(self, stage: StageChoice) -> None:
        move_deal(self.app, self, self.deal_id, stage, self.loss_reasons, self.ask_reason)

    def delete(self) -> None:
        if self.data:
            delete_deal(self.app, self.deal_id, self.data["deal"].title)
            self.form.dirty = self.items.dirty = False
            self.accept()

    def reject(self) -> None:
        """Esc or the close button: unsaved edits are not dropped without asking."""
        if (self.form.dirty or self.items.dirty) and QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("The deal has unsaved changes. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()

    # -- documents ------------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.document_status.setText(text)
        self.document_status.setVisible(bool(text))

    def suggested_path(self, key: str) -> Path:
        deal = self.data["deal"]
        client = self.data["company"].name if self.data.get("company") else (
            self.data["contact"].display_name if self.data.get("contact") else "")
        folder = settings.get(DOCUMENTS_FOLDER) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / document_file_name(key, deal.title, client, deal.id[-6:].upper())

    def create_document(self, target: str | None = None) -> None:
        """Fills the chosen template, saves it where the person says, links it to the history
        and opens it. Everything but the dialog runs on the worker."""
        key = self.template.currentData()
        if not key or not self.data:
            return
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the document"), str(self.suggested_path(key)),
                self.tr("Word document (*.docx)"))
            if not target:
                return
            if not target.lower().endswith(".docx"):
                target += ".docx"
            settings.put(DOCUMENTS_FOLDER, str(Path(target).parent))
        crm, deal_id, output = self.app.crm, self.deal_id, Path(target)
        self.make_document.setEnabled(False)
        self._status(self.tr("Creating the document…"))

        def done(path: Path) -> None:
            self.make_document.setEnabled(True)
            self._status(self.tr("Saved: %1").replace("%1", path.name))
            self.document_status.setToolTip(str(path))
            self.app.coordinator.data_changed.emit("interaction")
            if self.open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            self.document_made.emit(str(path))

        def failed(exc: BaseException) -> None:
            self.make_document.setEnabled(True)
            self._status(document_error(exc))
            self.document_status.setToolTip(describe(exc))

        self.app.worker.submit(lambda: crm.documents.generate(key, deal_id, output), done,
                               failed)
