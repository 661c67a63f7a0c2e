"""A date typed into a line edit the way people write dates (31.12.2026, 31/12/2026,
2026-12-31), with a calendar button. An impossible date (31.02.2026) is an error the form
shows beside the field, never silently turned into another date; empty means "not set". The
calendar opens at the typed date, else at a month that makes sense for the field.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.paths import RESOURCES_DIR
from crm_desktop.services.planner.agenda import local_zone
from crm_desktop.ui.context import AppContext

DAY_FIRST = re.compile(r"^\s*(\d{1,2})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{4})\s*$")
YEAR_FIRST = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
EARLIEST, LATEST = date(1900, 1, 1), date(2200, 12, 31)
translate = QCoreApplication.translate


class DateInput(QObject):
    """Turns a QLineEdit into a date field. `value()` is the date, None when empty, or raises
    ValueError with a message for the person; `warning()` says when a date lies in the past
    (for a next step or a due date)."""

    changed = Signal()

    def __init__(self, edit: QLineEdit, today: Callable[[], date],
                 opens_at: Callable[[], date] | None = None, warn_past: bool = False) -> None:
        super().__init__(edit)
        self.edit, self.today, self.warn_past = edit, today, warn_past
        self.opens_at = opens_at or today
        edit.setPlaceholderText(self.tr("DD.MM.YYYY"))
        edit.setMaxLength(20)
        icon = QIcon(str(RESOURCES_DIR / "icons" / "planner.svg"))
        self.button = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.button.setToolTip(self.tr("Choose in a calendar"))
        self.button.triggered.connect(self.open_calendar)
        edit.textChanged.connect(lambda _: self.changed.emit())
        self.popup: QFrame | None = None

    # -- value ----------------------------------------------------------------------------------
    def value(self) -> date | None:
        return parse_date(self.edit.text())

    def error(self) -> str | None:
        try:
            self.value()
        except ValueError as exc:
            return str(exc)
        return None

    def warning(self) -> str | None:
        try:
            day = self.value()
        except ValueError:
            return None
        if self.warn_past and day is not None and day < self.today():
            return self.tr("This date is in the past: the task will be overdue at once.")
        return None

    def set_value(self, day: date | None) -> None:
        self.edit.setText("" if day is None else day.strftime("%d.%m.%Y"))

    # -- calendar -------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        try:
            shown = self.value() or self.opens_at()
        except ValueError:
            shown = self.opens_at()
        popup = QFrame(self.edit, Qt.WindowType.Popup)
        popup.setObjectName("datePopup")
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        picker = QCalendarWidget(popup)
        picker.setObjectName("datePicker")
        picker.setDateRange(QDate(EARLIEST.year, 1, 1), QDate(LATEST.year, 12, 31))
        picker.setGridVisible(False)
        picker.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        picker.setCurrentPage(shown.year, shown.month)
        picker.clicked.connect(lambda d: self._picked(d, popup))
        picker.activated.connect(lambda d: self._picked(d, popup))
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(picker)
        popup.adjustSize()  # the whole month grid: no clipped last row
        below = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = self.edit.screen().availableGeometry()
        x = min(below.x(), screen.right() - popup.width())
        y = below.y() if below.y() + popup.height() <= screen.bottom() else \
            self.edit.mapToGlobal(QPoint(0, 0)).y() - popup.height()
        popup.move(max(screen.left(), x), max(screen.top(), y))
        popup.show()
        picker.setFocus()
        self.popup, self.picker = popup, picker

    def _picked(self, picked: QDate, popup: QFrame) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        popup.close()
        self.edit.setFocus()


def python_date(value: QDate) -> date:
    """QDate.toPython(), typed: PySide6's stub says it returns object."""
    return cast(date, value.toPython())


def python_datetime(value: QDateTime) -> datetime:
    """QDateTime.toPython(), typed: PySide6's stub says it returns object."""
    return cast(datetime, value.toPython())


def today_of(app: AppContext) -> date:
    """The program's today where the person is (a fixed clock in tests and screenshots)."""
    return app.crm.now().astimezone(local_zone()).date()


def parse_date(text: str) -> date | None:
    """The date written in `text` (day first, or ISO), None for blank; ValueError saying what
    is wrong otherwise."""
    if not text.strip():
        return None
    match = DAY_FIRST.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    elif (match := YEAR_FIRST.match(text)) is not None:
        year, month, day = (int(g) for g in match.groups())
    else:
        raise ValueError(translate("DateInput", "Not a date: type it as DD.MM.YYYY, "
                                                "e.g. 31.12.2026"))
    if not 1 <= month <= 12:
        raise ValueError(translate("DateInput", "There is no month %1 (months go from 1 to "
                                                "12)").replace("%1", str(month)))
    days = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31
    if not 1 <= day <= days:
        message = translate("DateInput", "%1.%2.%3 does not exist: that month has %4 days")
        raise ValueError(message.replace("%1", f"{day:02d}").replace("%2", f"{month:02d}")
                         .replace("%3", str(year)).replace("%4", str(days)))
    found = date(year, month, day)
    if not EARLIEST <= found <= LATEST:
        raise ValueError(translate("DateInput", "Choose a date between 1900 and 2200"))
    return found


class MomentInput(QObject):
    """A day typed as in DateInput with a time beside it: `value()` is the moment in UTC,
    None when the day is empty, or raises ValueError with a message for the person. The note
    label (if given) shows a refused or past date as it is typed."""

    changed = Signal()

    def __init__(self, edit: QLineEdit, clock: QTimeEdit, today: Callable[[], date],
                 note: QLabel | None = None, warn_past: bool = False) -> None:
        super().__init__(edit)
        self.day = DateInput(edit, today, warn_past=warn_past)
        self.edit, self.clock, self.note = edit, clock, note
        self._original: datetime | None = None
        clock.setDisplayFormat("HH:mm")
        self.day.changed.connect(self._changed)
        clock.timeChanged.connect(lambda _: self.changed.emit())
        if note is not None:
            note.setObjectName("fieldError")
            note.setWordWrap(True)
            note.hide()

    def value(self) -> datetime | None:
        day = self.day.value()
        if day is None:
            return None
        shown = self.clock.time()
        local = datetime.combine(day, time(shown.hour(), shown.minute()), tzinfo=local_zone())
        moment = local.astimezone(UTC)
        original = self._original
        if original is not None and moment == original.replace(second=0, microsecond=0):
            return original  # shown to the minute, not edited: keep its seconds
        return moment

    def set_value(self, moment: datetime | None) -> None:
        self._original = moment.astimezone(UTC) if moment is not None else None
        if moment is None:
            self.day.set_value(None)
            return
        local = moment.astimezone(local_zone())
        self.day.set_value(local.date())
        self.clock.setTime(QTime(local.hour, local.minute))

    def error(self) -> str | None:
        return self.day.error()

    def refresh(self) -> None:
        """Shows (or hides) the note for the day as typed; call when the field is switched
        on or off, since a switched-off field says nothing."""
        text = (self.day.error() or self.day.warning()) if self.edit.isEnabled() else None
        if self.note is not None:
            self.note.setText(text or "")
            self.note.setVisible(bool(text))
        self.edit.setProperty("invalid", bool(self.day.error()) and self.edit.isEnabled())
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()


def moment_row(today: Callable[[], date], warn_past: bool = False,
               parent: QWidget | None = None) -> tuple[QWidget, MomentInput]:
    """A form row for a moment built in code: the day field, the time and the note."""
    row = QWidget(parent)
    edit, clock, note = QLineEdit(row), QTimeEdit(row), QLabel(row)
    edit.setMaximumWidth(150)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit)
    layout.addWidget(clock)
    layout.addWidget(note, 1)
    return row, MomentInput(edit, clock, today, note, warn_past)
