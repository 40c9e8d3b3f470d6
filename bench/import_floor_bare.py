"""import_floor.py with the registry's two tables bare: every index dropped, foreign
keys off. Prints {"seconds": …, "cpu_seconds": …}. The harness compares it with the
issue's baseline (import_baseline.py): no importer can beat what storing the rows
in those tables costs with nothing else at all."""

import json
import sys

from import_floor import one

if __name__ == "__main__":
    timings = [one(kind, bare_tables=True) for kind in sys.argv[1:] or ["xlsx", "csv"]]
    print(json.dumps({"seconds": sum(wall for wall, _ in timings),
                      "cpu_seconds": sum(cpu for _, cpu in timings)}))
