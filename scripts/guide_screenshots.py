"""Regenerate the user guide's pictures (docs/guide/*.png) from the real app.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/guide_screenshots.py

For each language it starts from an empty registry, as on a clerk's first day, and goes
through the guide's steps with the real windows: the welcome question (answered "Load
sample"), the File menu, the import wizard on a real annex, the import batches and
templates pages, a printer profile with the calibration box, the print dialog (full
design and pre-printed blanks), the planned running order, a check-in, the projector and
the settings. It also renders the calibration sheet itself, and opens the template
designer with a (synthetic) scan of a blank under the fields. Each picture is a grab() of
the widget, so it shows exactly what the app shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget, QWizard

from ceremony.printing.template import Template
from ceremony.services.certificates import CertificateRecord
from ceremony.store.registry import Registry, open_registry
from ceremony.ui import main_window as shell
from ceremony.ui.main_window import MainWindow
from ceremony.ui.translations import install_translations

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "guide"
ANNEX = ROOT / "tests" / "importing" / "fixtures" / "annex.xlsx"
# Where the annex is put for the wizard, so the pictures show a name a clerk would see.
WORK = Path(tempfile.gettempdir()) / "ceremony-guide"
ANNEX_AWARD = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"
ANNEX_AUTHORITY = "Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"
PROFILE_NAMES = {"vi": "Máy in phòng văn thư — khay 2", "en": "Office printer — tray 2"}
SCAN_TILT_DEG, SCAN_SHIFT_MM = 0.4, (1.5, -1.0)  # how crooked the synthetic scan lies


def settle(until: Callable[[], bool] = lambda: True, timeout: float = 30.0) -> None:
    """Let Qt work (worker threads, timers, layouts) until *until* holds."""
    deadline = time.monotonic() + timeout
    while True:
        QApplication.processEvents()
        if until():
            break
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        time.sleep(0.02)
    QApplication.processEvents()


def rendered(widget: QWidget, seconds: float = 1.5) -> None:
    """QPdfView draws its pages on a thread pool after the document is ready: give it time
    rather than photograph an empty page."""
    deadline = time.monotonic() + seconds
    settle(lambda: time.monotonic() > deadline, timeout=seconds + 5)


def save(widget: QWidget, name: str, language: str) -> None:
    settle()
    target = OUT / f"{name}-{language}.png"
    widget.grab().save(str(target))
    print(f"wrote {target.relative_to(ROOT)}")


def welcome_and_sample(window: MainWindow, language: str) -> None:
    """The first-start question, grabbed while it waits, then answered "Load sample"."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        save(box, "welcome", language)
        box.buttons()[0].click()

    QTimer.singleShot(0, answer)
    if not window.offer_sample():
        raise RuntimeError("the empty registry was not offered the sample")


def file_menu(window: MainWindow, language: str) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    menu.popup(window.mapToGlobal(QPoint(0, 0)))
    save(menu, "file-menu", language)
    menu.hide()


def import_wizard(window: MainWindow, registry: Registry, language: str) -> None:
    from ceremony.ui.import_wizard import ImportWizard

    wizard = ImportWizard(registry, window.ceremony_page.selected_ceremony_id(), window)
    wizard.show()
    page = wizard.source_page
    annex = WORK / "DS kèm QĐ 256-QĐ-UBND.xlsx"
    shutil.copyfile(ANNEX, annex)
    page.set_files([annex])
    page.sheet.setCurrentIndex(page.sheet.findText("Danh sách"))
    awards = [page.award.itemData(row) for row in range(page.award.count())]
    page.award.setCurrentIndex(awards.index((ANNEX_AWARD, ANNEX_AUTHORITY)))
    page.decision.setText("256/QĐ-UBND")
    for number, name in enumerate(("source", "sheet", "columns", "check", "import"), 1):
        if number > 1:
            wizard.next()
        save(wizard, f"import-{number}-{name}", language)
    wizard.button(QWizard.WizardButton.FinishButton).click()  # the honorees are stored
    if not wizard.state.committed:
        raise RuntimeError("the annex was not imported")
    window.refresh()


def blank_scan(template: Template, record: CertificateRecord, folder: Path) -> Path:
    """A plausible scan of an empty blank: what is pre-printed on it (border, emblem, the
    national motto, the authority, the title), on cream paper, tilted 0.4° and shifted a
    little, as a flatbed scanner gives it. Made here, never committed."""
    from dataclasses import replace

    from PIL import Image, ImageChops

    from ceremony.printing.render import render_certificates

    blank = replace(template, fields=tuple(f for f in template.fields if f.preprinted))
    pdf = folder / "blank.pdf"
    pdf.write_bytes(render_certificates(blank, [record]).pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf),
                    str(folder / "blank")], check=True)
    page = Image.open(folder / "blank.png").convert("RGB")
    per_mm = page.width / template.width_mm
    cream = (250, 243, 222)
    paper = ImageChops.multiply(page, Image.new("RGB", page.size, cream))
    tilted = paper.rotate(SCAN_TILT_DEG, resample=Image.Resampling.BICUBIC, fillcolor=cream)
    scan = Image.new("RGB", page.size, cream)
    scan.paste(tilted, (round(SCAN_SHIFT_MM[0] * per_mm), round(SCAN_SHIFT_MM[1] * per_mm)))
    target = folder / "phoi-bang-khen.png"
    scan.save(target)
    return target


def template_designer(window: MainWindow, language: str, folder: Path) -> None:
    """Templates ▸ Open in designer… on the Bằng khen, with the blank's scan lined up."""
    page = window.templates_page
    names = [page.model.record_at(row).name for row in range(page.model.rowCount())]
    page.table.selectRow(names.index("bang-khen"))
    designer = page.open_designer()
    assert designer is not None
    designer.resize(1280, 820)
    settle(lambda: not designer.preview.busy and designer.preview.rendered is not None)
    designer.scan.choose(blank_scan(designer.document.template(),
                                    designer.preview.current_record(), folder))
    bar = designer.scan.bar
    bar.opacity.setValue(60)
    # PIL turns anticlockwise, the designer clockwise: the same angle undoes the tilt.
    bar.rotation.setValue(SCAN_TILT_DEG)
    bar.offset_x.setValue(-SCAN_SHIFT_MM[0])
    bar.offset_y.setValue(-SCAN_SHIFT_MM[1])
    designer.set_stock(True)  # printing onto blanks: what is on the blank is dimmed
    designer.select_field("name")
    settle(lambda: designer.preview.busy)
    settle(lambda: not designer.preview.busy and designer.preview.rendered is not None)
    designer.view.fit_page()
    designer.view.setFocus()
    shown = time.monotonic() + 1.0  # the preview paints its page a moment after rendering
    settle(lambda: time.monotonic() > shown)
    save(designer, "designer", language)
    designer.undo_stack.setClean()
    designer.close()


def printer_profile(window: MainWindow, registry: Registry, language: str) -> None:
    from ceremony.ui.printing.profiles_dialog import PrinterProfilesDialog

    dialog = PrinterProfilesDialog(registry, window)
    dialog.show()
    dialog.name.setText(PROFILE_NAMES[language])
    dialog.tray.setText("2")
    dialog.offset_x.setValue(-3.0)
    dialog.offset_y.setValue(1.5)
    dialog.save_button.click()
    save(dialog, "printer-profiles", language)
    dialog.done(0)


def print_dialog(window: MainWindow, registry: Registry, language: str) -> None:
    from ceremony.ui.printing.print_dialog import PrintDialog

    dialog = PrintDialog(registry, window.ceremony_page.selected_ceremony_id(), None, window)
    dialog.show()

    def ready() -> bool:
        return not dialog.busy and dialog.preview_panel.preview is not None

    settle(ready)
    rendered(dialog)
    save(dialog, "print-dialog", language)
    dialog.choices.stock.setChecked(True)
    dialog.choices.profile.setCurrentIndex(dialog.choices.profile.count() - 1)
    settle(lambda: dialog.busy or dialog.preview_panel.preview is None, timeout=5)
    settle(ready)
    rendered(dialog)
    save(dialog, "print-blanks", language)
    dialog.reject()


def running_order(window: MainWindow, language: str) -> None:
    window.show_page(shell.PROGRAMME_PAGE)
    page = window.programme_page
    settle(lambda: page.loaded)
    page.parts.replan.click()
    settle()
    save(window, "programme", language)
    plan = page.plan
    assert plan is not None
    first = plan.stage_order()[2]
    page.select_award(first)
    panel = page.check_in
    panel.attendance.setCurrentIndex(panel.attendance.count() - 1)
    panel.receiver_name.setText("Nông Thị Hoa")
    panel.receiver_title.setText("vợ" if language == "vi" else "his wife")
    save(window, "check-in", language)


def projector(window: MainWindow, registry: Registry, language: str) -> None:
    from ceremony.ui.programme.projector import open_projector

    ceremony_id = window.ceremony_page.selected_ceremony_id()
    assert ceremony_id is not None
    shown = open_projector(window, registry, ceremony_id)
    shown.resize(1024, 576)
    shown.advance()
    save(shown, "projector", language)
    shown.back()  # leave the ceremony "not started", as it was
    shown.close()


def settings(window: MainWindow, language: str) -> None:
    from ceremony.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    dialog.show()
    save(dialog, "settings", language)
    dialog.reject()


def calibration_sheet(language: str, folder: Path) -> None:
    """The sheet itself, as printed: rendered from its PDF at screen resolution."""
    from ceremony.printing.calibration import render_calibration

    pdf = folder / f"calibration-{language}.pdf"
    pdf.write_bytes(render_calibration(297, 210, language=language))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                    str(OUT / f"calibration-sheet-{language}")], check=True)
    print(f"wrote docs/guide/calibration-sheet-{language}.png")


def one_language(app: QApplication, language: str, folder: Path) -> None:
    install_translations(app, language)
    registry = open_registry(folder / f"registry-{language}.sqlite3")
    window = MainWindow(registry)
    window.resize(1280, 760)
    window.show()
    window.reload_ceremonies()
    welcome_and_sample(window, language)
    save(window, "main-window", language)
    file_menu(window, language)
    import_wizard(window, registry, language)
    window.show_page(shell.IMPORTS_PAGE)
    save(window, "import-batches", language)
    window.show_page(shell.TEMPLATES_PAGE)
    save(window, "templates", language)
    template_designer(window, language, folder)
    printer_profile(window, registry, language)
    print_dialog(window, registry, language)
    running_order(window, language)
    projector(window, registry, language)
    settings(window, language)
    calibration_sheet(language, folder)
    window.undo_stack.clear()  # no backup on the way out: nothing here is the user's
    window.close()
    registry.close()


def stop_on_unexpected_boxes() -> QTimer:
    """An error box no step answers would wait forever: print it and stop instead."""
    seen: dict[int, float] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        first = seen.setdefault(id(box), time.monotonic())
        if time.monotonic() - first > 5:
            print(f"stopped: the app asks “{box.text()}”", file=sys.stderr)
            os._exit(1)

    watchdog = QTimer()
    watchdog.timeout.connect(look)
    watchdog.start(500)
    return watchdog


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir()
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Ceremony")
    app.setApplicationName("Ceremony (guide screenshots)")  # never the user's settings
    watchdog = stop_on_unexpected_boxes()
    try:
        for language in ("vi", "en"):
            one_language(app, language, WORK)
    finally:
        watchdog.stop()
        shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
