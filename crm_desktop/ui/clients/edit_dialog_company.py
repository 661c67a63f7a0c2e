"""The company dialog (forms/company_dialog.ui).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QWidget,
)

from crm_desktop.domain.phones import format_phone
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.dto import CompanyDTO
from crm_desktop.ui.clients.edit_dialog_base import ClientDialog
from crm_desktop.ui.clients.edit_dialog_fields import FieldErrors, formatted_phones, split_list
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.forms_generated.ui_company_dialog import Ui_CompanyDialog

COMPANY_KINDS = [("client", QT_TRANSLATE_NOOP("CompanyDialog", "Client")),
                 ("prospect", QT_TRANSLATE_NOOP("CompanyDialog", "Prospect")),
                 ("partner", QT_TRANSLATE_NOOP("CompanyDialog", "Partner")),
                 ("supplier", QT_TRANSLATE_NOOP("CompanyDialog", "Supplier"))]


class CompanyDialog(ClientDialog[CompanyDTO]):
    kind = "company"

    def __init__(self, app: AppContext, record: CompanyDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(app, record, parent)
        form = Ui_CompanyDialog()
        form.setupUi(self)
        self._wire(form)
        for value, label in COMPANY_KINDS:
            form.kind.addItem(self.tr(label), value)
        fields = {
            "name": form.name, "kind": form.kind, "legal_name": form.legal_name,
            "tax_id": form.tax_id, "phones": form.phones, "emails": form.emails,
            "website": form.website, "industry": form.industry, "address": form.address,
            "lead_source": form.lead_source, "segment": form.segment, "tags": form.tags,
            "keep_in_touch_days": form.keep_in_touch_days, "notes": form.notes}
        self.errors = FieldErrors(form.form, fields)
        self._watch(fields, ("name", "tax_id", "phones", "emails"))
        form.phones.editingFinished.connect(lambda: form.phones.setText(
            formatted_phones(form.phones.text(), app.crm.region)))
        self.setWindowTitle(self.tr("Edit company") if record else self.tr("New company"))
        app.worker.submit(lambda: (app.crm.reference.names("lead_sources"),
                                   app.crm.client_list.filter_choices()["segments"]),
                          self._fill_choices)
        if record is not None:
            self._load(record)
        self._loaded()

    def _fill_choices(self, result: tuple[list[str], list[str]]) -> None:
        sources, segments = result
        current_source = self.form.lead_source.currentText()
        current_segment = self.form.segment.currentText()
        self.form.lead_source.addItems([""] + sources)
        self.form.segment.addItems([""] + [s for s in segments if s])
        self.form.lead_source.setCurrentText(current_source)
        self.form.segment.setCurrentText(current_segment)

    def _load(self, r: CompanyDTO) -> None:
        for name in ("name", "kind", "legal_name", "tax_id", "phones", "emails", "website",
                     "industry", "address", "lead_source", "segment", "tags",
                     "keep_in_touch_days", "notes"):
            self.show_value(name, getattr(r, name))

    def show_value(self, field: str, value: Any) -> None:
        f = self.form
        if field == "kind":
            f.kind.setCurrentIndex(max(0, f.kind.findData(value)))
        elif field in ("phones", "emails", "tags"):
            getattr(f, field).setText(", ".join(
                format_phone(v) if field == "phones" else v for v in value or []))
        elif field in ("lead_source", "segment"):
            getattr(f, field).setCurrentText(value or "")
        elif field == "keep_in_touch_days":
            f.keep_in_touch_days.setValue(value or 0)
        elif field == "notes":
            f.notes.setPlainText(value or "")
        else:
            getattr(f, field).setText(value or "")

    def values(self) -> dict[str, Any]:
        f = self.form
        return {"name": f.name.text(), "kind": f.kind.currentData(),
                "legal_name": f.legal_name.text(), "tax_id": f.tax_id.text(),
                "phones": split_list(f.phones.text()), "emails": split_list(f.emails.text()),
                "website": f.website.text(), "industry": f.industry.text(),
                "address": f.address.text(), "lead_source": f.lead_source.currentText(),
                "segment": f.segment.currentText(), "tags": split_list(f.tags.text()),
                "keep_in_touch_days": f.keep_in_touch_days.value() or None,
                "notes": f.notes.toPlainText()}

    def duplicate_query(self) -> dict[str, Any]:
        f = self.form
        return {"name": f.name.text(), "phones": split_list(f.phones.text()),
                "emails": split_list(f.emails.text()), "tax_id": f.tax_id.text()}
