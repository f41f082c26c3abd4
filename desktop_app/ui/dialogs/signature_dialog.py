"""The electronic signature of an approval or a rejection.

A signature is a declaration, so the dialog says who signs, when, and what the signature
means (the step's `meaning`, in the UI language), and asks for the password again: the service
checks it (`signature_failed`) and stores the meaning in both languages with the approval. A
rejection also needs its reason, because the person who redoes the work reads it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.task_text import local_time
from domain.readings import now_ms
from domain.workflow_model import Text

TOUCH_HEIGHT = 44


class SignatureDialog(QDialog):
    def __init__(
        self,
        signer: str,
        step_name: str,
        meaning: Text | None,
        chinese: bool,
        rejection: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rejection = rejection
        self.setWindowTitle(
            self.tr("Sign the rejection") if rejection else self.tr("Sign the approval")
        )
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.signer_label = QLabel(signer, self)
        self.time_label = QLabel(local_time(now_ms()), self)
        self.step_label = QLabel(step_name, self)
        self.step_label.setWordWrap(True)
        form.addRow(self.tr("Signed by"), self.signer_label)
        form.addRow(self.tr("Time"), self.time_label)
        form.addRow(self.tr("Step"), self.step_label)
        declared = meaning.pick(chinese) if meaning is not None else ""
        if rejection:
            statement = self.tr("By signing you declare: you do not accept this step (%1).")
            statement = statement.replace("%1", declared or step_name)
        else:
            statement = self.tr("By signing you declare: %1").replace("%1", declared or step_name)
        self.meaning_label = QLabel(statement, self)
        self.meaning_label.setWordWrap(True)
        self.meaning_label.setStyleSheet(
            "background: #fff8e1; border: 1px solid #ffb300; padding: 8px; font-weight: bold;"
        )
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(
            self.tr("What is not right? (required — the person redoing the work reads this)")
        )
        self.reason_edit.setFixedHeight(96)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMinimumHeight(TOUCH_HEIGHT)
        self.password_edit.setPlaceholderText(self.tr("Your password"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Reject and sign") if rejection else self.tr("Approve and sign"))
        ok.setMinimumHeight(TOUCH_HEIGHT)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.meaning_label)
        if rejection:
            layout.addWidget(QLabel(self.tr("Reason for the rejection"), self))
            layout.addWidget(self.reason_edit)
        else:
            self.reason_edit.hide()
        layout.addWidget(QLabel(self.tr("Password (your signature)"), self))
        layout.addWidget(self.password_edit)
        layout.addWidget(self.buttons)
        self.password_edit.textChanged.connect(self._update_ok)
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.password_edit.setFocus()

    def password(self) -> str:
        return self.password_edit.text()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        ready = bool(self.password()) and (not self.rejection or bool(self.reason()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
