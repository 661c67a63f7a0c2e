"""A new call list: from a segment or an imported file of clients, split among the callers,
with an optional script."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.dto import UserDTO
from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.call_list_plan import FileClients
from crm_desktop.services.marketing.call_lists import CallListDTO
from crm_desktop.services.marketing.campaigns import CampaignDTO
from crm_desktop.services.marketing.segments import SegmentDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext


class NewCallListDialog(QDialog):
    saved = Signal(str)
    file_read = Signal(int)  # clients found in an imported file

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.m = marketing(app.crm)
        self.setWindowTitle(self.tr("New call list"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.segment = QComboBox()
        self.campaign = QComboBox()
        self.campaign.addItem(self.tr("none"), None)
        self.split = QComboBox()
        self.split.addItem(self.tr("evenly"), "even")
        self.split.addItem(self.tr("by region"), "region")
        self.split.addItem(self.tr("by responsible person"), "responsible")
        self.people = QListWidget()
        self.people.setMaximumHeight(130)
        self.script = QPlainTextEdit()
        self.script.setPlaceholderText(self.tr("What to say: shown beside the number"))
        # An imported list instead of a segment: its rows matched to clients on the worker.
        self.file_clients: FileClients | None = None
        self.file_button = QPushButton(self.tr("From a &file…"))
        self.file_button.setToolTip(self.tr(
            "An .xlsx or .csv list whose first row names a phone, INN or name column"))
        self.file_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        source = QHBoxLayout()
        source.addWidget(self.segment, 1)
        source.addWidget(self.file_button)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        segment_label = QLabel(self.tr("&Segment"))
        segment_label.setBuddy(self.segment)  # the row holds a layout: the label is made here
        form.addRow(segment_label, source)
        form.addRow("", self.file_label)
        self.file_label.hide()
        form.addRow(self.tr("&Who calls"), self.people)
        form.addRow(self.tr("S&plit"), self.split)
        form.addRow(self.tr("C&ampaign"), self.campaign)
        form.addRow(self.tr("Sc&ript"), self.script)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 520)
        crm, m = app.crm, self.m
        app.worker.submit(lambda: (m.segments.list(with_counts=True), crm.users.list(),
                                   m.campaigns.list()), self._fill)

    def _fill(self, loaded: tuple[list[SegmentDTO], list[UserDTO], list[CampaignDTO]]) -> None:
        segments, users, campaigns = loaded
        loc = formatting.locale()
        for s in segments:
            self.segment.addItem(f"{s.name} ({loc.toString(s.count or 0)})", s.id)
        for user in users:
            item = QListWidgetItem(user.name)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        for c in campaigns:
            self.campaign.addItem(c.name, c.id)

    def chosen_people(self) -> list[str]:
        return [self.people.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        name, segment, people = self.name.text(), self.segment.currentData(), \
            self.chosen_people()
        split, script, campaign = self.split.currentData(), self.script.toPlainText(), \
            self.campaign.currentData()
        lists = self.m.call_lists
        found = self.file_clients
        if found is not None:
            if not found.clients:
                self.error.setText(self.tr("No row of the file matches a client"))
                return
            self.buttons.setEnabled(False)
            self.app.worker.submit(
                lambda: lists.create(name, people, clients=found.clients, split=split,
                                     script=script, campaign_id=campaign),
                self._saved, self._refused)
            return
        if segment is None:
            self.error.setText(self.tr("Make a segment first: the list is made of its clients"))
            return
        self.buttons.setEnabled(False)
        self.app.worker.submit(
            lambda: lists.create(name, people, segment_id=segment, split=split, script=script,
                                 campaign_id=campaign), self._saved, self._refused)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("A list of clients to call"), "",
                                              self.tr("Lists (*.xlsx *.csv)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Matches the file's rows to clients on the worker; the list is then made of them."""
        lists = self.m.call_lists
        self.file_label.setText(self.tr("Reading the file…"))
        self.file_label.show()
        self.app.worker.submit(lambda: lists.from_file(path),
                               lambda found: self._file_read(path, found), self._refused)

    def _file_read(self, path: str, found: FileClients) -> None:
        from pathlib import Path

        self.file_clients = found
        self.segment.setEnabled(False)
        text = self.tr("%1: %n client(s) to call", "", len(found.clients)).replace(
            "%1", Path(path).name)
        if found.unmatched:
            text += "; " + self.tr(
                "%n row(s) match no client (import them first: File ▸ Import)", "",
                len(found.unmatched))
        self.file_label.setText(text)
        self.file_read.emit(len(found.clients))

    def _saved(self, made: CallListDTO) -> None:
        self.app.coordinator.data_changed.emit("call_list")
        self.saved.emit(made.id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        messages = {"name": self.tr("Enter the name (up to 200 characters)"),
                    "assignee_ids": self.tr("Tick at least one employee who calls"),
                    "file": self.tr("The file cannot be read as a list: its first row must "
                                    "name a phone, INN or name column")}
        if isinstance(exc, ValidationError) and exc.field == "file":
            self.file_label.setText("")
        if isinstance(exc, ValidationError) and exc.field in messages:
            self.error.setText(messages[exc.field])
        else:
            from crm_desktop.ui.messages import describe

            self.error.setText(describe(exc))
