"""Comparing sites at head office: each site's KPIs computed from its imported data equal the
site's own figures, against its own targets, ranked across sites, with monthly trends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.database import open_database
from desktop_app.services.hq_compare import COMPARED, compare_sites, monthly_trend
from desktop_app.services.hq_import import import_bundles
from desktop_app.services.hq_sites import register_site
from desktop_app.services.kpis import compute_kpis
from domain.roles import SYSTEM
from storage.hq.engine import HqDatabase, open_hq
from tests.desktop_app.services.hq_sites_helpers import ExportedSite, exported_site
from tests.storage import hq_helpers

hq, postgres_server, postgres_url = (
    hq_helpers.hq,
    hq_helpers.postgres_server,
    hq_helpers.postgres_url,
)


@pytest.fixture(scope="module")
def plants(tmp_path_factory: pytest.TempPathFactory) -> tuple[ExportedSite, ExportedSite]:
    folder = tmp_path_factory.mktemp("plants")
    return (
        exported_site(folder / "a", "PLANT01", 40.0),
        exported_site(folder / "b", "PLANT02", 80.0),
    )


@pytest.fixture
def imported(hq: HqDatabase, plants: tuple[ExportedSite, ExportedSite]) -> Iterator[HqDatabase]:
    for plant in plants:
        with hq.transaction() as session:
            register_site(session, SYSTEM, plant.public_key)
        assert all(r.ok for r in import_bundles(hq, SYSTEM, list(plant.bundles[:3])))
    yield hq


def site_figures(plant: ExportedSite) -> dict[str, float | None]:
    database = open_database(plant.data_dir)
    try:
        with database.reading() as session:
            report = compute_kpis(session, plant.days[0], plant.days[-1])
    finally:
        database.close()
    return {code: report.value(code).value for code in COMPARED}  # type: ignore[union-attr]


def test_head_office_computes_what_each_site_computes(
    imported: HqDatabase, plants: tuple[ExportedSite, ExportedSite]
) -> None:
    first, last = plants[0].days[0], plants[0].days[-1]
    with imported.reading() as session:
        comparison = compare_sites(session, first, last)
    assert [code for _, code, _ in comparison.sites] == ["PLANT01", "PLANT02"]
    for plant in plants:
        expected = site_figures(plant)
        assert expected["energy_per_unit"] is not None
        for code in COMPARED:
            row = comparison.of(plant.site_id, code)
            assert row is not None
            if expected[code] is None:
                assert row.value is None and row.reason
            else:
                assert row.value == pytest.approx(expected[code], rel=1e-9), code


def test_sites_are_ranked_and_judged_against_their_own_targets(
    imported: HqDatabase, plants: tuple[ExportedSite, ExportedSite]
) -> None:
    with imported.reading() as session:
        comparison = compare_sites(session, plants[0].days[0], plants[0].days[-1])
    ranking = comparison.ranking("energy_per_unit")
    assert [r.site_code for r in ranking] == ["PLANT02", "PLANT01"]  # twice the output
    assert [r.rank for r in ranking] == [1, 2]
    assert ranking[0].value == pytest.approx(ranking[1].value / 2, rel=0.05)
    for row in comparison.rows:
        if row.value is None:
            assert row.status == "no_value"
        elif row.target is None:
            assert row.status == "no_target"
        else:
            meets = row.value <= row.target if row.better == "lower" else row.value >= row.target
            assert (row.status == "met") == meets
    energy = comparison.of(plants[0].site_id, "energy_per_unit")
    assert energy is not None and energy.target is not None and energy.baseline is not None


def test_monthly_trends_have_gaps_not_zeros(
    imported: HqDatabase, plants: tuple[ExportedSite, ExportedSite]
) -> None:
    last = plants[0].days[-1]
    with imported.reading() as session:
        trend = monthly_trend(session, plants[0].site_id, "energy_per_unit", last, months=3)
    assert [month.day for month, _ in trend] == [1, 1, 1]
    assert trend[-1][0] == last.replace(day=1)
    assert trend[-1][1] is not None
    assert trend[0][1] is None  # no data two months back: no value, never 0


def test_a_site_without_imported_data_is_not_compared(
    sqlite_only_hq: HqDatabase, plants: tuple[ExportedSite, ExportedSite]
) -> None:
    with sqlite_only_hq.transaction() as session:
        register_site(session, SYSTEM, plants[0].public_key)
    with sqlite_only_hq.reading() as session:
        comparison = compare_sites(session, plants[0].days[0], plants[0].days[-1])
    assert comparison.sites == () and comparison.rows == ()


@pytest.fixture
def sqlite_only_hq(tmp_path: Path) -> Iterator[HqDatabase]:
    database = open_hq(tmp_path / "hq")
    yield database
    database.close()
