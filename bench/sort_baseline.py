"""Baseline: sort the same 100,000 names by PyICU "vi" keys (given, middle, family)."""

import json
import sqlite3
import time

import icu

from common import large_db

collator = icu.Collator.createInstance(icu.Locale("vi"))
names = [row[0] for row in sqlite3.connect(large_db(100_000)).execute(
    "SELECT name FROM honorees")]


def key(name: str) -> tuple[bytes, bytes, bytes]:
    words = name.split()
    return (collator.getSortKey(words[-1]), collator.getSortKey(" ".join(words[1:-1])),
            collator.getSortKey(words[0]))


started = time.perf_counter()
ordered = sorted(names, key=key)
print(json.dumps({"seconds": time.perf_counter() - started}))
