"""The rule editor's logic on the automation screen: which parameters a trigger shows, the
fields a condition or an action may use, the list of a rule's actions, and the rule read back
from the form. A mixin of RulesView (its widgets are built there); texts are translated in
the view's context."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QWidget,
)

from crm_desktop.services.automation import TRIGGERS
from crm_desktop.services.automation.rules import FIELDS, SETTABLE, localized
from crm_desktop.ui.service.rules_names import (
    ACTION_NAMES,
    FIELD_NAMES,
    WHO_NAMES,
    tr,
)

if TYPE_CHECKING:
    from crm_desktop.services.automation import AutomationService, RuleDTO
    from crm_desktop.ui.context import AppContext


class RuleEditing:
    """Expects RulesView's editor widgets, `service`, `app`, `users` and `rule_actions`."""

    app: AppContext
    service: AutomationService
    users: list[tuple[str, str]]
    rule_actions: list[dict[str, Any]]  # the actions of the rule being edited
    rules_list: list[RuleDTO]
    current: RuleDTO | None
    # the editor's widgets, made by RulesView
    list: QListWidget  # the rules (it hides the builtin list in this class's annotations)
    form: QFormLayout
    param_rows: dict[str, QWidget]
    name: QLineEdit
    trigger: QComboBox
    stage: QComboBox
    stage_kind: QComboBox
    channel: QComboBox
    outcome: QLineEdit
    first: QCheckBox
    status: QComboBox
    days: QSpinBox
    cond_field: QComboBox
    cond_op: QComboBox
    cond_value: QLineEdit
    action_list: QListWidget
    action_kind: QComboBox
    action_text: QLineEdit
    action_who: QComboBox
    action_due: QSpinBox
    action_field: QComboBox
    action_form: QFormLayout
    enabled: QCheckBox
    record: QComboBox
    error: QLabel
    preview_text: QLabel

    # -- the editor ---------------------------------------------------------------------
    def _trigger_changed(self) -> None:
        trigger = self.trigger.currentData()
        spec = TRIGGERS[trigger]
        for name, widget in self.param_rows.items():
            self.form.setRowVisible(widget, name in spec["params"])
        table = spec["table"]
        self.cond_field.clear()
        for name in FIELDS[table]:
            self.cond_field.addItem(tr(FIELD_NAMES.get(name, name)), name)
        self.action_field.clear()
        for name in SETTABLE.get(table, ()):
            self.action_field.addItem(tr(FIELD_NAMES.get(name, name)), name)
        self._fill_who()
        service = self.service
        self.app.worker.submit(lambda: service.candidates(trigger), self._fill_records,
                               lambda _: None)

    def _action_kind_changed(self) -> None:
        kind = self.action_kind.currentData()
        self.action_form.setRowVisible(self.action_who, kind in ("create_task", "notify"))
        self.action_form.setRowVisible(self.action_due, kind == "create_task")
        self.action_form.setRowVisible(self.action_field, kind == "set_field")

    def _fill_who(self) -> None:
        current = self.action_who.currentData()
        self.action_who.clear()
        for key, text in WHO_NAMES.items():
            self.action_who.addItem(tr(text), key)
        for ident, name in self.users:
            self.action_who.addItem(name, ident)
        if current:
            self.action_who.setCurrentIndex(max(0, self.action_who.findData(current)))

    def _fill_records(self, records: Sequence[tuple[str, str]]) -> None:
        self.record.clear()
        for ident, label in records:
            self.record.addItem(label or ident, ident)

    def _describe_action(self, action: dict[str, Any]) -> str:
        language = self.app.crm.language
        kind = action.get("kind", "")
        text = localized(action.get("title") or action.get("text") or action.get("subject")
                         or action.get("value"), language) or ""
        if kind == "set_field":
            text = f"{action.get('field')} = {text}"
        return f"{tr(ACTION_NAMES.get(kind, kind))}: {text}"

    def _show_actions(self) -> None:
        self.action_list.clear()
        for action in self.rule_actions:
            self.action_list.addItem(self._describe_action(action))

    def _action_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.rule_actions):
            return
        action = self.rule_actions[row]
        language = self.app.crm.language
        self.action_kind.setCurrentIndex(max(0, self.action_kind.findData(action["kind"])))
        self.action_text.setText(str(localized(action.get("title") or action.get("text")
                                               or action.get("subject") or action.get("value")
                                               or "", language)))
        who = action.get("assignee") or action.get("who") or "responsible"
        self.action_who.setCurrentIndex(max(0, self.action_who.findData(who)))
        self.action_due.setValue(int(action.get("due_days") or 0))
        self.action_field.setCurrentIndex(max(0, self.action_field.findData(
            action.get("field", ""))))

    def _add_action(self) -> None:
        kind, text = self.action_kind.currentData(), self.action_text.text().strip()
        if kind == "create_task":
            action = {"kind": kind, "title": text, "assignee": self.action_who.currentData(),
                      "due_days": self.action_due.value()}
        elif kind == "notify":
            action = {"kind": kind, "text": text, "who": self.action_who.currentData()}
        elif kind == "send_letter":
            action = {"kind": kind, "subject": text}
        else:
            action = {"kind": kind, "field": self.action_field.currentData(), "value": text}
        self.rule_actions.append(action)
        self._show_actions()
        self.action_text.clear()

    def _remove_action(self) -> None:
        row = self.action_list.currentRow()
        if 0 <= row < len(self.rule_actions):
            del self.rule_actions[row]
            self._show_actions()

    def values(self) -> dict[str, Any]:
        trigger = self.trigger.currentData()
        params: dict[str, Any] = {}
        wanted = TRIGGERS[trigger]["params"]
        if "stage_id" in wanted and self.stage.currentData():
            params["stage_id"] = self.stage.currentData()
        if "stage_kind" in wanted and self.stage_kind.currentData():
            params["stage_kind"] = self.stage_kind.currentData()
        if "channel" in wanted and self.channel.currentData():
            params["channel"] = self.channel.currentData()
        if "outcome" in wanted and self.outcome.text().strip():
            params["outcome"] = self.outcome.text().strip()
        if "first" in wanted and self.first.isChecked():
            params["first"] = True
        if "status" in wanted:
            params["status"] = self.status.currentData()
        if "days" in wanted:
            params["days"] = self.days.value()
        conditions = []
        if self.cond_op.currentData():
            conditions.append({"field": self.cond_field.currentData(),
                               "op": self.cond_op.currentData(),
                               "value": self.cond_value.text().strip()})
        return {"name": self.name.text(), "trigger": trigger, "params": params,
                "conditions": conditions, "actions": list(self.rule_actions),
                "is_enabled": self.enabled.isChecked()}

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.rules_list):
            return
        rule = self.rules_list[row]
        self.current = rule
        self.name.setText(rule.name)
        self.trigger.setCurrentIndex(self.trigger.findData(rule.trigger))
        self._trigger_changed()
        params = rule.params
        self.stage.setCurrentIndex(max(0, self.stage.findData(params.get("stage_id", ""))))
        self.stage_kind.setCurrentIndex(max(0, self.stage_kind.findData(
            params.get("stage_kind", ""))))
        self.channel.setCurrentIndex(max(0, self.channel.findData(params.get("channel", ""))))
        self.outcome.setText(params.get("outcome", "") or "")
        self.first.setChecked(bool(params.get("first")))
        self.status.setCurrentIndex(max(0, self.status.findData(params.get("status", "new"))))
        self.days.setValue(int(params.get("days") or 0))
        condition = rule.conditions[0] if rule.conditions else {}
        self.cond_field.setCurrentIndex(max(0, self.cond_field.findData(condition.get(
            "field", ""))))
        self.cond_op.setCurrentIndex(max(0, self.cond_op.findData(condition.get("op", ""))))
        self.cond_value.setText(str(condition.get("value", "") or ""))
        self.rule_actions = [dict(a) for a in rule.actions]
        self._show_actions()
        self.enabled.setChecked(rule.is_enabled)
        self.error.setText("")
        self.preview_text.setText("")

    def new_rule(self) -> None:
        self.current = None
        self.list.clearSelection()
        self.name.setText(QCoreApplication.translate("RulesView", "New rule"))
        self.name.selectAll()
        self.rule_actions = []
        self._show_actions()
        self.cond_op.setCurrentIndex(0)
        self.enabled.setChecked(False)
        self.preview_text.setText("")
