"""Preferences: the language (the system's unless chosen) and the default phone region."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.ui import settings
from crm_desktop.ui.forms_generated.ui_preferences import Ui_PreferencesDialog

LANGUAGES = [("", QT_TRANSLATE_NOOP("PreferencesDialog", "System")), ("en", "English"),
             ("ru", "Русский")]


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_PreferencesDialog()
        self.form.setupUi(self)
        for code, label in LANGUAGES:
            self.form.language.addItem(self.tr(label), code)
        self.form.language.setCurrentIndex(
            max(0, self.form.language.findData(settings.get(settings.LANGUAGE))))
        for region in sorted(phonenumbers.SUPPORTED_REGIONS):
            self.form.region.addItem(region, region)
        self.form.region.setCurrentIndex(
            max(0, self.form.region.findData(settings.get(settings.PHONE_REGION))))
        from crm_desktop.ui.requisites import add_requisites_button

        add_requisites_button(self)  # our company's details, for invoices and contracts
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        settings.put(settings.LANGUAGE, self.form.language.currentData())
        settings.put(settings.PHONE_REGION, self.form.region.currentData())
        parent = self.parent()
        app = getattr(parent, "app", None)
        if app is not None:
            app.crm.ctx.region = self.form.region.currentData()
        super().accept()
