"""Sign in: the password is checked by the users service on a worker thread (argon2 is slow)."""

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

from desktop_app.services.database import Database
from desktop_app.services.users import authenticate
from desktop_app.ui.run_query import run_query
from domain.roles import Actor


class LoginDialog(QDialog):
    def __init__(
        self, database: Database, parent: QWidget | None = None, user_name: str = ""
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.name_edit = QLineEdit(user_name, self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel(self)
        self.message_label.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        (self.password_edit if user_name else self.name_edit).setFocus()

    def try_sign_in(self) -> None:
        name, password = self.name_edit.text(), self.password_edit.text()
        database = self._database
        self.buttons.setEnabled(False)
        self.message_label.setText(self.tr("Checking…"))

        def check() -> Actor | None:
            with database.reading() as session:
                return authenticate(session, name, password)

        run_query(self, check, self._checked, self._failed)

    def _checked(self, actor: Actor | None) -> None:
        self.buttons.setEnabled(True)
        if actor is None:
            self.message_label.setText(self.tr("Wrong user name or password."))
            self.password_edit.selectAll()
            return
        self.actor = actor
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message_label.setText(self.tr("Sign-in failed: %1").replace("%1", str(error)))
