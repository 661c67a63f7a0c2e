"""First start: create your user profile, then choose an empty database or demo data (the
demo company is then yours: its teams report to you and some clients, deals and tasks are
yours, so your planner has a day in it).

Errors appear under their field, as you type, and go away when fixed; the welcome text
stays where it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.values import check_text
from crm_desktop.services.crm import Crm
from crm_desktop.ui.clients.edit_dialog import FieldErrors
from crm_desktop.ui.forms_generated.ui_first_start import Ui_FirstStartDialog
from crm_desktop.ui.messages import describe
from crm_desktop.ui.worker import DbWorker

LIMITS = {"name": 200, "email": 254, "position": 200}


class FirstStartDialog(QDialog):
    def __init__(self, crm: Crm, language: str, parent: QWidget | None = None,
                 worker: DbWorker | None = None) -> None:
        super().__init__(parent)
        self.crm, self.language = crm, language
        # the profile is written on a database worker (the window's, or one of its own)
        self._own_worker = worker is None
        self.worker = worker or DbWorker(self)
        self._saving = False
        self.form = Ui_FirstStartDialog()
        self.form.setupUi(self)
        fields = {"name": self.form.name, "email": self.form.email,
                  "position": self.form.position}
        self.errors = FieldErrors(self.form.form, fields)
        self._touched: set[str] = set()
        for name, widget in fields.items():
            widget.setMaxLength(LIMITS[name])
            widget.textEdited.connect(lambda _, n=name: self._edited(n))
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)

    @property
    def wants_demo(self) -> bool:
        return self.form.start_demo.isChecked()

    def problems(self) -> dict[str, str]:
        """Every field's error (the same rules the users service applies)."""
        found: dict[str, str] = {}
        try:
            if not check_text("name", self.form.name.text(), LIMITS["name"]):
                found["name"] = self.tr("Please enter your name")
        except ValidationError as exc:
            found["name"] = exc.reason
        try:
            email = check_text("email", self.form.email.text(), LIMITS["email"])
            if email:
                normalize_email(email)
        except ValidationError as exc:
            found["email"] = exc.reason
        try:
            check_text("position", self.form.position.text(), LIMITS["position"])
        except ValidationError as exc:
            found["position"] = exc.reason
        return found

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self.errors.show_all({k: v for k, v in self.problems().items() if k in self._touched})

    def accept(self) -> None:
        """Creates the owner profile (quick: one row) and makes it the current user."""
        problems = self.problems()
        self._touched.update(problems)
        if problems:
            self.errors.show_all(problems, focus=True)
            return
        if self._saving:
            return
        self._saving = True
        self.form.buttons.setEnabled(False)
        crm, language = self.crm, self.language
        values = {"name": self.form.name.text(), "role": "owner",
                  "email": self.form.email.text() or None,
                  "position": self.form.position.text() or None}

        def create() -> None:  # on the worker: the database is never touched from here
            user = crm.users.create(**values)
            crm.users.set_current(user.id)
            crm.reference.seed_defaults(language)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.form.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.errors.show_all({exc.field: exc.reason}, focus=True)
            else:
                self.errors.show_all({"name": describe(exc)}, focus=True)

        self.worker.submit(create, lambda _: QDialog.accept(self), failed)

    def done(self, result: int) -> None:
        super().done(result)
        if self._own_worker:
            self.worker.stop()
