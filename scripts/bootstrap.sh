#!/usr/bin/env bash
# Prepare a machine to run Ceremony (and, with --dev, to test it):
# Debian packages Qt needs, a virtual environment in .venv, the package itself,
# and the compiled translations. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
[[ "${1:-}" == "--dev" ]] && DEV=1

# Qt's offscreen and xcb platforms, fonts and a venv-capable Python (Debian 12).
RUNTIME_PACKAGES=(python3 python3-venv libglib2.0-0 libegl1 libgl1 libfontconfig1
  libxkbcommon0 libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 fonts-dejavu-core)
# Tests read PDFs back (poppler), build PyICU (the Vietnamese-order oracle) and use Xvfb.
DEV_PACKAGES=(poppler-utils libicu-dev pkg-config g++ python3-dev xvfb xauth)

missing_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
      || echo "$package"
  done
}

install_system_packages() {
  command -v dpkg-query >/dev/null || return 0  # not Debian: the user installs by hand
  local wanted=("${RUNTIME_PACKAGES[@]}")
  ((DEV)) && wanted+=("${DEV_PACKAGES[@]}")
  local missing
  mapfile -t missing < <(missing_packages "${wanted[@]}")
  ((${#missing[@]} == 0)) && return 0
  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || {
      echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "Installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

python_for_venv() {
  local candidate
  for candidate in "${PYTHON:-}" python3.11 python3; do
    [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null && { echo "$candidate"; return; }
  done
  echo "Python 3.11 or newer is needed" >&2; exit 1
}

install_python_packages() {
  local extras="postgres"
  ((DEV)) && extras="dev,postgres"
  local stamp=".venv/.installed-$extras"
  [[ -x .venv/bin/python ]] || "$(python_for_venv)" -m venv .venv
  if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[$extras]"
    touch "$stamp"
  fi
}

compile_translations() {
  local ts
  for ts in resources/translations/*.ts; do
    [[ -e "$ts" ]] || continue
    if [[ ! -f "${ts%.ts}.qm" || "$ts" -nt "${ts%.ts}.qm" ]]; then
      .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
    fi
  done
}

compile_forms() {
  local form target
  for form in forms/*.ui; do
    target="ceremony/ui/generated/ui_$(basename "${form%.ui}").py"
    if [[ ! -f "$target" || "$form" -nt "$target" ]]; then
      .venv/bin/pyside6-uic "$form" -o "$target"
    fi
  done
}

install_system_packages
install_python_packages
compile_translations
compile_forms
