#!/usr/bin/env bash
# Set up everything Summit Planner needs to run and to be tested:
#   1. system libraries and fonts for Qt 6 (installed with apt on Debian/Ubuntu
#      when run as root; elsewhere only reported),
#   2. a virtual environment in .venv with the package (editable) and the
#      test and lint dependency groups,
#   3. the compiled translations (.qm) beside their .ts files.
# Safe to run again: apt is skipped when every package is already installed,
# pip is skipped while .venv's stamp matches pyproject.toml and the Python.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
STAMP="$VENV/.bootstrap-stamp"
MIN_PY="3.11"
MIN_PIP="25.1"   # first pip with --group (PEP 735 dependency groups)
SYSTEM_MISSING=0

say()  { printf '[bootstrap] %s\n' "$*"; }
warn() { printf '[bootstrap] WARNING: %s\n' "$*" >&2; }
die()  { printf '[bootstrap] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- system ----

# Debian packages: Qt 6 xcb/offscreen runtime, a virtual X server for real
# windows and screenshots, poppler for the PDF tests, and fonts for Latin,
# Cyrillic (incl. Kazakh), Arabic, Hebrew, Devanagari, Thai, Chinese, Korean.
APT_PACKAGES=(
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
    libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
    libxcb-xfixes0 libx11-xcb1
    xvfb xauth
    poppler-utils
    fontconfig fonts-dejavu-core fonts-noto-core fonts-wqy-microhei
)

# Shared libraries Qt's xcb platform plugin loads (checked off Debian).
QT_LIBS=(
    libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libxkbcommon-x11.so.0
    libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0
    libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-image.so.0 libxcb-keysyms.so.1
    libxcb-randr.so.0 libxcb-render-util.so.0 libxcb-shape.so.0
    libxcb-xinerama.so.0 libxcb-xkb.so.1 libxcb-xfixes.so.0 libX11-xcb.so.1
)
TOOLS=(Xvfb xvfb-run xauth pdftotext pdftoppm fc-list)
# fontconfig language tags the printed documents must be able to draw.
FONT_LANGS=(en ru kk ar he hi th zh-cn ko)

python_ok() {  # $1: interpreter; true if it runs, is >= MIN_PY and has venv+ensurepip
    "$1" -c "import sys, venv, ensurepip; sys.exit(sys.version_info < (${MIN_PY/./, }))" \
        >/dev/null 2>&1
}

missing_apt_packages() {
    local pkg status
    for pkg in "$@"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
        [[ "$status" == "installed" ]] || printf '%s\n' "$pkg"
    done
}

check_fonts() {  # warn about languages no installed font covers
    command -v fc-list >/dev/null 2>&1 || { warn "fc-list not found: cannot check fonts"; return; }
    local lang missing=()
    for lang in "${FONT_LANGS[@]}"; do
        [[ -n "$(fc-list ":lang=$lang" family 2>/dev/null | head -n1)" ]] || missing+=("$lang")
    done
    if ((${#missing[@]})); then
        SYSTEM_MISSING=1
        warn "no installed font covers these languages: ${missing[*]}"
        warn "  (Debian: fonts-dejavu-core fonts-noto-core fonts-wqy-microhei)"
    fi
}

report_missing_system() {  # best effort when we may not install anything
    local lib tool missing=()
    local ldconfig
    ldconfig="$(command -v ldconfig || echo /sbin/ldconfig)"
    if [[ -x "$ldconfig" ]]; then
        local cache
        cache="$("$ldconfig" -p 2>/dev/null || true)"
        for lib in "${QT_LIBS[@]}"; do
            grep -qF "$lib " <<<"$cache" || missing+=("$lib")
        done
        if ((${#missing[@]})); then
            SYSTEM_MISSING=1
            warn "shared libraries Qt 6 needs that were not found: ${missing[*]}"
        fi
    else
        warn "ldconfig not found: cannot check the shared libraries Qt 6 needs"
    fi
    missing=()
    for tool in "${TOOLS[@]}"; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    if ((${#missing[@]})); then
        SYSTEM_MISSING=1
        warn "programs not found: ${missing[*]} (Debian packages: xvfb xauth poppler-utils fontconfig)"
    fi
    check_fonts
    if ((SYSTEM_MISSING)); then
        warn "install the missing pieces with your system's package manager; continuing."
    else
        say "system libraries, programs and fonts found"
    fi
}

setup_system() {
    if [[ -r /etc/debian_version ]] && [[ "$(id -u)" == 0 ]] \
            && command -v apt-get >/dev/null 2>&1; then
        local want=("${APT_PACKAGES[@]}")
        # A bare Debian has no python3, and its python3 has no venv module
        # without python3-venv.
        if ! python_ok "${PYTHON:-python3}"; then
            want+=(python3 python3-venv)
        fi
        local missing
        mapfile -t missing < <(missing_apt_packages "${want[@]}")
        if ((${#missing[@]})); then
            say "installing system packages: ${missing[*]}"
            export DEBIAN_FRONTEND=noninteractive
            apt-get update || die "apt-get update failed"
            apt-get install -y --no-install-recommends "${missing[@]}" \
                || die "apt-get install failed for: ${missing[*]}"
        else
            say "system packages already installed"
        fi
        check_fonts
    else
        say "not Debian as root: checking system libraries and fonts only"
        report_missing_system
    fi
}

# ---------------------------------------------------------------- python ----

find_python() {
    local cand
    for cand in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
        [[ -n "$cand" ]] || continue
        command -v "$cand" >/dev/null 2>&1 || continue
        if python_ok "$cand"; then
            command -v "$cand"
            return 0
        fi
    done
    return 1
}

version_ge() {  # version_ge A B: true if A >= B (dotted numbers)
    [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]
}

stamp_value() {
    local pyver
    pyver="$("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null)" \
        || return 1
    printf '%s python-%s\n' "$(sha256sum pyproject.toml | cut -d' ' -f1)" "$pyver"
}

venv_ours() {  # .venv runs, is new enough, and its scripts point at this .venv
    [[ -x "$VENV/bin/python" && -f "$VENV/bin/pip" ]] || return 1
    python_ok "$VENV/bin/python" || return 1
    head -n3 "$VENV/bin/pip" | grep -qF "$VENV/bin/python"
}

setup_venv() {
    if [[ -f "$STAMP" ]] && venv_ours \
            && [[ "$(stamp_value || true)" == "$(cat "$STAMP")" ]]; then
        say "virtual environment up to date (.venv)"
        return 0
    fi

    if [[ -e "$VENV" ]] && ! venv_ours; then
        say "existing .venv is broken, too old or was made in another folder; recreating it"
        rm -rf "$VENV"
    fi

    if [[ ! -x "$VENV/bin/python" ]]; then
        local py
        py="$(find_python)" || die "Python >= $MIN_PY with the venv module is required \
(found: $(python3 --version 2>&1 || echo 'no python3')). On Debian/Ubuntu: \
apt-get install python3 python3-venv; or set PYTHON=/path/to/python3.11+."
        say "creating .venv with $py ($("$py" --version 2>&1))"
        "$py" -m venv "$VENV" || die "could not create the virtual environment in .venv"
    fi

    rm -f "$STAMP"
    say "upgrading pip"
    "$VENV/bin/python" -m pip install --upgrade pip \
        || die "could not upgrade pip in .venv (is the package index reachable?)"
    local pipver
    pipver="$("$VENV/bin/python" -c 'import pip; print(pip.__version__)')"
    version_ge "$pipver" "$MIN_PIP" \
        || die "pip $pipver is too old: --group needs pip >= $MIN_PIP"

    say "installing summit-planner (editable) with the test and lint groups"
    "$VENV/bin/python" -m pip install -e . --group test --group lint \
        || die "pip install -e . --group test --group lint failed (see the messages above)"

    stamp_value >"$STAMP" || die "could not write $STAMP"
    say "virtual environment ready (.venv)"
}

# Mozilla's ical.js (Thunderbird's calendar parser) is a third, independent
# reader of the .ics files in the tests. Optional: without node the tests that
# use it are skipped.
ICALJS_VERSION="2.2.1"
NODE_PREFIX="$VENV/node"

setup_node_readers() {
    if ! command -v npm >/dev/null 2>&1; then
        warn "npm not found: the tests that read calendars with ical.js will be skipped"
        return 0
    fi
    if [[ -f "$NODE_PREFIX/node_modules/ical.js/package.json" ]] \
            && grep -qF "\"version\": \"$ICALJS_VERSION\"" \
                "$NODE_PREFIX/node_modules/ical.js/package.json"; then
        return 0
    fi
    say "installing ical.js $ICALJS_VERSION for the calendar tests"
    npm install --prefix "$NODE_PREFIX" --no-audit --no-fund --no-save --silent \
        "ical.js@$ICALJS_VERSION" \
        || warn "could not install ical.js; the tests that use it will be skipped"
}

# The window and the command line read compiled catalogues (.qm); in a checkout
# they are built beside the .ts files (the wheel builds its own, see setup.py).
compile_translations() {
    local source stale=0
    for source in resources/translations/*.ts; do
        [[ "${source%.ts}.qm" -nt "$source" ]] || stale=1
    done
    ((stale)) || return 0
    say "compiling the translations (resources/translations/*.qm)"
    "$VENV/bin/python" scripts/translations.py release \
        || die "could not compile the translations"
}

setup_system
setup_venv
setup_node_readers
compile_translations
