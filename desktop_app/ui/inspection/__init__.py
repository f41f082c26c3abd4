"""Audit checklists on the screen: the Audits page and the guided, one-question-per-screen
inspection it opens. Built for tablets: touch, gloves, sunlight, a battery that may die."""

from __future__ import annotations

from desktop_app.ui.inspection.audits_page import AuditsPage
from desktop_app.ui.inspection.guided import GuidedInspection

__all__ = ["AuditsPage", "GuidedInspection"]
