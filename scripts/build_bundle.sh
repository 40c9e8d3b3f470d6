#!/usr/bin/env bash
# Build the Linux one-folder app (dist/ceremony) with PyInstaller, then run the frozen
# app headless as a new user would and check what it writes (packaging/check_bundle.py).
#   scripts/build_bundle.sh [--pg POSTGRES_URL] [--no-check]
# With --pg the frozen demo also runs on a PostgreSQL database of its own.
# Prints the bundle's size and the build time. The Windows installer is built on Windows
# with packaging/windows/build.bat.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_URL=""
CHECK=1
while (($#)); do
  case "$1" in
    --pg) PG_URL=${2:?--pg needs a URL}; shift 2 ;;
    --no-check) CHECK=0; shift ;;
    *) echo "usage: $0 [--pg POSTGRES_URL] [--no-check]" >&2; exit 2 ;;
  esac
done

# The venv, compiled translations and forms, and poppler-utils for reading the PDFs back.
scripts/bootstrap.sh --dev
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  .venv/bin/python -m pip install -q -e ".[postgres,bundle]"
fi

started=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/ceremony.spec
# The Linux menu entry, icons and a per-user installer travel inside the folder.
mkdir -p dist/ceremony/share/applications dist/ceremony/share/icons
cp packaging/linux/ceremony.desktop dist/ceremony/share/applications/
cp -r packaging/linux/icons/hicolor dist/ceremony/share/icons/
cp packaging/linux/install.sh dist/ceremony/
build_seconds=$(($(date +%s) - started))

echo "== bundle: $(du -sh dist/ceremony | cut -f1) in dist/ceremony" \
  "($(find dist/ceremony -type f | wc -l) files), built in ${build_seconds} s"

if ((CHECK)); then
  started=$(date +%s)
  .venv/bin/python packaging/check_bundle.py dist/ceremony/ceremony ${PG_URL:+--pg "$PG_URL"}
  echo "== bundle checked in $(($(date +%s) - started)) s"
fi
