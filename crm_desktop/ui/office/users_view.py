"""The Users screen: the owner (and a head, for their team) sees the office's logins, adds a
user (the password typed once, or made and shown once), sets role and team, disables or
enables a login, gives a new password; the owner also switches exports off for managers.
Everyone else sees why the screen is not theirs. Server calls run on the office's network
thread; the export switch on the database worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.admin.office import OfficeMe, OfficeService, OfficeUser
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.office.common import describe_office, network, role_label
from crm_desktop.ui.office.user_dialog import (
    LOGIN,
    NAME,
    ROLE,
    STATE,
    TEAM,
    UserDialog,
    UsersModel,
    show_password_once,
)

__all__ = ["UserDialog", "UsersView"]


class UsersView(QWidget):
    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.office = OfficeService(app.crm)
        self.me: OfficeMe | None = None
        self.local_role: str | None = None
        title = QLabel(self.tr("Users and rights"))
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(8)
        self.model = UsersModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((NAME, 260), (LOGIN, 170), (ROLE, 130), (TEAM, 220),
                              (STATE, 230)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.add_button = QPushButton(self.tr("Add a user…"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(self.tr("Role and team…"))
        self.role_button.clicked.connect(self.change_role)
        self.disable_button = QPushButton(self.tr("Disable"))
        self.disable_button.clicked.connect(lambda: self.set_disabled(True))
        self.enable_button = QPushButton(self.tr("Enable"))
        self.enable_button.clicked.connect(lambda: self.set_disabled(False))
        self.password_button = QPushButton(self.tr("New password…"))
        self.password_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        self.buttons = (self.add_button, self.role_button, self.disable_button,
                        self.enable_button, self.password_button)
        for button in self.buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.exports = QCheckBox(self.tr("Managers may export (lists, cards, calendars, "
                                         "analytics)"))
        self.exports.setChecked(True)
        self.exports.clicked.connect(self.switch_exports)
        self.exports_note = QLabel()
        self.exports_note.setWordWrap(True)
        self.visibility = QComboBox()
        self.visibility.addItem(self.tr("every client of the office"), "all")
        self.visibility.addItem(self.tr("only their own clients (a head: the team's)"), "own")
        self.visibility.setEnabled(False)
        self.visibility.activated.connect(self.switch_visibility)
        seen = QHBoxLayout()
        seen.addWidget(QLabel(self.tr("Managers see:")))
        seen.addWidget(self.visibility)
        seen.addStretch(1)
        settings = QGroupBox(self.tr("Office settings"))
        box = QVBoxLayout(settings)
        box.addLayout(seen)
        box.addWidget(self.exports)
        box.addWidget(self.exports_note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(settings)
        self.filler = QWidget()  # takes the table's room while it is hidden
        layout.addWidget(self.filler, 1)
        app.coordinator.data_changed.connect(self._changed)
        self._set_manageable(False)
        self._show_table(False)
        self.loaded = False  # asks the server when first shown, not at the window's start

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    # -- loading -------------------------------------------------------------------------
    def _changed(self, entity: str) -> None:
        if entity in ("user", "settings") and self.loaded:
            self._load_exports()

    def reload(self) -> None:
        self.loaded = True
        self.notice.setText(self.tr("Asking the server…"))
        self.notice.show()
        office = self.office

        def load() -> tuple[OfficeMe, list[OfficeUser]]:
            me = office.whoami()
            return me, office.users() if me.may_manage else []

        network(self.app).submit(load, self._show, self._failed)
        self._load_exports()

    def _load_exports(self) -> None:
        crm = self.app.crm

        def read() -> tuple[bool, str | None]:
            current = crm.users.current()
            return crm.users.exports_for_managers(), current.role if current else None

        self.app.worker.submit(read, self._show_exports)

    def _show_exports(self, data: tuple[bool, str | None]) -> None:
        allowed, role = data
        self.local_role = role
        self.exports.setChecked(allowed)
        # The server's word wins where it is known: this file's person may not be the login's.
        owner = role in (None, "owner") and (self.me is None or self.me.role == "owner")
        self.exports.setEnabled(owner)
        self.exports_note.setText(
            self.tr("Every laptop follows this setting after its next sync.") if owner else
            self.tr("Only the office's owner changes this setting."))

    def switch_visibility(self, index: int) -> None:
        mode = self.visibility.itemData(index)
        if self.me is None or mode == self.me.visibility:
            return
        office = self.office
        self.status.setText(self.tr("Saving…"))

        def saved(_: Any) -> None:
            self.status.setText(self.tr("Saved: every laptop follows at its next sync (records "
                                        "come in or leave; nothing is deleted)."))
            self.reload()

        def failed(error: BaseException) -> None:
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            self.reload()

        network(self.app).submit(lambda: office.set_visibility(mode), saved, failed)

    def _show(self, data: tuple[OfficeMe, list[OfficeUser]]) -> None:
        self.me, users = data
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(self.me.visibility)))
        self.visibility.setEnabled(self.me.role == "owner")
        self.model.set_users(users)
        manage = self.me.may_manage
        self._set_manageable(manage)
        self._show_table(manage)
        self._show_exports((self.exports.isChecked(), self.local_role))
        if not manage:
            self.notice.setText(self.tr(
                "Only the office's owner or a head manages users. You are signed in as "
                "%1 (%2): ask the owner to add a person, change a role or reset a "
                "password.").replace("%1", self.me.login).replace("%2",
                                                                  role_label(self.me.role)))
        elif not self.me.can_create_logins:
            self.notice.setText(self.tr(
                "This server cannot create or change logins: the role %1 that set it up "
                "lacks CREATEROLE. The server's administrator runs \"ALTER ROLE %1 "
                "CREATEROLE\" (or runs server init as a superuser).").replace(
                "%1", self.me.functions_owner))
        elif self.me.role == "head":
            self.notice.setText(self.tr("You are a head: you see your team, add managers to "
                                        "it, disable them and give them new passwords. The "
                                        "owner changes roles and teams."))
        else:
            self.notice.hide()
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        self.me = None
        self.model.set_users([])
        self._set_manageable(False)
        self._show_table(False)
        self.notice.setText(describe_office(exc))
        self.notice.show()

    def _show_table(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.filler.setVisible(not shown)
        for button in self.buttons:
            button.setVisible(shown)

    def _set_manageable(self, manage: bool) -> None:
        self.table.setEnabled(manage)
        self.add_button.setEnabled(manage and bool(self.me and self.me.can_create_logins))
        for button in (self.role_button, self.disable_button, self.enable_button,
                       self.password_button):
            button.setEnabled(False)

    def _selected(self) -> OfficeUser | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.users[rows[0].row()] if rows else None

    def _enable(self, *_: Any) -> None:
        user, me = self._selected(), self.me
        ok = user is not None and me is not None and me.may_manage and me.can_create_logins
        self.role_button.setEnabled(bool(ok and me and me.role == "owner"))
        self.disable_button.setEnabled(bool(ok and user and me and not user.disabled
                                            and user.login != me.login))
        self.enable_button.setEnabled(bool(ok and user and user.disabled))
        self.password_button.setEnabled(bool(ok))

    # -- actions -------------------------------------------------------------------------
    def _heads(self) -> list[OfficeUser]:
        return [u for u in self.model.users if u.role in ("head", "owner") and not u.disabled]

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None], waiting: str) -> None:
        self.status.setText(waiting)

        def finished(result: Any) -> None:
            self.status.setText("")
            done(result)
            self.reload()

        def failed(exc: BaseException) -> None:
            self.status.setText(describe_office(exc))

        network(self.app).submit(job, finished, failed)

    def add_user(self) -> None:
        if self.me is None:
            return
        dialog = UserDialog(self, self.me, self._heads())
        dialog.setObjectName("userDialog")

        def accepted() -> None:
            values = dialog.values()
            office = self.office
            self._run(lambda: office.add_user(values["name"], values["role"],
                                              values["head"] or None, values["password"]),
                      self._added, self.tr("Adding the user…"))

        dialog.accepted.connect(accepted)
        dialog.open()
        self.dialog = dialog

    def _added(self, result: tuple[str, str | None]) -> None:
        login, shown = result
        if shown:
            self.password_box = show_password_once(self, login, shown)
        else:
            self.status.setText(self.tr("The login %1 may now sync with the password you "
                                        "typed.").replace("%1", login))
        self.app.coordinator.data_changed.emit("user")

    def change_role(self) -> None:
        user = self._selected()
        if user is None or self.me is None:
            return
        dialog = UserDialog(self, self.me, self._heads(), user)
        dialog.setObjectName("roleDialog")

        def accepted() -> None:
            values = dialog.values()
            office = self.office
            self._run(lambda: office.set_role(user.login, values["role"], values["head"]),
                      lambda _: self.app.coordinator.data_changed.emit("user"),
                      self.tr("Saving…"))

        dialog.accepted.connect(accepted)
        dialog.open()
        self.dialog = dialog

    def set_disabled(self, disabled: bool) -> None:
        user = self._selected()
        if user is None:
            return
        if disabled:
            answer = QMessageBox.question(
                self, self.tr("Disable %1").replace("%1", user.name),
                self.tr("%1 will no longer be able to sync: their laptop stops syncing with a "
                        "message at once. Their records stay. Disable the login?").replace(
                    "%1", user.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        office = self.office
        self._run(lambda: office.set_disabled(user.login, disabled),
                  lambda _: None, self.tr("Saving…"))

    def reset_password(self) -> None:
        user = self._selected()
        if user is None:
            return
        answer = QMessageBox.question(
            self, self.tr("New password for %1").replace("%1", user.name),
            self.tr("A new password is made and shown once; the old one stops working. "
                    "Continue?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        office = self.office
        self._run(lambda: (user.login, office.reset_password(user.login)), self._added,
                  self.tr("Making a new password…"))

    def switch_exports(self, allowed: bool) -> None:
        crm = self.app.crm

        def done(_: Any) -> None:
            self.app.coordinator.data_changed.emit("settings")

        def failed(exc: BaseException) -> None:
            self.exports.setChecked(not allowed)
            self.status.setText(describe_office(exc))

        self.app.worker.submit(lambda: crm.users.set_exports_for_managers(allowed), done,
                               failed)
