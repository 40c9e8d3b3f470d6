#!/usr/bin/env bash
# Collect the app's translatable strings into resources/translations/ceremony_vi.ts
# (new strings arrive marked unfinished: translate them in Qt Linguist, then run
# scripts/bootstrap.sh to compile). A test fails while any string is untranslated.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find ceremony/ui -name '*.py' -not -path '*/generated/*' | sort)
.venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" forms/*.ui \
  -ts resources/translations/ceremony_vi.ts
