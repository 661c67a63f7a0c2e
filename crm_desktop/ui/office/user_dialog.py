"""The Users screen's parts: the table of logins, the dialog that adds a user or changes
their role and team (forms/office_user.ui), and the one-time display of a made password.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from crm_desktop.services.admin.office import OfficeMe, OfficeUser
from crm_desktop.ui.forms_generated.ui_office_user import Ui_OfficeUserDialog
from crm_desktop.ui.office.common import role_label

Index = QModelIndex | QPersistentModelIndex
NAME, LOGIN, ROLE, TEAM, STATE, SEEN = range(6)


class UsersModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.users: list[OfficeUser] = []
        self.headers = [self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("Team of"),
                        self.tr("Status"), self.tr("Last sync")]

    def set_users(self, users: list[OfficeUser]) -> None:
        self.beginResetModel()
        self.users = list(users)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.users):
            return None
        user, column = self.users[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [user.name, user.login, role_label(user.role), user.head_name or "",
                    self.tr("disabled: cannot sync") if user.disabled else self.tr("active"),
                    (user.last_seen or "")[:16].replace("T", " ") or self.tr("never")][column]
        if role == Qt.ItemDataRole.ForegroundRole and user.disabled:
            return QBrush(QColor("#94a3b8"))
        if role == Qt.ItemDataRole.UserRole:
            return user.login
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class UserDialog(QDialog):
    """A new user (name, role, team, password) or a change of role and team
    (forms/office_user.ui)."""

    def __init__(self, parent: QWidget | None, me: OfficeMe, heads: list[OfficeUser],
                 user: OfficeUser | None = None) -> None:
        super().__init__(parent)
        self.form = form = Ui_OfficeUserDialog()
        form.setupUi(self)
        self.user = user
        self.name, self.role, self.team = form.name, form.role, form.team
        self.generate, self.typed, self.password = form.generate, form.typed, form.password
        self.error = form.error
        self.error.setObjectName("error")
        self.setWindowTitle(self.tr("New user") if user is None
                            else self.tr("Role and team of %1").replace("%1", user.name))
        for role in ("manager", "head", "owner"):
            if me.role == "owner" or role == "manager":
                self.role.addItem(role_label(role), role)
        if me.role == "head":  # a head adds to their own team
            self.team.addItem(self.tr("My team"), me.login)
        else:
            self.team.addItem(self.tr("No team"), "")
            for head in heads:
                if user is None or head.login != user.login:
                    self.team.addItem(head.name, head.login)
        self.typed.toggled.connect(self.password.setEnabled)
        if user is not None:  # role and team only
            for row in (0, 3, 4):
                form.form.setRowVisible(row, False)
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
            own_head = next((h for h in heads if h.user_id == user.head_id), None)
            self.team.setCurrentIndex(max(0, self.team.findData(own_head.login if own_head
                                                                else "")))
        form.buttons.accepted.connect(self._check)
        form.buttons.rejected.connect(self.reject)
        self.resize(460, self.sizeHint().height())

    def _check(self) -> None:
        if self.user is None and not self.name.text().strip():
            self.error.setText(self.tr("Enter the person's name"))
            return
        if self.user is None and self.typed.isChecked() and len(self.password.text()) < 8:
            self.error.setText(self.tr("A password needs at least 8 characters"))
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        password = self.password.text() if self.typed.isChecked() else None
        self.password.clear()
        return {"name": self.name.text().strip(), "role": self.role.currentData(),
                "head": self.team.currentData(), "password": password}


def show_password_once(parent: QWidget, login: str, password: str) -> QMessageBox:
    """The made password, shown once, selectable, with a copy button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Office", "Password of %1").replace(
        "%1", login))
    box.setText(QCoreApplication.translate(
        "Office", "Login: <b>%1</b><br>Password: <b>%2</b><br><br>It is shown only this once: "
                  "give it to the person now. The server keeps no readable copy.")
        .replace("%1", html.escape(login)).replace("%2", html.escape(password)))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = box.addButton(QCoreApplication.translate("Office", "Copy the password"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(password))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setObjectName("passwordOnce")
    box.open()
    return box
