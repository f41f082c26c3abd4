#!/usr/bin/env bash
# Set everything up (first run: system packages, .venv, Python packages) and start Qingyuan.
# With no arguments the desktop app opens on the built-in demo plant; any arguments go to the
# `qingyuan` command, e.g.  ./run.sh --offscreen   ./run.sh acquire --seconds 10   ./run.sh --help
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$root/scripts/bootstrap.sh" run
exec "$root/.venv/bin/qingyuan" "$@"
