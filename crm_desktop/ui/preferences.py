"""Preferences: the language (the system's unless chosen), the default phone region and the
time zone (the system's unless chosen; kept in the database file, so the command line
agrees with the window)."""

from __future__ import annotations

import re

import phonenumbers
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QLabel, QWidget

from crm_desktop.domain import zones
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.ui import settings
from crm_desktop.ui.forms_generated.ui_preferences import Ui_PreferencesDialog
from crm_desktop.ui.messages import describe

LANGUAGES = [("", QT_TRANSLATE_NOOP("PreferencesDialog", "System")), ("en", "English"),
             ("ru", "Русский")]


ZONE_AREAS = ("Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/",
              "Australia/", "Europe/", "Indian/", "Pacific/")


def region_name(code: str) -> str:
    """"RU" → "Россия (RU)": the country in the window's language where known, else the
    code alone."""
    from phonenumbers import geocoder

    language = QLocale().name()[:2]
    name = geocoder._region_display_name(code, language)
    if language != "en" and re.search("[A-Za-z]", name or ""):
        name = ""  # the data has no name in this language: the code says it
    return f"{name} ({code})" if name else code


def listed_zones(chosen: str | None) -> list[str]:
    """The places of the IANA database (Europe/Moscow), not its old aliases (W-SU, Zulu);
    a zone chosen earlier stays listed. Any name can still be typed."""
    names = {n for n in zones.zone_names() if n.startswith(ZONE_AREAS)} | {"UTC"}
    if chosen:
        names.add(chosen)
    return sorted(names)


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_PreferencesDialog()
        self.form.setupUi(self)
        for code, label in LANGUAGES:
            self.form.language.addItem(self.tr(label), code)
        self.form.language.setCurrentIndex(
            max(0, self.form.language.findData(settings.get(settings.LANGUAGE))))
        for name, region in sorted((region_name(r), r) for r in phonenumbers.SUPPORTED_REGIONS):
            self.form.region.addItem(name, region)
        self.form.region.setCurrentIndex(
            max(0, self.form.region.findData(settings.get(settings.PHONE_REGION))))
        self._add_time_zone()
        from crm_desktop.ui.requisites import add_requisites_button

        add_requisites_button(self)  # our company's details, for invoices and contracts
        from crm_desktop.ui.planner.day_limit import add_day_limit

        self.day_limit = add_day_limit(self)  # how many items from the client cards a day holds
        from crm_desktop.ui.telephony.preferences_part import add_softphone

        add_softphone(self)  # the command click-to-call runs (a softphone)
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)

    def _add_time_zone(self) -> None:
        """An editable list of IANA zones ("Europe/Moscow"), found by any part of the name."""
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("time_zone")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItem(self.tr("System (%1)").replace("%1", zones.system_zone_name()),
                               "")
        for name in listed_zones(zones.preferred()):
            self.time_zone.addItem(name, name)
        completer = QCompleter(self.time_zone.model(), self.time_zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.time_zone.setCompleter(completer)
        self.time_zone.setCurrentIndex(max(0, self.time_zone.findData(zones.preferred() or "")))
        self.time_zone_error = QLabel()
        self.time_zone_error.setObjectName("fieldError")
        self.time_zone_error.setWordWrap(True)
        self.time_zone_error.hide()
        label = QLabel(self.tr("&Time zone"))
        label.setBuddy(self.time_zone)
        self.form.form.addRow(label, self.time_zone)
        self.form.form.addRow("", self.time_zone_error)

    def chosen_time_zone(self) -> str | None:
        """The IANA name chosen ("" for the system's), or None when the text is no zone."""
        text = self.time_zone.currentText().strip()
        index = self.time_zone.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.time_zone.itemData(index))  # every item's data is its zone's name
        return text if text in zones.zone_names() else None

    def accept(self) -> None:
        zone = self.chosen_time_zone()
        if zone is None:
            self.time_zone_error.setText(self.tr("Not a time zone: choose one from the list, "
                                                 "e.g. Europe/Moscow"))
            self.time_zone_error.show()
            self.time_zone.setFocus()
            return
        app = getattr(self.parent(), "app", None)
        if app is not None and zone != (zones.preferred() or ""):
            app.worker.submit(lambda: app.crm.planner.set_time_zone(zone),
                              lambda _: app.coordinator.data_changed.emit("task"),
                              lambda exc: app.coordinator.status_message.emit(describe(exc)))
        settings.put(settings.LANGUAGE, self.form.language.currentData())
        settings.put(settings.PHONE_REGION, self.form.region.currentData())
        parent = self.parent()
        app = getattr(parent, "app", None)
        if app is not None:
            app.crm.region = self.form.region.currentData()
        super().accept()
