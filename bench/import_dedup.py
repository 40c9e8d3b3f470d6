"""The duplicate check of the 50,000-row list against a 100,000-honoree registry.

Run bench/make_registry.py --size 100000 first (the harness's "load" benchmark does).
Prints the seconds of the registry matching alone (indexed duplicate-key IN queries),
then of the whole preview, and how many rows were linked or reported.
"""

import json
import time

from import_data import csv_path

import ceremony.importing.matching as matching
from ceremony.importing import ImportOptions, preview_files
from ceremony.store.registry import open_registry

from common import large_db

registry = open_registry(large_db(100_000))
options = ImportOptions(ceremony_id=1, award="Bằng khen", authority="Bộ Tư lệnh")
timings: dict[str, float] = {}


original = matching.match_registry


def timed_match(registry_, preview):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    original(registry_, preview)
    timings["match"] = time.perf_counter() - started


started = time.perf_counter()
matching.match_registry = timed_match  # preview_files imports it at call time
found = preview_files(registry, [csv_path()], options)
matching.match_registry = original
total = time.perf_counter() - started
print(json.dumps({"match_seconds": round(timings["match"], 3),
                  "preview_seconds": round(total, 3), "rows": len(found.entries),
                  "linked": len(found.matches), "possible": len(found.possible)}))
