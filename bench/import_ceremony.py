"""Ours: the whole import of the 50,000-row list, as xlsx then as csv, each into a fresh
registry: read, canonicalise, check, de-duplicate, insert. Prints {"seconds": …,
"cpu_seconds": …} (the process's CPU time: steadier than wall time on a busy machine)."""

import json
import shutil
import sys
import time
from datetime import date

from import_data import csv_path, xlsx_path

from ceremony.importing import ImportOptions, commit_preview, preview_files
from ceremony.services.ceremonies import add_ceremony
from ceremony.store.registry import open_registry

from common import FOLDER


def fresh_registry(name: str):  # type: ignore[no-untyped-def]
    template = FOLDER / "import-template.sqlite3"
    if not template.exists():
        registry = open_registry(template)
        add_ceremony(registry, "Benchmark", date(2024, 1, 1))
        registry.close()
    target = FOLDER / name
    for suffix in ("", "-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    shutil.copy(template, target)
    return open_registry(target)


def import_one(path, name):  # type: ignore[no-untyped-def]
    registry = fresh_registry(name)
    options = ImportOptions(ceremony_id=1, award="Bằng khen", authority="Bộ Tư lệnh")
    started, cpu = time.perf_counter(), time.process_time()
    preview = preview_files(registry, [path], options)
    assert not preview.errors, preview.errors[:3]
    commit_preview(registry, preview)
    elapsed = time.perf_counter() - started, time.process_time() - cpu
    registry.close()
    return elapsed


if __name__ == "__main__":
    formats = sys.argv[1:] or ["xlsx", "csv"]
    paths = {"xlsx": xlsx_path(), "csv": csv_path()}
    timings = [import_one(paths[f], f"ours-{f}.sqlite3") for f in formats]
    print(json.dumps({"seconds": sum(wall for wall, _ in timings),
                      "cpu_seconds": sum(cpu for _, cpu in timings)}))
