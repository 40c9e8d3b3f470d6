"""Where `ceremony certificates` spends its time: 1,000 Bằng khen from the registry
(cert_bench.py prepares it), timed phase by phase in one process, with the time the
garbage collector ran. Not a ratio: a map of the start-up the LibreOffice comparison
(harness.py certificates-libreoffice) is most sensitive to.
Usage: python bench/cli_phases.py [--runs N]   (prints the fastest run's phases)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Run in a fresh interpreter: imports are timed in the order the command makes them.
_PHASES = r'''
import gc, json, sys, time
started = time.perf_counter()
collector = [0.0, 0.0]
def watch(phase, _info):
    if phase == "start":
        collector[1] = time.perf_counter()
    else:
        collector[0] += time.perf_counter() - collector[1]
gc.callbacks.append(watch)
marks = []
def mark(label):
    marks.append((label, time.perf_counter()))
# As the command runs: the collector paused until the registry is opened (cli/collector.py).
from ceremony.cli.collector import paused_for_startup
with paused_for_startup():
    import sqlalchemy, sqlalchemy.orm; mark("SQLAlchemy and its ORM")
    import ceremony.store.models; mark("the registry's models")
    import reportlab.pdfgen.canvas; mark("ReportLab")
    import ceremony.printing.batch, ceremony.cli.commands.certificates; mark("our printing modules")
    import ceremony.printing.render as render
    save = render.Canvas.save
    def timed_save(canvas):
        mark("registry, query, page texts, drawing"); save(canvas); mark("PDF serialisation")
    render.Canvas.save = timed_save
    from ceremony.launcher import main
    main(sys.argv[1:]); mark("writing the file")
previous, phases = started, {}
for label, at in marks:
    phases[label], previous = round(1000 * (at - previous)), at
phases["collector (within the above)"] = round(1000 * collector[0])
print(json.dumps(phases))
'''


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    sys.path.insert(0, str(HERE))
    from cert_bench import TEMPLATE, prepare, registry_path

    from common import FOLDER

    prepare(1000)
    command = [sys.executable, "-c", _PHASES, "--db", str(registry_path(1000)),
               "certificates", "--ceremony", "1", "--template", TEMPLATE,
               "--out", str(FOLDER / "phases-1000.pdf")]
    results = [json.loads(subprocess.run(command, capture_output=True, text=True,
                                         check=True, cwd=HERE.parent).stdout.splitlines()[-1])
               for _ in range(runs)]
    fastest = min(results, key=lambda phases: sum(v for k, v in phases.items()
                                                  if not k.startswith("collector")))
    for label, ms in fastest.items():
        print(f"{label:40} {ms:5d} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
