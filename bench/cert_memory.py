"""Peak memory of 10,000 certificates in one PDF: ours against the bare loop.

The harness compares times only; this runs the same two scripts alternately in
fresh processes and compares their peak RSS (goal ≤ 2×).
Usage: python bench/cert_memory.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOAL = 2.0


def peak_mb(script: str) -> float:
    done = subprocess.run([sys.executable, str(HERE / script)], capture_output=True, text=True,
                          check=True)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["peak_rss_mb"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    peak_mb("cert_ours_10k.py")  # prepares the registry on first use
    ours = [peak_mb("cert_ours_10k.py") for _ in range(runs)]
    bare = [peak_mb("cert_bare_10k.py") for _ in range(runs)]
    ratio = statistics.median(ours) / statistics.median(bare)
    verdict = "ok" if ratio <= GOAL else "OVER GOAL"
    print(f"memory   10,000 certificates, peak RSS: ours {statistics.median(ours):.0f} MB, "
          f"bare loop {statistics.median(bare):.0f} MB, ratio {ratio:.2f}× "
          f"(goal ≤ {GOAL}×, {verdict}; median of {runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
