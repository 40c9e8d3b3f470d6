"""Run the frozen app as a user would, with no Python around it, and check what it writes.

    .venv/bin/python packaging/check_bundle.py dist/ceremony/ceremony

Every run of the frozen app gets its own empty home and data folders, so it starts as on
a new PC (the registry is created in the data folder). Checks:
- `ceremony --version` prints the version the source declares, and `--help` lists every
  command (they are found by listing a package, which a frozen app must still allow);
- `ceremony demo --out DIR` writes every PDF, with the sample's names exact (diacritics
  and all), the right page counts, every drawn glyph in an embedded font, and the same
  pages and text as the demo run from source;
- `import --dry-run` reads real annexes (xlsx, xls, ods, csv, TCVN3) as the source does;
- the desktop app starts offscreen, creates the registry in the data folder and logs no
  error;
- with --pg URL, the demo also runs on a PostgreSQL database of its own (psycopg inside
  the bundle).
Exits 1 with the failures listed, 0 when all pass.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "ceremony_vi.json"
DEMO_FILES = ("danh-sach.pdf", "bang-khen.pdf", "ky-niem-chuong.pdf", "hieu-chinh-may-in.pdf",
              "chuong-trinh.pdf", "kich-ban.pdf", "so-do-san-khau.pdf", "thu-tu-khay.pdf",
              "the-ten.pdf")
# What the papers printed on pre-printed blanks are checked against, by award type.
CERTIFICATES = {"bang-khen.pdf": ("bk_btl_bdbp", "bk_ct_ubnd_cao_bang"),
                "ky-niem-chuong.pdf": ("knc_vi_chu_quyen_bien_gioi",)}
# Real annexes in every format the importer reads (each reader is a separate library).
ANNEXES = ROOT / "tests" / "importing" / "fixtures"
ANNEX_FILES = ("annex.xlsx", "annex.xls", "annex.ods", "annex_cp1258.csv", "tcvn3.xlsx")

failures: list[str] = []
passes: list[str] = []


def check(condition: bool, message: str) -> bool:
    print(("  ok   " if condition else "  FAIL ") + message)
    (passes if condition else failures).append(message)
    return condition


def fresh_environment(home: Path, **extra: str) -> dict[str, str]:
    """A new user's environment: empty home and data folders, no registry named."""
    unset = ("CEREMONY_DB", "CEREMONY_LANG", "CEREMONY_RESOURCES", "PYTHONPATH", "LC_ALL",
             "LC_MESSAGES", "LANGUAGE")
    env = {key: value for key, value in os.environ.items() if key not in unset}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def run(command: list[str], env: dict[str, str],
        timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def unembedded_fonts_with_glyphs(path: Path) -> set[str]:
    """Fonts that draw at least one visible character but are not embedded.

    ReportLab names Helvetica in every page's resources as its initial font even when no
    text uses it; pdffonts lists that as not embedded, so what is drawn is what counts.
    """
    from pypdf import PdfReader

    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    unembedded = {line.split()[0] for line in listing if line.split()[-5] != "yes"}
    if not unembedded:
        return set()
    drawn: set[str] = set()

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        if text.strip() and isinstance(font, dict):
            drawn.add(str(font.get("/BaseFont", "")).lstrip("/"))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return drawn & unembedded


def expected_names() -> dict[str, list[str]]:
    """The sample's honoree names by award type, in canonical (NFC) form."""
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    names: dict[str, list[str]] = {}
    for award in sample["awards"]:
        name = " ".join(unicodedata.normalize("NFC", award["name"]).split())
        names.setdefault(award["award_type"], []).append(name)
    return names


def honoree_on(page: str, names: list[str]) -> str | None:
    """The name a certificate page is made out to: the first of *names* on it (a person's
    unit, printed after the name, may itself be a collective honoree)."""
    present = [name for name in names if name in page]
    return min(present, key=page.index) if present else None


def check_version(app: Path, home: Path) -> None:
    print("== --version")
    from importlib.metadata import version

    import ceremony

    done = run([str(app), "--version"], fresh_environment(home))
    shown = done.stdout.strip()
    check(done.returncode == 0 and shown == f"ceremony {ceremony.__version__}",
          f"--version prints {shown!r} (source says {ceremony.__version__})")
    check(version("ceremony") == ceremony.__version__,
          f"installed metadata {version('ceremony')} matches ceremony.__version__")


def check_commands(app: Path, home: Path) -> None:
    """The command modules are found by listing a package: all must be inside the bundle."""
    source_app = Path(sys.executable).parent / "ceremony"
    frozen = run([str(app), "--help"], fresh_environment(home)).stdout
    source = run([str(source_app), "--help"], fresh_environment(home)).stdout
    check(frozen == source and "demo" in frozen, "--help lists the same commands as from source")


def check_imports(app: Path, home: Path) -> None:
    """Each list format read by the frozen importer gives what the source gives."""
    print("== import --dry-run of real annexes")
    source_app = Path(sys.executable).parent / "ceremony"
    for name in ANNEX_FILES:
        results = []
        for program in (app, source_app):
            done = run([str(program), "--lang", "vi", "--json", "import", str(ANNEXES / name),
                        "--ceremony", "1", "--award", "Bằng khen của Chủ tịch UBND tỉnh",
                        "--authority", "Chủ tịch UBND tỉnh Cao Bằng", "--dry-run"],
                       fresh_environment(home))  # the demo's registry: ceremony 1
            results.append((done.returncode, done.stdout))
        imported = len(json.loads(results[0][1] or "{}").get("imported", []))
        check(results[0] == results[1] and imported > 0,
              f"{name}: {imported} honorees, the same as from source")


def check_demo(app: Path, home: Path, reference: dict[str, list[str]]) -> None:
    print("== demo --out DIR (registry in a new user's data folder)")
    out = home / "demo"
    started = time.monotonic()
    done = run([str(app), "--lang", "vi", "demo", "--out", str(out)], fresh_environment(home))
    check(done.returncode == 0, f"demo exits 0 in {time.monotonic() - started:.1f} s "
          f"{done.stderr.strip()[-400:]}")
    check((home / "data" / "Ceremony" / "registry.sqlite3").is_file(),
          "the registry was created in the data folder (data/Ceremony/registry.sqlite3)")
    check_demo_files(out, reference)


def check_demo_files(out: Path, reference: dict[str, list[str]]) -> None:
    names = expected_names()
    everyone = [name for group in names.values() for name in group]
    for file_name in DEMO_FILES:
        path = out / file_name
        if not check(path.is_file(), f"{file_name} written"):
            continue
        pages = pdf_pages(path)
        check(pages == reference[file_name],
              f"{file_name}: {len(pages)} pages, text identical to the run from source")
        bad_fonts = unembedded_fonts_with_glyphs(path)
        check(not bad_fonts, f"{file_name}: every glyph in an embedded font {sorted(bad_fonts)}")
        if file_name in CERTIFICATES:
            wanted = [n for kind in CERTIFICATES[file_name] for n in names[kind]]
            found = [honoree_on(page, wanted) for page in pages]
            check(len(pages) == len(wanted) and Counter(found) == Counter(wanted),
                  f"{file_name}: one page per honoree, {len(wanted)} names exact")
    roster = " ".join(pdf_pages(out / "danh-sach.pdf")) if (out / "danh-sach.pdf").is_file() else ""
    missing = [name for name in everyone if name not in roster]
    check(not missing, f"danh-sach.pdf lists all {len(everyone)} names exactly {missing[:3]}")


def reference_demo(work: Path) -> dict[str, list[str]]:
    """The same demo run from source, to compare the frozen app's pages with."""
    home = work / "reference"
    source_app = Path(sys.executable).parent / "ceremony"
    done = run([str(source_app), "--lang", "vi", "demo", "--out", str(home / "demo")],
               fresh_environment(home))
    if done.returncode != 0:
        raise SystemExit(f"the demo from source failed: {done.stderr}")
    return {name: pdf_pages(home / "demo" / name) for name in DEMO_FILES}


def check_gui(app: Path, home: Path) -> None:
    print("== the desktop app starts (offscreen) on a new PC")
    registry = home / "data" / "Ceremony" / "registry.sqlite3"
    env = fresh_environment(home, LANG="C.UTF-8", LC_MESSAGES="vi_VN.UTF-8")
    process = subprocess.Popen([str(app)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not registry.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.0)  # let the window settle on the welcome question
    still_running = process.poll() is None
    process.terminate()
    _out, errors = process.communicate(timeout=30)
    check(still_running, "the app is running, waiting on the user")
    check(registry.exists(), "it created the registry in the data folder")
    problems = [line for line in errors.splitlines()
                if re.search(r"Traceback|Error|Could not|Cannot|not found", line)]
    check(not problems, f"no errors on stderr {problems[:3]}")


def check_postgres(app: Path, home: Path, url: str, reference: dict[str, list[str]]) -> None:
    print("== demo on PostgreSQL (psycopg inside the bundle)")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    base = make_url(url)
    name = f"{base.database}_bundle_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
    try:
        target = base.set(database=name).render_as_string(hide_password=False)
        out = home / "demo-pg"
        done = run([str(app), "--lang", "vi", "--db", target, "demo", "--out", str(out)],
                   fresh_environment(home))
        check(done.returncode == 0, f"demo on PostgreSQL exits 0 {done.stderr.strip()[-400:]}")
        if done.returncode == 0:
            for file_name in ("danh-sach.pdf", "bang-khen.pdf"):
                check(pdf_pages(out / file_name) == reference[file_name],
                      f"{file_name} from PostgreSQL matches the run from source")
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path, help="the frozen executable, dist/ceremony/ceremony")
    parser.add_argument("--pg", help="a PostgreSQL URL whose role may create databases")
    args = parser.parse_args()
    app = args.app.resolve()
    with tempfile.TemporaryDirectory(prefix="ceremony-bundle-") as folder:
        work = Path(folder)
        reference = reference_demo(work)
        steps: list[Callable[[], None]] = [
            lambda: check_version(app, work / "version"),
            lambda: check_commands(app, work / "commands"),
            lambda: check_demo(app, work / "demo", reference),
            lambda: check_imports(app, work / "demo"),
            lambda: check_gui(app, work / "gui"),
        ]
        if args.pg:
            steps.append(lambda: check_postgres(app, work / "pg", args.pg, reference))
        for step in steps:
            step()
    # Worded unlike a test runner's summary, so CI's count stays pytest's.
    print(f"frozen app checks: {len(passes)} of {len(passes) + len(failures)} succeeded")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
