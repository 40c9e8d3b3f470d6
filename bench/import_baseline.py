"""Baseline: the bare limit of the same work, python-calamine reading the xlsx (csv.reader
for the csv) plus sqlite3.executemany of the same rows in one transaction."""

import csv
import json
import sqlite3
import sys
import time

from import_data import csv_path, xlsx_path
from python_calamine import CalamineWorkbook

from common import FOLDER

COLUMNS = "seq, name, birth_year, gender, rank, position, unit, ethnicity, citation, notes"


def read(kind: str) -> list[list[object]]:
    if kind == "xlsx":
        sheet = CalamineWorkbook.from_path(str(xlsx_path())).get_sheet_by_index(0)
        return sheet.to_python()[1:]
    with csv_path().open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1:]


def insert(rows: list[list[object]], name: str) -> None:
    path = FOLDER / name
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    connection.execute(f"CREATE TABLE honorees (id INTEGER PRIMARY KEY, {COLUMNS})")
    with connection:
        connection.executemany(f"INSERT INTO honorees ({COLUMNS}) VALUES "
                               f"({', '.join('?' * 10)})", rows)
    connection.close()


def one(kind: str) -> tuple[float, float]:
    """(wall, CPU) seconds of reading and inserting one format."""
    xlsx_path(), csv_path()  # made before the clock starts
    started, cpu = time.perf_counter(), time.process_time()
    insert(read(kind), f"baseline-{kind}.sqlite3")
    return time.perf_counter() - started, time.process_time() - cpu


if __name__ == "__main__":
    timings = [one(f) for f in sys.argv[1:] or ["xlsx", "csv"]]
    print(json.dumps({"seconds": sum(wall for wall, _ in timings),
                      "cpu_seconds": sum(cpu for _, cpu in timings)}))
