"""Where the benchmarks keep their prepared registries."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

FOLDER = Path(os.environ.get("CEREMONY_BENCH_DIR", Path(tempfile.gettempdir()) / "ceremony-bench"))
SAMPLE_DB = FOLDER / "sample.sqlite3"


def large_db(size: int) -> Path:
    return FOLDER / f"awards-{size}.sqlite3"
