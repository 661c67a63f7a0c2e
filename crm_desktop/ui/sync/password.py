"""The server password, asked for when the server wants one and none is known (no keyring on
this computer, or the stored one was refused). Typed passwords go to the keyring where one
exists, else stay in this process's memory for the session (sync.credentials); never a file,
the database or a log."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None, where: str, user: str, refused: bool,
                 keyring: bool) -> None:
        super().__init__(parent)
        self.setObjectName("serverPassword")
        self.setWindowTitle(self.tr("Server password"))
        intro = QLabel(
            (self.tr("The server refused the password of %1. Type the current one.")
             if refused else self.tr("The server %2 needs the password of %1 to sync."))
            .replace("%1", user).replace("%2", where))
        intro.setWordWrap(True)
        where_label = QLabel(where)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        kept = QLabel(self.tr("It is kept in the system's password store.") if keyring else
                      self.tr("This computer has no password store: the password is kept in "
                              "memory until the program closes, and asked for again at the "
                              "next start."))
        kept.setWordWrap(True)
        kept.setObjectName("kept")
        form = QFormLayout()
        form.addRow(self.tr("Server"), where_label)
        form.addRow(self.tr("User"), QLabel(user))
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(kept)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def take(self) -> str:
        """The typed password, cleared from the widget at once."""
        text = self.password.text()
        self.password.clear()
        return text
