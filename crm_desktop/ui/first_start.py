"""First start: create your user profile, then choose an empty database or demo data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.ui.forms_generated.ui_first_start import Ui_FirstStartDialog


class FirstStartDialog(QDialog):
    def __init__(self, crm: Crm, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm, self.language = crm, language
        self.form = Ui_FirstStartDialog()
        self.form.setupUi(self)
        self.error = None
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)

    @property
    def wants_demo(self) -> bool:
        return self.form.start_demo.isChecked()

    def accept(self) -> None:
        """Creates the owner profile (quick: one row) and makes it the current user."""
        try:
            user = self.crm.users.create(name=self.form.name.text(), role="owner",
                                         email=self.form.email.text() or None,
                                         position=self.form.position.text() or None)
        except ValidationError as exc:
            widget = {"name": self.form.name, "email": self.form.email}.get(exc.field,
                                                                            self.form.name)
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setToolTip(exc.reason)
            widget.setFocus()
            self.form.intro.setText(f"<p style='color:#dc2626'>{exc.reason}</p>")
            return
        self.crm.users.set_current(user.id)
        self.crm.reference.seed_defaults(self.language)
        super().accept()
