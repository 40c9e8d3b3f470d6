"""The floor of the same import on the registry's own schema: read the list (calamine or
csv.reader), then sqlite3.executemany the honoree and award rows into a fresh copy of
the benchmark registry, with the pragmas the app opens it with, in one transaction.

No application code runs: the name keys are stand-ins of the same sizes (a lower-cased
name, its UTF-8 bytes). Compared with import_ceremony.py it says how much of the import
is the registry's two tables and eleven indexes rather than our Python.
Prints {"seconds": …, "cpu_seconds": …} like the other import scripts.

With --bare-tables every index of the two tables is dropped and foreign keys are off
first: what storing the rows costs with nothing but the tables themselves.
Usage: python bench/import_floor.py [--bare-tables] [xlsx] [csv]
"""

import json
import sqlite3
import sys
import time

from import_baseline import read
from import_ceremony import fresh_registry

from common import FOLDER

HONOREES = ("id, kind, name, name_as_typed, family_name, middle_name, given_name, search_key, "
            "duplicate_key, sort_key, gender, birth_date, birth_year, ethnicity, rank, position, "
            "unit_id, notes, import_batch_id, version")
AWARDS = ("honoree_id, award_type_id, decision_id, ceremony_id, import_batch_id, citation, "
          "status, list_position, version, posthumous, register_no, print_count, "
          "receiver_name, receiver_title, attendance")


def prepared(name: str) -> str:
    """A fresh registry (made by the app) with one award type and one batch to point at."""
    fresh_registry(name).close()
    path = FOLDER / name
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO authorities (name, title_line, signer_title, "
                           "signer_name, place_name) VALUES ('Bộ Tư lệnh', '', '', '', '')")
        connection.execute("INSERT INTO award_types (name, category, authority_id, recipients, "
                           "once_per_honoree, precedence, default_citation, default_template) "
                           "VALUES ('Bằng khen', 'certificate_of_merit', 1, 'both', 0, 0, '', '')")
        connection.execute("INSERT INTO import_batches (source, sheet, ceremony_id, imported_at, "
                           "imported_by, row_count, source_sha256) "
                           "VALUES ('list', '', 1, '2024-01-01', 'bench', 0, '')")
    return str(path)


def drop_indexes(path: str) -> None:
    with sqlite3.connect(path) as connection:
        names = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('honorees', 'awards')")]
        for name in names:
            connection.execute(f"DROP INDEX {name}")


def insert(rows: list[list[object]], path: str, *, foreign_keys: bool = True) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in (f"foreign_keys={'ON' if foreign_keys else 'OFF'}", "journal_mode=WAL",
                   "synchronous=FULL", "cache_size=-65536"):
        connection.execute(f"PRAGMA {pragma}")
    honorees = [(n, "individual", r[1], r[1], "", "", "", str(r[1]).lower(), str(r[1]).lower(),
                 str(r[1]).encode(), None, None, int(float(r[2] or 0)) or None, r[7], r[4],
                 r[5], None, "", 1, 1) for n, r in enumerate(rows, start=1)]
    awards = [(n, 1, None, 1, 1, r[8], "nominated", n, 1, 0, "", 0, "", "", "expected")
              for n, r in enumerate(rows, start=1)]
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(f"INSERT INTO honorees ({HONOREES}) VALUES "
                           f"({', '.join('?' * 20)})", honorees)
    connection.executemany(f"INSERT INTO awards ({AWARDS}) VALUES ({', '.join('?' * 15)})",
                           awards)
    connection.execute("COMMIT")
    connection.close()


def one(kind: str, bare_tables: bool = False) -> tuple[float, float]:
    path = prepared(f"floor-{kind}.sqlite3")
    if bare_tables:
        drop_indexes(path)
    started, cpu = time.perf_counter(), time.process_time()
    insert(read(kind), path, foreign_keys=not bare_tables)
    return time.perf_counter() - started, time.process_time() - cpu


if __name__ == "__main__":
    bare = "--bare-tables" in sys.argv
    kinds = [a for a in sys.argv[1:] if a != "--bare-tables"] or ["xlsx", "csv"]
    timings = [one(f, bare) for f in kinds]
    print(json.dumps({"seconds": sum(wall for wall, _ in timings),
                      "cpu_seconds": sum(cpu for _, cpu in timings)}))
