# Shared set-up for scripts/run and scripts/test: system packages, virtual environment.
# Sourced, not executed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

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

# Create .venv if needed and install the project with the given extras ("" or "[test]"),
# skipping the install when pyproject.toml has not changed since the last one.
ensure_venv() {
    local extras="$1" stamp
    if [ ! -x "$VENV/bin/python" ]; then
        python3 -m venv "$VENV"
    fi
    stamp="$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
    if [ -n "$extras" ]; then stamp="$stamp-test"; fi
    # The test install is a superset of the plain one.
    if [ -e "$stamp" ] || { [ -z "$extras" ] && [ -e "$stamp-test" ]; }; then
        return 0
    fi
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q -e "$ROOT$extras"
    touch "$stamp"
}

QT_RUNTIME_PACKAGES=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0
    libdbus-1-3 libx11-6 fonts-dejavu-core)
