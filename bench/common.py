"""Where the benchmarks keep their prepared registries."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

FOLDER = Path(os.environ.get("CEREMONY_BENCH_DIR", Path(tempfile.gettempdir()) / "ceremony-bench"))
SAMPLE_DB = FOLDER / "sample.sqlite3"


def large_db(size: int) -> Path:
    return FOLDER / f"awards-{size}.sqlite3"


def report_and_exit() -> None:
    """Print the seconds since the harness spawned us, then leave without teardown.

    Interpreter teardown is not something a user waits for, and differs between
    the two sides only by how many modules each has loaded.
    """
    import json
    import sys
    import time

    spawned = float(os.environ["CEREMONY_BENCH_SPAWNED"])
    print(json.dumps({"seconds": time.time() - spawned}))
    sys.stdout.flush()
    os._exit(0)


# What a clerk types into the search box, one keystroke at a time.
KEYSTROKES = ["n", "ng", "ngu", "nguy", "nguye", "nguyen", "nguyen ", "nguyen v", "nguyen va",
              "nguyen van", "nguyen van h", "nguyen van hu", "nguyen van hun", "nguyen van hung"]
