"""Areas that later releases fill: the page says plainly what will be there and what is not yet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.base import Page


class PlannedPage(Page):
    def __init__(self, context: AppContext, area: str) -> None:
        super().__init__(context)
        self.area = area
        self.status_label = QLabel(self)
        self.status_label.setStyleSheet("color: #8a6d00;")
        self.body_label = QLabel(self)
        self.body_label.setWordWrap(True)
        self.layout_.addWidget(self.status_label)
        self.layout_.addWidget(self.body_label)
        self.layout_.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "kpis": (
                self.tr("KPIs"),
                self.tr(
                    "Cleaner-production indicators against SMART targets: energy per unit "
                    "product (kgce/t, GB/T 2589), fresh water, waste, materials, reuse, "
                    "emissions and packaging; baselines and the evaluation rating."
                ),
            ),
            "audits": (
                self.tr("Audits"),
                self.tr(
                    "Guided audit checklists for tablets: templates, photos, signatures, "
                    "crash-safe drafts and findings that become corrective actions."
                ),
            ),
            "actions": (
                self.tr("Actions"),
                self.tr(
                    "Corrective actions and workflows: owners, due dates, approvals with "
                    "electronic signature, PDCA reviews and improvement projects with ROI."
                ),
            ),
            "reports": (
                self.tr("Reports & export"),
                self.tr(
                    "Monthly cleaner-production reports (PDF and Excel) and signed export "
                    "bundles for head office on USB."
                ),
            ),
        }
        title, body = texts[self.area]
        self.title_label.setText(title)
        self.status_label.setText(
            self.tr(
                "Not available in this version yet. Readings collected now will be used "
                "here when it arrives."
            )
        )
        self.body_label.setText(body)
