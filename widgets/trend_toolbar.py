"""The strip above the trend: status text, export menu and the "Follow live" switch.

Kept out of the plot module so the plot deals with data and views only. Every control is at
least 44 px high for touch screens, and the status text is always visible (never a tooltip),
because whether the trend shows raw samples or averages changes how it must be read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

__all__ = ["TrendToolbar"]

TOUCH_HEIGHT = 44


class TrendToolbar(QWidget):
    """Status label on the left, Export and Follow live on the right."""

    follow_toggled = Signal(bool)
    export_requested = Signal(str)  # "csv" or "png"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_button = QToolButton(self)
        self.follow_button.setCheckable(True)
        self.follow_button.setChecked(True)
        self.follow_button.setMinimumHeight(TOUCH_HEIGHT)
        self.follow_button.toggled.connect(self.follow_toggled)
        self.export_menu = QMenu(self)
        self.csv_action = self.export_menu.addAction("")
        self.csv_action.triggered.connect(lambda: self.export_requested.emit("csv"))
        self.png_action = self.export_menu.addAction("")
        self.png_action.triggered.connect(lambda: self.export_requested.emit("png"))
        self.export_button = QToolButton(self)
        self.export_button.setMinimumHeight(TOUCH_HEIGHT)
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #505050;")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(6, 0, 0, 0)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.follow_button)
        self._retranslate()

    def set_follow_checked(self, on: bool) -> None:
        """Reflect the plot's follow state without echoing it back as a toggle."""
        with QSignalBlocker(self.follow_button):
            self.follow_button.setChecked(on)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Texts use the trend's context: they were the trend's before this strip was split off,
        and the catalogue's existing translations must keep applying."""
        self.follow_button.setText(QCoreApplication.translate("LiveTrendPlot", "Follow live"))
        self.follow_button.setToolTip(
            QCoreApplication.translate("LiveTrendPlot", "Keep the newest data in view")
        )
        self.export_button.setText(QCoreApplication.translate("LiveTrendPlot", "Export"))
        self.csv_action.setText(QCoreApplication.translate("LiveTrendPlot", "Visible data as CSV…"))
        self.png_action.setText(QCoreApplication.translate("LiveTrendPlot", "Picture as PNG…"))


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    toolbar = TrendToolbar()
    toolbar.status.setText(QCoreApplication.translate("LiveTrendPlot", "Raw samples"))
    toolbar.export_requested.connect(print)
    toolbar.follow_toggled.connect(print)
    toolbar.resize(600, 50)
    toolbar.show()
    sys.exit(app.exec())
