"""The head-office page: register a site's key, import its bundles on a worker with a result
list (a tampered one refused with its reason), the sites table with last bundle and gaps, and
the comparison of sites with status and rank."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.hq import HqPage
from domain.roles import Actor, Role
from storage.bundles.keys import fingerprint
from storage.hq.engine import HqDatabase, open_hq
from tests.desktop_app.services.hq_sites_helpers import ExportedSite, exported_site

WAIT_MS = 20_000


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> ExportedSite:
    return exported_site(tmp_path_factory.mktemp("plant"), "PLANT01", 40.0)


@pytest.fixture
def page(qtbot, app_context: AppContext, tmp_path: Path) -> Iterator[HqPage]:
    hq: HqDatabase = open_hq(tmp_path / "hq")
    app_context.session.sign_in(Actor("zhang", Role.ADMINISTRATOR, None))
    widget = HqPage(app_context, hq)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.show()
    yield widget
    widget.close()
    hq.close()


def set_period(page: HqPage, first: date, last: date) -> None:
    page.first_edit.setDate(QDate(first.year, first.month, first.day))
    page.last_edit.setDate(QDate(last.year, last.month, last.day))


def cell(model: object, row: int, column: str) -> str:
    return str(model.index(row, model.columns.index(column)).data())  # type: ignore[attr-defined]


def test_register_import_and_compare(
    qtbot, page: HqPage, plant: ExportedSite, qtmodeltester
) -> None:
    with qtbot.waitSignal(page.registered, timeout=WAIT_MS):
        page.register_file(plant.key_file)
    qtbot.waitUntil(lambda: page.site_model.rowCount() == 1, timeout=WAIT_MS)
    assert cell(page.site_model, 0, "fingerprint") == fingerprint(plant.public_key)
    assert cell(page.site_model, 0, "last_sequence") == "—"
    set_period(page, plant.days[0], plant.days[-1])
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS) as done:
        page.import_files(plant.bundles[:3])
    assert [r.status for r in done.args[0]] == ["imported"] * 3
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        pass
    assert page.result_model.rowCount() == 3
    assert cell(page.site_model, 0, "code") == "PLANT01"
    assert cell(page.site_model, 0, "last_sequence") == "#3"
    assert page.comparison_model.rowCount() == 6
    energy = cell(page.comparison_model, 0, "value")
    assert energy.endswith("kgce/t") and cell(page.comparison_model, 0, "rank") == "1"
    for model in (page.site_model, page.result_model, page.comparison_model):
        qtmodeltester.check(model)


def test_a_tampered_bundle_is_listed_as_refused_with_its_reason(
    qtbot, page: HqPage, plant: ExportedSite, tmp_path: Path, app_context: AppContext
) -> None:
    app_context.language.switch("en")
    with qtbot.waitSignal(page.registered, timeout=WAIT_MS):
        page.register_file(plant.key_file)
    tampered = tmp_path / plant.bundles[0].name
    data = bytearray(plant.bundles[0].read_bytes())
    data[200] ^= 0x20
    tampered.write_bytes(bytes(data))
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS):
        page.import_files((tampered, plant.bundles[1]))
    assert cell(page.result_model, 0, "result") == "Refused"
    assert "hash" in cell(page.result_model, 0, "reason")
    assert cell(page.result_model, 1, "reason").startswith("An earlier bundle is missing")
    background = page.result_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None
    assert "0 imported, 0 unchanged, 2 refused." in page.status_label.text()
    assert page.site_model.headerData(0, Qt.Orientation.Horizontal) == "Site code"


def test_a_viewer_cannot_register(
    qtbot, page: HqPage, plant: ExportedSite, app_context: AppContext
) -> None:
    app_context.language.switch("en")
    app_context.session.sign_out()
    page.register_file(plant.key_file)
    qtbot.waitUntil(lambda: "Sign in" in page.status_label.text(), timeout=WAIT_MS)
    assert page.site_model.rowCount() == 0
