#!/usr/bin/env bash
# Set up everything Qingyuan needs on a Debian/Ubuntu machine that has only Python >= 3.11.
#
#   scripts/bootstrap.sh run     # what ./run.sh needs
#   scripts/bootstrap.sh test    # what ./test.sh needs (adds socat, xvfb, xauth, poppler-utils)
#
# Or source it and call `qy_bootstrap run|test` (sourcing defines the qy_* functions and turns on
# `set -euo pipefail` in the sourcing shell; it runs nothing).
#
# Steps, each skipped when already done, so that a repeated run costs well under a second:
#   1. find a Python >= 3.11 (python3.13, python3.12, python3.11, python3; QINGYUAN_PYTHON
#      overrides) -- only needed when .venv does not exist or is broken
#   2. system packages (one dpkg-query; apt-get install when root, otherwise print the
#      `sudo apt-get install ...` line and exit 1; on non-Debian systems only a warning)
#   3. virtualenv at <repo>/.venv (created, or re-created with --clear when broken)
#   4. pip install -c requirements.lock -e ".[dev]". The dev extras are installed in both modes:
#      one environment for running and testing, so switching between ./run.sh and ./test.sh never
#      reinstalls (they add ~50 MB to a ~550 MB venv). Skipped while the stamp file
#      .venv/.qingyuan-installed is newer than pyproject.toml and requirements.lock and names this
#      repo's path (a moved checkout needs a new editable install). pip's output goes to
#      .venv/.qingyuan-pip.log and is shown only on failure.
#   5. compile resources/translations/*.ts to .qm (pyside6-lrelease) when the .qm is missing/older.
#
# Environment knobs:
#   QINGYUAN_PYTHON=/path/to/python     use this interpreter to create the venv
#   QINGYUAN_SKIP_SYSTEM_PACKAGES=1     do not check/install Debian packages at all
#   QINGYUAN_REQUIRE_EXTRA_PKGS="a b"   also require these Debian packages (used to test this script)
set -euo pipefail

QY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
QY_VENV="$QY_ROOT/.venv"
QY_STAMP="$QY_VENV/.qingyuan-installed"

# Debian/Ubuntu packages Qt 6 (PySide6-Essentials 6.12) needs offscreen and in a real X11 window,
# plus a CJK font for the UI. (The app also ships resources/fonts/wqy-microhei.ttc.)
QY_PKGS_RUN=(
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
    libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
    fonts-wqy-microhei
)
# Tests: serial loopback (socat), a real X server (xvfb; xauth makes xvfb-run work), pdftotext.
QY_PKGS_TEST=(socat xvfb xauth poppler-utils postgresql)

qy_say() { printf '[qingyuan] %s\n' "$*" >&2; }
qy_die() { printf '[qingyuan] ERROR: %s\n' "$*" >&2; exit 1; }

# Prints the path of the first Python >= 3.11 found. (pyenv shims for versions that are not
# selected exist but fail, so every candidate is actually run.)
qy_find_python() {
    local cands=() c path
    if [[ -n "${QINGYUAN_PYTHON:-}" ]]; then
        cands=("$QINGYUAN_PYTHON")
    else
        cands=(python3.13 python3.12 python3.11 python3)
    fi
    for c in "${cands[@]}"; do
        path="$(command -v "$c" 2>/dev/null)" || continue
        if "$path" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
            >/dev/null 2>&1; then
            printf '%s\n' "$path"
            return 0
        fi
    done
    return 1
}

# Missing Debian packages among the arguments, one per line. A name also counts as installed
# when an installed package Provides it: since the 64-bit time_t transition (Ubuntu 24.04,
# Debian 13) e.g. libglib2.0-0 is provided by libglib2.0-0t64.
qy_missing_pkgs() {
    local have
    have="$(dpkg-query -W -f='${Status}|${Package}|${Provides}\n' 2>/dev/null \
        | awk -F'|' '$1 ~ / ok installed$/ {
            print $2
            n = split($3, prov, ",")
            for (i = 1; i <= n; i++) {
                sub(/^ +/, "", prov[i]); sub(/ .*/, "", prov[i]); sub(/:any$/, "", prov[i])
                if (prov[i] != "") print prov[i]
            }
        }')" || true
    local p
    for p in "$@"; do
        grep -qxF -- "$p" <<<"$have" || printf '%s\n' "$p"
    done
}

qy_system_packages() {
    local mode="$1" py="$2"
    if [[ "${QINGYUAN_SKIP_SYSTEM_PACKAGES:-0}" == 1 ]]; then
        return 0
    fi
    local want=("${QY_PKGS_RUN[@]}")
    [[ "$mode" == test ]] && want+=("${QY_PKGS_TEST[@]}")
    # Debian's python has no ensurepip (so no `python -m venv` with pip) without pythonX.Y-venv.
    # ($py is empty when .venv already works: then no venv needs to be created.)
    if [[ -n "$py" ]] && ! "$py" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        want+=("python$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv")
    fi
    if [[ -n "${QINGYUAN_REQUIRE_EXTRA_PKGS:-}" ]]; then
        local extra
        read -r -a extra <<<"$QINGYUAN_REQUIRE_EXTRA_PKGS"
        want+=("${extra[@]}")
    fi

    if ! command -v dpkg-query >/dev/null 2>&1; then
        qy_say "WARNING: not a Debian/Ubuntu system (no dpkg); not checking system packages."
        qy_say "WARNING: Qt 6 needs EGL/OpenGL, xkbcommon, fontconfig, glib, dbus, the xcb libraries" \
            "(incl. xcb-cursor) and a CJK font; tests also use socat, Xvfb and pdftotext."
        return 0
    fi

    local missing=()
    mapfile -t missing < <(qy_missing_pkgs "${want[@]}")
    [[ ${#missing[@]} -eq 0 ]] && return 0

    if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        qy_say "missing system packages: ${missing[*]}"
        qy_say "install them with:"
        printf '\n    sudo apt-get install -y --no-install-recommends %s\n\n' "${missing[*]}" >&2
        qy_say "then run this command again."
        exit 1
    fi

    qy_say "installing system packages: ${missing[*]}"
    local log
    log="$(mktemp -t qingyuan-apt.XXXXXX)"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get update >"$log" 2>&1 \
        || ! apt-get install -y --no-install-recommends "${missing[@]}" >>"$log" 2>&1 </dev/null
    then
        cat "$log" >&2
        rm -f "$log"
        qy_die "apt-get failed (output above)."
    fi
    rm -f "$log"
    mapfile -t missing < <(qy_missing_pkgs "${missing[@]}")
    [[ ${#missing[@]} -eq 0 ]] || qy_die "still missing after apt-get install: ${missing[*]}"
}

# True when .venv has a working Python >= 3.11 with pip.
qy_venv_ok() {
    [[ -x "$QY_VENV/bin/python" ]] \
        && "$QY_VENV/bin/python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
            >/dev/null 2>&1 \
        && "$QY_VENV/bin/python" -m pip --version >/dev/null 2>&1
}

qy_venv() {
    local py="$1"
    if [[ -n "$py" ]] && ! qy_venv_ok; then
        if [[ -e "$QY_VENV" ]]; then
            qy_say "re-creating the broken virtualenv .venv with $py"
        else
            qy_say "creating the virtualenv .venv with $py"
        fi
        "$py" -m venv --clear "$QY_VENV" || qy_die "could not create $QY_VENV with $py"
        qy_venv_ok || qy_die "$QY_VENV was created but has no working pip"
    fi

    # The stamp records where the repo is: a moved repo needs a new editable install.
    local want_stamp="root=$QY_ROOT"
    if [[ -f "$QY_STAMP" && "$QY_STAMP" -nt "$QY_ROOT/pyproject.toml" \
        && "$QY_STAMP" -nt "$QY_ROOT/requirements.lock" \
        && "$(cat "$QY_STAMP")" == "$want_stamp" ]]; then
        return 0
    fi
    rm -f "$QY_STAMP"
    qy_say "installing Python packages into .venv (first run: a few minutes)"
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
    local log="$QY_VENV/.qingyuan-pip.log"
    if ! { "$QY_VENV/bin/python" -m pip install --upgrade pip \
        && (cd "$QY_ROOT" && "$QY_VENV/bin/python" -m pip install \
            -c requirements.lock -e ".[dev]"); } >"$log" 2>&1 </dev/null; then
        tail -n 40 "$log" >&2
        qy_die "pip install failed (last lines above; full log: ${log#"$QY_ROOT"/})"
    fi
    printf '%s\n' "$want_stamp" >"$QY_STAMP"
}

qy_translations() {
    local ts qm out
    shopt -s nullglob
    local files=("$QY_ROOT"/resources/translations/*.ts)
    shopt -u nullglob
    for ts in "${files[@]}"; do
        qm="${ts%.ts}.qm"
        if [[ ! -e "$qm" || "$ts" -nt "$qm" ]]; then
            qy_say "building translation ${qm#"$QY_ROOT"/}"
            if ! out="$("$QY_VENV/bin/pyside6-lrelease" "$ts" -qm "$qm" 2>&1)"; then
                printf '%s\n' "$out" >&2
                qy_die "pyside6-lrelease failed for $ts"
            fi
        fi
    done
}

qy_bootstrap() {
    local mode="${1:-run}"
    case "$mode" in
        run | test) ;;
        *) qy_die "usage: scripts/bootstrap.sh run|test (got: $mode)" ;;
    esac
    local py=""
    # A working .venv needs no base interpreter (and finding one costs time through pyenv shims).
    if ! qy_venv_ok && ! py="$(qy_find_python)"; then
        if [[ -n "${QINGYUAN_PYTHON:-}" ]]; then
            qy_die "QINGYUAN_PYTHON=$QINGYUAN_PYTHON is not a working Python >= 3.11."
        fi
        qy_die "Qingyuan needs Python >= 3.11 (tried python3.13, python3.12, python3.11, python3)." \
            "On Debian 12 / Ubuntu 24.04: sudo apt-get install python3 python3-venv;" \
            "on Ubuntu 22.04: sudo apt-get install python3.11 python3.11-venv."
    fi
    qy_system_packages "$mode" "$py"
    qy_venv "$py"
    qy_translations
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    qy_bootstrap "$@"
fi
