"""Helper process for test_checklist_crash: an inspector filling a long round until killed.

    python -m tests.desktop_app.services.checklist_crash_child DATA_DIR TEMPLATE_CODE ITEMS

Prints "run <id>" once, then after each committed step one line: "answer <item> <value>" (the
answer and the position moved there, one transaction) or "photo <id> <sha256>". Every third
photo is a large one, so a kill often lands while a photo is being shrunk or written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.services.checklist_runs import add_photo, record_answer, set_position, start_run
from desktop_app.services.database import open_database
from tests.desktop_app.services.checklist_samples import INSPECTOR, jpeg


def value_of(index: int) -> float:
    return round(index * 1.5, 1)


def main() -> None:
    data_dir, template, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    database = open_database(data_dir, migrate=False)
    with database.transaction() as session:
        run_id = start_run(session, INSPECTOR, template, "crash")
    print("run", run_id, flush=True)
    for index in range(count):
        item = f"n{index:03d}"
        with database.transaction() as session:
            record_answer(session, INSPECTOR, run_id, item, value_of(index))
            set_position(session, INSPECTOR, run_id, item)
        print("answer", item, value_of(index), flush=True)
        size = (2400, 1800) if index % 3 == 0 else (320, 240)
        with database.transaction() as session:
            info = add_photo(session, INSPECTOR, run_id, item, jpeg(*size, (index % 250, 90, 30)))
        print("photo", info.id, info.sha256, flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
