"""My tasks: the open-task list of a plant with many workflows running, vs the bare rows.

N instances (--quick 300, else 3,000) of the built-in workflows are started through the real
services into a freshly set-up site (a third energy over-limit approvals moved on to their
department approval, so the list holds tasks and approvals). Timed, median of 7 runs:

- service: `workflow_tasks.open_tasks` — every open task with its definition, step, assignment
  and, for the reader, whether they may act now (the engine asked as if signing);
- raw: `sqlite3` select of the same open task rows joined with their instances, fetched into
  tuples (what any list must at least read).

Goal: service / raw ≤ 15 (the per-task Python work stays proportionate); also reported: the
list's time per task, the seeding rate, peak RSS.

    .venv/bin/python -m bench.workflow_tasks [--quick]
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import Outcome, cpu_seconds, parse_args, report
from desktop_app.services.startup import open_site
from desktop_app.services.workflow_tasks import open_tasks
from desktop_app.services.workflows import complete_step, start_workflow
from domain.roles import SYSTEM, Actor, Role
from storage.models import WorkflowTaskRecord

RUNS = 7
ENGINEER = Actor("bench-engineer", Role.ENGINEER)
OVER_LIMIT = {
    "source": "bench", "kpi_or_tag": "energy_per_unit", "limit_value": 118.0,
    "actual_value": 125.0, "excess_kgce": 6000.0,
}  # fmt: skip
EXPLAIN = {"cause": "c", "measure": "m", "measure_due": "2026-12-31", "owner": "bench-engineer"}
RAW = (
    "SELECT t.id, t.instance_id, t.step_code, t.level, t.kind, t.role, t.department, t.person,"
    " t.state, t.created_ms, t.due_ms, t.escalate_to, t.escalated_ms, i.definition_code,"
    " i.definition_version, i.title, i.status, i.step, i.values_json, i.doers_json,"
    " i.approvals_json FROM workflow_tasks t JOIN workflow_instances i ON i.id = t.instance_id"
    " WHERE t.state = 'open'"
)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(__doc__ or "", argv)
    started_cpu = cpu_seconds()
    count = 300 if args.quick else 3000
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        startup = open_site(data_dir, demo_port=25020)
        database = startup.database
        seeded = time.perf_counter()
        with database.transaction() as session:
            for n in range(count):
                code = ("energy_over_limit", "waste_handling", "kpi_target_change")[n % 3]
                values = OVER_LIMIT if n % 3 == 0 else _values(code)
                run = start_workflow(session, SYSTEM, code, values, title=f"bench {n}")
                if n % 3 == 0:
                    task = session.query(WorkflowTaskRecord.id).filter_by(instance_id=run).scalar()
                    complete_step(session, ENGINEER, task, EXPLAIN)
        seed_s = time.perf_counter() - seeded
        reader = Actor("bench-reader", Role.ENGINEER)
        service = _median(lambda: _service(database, reader))
        path = str(database.path)
        raw = _median(lambda: _raw(path))
        with database.reading() as session:
            listed = len(open_tasks(session, reader))
        database.close()
    ratio = service / raw
    report(
        Outcome(
            "workflow_tasks", ratio, "service / raw", "≤ 15", ratio <= 15,
            {"instances": count, "open tasks": listed, "service s": service, "raw s": raw,
             "service µs per task": service / listed * 1e6, "seeding instances/s": count / seed_s},
        ),
        started_cpu,
    )  # fmt: skip


def _values(code: str) -> dict[str, object]:
    if code == "waste_handling":
        return {}
    return {"kpi_code": "energy_per_unit", "current_target": 118.0, "new_target": 112.0,
            "new_deadline": "2027-12-31"}  # fmt: skip


def _service(database: object, reader: Actor) -> None:
    with database.reading() as session:  # type: ignore[attr-defined]
        open_tasks(session, reader)


def _raw(path: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(RAW).fetchall()
    finally:
        connection.close()


def _median(job: object) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        job()  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return statistics.median(times)


if __name__ == "__main__":
    main()
