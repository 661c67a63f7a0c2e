"""The office's service levels: hours to resolve a request of each priority."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.service_desk import PRIORITIES, desk
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service import labels


class LevelsDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Service levels"))
        intro = QLabel(self.tr("How many hours a request of each priority may take to resolve. "
                               "The due time of a new request is counted from these."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for priority in PRIORITIES:
            spin = QSpinBox()
            spin.setRange(1, 24 * 365)
            spin.setSuffix(self.tr(" h"))
            self.spins[priority] = spin
            form.addRow(labels.priority(priority), spin)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.loaded = False
        service = desk(app.crm)
        app.worker.submit(service.levels, self._fill)

    def _fill(self, levels: dict[str, int]) -> None:
        for priority, spin in self.spins.items():
            spin.setValue(levels.get(priority, 24))
        self.loaded = True

    def save(self) -> None:
        values = {p: s.value() for p, s in self.spins.items()}
        service = desk(self.app.crm)

        def run() -> None:
            current = service.levels()
            for priority, hours in values.items():
                if current.get(priority) != hours:
                    service.set_level(priority, hours)

        def failed(exc: BaseException) -> None:
            self.error.setText(labels.describe(exc))

        def saved(_: object) -> None:
            self.app.coordinator.data_changed.emit("service_request")
            self.accept()

        self.app.worker.submit(run, saved, failed)
