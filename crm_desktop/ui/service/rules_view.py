"""The automation rules screen: the rules with a switch each, an editor (trigger and its
parameters, a condition, actions), a dry run on one record ("what would happen") and the log
of every run. The date rules are checked every 15 minutes while the window is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.automation import TRIGGERS, RuleDTO, RunDTO, automation
from crm_desktop.services.service_desk import STATUSES
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.rules_editor import RuleEditing
from crm_desktop.ui.service.rules_names import (
    ACTION_NAMES,
    CHANNELS,
    OP_NAMES,
    TRIGGER_NAMES,
    rule_error,
    tr,
    why_not,
)
from crm_desktop.ui.service.timing import SCHEDULE_MS


class RulesView(RuleEditing, QWidget):
    loaded = Signal()
    previewed = Signal()
    saved = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.service = automation(app.crm)
        self.rules_list: list[RuleDTO] = []
        self.current: RuleDTO | None = None
        self.rule_actions: list[dict[str, Any]] = []
        self.stages: list[tuple[str, str]] = []
        self.users: list[tuple[str, str]] = []
        # -- the list of rules
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._chosen)
        self.list.itemChanged.connect(self._switched)
        self.new_button = QPushButton(self.tr("+ Rule"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_rule)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_rule)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        hint = QLabel(self.tr("A ticked rule is on. Rules run where the change is made, in "
                              "the same save; date rules on the laptop of the responsible "
                              "person."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(hint)
        # -- the editor
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.trigger = QComboBox()
        for key in TRIGGERS:
            self.trigger.addItem(tr(TRIGGER_NAMES[key]), key)
        self.trigger.currentIndexChanged.connect(lambda _: self._trigger_changed())
        self.stage = QComboBox()
        self.stage_kind = QComboBox()
        self.stage_kind.addItem(self.tr("any stage chosen above"), "")
        self.stage_kind.addItem(self.tr("any won stage"), "won")
        self.stage_kind.addItem(self.tr("any lost stage"), "lost")
        self.channel = QComboBox()
        self.channel.addItem(self.tr("any channel"), "")
        from crm_desktop.ui.clients.timeline import CHANNELS as CHANNEL_NAMES

        for value in CHANNELS:
            self.channel.addItem(QCoreApplication.translate("Channel", CHANNEL_NAMES[value]),
                                 value)
        self.outcome = QLineEdit(placeholderText=self.tr("outcome contains… (optional)"))
        self.first = QCheckBox(self.tr("only the client's first of this channel"))
        self.status = QComboBox()
        for value in STATUSES:
            self.status.addItem(labels.status(value), value)
        self.days = QSpinBox()
        self.days.setRange(-3650, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.cond_field = QComboBox()
        self.cond_op = QComboBox()
        self.cond_op.addItem(self.tr("— no condition —"), "")
        for key, text in OP_NAMES.items():
            self.cond_op.addItem(tr(text), key)
        self.cond_value = QLineEdit()
        condition = QHBoxLayout()
        condition.addWidget(self.cond_field, 1)
        condition.addWidget(self.cond_op, 1)
        condition.addWidget(self.cond_value, 1)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("When"), self.trigger)
        self.param_rows: dict[str, QWidget] = {"stage_id": self.stage,
                                               "stage_kind": self.stage_kind,
                                               "channel": self.channel,
                                               "outcome": self.outcome, "first": self.first,
                                               "status": self.status, "days": self.days}
        for label, widget in ((self.tr("Stage"), self.stage),
                              (self.tr("Or"), self.stage_kind),
                              (self.tr("Channel"), self.channel),
                              (self.tr("Outcome"), self.outcome), ("", self.first),
                              (self.tr("Status"), self.status), (self.tr("Days"), self.days)):
            self.form.addRow(label, widget)
        self.form.addRow(self.tr("If"), condition)
        # actions
        self.action_list = QListWidget()
        self.action_list.setMaximumHeight(70)
        self.action_list.currentRowChanged.connect(self._action_chosen)
        self.action_kind = QComboBox()
        for key, text in ACTION_NAMES.items():
            self.action_kind.addItem(tr(text), key)
        self.action_text = QLineEdit(placeholderText=self.tr(
            "e.g. Issue the invoice: {title} — {client}, {title}, {number}, {subject} fill in"))
        self.action_who = QComboBox()
        self.action_due = QSpinBox()
        self.action_due.setRange(0, 365)
        self.action_due.setSuffix(self.tr(" days after"))
        self.action_field = QComboBox()
        self.add_action = QPushButton(self.tr("Add action"))
        self.add_action.clicked.connect(self._add_action)
        self.remove_action = QPushButton(self.tr("Remove action"))
        self.remove_action.clicked.connect(self._remove_action)
        self.action_form = action_form = QFormLayout()
        action_form.addRow(self.tr("Do"), self.action_kind)
        action_form.addRow(self.tr("Text or value"), self.action_text)
        action_form.addRow(self.tr("For"), self.action_who)
        action_form.addRow(self.tr("Due"), self.action_due)
        action_form.addRow(self.tr("Field"), self.action_field)
        self.action_kind.currentIndexChanged.connect(lambda _: self._action_kind_changed())
        self._action_kind_changed()
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(self.add_action)
        action_buttons.addWidget(self.remove_action)
        action_buttons.addStretch(1)
        actions_box = QGroupBox(self.tr("Then"))
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.action_list)
        actions_layout.addLayout(action_form)
        actions_layout.addLayout(action_buttons)
        self.enabled = QCheckBox(self.tr("The rule is on"))
        self.save_button = QPushButton(self.tr("Save rule"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        # the dry run
        self.record = QComboBox()
        self.record.setMinimumWidth(200)
        self.test_button = QPushButton(self.tr("What would happen?"))
        self.test_button.clicked.connect(self.preview)
        self.preview_text = QLabel()
        self.preview_text.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(QLabel(self.tr("Try on")))
        test_row.addWidget(self.record, 1)
        test_row.addWidget(self.test_button)
        save_row = QHBoxLayout()
        save_row.addWidget(self.enabled)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(self.form)
        editor_layout.addWidget(actions_box)
        editor_layout.addLayout(save_row)
        editor_layout.addWidget(self.error)
        editor_layout.addLayout(test_row)
        editor_layout.addWidget(self.preview_text)
        editor_layout.addStretch(1)
        # the log
        self.log = QTableWidget(0, 4)
        self.log.setHorizontalHeaderLabels([self.tr("When"), self.tr("Rule"),
                                            self.tr("Outcome"), self.tr("What was done")])
        self.log.verticalHeader().hide()
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.log.setColumnWidth(0, 130)
        self.log.setColumnWidth(1, 260)
        self.log.setColumnWidth(2, 80)
        log_box = QGroupBox(self.tr("Log of runs"))
        QVBoxLayout(log_box).addWidget(self.log)
        # The editor grows with the actions of a rule: it scrolls rather than raising the
        # window's minimum height (a 1366x768 laptop must hold every view).
        editor_scroll = QScrollArea()
        editor_scroll.setWidget(editor)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        top = QSplitter()
        top.addWidget(left)
        top.addWidget(editor_scroll)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 2)
        top.setSizes([340, 760])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(log_box)
        outer.setSizes([520, 180])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(outer)
        self._trigger_changed()
        self._schedule = QTimer(self, interval=SCHEDULE_MS)
        self._schedule.timeout.connect(self.run_scheduled)
        self._schedule.start()
        app.coordinator.data_changed.connect(
            lambda entity: self._reload_log() if entity in ("task", "deal", "service_request",
                                                            "interaction", "synced") else None)
        self.reload(first=True)

    # -- loading ---------------------------------------------------------------------------
    def reload(self, first: bool = False, select: str | None = None) -> None:
        service, crm = self.service, self.app.crm
        language = crm.language

        def load() -> tuple[Any, ...]:
            if first:
                service.seed_examples(language)
            stages = []
            for pipeline in crm.pipelines.list():
                for stage in crm.stages.of_pipeline(pipeline.id):
                    stages.append((stage.id, f"{pipeline.name} — {stage.name}"))
            users = [(u.id, u.name) for u in crm.users.list() if u.is_active]
            return service.rules(), service.runs(), stages, users

        def shown(result: tuple[Any, ...]) -> None:
            self._show(result, select)
            if first:  # the date rules also run once as the window opens
                self.run_scheduled()

        self.app.worker.submit(load, shown)

    def _show(self, result: tuple[Any, ...], select: str | None) -> None:
        rules, runs, self.stages, self.users = result
        keep = select or (self.current.id if self.current else None)
        self.rules_list = rules
        self.stage.clear()
        self.stage.addItem(self.tr("— any —"), "")
        for ident, name in self.stages:
            self.stage.addItem(name, ident)
        self.list.blockSignals(True)
        self.list.clear()
        row = 0
        for number, rule in enumerate(rules):
            item = QListWidgetItem(rule.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rule.is_enabled
                               else Qt.CheckState.Unchecked)
            item.setToolTip(tr(TRIGGER_NAMES.get(rule.trigger, rule.trigger)))
            self.list.addItem(item)
            if rule.id == keep:
                row = number
        self.list.blockSignals(False)
        self._show_runs(runs)
        if rules:
            self.list.setCurrentRow(row)
            self._chosen(row)
        else:
            self.new_rule()
        self.loaded.emit()

    def _show_runs(self, runs: list[RunDTO]) -> None:
        self.log.setRowCount(len(runs))
        for row, run in enumerate(runs):
            values = (formatting.when(run.ran_at), run.rule,
                      self.tr("done") if run.outcome == "done" else self.tr("failed"),
                      run.summary.replace("\n", "; "))
            for column, value in enumerate(values):
                self.log.setItem(row, column, QTableWidgetItem(value))

    def _reload_log(self) -> None:
        self.app.worker.submit(self.service.runs, self._show_runs)

    def save(self) -> None:
        values, service = self.values(), self.service
        ident = self.current.id if self.current else None

        def done(rule: RuleDTO) -> None:
            self.error.setText("")
            self.reload(select=rule.id)
            self.saved.emit()

        def failed(exc: BaseException) -> None:
            self.error.setText(rule_error(exc))
            self.saved.emit()

        self.app.worker.submit(lambda: service.save(ident, **values), done, failed)

    def _switched(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if not 0 <= row < len(self.rules_list):
            return
        rule, enabled = self.rules_list[row], item.checkState() == Qt.CheckState.Checked
        service = self.service
        self.app.worker.submit(lambda: service.set_enabled(rule.id, enabled),
                               lambda _: self.reload(select=rule.id))

    def delete_rule(self) -> None:
        if self.current is None:
            return
        ident, service = self.current.id, self.service
        self.current = None
        self.app.worker.submit(lambda: service.delete(ident), lambda _: self.reload())

    def preview(self) -> None:
        if self.current is None or self.record.currentData() is None:
            self.preview_text.setText(self.tr("Save the rule and choose a record first."))
            self.previewed.emit()
            return
        ident, record, service = self.current.id, self.record.currentData(), self.service

        def shown(result: Any) -> None:
            if result.matches:
                self.preview_text.setText(self.tr("The rule would run:") + "\n"
                                          + "\n".join("• " + line for line in result.lines))
            else:
                self.preview_text.setText(self.tr("The rule would not run for this record:")
                                          + " " + "; ".join(why_not(line)
                                                            for line in result.lines))
            self.previewed.emit()

        def failed(exc: BaseException) -> None:
            self.preview_text.setText(rule_error(exc))
            self.previewed.emit()

        self.app.worker.submit(lambda: service.preview(ident, record), shown, failed)

    def run_scheduled(self) -> None:
        service = self.service
        def ran(done: object) -> None:
            if done:
                self.app.coordinator.data_changed.emit("task")
                self._reload_log()

        self.app.worker.submit(service.run_scheduled, ran, lambda _: None)
