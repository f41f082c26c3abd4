#!/usr/bin/env bash
# Set everything up (first run: system packages incl. socat/xvfb/poppler-utils, .venv, Python
# packages) and run the whole check: import contracts, ruff, mypy (strict on domain, drivers,
# storage, reports), then pytest. Arguments go to pytest, e.g.  ./test.sh -x -q
#   ./test.sh -m "not slow"
# Exits non-zero when any step fails (pytest's 5, "no tests collected", is a failure too).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$root/scripts/bootstrap.sh" test
cd "$root"

# Tests run without a screen; a test that needs a real X server starts Xvfb itself.
export QT_QPA_PLATFORM=offscreen

failed=()
step() {
    local name="$1"
    shift
    local rc=0
    "$@" || rc=$?
    if [[ $rc -ne 0 ]]; then
        [[ $name == pytest && $rc -eq 5 ]] && name="pytest (no tests collected)"
        failed+=("$name (exit $rc)")
    fi
}
step lint-imports .venv/bin/lint-imports
step ruff .venv/bin/ruff check .
step mypy .venv/bin/mypy domain drivers storage reports
step pytest .venv/bin/pytest "$@"

if [[ ${#failed[@]} -ne 0 ]]; then
    printf '[qingyuan] FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
