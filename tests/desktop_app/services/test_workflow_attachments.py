"""An attachment is handed out only while it is the file that was attached: its SHA-256 in the
history is checked against the stored file, and a changed or missing file is refused."""

from __future__ import annotations

import hashlib

import pytest

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.workflow_attachments import attachment_path, verified_attachment
from desktop_app.services.workflow_tasks import EventInfo, instance_info
from tests.desktop_app.services.workflow_fixtures import Plant, plant_fixture  # noqa: F401

OVER_LIMIT = {
    "source": "kpi_breach", "kpi_or_tag": "energy_per_unit 2026-10", "limit_value": 118.0,
    "actual_value": 131.5, "excess_kgce": 8200.0,
}  # fmt: skip


def attached(plant: Plant) -> EventInfo:
    """The history entry of a scan the energy engineer attached to the explanation."""
    run = plant.start("energy_over_limit", OVER_LIMIT)
    plant.attach("wang", run, "manifest.pdf")
    with plant.database.reading() as session:
        events = instance_info(session, run).events
    return next(e for e in events if e.kind == "attachment")


def test_the_attached_file_is_handed_out_when_its_hash_matches(plant: Plant) -> None:
    event = attached(plant)
    assert event.file_name is not None and event.sha256 is not None
    path = verified_attachment(plant.data_dir, event.file_name, event.sha256)
    assert path == attachment_path(plant.data_dir, event.file_name)
    assert path.read_bytes() == b"%PDF-1.4 scan"
    assert event.sha256 == hashlib.sha256(b"%PDF-1.4 scan").hexdigest()


def test_a_file_changed_after_it_was_attached_is_refused(plant: Plant) -> None:
    event = attached(plant)
    assert event.file_name is not None and event.sha256 is not None
    attachment_path(plant.data_dir, event.file_name).write_bytes(b"%PDF-1.4 another scan")
    with pytest.raises(ConfigurationError, match=r"^attachment_changed") as refused:
        verified_attachment(plant.data_dir, event.file_name, event.sha256)
    assert refused.value.detail == event.file_name


def test_a_missing_file_is_refused(plant: Plant) -> None:
    event = attached(plant)
    assert event.file_name is not None and event.sha256 is not None
    attachment_path(plant.data_dir, event.file_name).unlink()
    with pytest.raises(ConfigurationError, match=r"^attachment_missing"):
        verified_attachment(plant.data_dir, event.file_name, event.sha256)


def test_a_name_outside_the_attachments_folder_is_refused(plant: Plant) -> None:
    event = attached(plant)
    assert event.sha256 is not None
    with pytest.raises(ConfigurationError, match=r"^bad_file_name"):
        verified_attachment(plant.data_dir, "../huanbao.db", event.sha256)
