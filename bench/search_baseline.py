"""Baseline: a bare SQLite FTS5 prefix query on folded names for the same keystrokes."""

import json
import sqlite3
import statistics
import time

from common import FOLDER, KEYSTROKES, large_db

index_file = FOLDER / "fts-100000.sqlite3"
if not index_file.exists():
    source = sqlite3.connect(large_db(100_000))
    names = source.execute("SELECT id, search_key FROM honorees").fetchall()
    target = sqlite3.connect(index_file)
    target.execute("CREATE VIRTUAL TABLE names USING fts5(folded, tokenize='unicode61')")
    target.executemany("INSERT INTO names (rowid, folded) VALUES (?, ?)", names)
    target.commit()
    target.close()
connection = sqlite3.connect(index_file)
timings = []
for typed in KEYSTROKES:
    query = " ".join(f'"{word}"*' for word in typed.split())
    started = time.perf_counter()
    rows = connection.execute("SELECT rowid FROM names WHERE names MATCH ?", (query,)).fetchall()
    timings.append(time.perf_counter() - started)
print(json.dumps({"seconds": statistics.median(timings), "last_rows": len(rows)}))
