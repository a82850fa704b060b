# Shared set-up for scripts/run and scripts/test: system packages, virtual environment.
# Sourced, not executed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# shellcheck disable=SC2034  # used by the scripts that source this file
QT_RUNTIME_PACKAGES=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0
    libdbus-1-3 libx11-6 fonts-dejavu-core libpulse0)
# What Qt's xcb platform needs to open a real window (a desktop, or Xvfb in the tests).
# shellcheck disable=SC2034
QT_X11_PACKAGES=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-render-util0 libxcb-shape0 libxcb-xkb1)

# Install the Debian packages among "$@" that are missing (as root), or warn about them.
ensure_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=() pkg
    for pkg in "$@"; do
        if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Instalando paquetes del sistema: ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Aviso: faltan paquetes del sistema (instálelos como root): ${missing[*]}" >&2
    fi
}

# Set PYTHON to a python3 that can make a virtual environment; on a bare Debian, install
# python3-venv (Debian's python3 has no ensurepip without it).
_find_venv_python() {
    PYTHON=python3
    python3 -c 'import ensurepip, venv' >/dev/null 2>&1 && return 0
    ensure_system_packages python3 python3-venv
    PYTHON=/usr/bin/python3
}

# Create .venv if needed and install the project, with the test extra when $1 is "test",
# skipping the install when pyproject.toml has not changed since the last one.
ensure_venv() {
    local kind="$1" sha test_stamp run_stamp
    if ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
        rm -rf "$VENV"
        _find_venv_python
        "$PYTHON" -m venv "$VENV"
    fi
    sha="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
    test_stamp="$VENV/.installed-$sha"
    run_stamp="$VENV/.installed-run-$sha"
    # The test install is a superset of the plain one.
    if [ -e "$test_stamp" ] || { [ "$kind" != test ] && [ -e "$run_stamp" ]; }; then
        return 0
    fi
    local pip=("$VENV/bin/python" -m pip install --disable-pip-version-check -q)
    "${pip[@]}" --upgrade pip >/dev/null
    if [ "$kind" = test ]; then
        "${pip[@]}" -e "${ROOT}[test]"
        touch "$test_stamp"
    else
        "${pip[@]}" -e "$ROOT"
        touch "$run_stamp"
    fi
}
