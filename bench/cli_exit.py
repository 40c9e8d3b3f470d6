"""What ending a command at once saves (ceremony/cli/ending.py): `ceremony certificates`
writing 1,000 Bằng khen, run alternately as installed (`python -m ceremony`: the process
ends when the work is done) and through `launcher.main` with the interpreter's usual
teardown of every module and object. Whole processes, wall time, medians.
Usage: python bench/cli_exit.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from cert_bench import TEMPLATE, prepare, registry_path

from common import FOLDER

ROOT = Path(__file__).resolve().parent.parent
TORN_DOWN = "import sys; from ceremony.launcher import main; sys.exit(main())"


def command(size: int) -> list[str]:
    return ["--db", str(registry_path(size)), "certificates", "--ceremony", "1",
            "--template", TEMPLATE, "--out", str(FOLDER / f"exit-{size}.pdf")]


def timed(argv: list[str]) -> float:
    # As in harness.py: compiled bytecode and buffered streams, as an installed app has.
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")}
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, cwd=ROOT, env=environment)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    prepare(1000)
    ways = {"ends at once (python -m ceremony)": [sys.executable, "-m", "ceremony"],
            "usual teardown (launcher.main)": [sys.executable, "-c", TORN_DOWN]}
    times: dict[str, list[float]] = {name: [] for name in ways}
    for argv in ways.values():
        timed([*argv, *command(1000)])  # warm-up: bytecode written, files cached
    for _ in range(runs):
        for name, argv in ways.items():
            times[name].append(timed([*argv, *command(1000)]))
    for name, seconds in times.items():
        print(f"{name:38} {statistics.median(seconds):.3f} s (median of {runs})")


if __name__ == "__main__":
    main()
