"""Run a benchmark side by side with its bare baseline and print the ratio.

The machine is shared and noisy, so absolute times mean little: each pair runs
alternately in fresh processes, several times, and only the ratio of medians
is reported. Usage: python bench/harness.py [startup|ready|load|import-csv|…|all] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Benchmark:
    name: str
    ours: str
    baseline: str
    goal: float
    # "wall": the whole process, from exec to exit; "reported": the script times
    # its own critical section (from spawn, for start-up) and prints
    # {"seconds": …} as its last line.
    metric: str = "wall"
    prepare: str | None = None
    args: tuple[str, ...] = ()  # passed to both scripts
    requires: str | None = None  # a program the baseline runs: skipped when it is missing


BENCHMARKS = {
    "startup": Benchmark(
        "cold start to the first shown window",
        "startup_ceremony.py",
        "startup_baseline.py",
        goal=1.2,
        metric="reported",
        prepare="make_registry.py --sample",
    ),
    "ready": Benchmark(
        "cold start until the sample ceremony's awards are shown",
        "ready_ceremony.py",
        "ready_baseline.py",
        goal=1.5,
        metric="reported",
        prepare="make_registry.py --sample",
    ),
    "search": Benchmark(
        "search keystroke over 100,000 honorees (vs bare SQLite FTS5)",
        "search_ceremony.py",
        "search_baseline.py",
        goal=10.0,
        metric="reported",
        prepare="make_registry.py --size 100000",
    ),
    "sort": Benchmark(
        "Vietnamese-order sort of 100,000 honorees (vs PyICU keys)",
        "sort_ceremony.py",
        "sort_baseline.py",
        goal=1.5,
        metric="reported",
        prepare="make_registry.py --size 100000",
    ),
    # The import scripts make the 50,000-row xlsx and csv on the warm-up run.
    "import": Benchmark(
        "import a 50,000-row list (xlsx + csv) vs calamine/csv.reader + sqlite3.executemany",
        "import_ceremony.py",
        "import_baseline.py",
        goal=2.5,
        metric="reported",
    ),
    "import-xlsx": Benchmark(
        "import a 50,000-row xlsx vs python-calamine + sqlite3.executemany",
        "import_ceremony.py",
        "import_baseline.py",
        goal=2.5,
        metric="reported",
        args=("xlsx",),
    ),
    "import-csv": Benchmark(
        "import a 50,000-row csv vs csv.reader + sqlite3.executemany",
        "import_ceremony.py",
        "import_baseline.py",
        goal=2.5,
        metric="reported",
        args=("csv",),
    ),
    # Storing the rows alone, in the registry's two tables stripped of every index and
    # with foreign keys off, against the baseline: the least any importer costs.
    "import-floor-xlsx": Benchmark(
        "raw inserts into the bare registry tables vs calamine + executemany (one table)",
        "import_floor_bare.py",
        "import_baseline.py",
        goal=2.5,
        metric="reported",
        args=("xlsx",),
    ),
    "import-floor-csv": Benchmark(
        "raw inserts into the bare registry tables vs csv.reader + executemany (one table)",
        "import_floor_bare.py",
        "import_baseline.py",
        goal=2.5,
        metric="reported",
        args=("csv",),
    ),
    # The same import against its floor on the registry's own schema (import_floor.py):
    # how much of it is Python, beyond what two tables and eleven indexes cost SQLite.
    "import-schema-xlsx": Benchmark(
        "import a 50,000-row xlsx vs calamine + executemany into the registry's tables",
        "import_ceremony.py",
        "import_floor.py",
        goal=1.5,
        metric="reported",
        args=("xlsx",),
    ),
    "import-schema-csv": Benchmark(
        "import a 50,000-row csv vs csv.reader + executemany into the registry's tables",
        "import_ceremony.py",
        "import_floor.py",
        goal=1.5,
        metric="reported",
        args=("csv",),
    ),
    "load": Benchmark(
        "load 100,000 awards into the table",
        "load_ceremony.py",
        "load_baseline.py",
        goal=1.5,
        metric="reported",
        prepare="make_registry.py --size 100000",
    ),
    # The certificate scripts prepare their own registry on the warm-up run; peak
    # memory of the 10,000 batch is compared by bench/cert_memory.py.
    "order": Benchmark(
        "running order + MC script, 1,000 honorees (vs a bare ReportLab LongTable)",
        "order_ceremony.py",
        "order_baseline.py",
        goal=1.5,
        metric="reported",
    ),
    "certificates": Benchmark(
        "1,000 Bằng khen from the registry into one PDF vs a bare ReportLab loop",
        "cert_ours_1k.py",
        "cert_bare_1k.py",
        goal=1.3,
        metric="reported",
    ),
    "certificates-10k": Benchmark(
        "10,000 Bằng khen from the registry into one PDF vs a bare ReportLab loop",
        "cert_ours_10k.py",
        "cert_bare_10k.py",
        goal=1.3,
        metric="reported",
    ),
    # Against what clerks use today; needs LibreOffice (apt-get install
    # libreoffice-writer-nogui). Goal: at least 4 times faster, so a ratio of at most 0.25.
    "certificates-libreoffice": Benchmark(
        "1,000 Bằng khen: `ceremony certificates` vs soffice --convert-to pdf of the same",
        "cert_libreoffice_ours.py",
        "cert_libreoffice_soffice.py",
        goal=0.25,
        metric="reported",
        requires="soffice",
    ),
}


def run_once(script: str, metric: str, args: tuple[str, ...] = (), cpu: bool = False) -> float:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "CEREMONY_BENCH_SPAWNED": repr(time.time())}
    # An installed or bundled app starts from compiled bytecode; a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every run recompile every module instead
    # (~0.13 s), measuring the developer's setup rather than the app. Both sides of a
    # benchmark run alike, the warm-up run writes the .pyc files.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True,
                          text=True, env=environment, check=True)
    elapsed = time.perf_counter() - started
    if metric == "wall":
        return elapsed
    reported = json.loads(done.stdout.strip().splitlines()[-1])
    return float(reported["cpu_seconds" if cpu and "cpu_seconds" in reported else "seconds"])


def measure(benchmark: Benchmark, runs: int, cpu: bool = False) -> dict[str, float]:
    if benchmark.prepare:
        subprocess.run([sys.executable, str(HERE / "make_registry.py"),
                        *benchmark.prepare.split()[1:]], check=True)
    # One warm-up of each so .pyc files and the page cache are in the same state.
    run_once(benchmark.ours, benchmark.metric, benchmark.args)
    run_once(benchmark.baseline, benchmark.metric, benchmark.args)
    ours, baseline = [], []
    for _ in range(runs):
        ours.append(run_once(benchmark.ours, benchmark.metric, benchmark.args, cpu))
        baseline.append(run_once(benchmark.baseline, benchmark.metric, benchmark.args, cpu))
    ours_median, baseline_median = statistics.median(ours), statistics.median(baseline)
    return {"ours_s": ours_median, "baseline_s": baseline_median,
            "ratio": ours_median / baseline_median, "goal": benchmark.goal}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("which", nargs="?", default="all", choices=[*BENCHMARKS, "all"])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cpu", action="store_true",
                        help="compare the CPU seconds the scripts report, where they do "
                             "(the import ones): steadier than wall time on a busy machine")
    args = parser.parse_args()
    chosen = BENCHMARKS if args.which == "all" else {args.which: BENCHMARKS[args.which]}
    for key, benchmark in chosen.items():
        if benchmark.requires and shutil.which(benchmark.requires) is None:
            print(f"{key:8} skipped: {benchmark.requires} is not installed ({benchmark.name})")
            continue
        result = measure(benchmark, args.runs, args.cpu)
        verdict = "ok" if result["ratio"] <= result["goal"] else "OVER GOAL"
        print(f"{key:8} {benchmark.name}: ours {result['ours_s']:.3f} s, baseline "
              f"{result['baseline_s']:.3f} s, ratio {result['ratio']:.2f}× "
              f"(goal ≤ {result['goal']}×, {verdict}; median of {args.runs}"
              f"{', CPU time' if args.cpu else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
