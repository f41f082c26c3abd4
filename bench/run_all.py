"""Run every benchmark (with --quick unless --full) and print a summary table.

    .venv/bin/python -m bench.run_all [--full]

Each benchmark runs in its own process, its output shown as it goes; the table is built from
the `BENCH-RESULT` line each prints last. A missed goal is reported, not an error: the exit
status is non-zero only if a benchmark failed to run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

from bench.common import REPO_ROOT, RESULT_PREFIX

BENCHMARKS = (
    "request_planning",
    "rtu_scan",
    "tcp_fanout",
    "ingest",
    "history_query",
    "gui_responsiveness",
    "workflow_tasks",
    "monthly_report",
    "bundle_export",
)


def run(name: str, full: bool) -> tuple[dict[str, Any] | None, float]:
    command = [sys.executable, "-m", f"bench.{name}", *([] if full else ["--quick"])]
    print(f"\n$ {' '.join(command[1:])}", flush=True)
    started = time.monotonic()
    result: dict[str, Any] | None = None
    with subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(RESULT_PREFIX):
                result = json.loads(line[len(RESULT_PREFIX) :])
            else:
                print(line, end="", flush=True)
    if child.returncode != 0:
        result = None
    return result, time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description="run all benchmarks")
    parser.add_argument("--full", action="store_true", help="normal size instead of --quick")
    args = parser.parse_args()
    rows: list[tuple[str, ...]] = []
    failed = False
    for name in BENCHMARKS:
        result, wall = run(name, args.full)
        if result is None:
            failed = True
            rows.append((name, "FAILED TO RUN", "", "", "", "", f"{wall:.1f}"))
            continue
        rows.append(
            (
                name,
                f"{result['ratio']:.3f}",
                result["goal"],
                "met" if result["met"] else "MISSED",
                f"{result['peak_rss_mb']:.1f}",
                f"{result['cpu_s']:.2f}",
                f"{wall:.1f}",
            )
        )
    header = ("benchmark", "ratio", "goal", "verdict", "peak RSS MB", "CPU s", "wall s")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    print(f"\nSummary ({'full' if args.full else 'quick'} run)")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
