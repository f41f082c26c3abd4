"""Open a data directory ready for work: migrate, set up the demo plant on first start."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.services.checklist_templates import install_builtin_templates
from desktop_app.services.configuration import (
    SiteInfo,
    TagInfo,
    load_bus_configs,
    load_site,
    load_tag_catalog,
)
from desktop_app.services.database import Database, open_database
from desktop_app.services.demo_alarms import configure_demo_alarms
from desktop_app.services.demo_site import DEFAULT_DEMO_PORT, configure_demo_site
from desktop_app.services.users import InitialAdmin, ensure_initial_admin
from desktop_app.services.workflow_definitions import install_builtin_workflows
from domain.instruments import BusConfig
from domain.roles import SYSTEM
from drivers.simulators.demo_plant_map import DEMO_BUSES
from drivers.simulators.ports import free_port_block


@dataclass(frozen=True)
class Startup:
    database: Database
    site: SiteInfo
    buses: tuple[BusConfig, ...]
    tags: tuple[TagInfo, ...]
    initial_admin: InitialAdmin | None
    created_demo: bool


def open_site(data_dir: Path, demo_port: int | None = None) -> Startup:
    database = open_database(data_dir)
    created_demo = False
    with database.transaction() as session:
        if load_site(session) is None:
            wanted = demo_port or DEFAULT_DEMO_PORT
            base = demo_port if demo_port else free_port_block(wanted, len(DEMO_BUSES))
            configure_demo_site(session, SYSTEM, base)
            configure_demo_alarms(session, SYSTEM)
            created_demo = True
        initial_admin = ensure_initial_admin(session, SYSTEM, data_dir)
        install_builtin_templates(session)
        install_builtin_workflows(session)
    with database.reading() as session:
        site = load_site(session)
        assert site is not None
        return Startup(
            database=database,
            site=site,
            buses=load_bus_configs(session),
            tags=load_tag_catalog(session),
            initial_admin=initial_admin,
            created_demo=created_demo,
        )
