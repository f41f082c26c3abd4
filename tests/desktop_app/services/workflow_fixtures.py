"""A site with the people a plant's workflows route between, and short helpers to act."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.services import workflows
from desktop_app.services.database import Database
from desktop_app.services.startup import open_site
from desktop_app.services.users import create_user
from desktop_app.services.workflow_attachments import add_attachment
from desktop_app.services.workflow_tasks import TaskInfo, my_tasks, open_tasks
from domain.roles import SYSTEM, Actor, Role

PASSWORD = "a long enough password"
PEOPLE = (
    ("li", Role.INSPECTOR, "环保部"),
    ("wang", Role.ENGINEER, "能源管理部"),
    ("zhao", Role.ENGINEER, "生产部"),
    ("sun", Role.ENGINEER, "环保部"),
    ("qian", Role.ENGINEER, "采购部"),
    ("boss", Role.ADMINISTRATOR, "厂部"),
    ("guest", Role.VIEWER, ""),
)


class Plant:
    def __init__(self, database: Database, actors: dict[str, Actor], data_dir: Path) -> None:
        self.database = database
        self.actors = actors
        self.data_dir = data_dir

    def start(self, code: str, values: dict[str, Any], **kwargs: Any) -> str:
        with self.database.transaction() as session:
            return workflows.start_workflow(session, SYSTEM, code, values, **kwargs)

    def task(self, instance_id: str) -> TaskInfo:
        """The instance's one open task."""
        with self.database.reading() as session:
            found = [t for t in open_tasks(session, SYSTEM) if t.instance_id == instance_id]
        assert len(found) == 1, found
        return found[0]

    def mine(self, name: str) -> list[TaskInfo]:
        with self.database.reading() as session:
            return my_tasks(session, self.actors[name])

    def complete(self, name: str, instance_id: str, values: dict[str, Any]) -> None:
        task = self.task(instance_id)
        with self.database.transaction() as session:
            workflows.complete_step(session, self.actors[name], task.id, values)

    def attach(self, name: str, instance_id: str, file_name: str = "scan.pdf") -> None:
        task = self.task(instance_id)
        with self.database.transaction() as session:
            add_attachment(
                session, self.actors[name], task.id, b"%PDF-1.4 scan", file_name, self.data_dir
            )

    def approve(self, name: str, instance_id: str, password: str = PASSWORD) -> None:
        task = self.task(instance_id)
        with self.database.transaction() as session:
            workflows.approve_step(session, self.actors[name], task.id, password)

    def reject(self, name: str, instance_id: str, note: str) -> None:
        task = self.task(instance_id)
        with self.database.transaction() as session:
            workflows.reject_step(session, self.actors[name], task.id, PASSWORD, note)

    def status(self, instance_id: str) -> str:
        with self.database.reading() as session:
            return workflows.instance_status(session, instance_id)


@pytest.fixture(name="plant")
def plant_fixture(data_dir: Path, demo_port: int) -> Iterator[Plant]:
    startup = open_site(data_dir, demo_port=demo_port)
    with startup.database.transaction() as session:
        users = {
            name: create_user(session, SYSTEM, name, PASSWORD, role, department=department)
            for name, role, department in PEOPLE
        }
    actors = {n: Actor(n, u.role, u.id) for n, u in users.items()}
    yield Plant(startup.database, actors, data_dir)
    startup.database.close()
