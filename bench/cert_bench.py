"""Shared by the certificate benchmarks: the prepared registry and the two loops.

`ours` reads the awards from the registry and renders them with the app's batch
code (template, fitting, preflight, form XObject); `bare` draws the same strings
with the same fonts and the same decoration form in a plain ReportLab loop, the
strings handed to it ready-made. Both time only their work, not interpreter start
or imports, and print {"seconds": …, "peak_rss_mb": …} as their last line.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

from common import FOLDER

TEMPLATE = "bang-khen"


def registry_path(size: int) -> Path:
    return FOLDER / f"certificates-{size}.sqlite3"


def strings_path(size: int) -> Path:
    return FOLDER / f"certificates-{size}.json"


def prepare(size: int) -> None:
    """A registry with *size* Bằng khen awards (with decision, unit, citation)."""
    if registry_path(size).exists() and strings_path(size).exists():
        return
    import random

    from make_registry import FAMILY, GIVEN, MIDDLE
    from sqlalchemy import insert

    from ceremony.printing.template import load_template
    from ceremony.printing.variables import variables
    from ceremony.services.ceremonies import add_ceremony
    from ceremony.services.certificates import CertificateSelection, certificate_records
    from ceremony.services.lookup import (
        authority_named,
        award_type_named,
        decision_numbered,
        unit_named,
    )
    from ceremony.services.naming import stored_name
    from ceremony.store.models import Award, Honoree
    from ceremony.store.registry import open_registry

    FOLDER.mkdir(parents=True, exist_ok=True)
    registry_path(size).unlink(missing_ok=True)
    registry = open_registry(registry_path(size))
    ceremony = add_ceremony(registry, "Benchmark", date(2024, 2, 23), place_name="Cao Bằng")
    chance = random.Random(4)
    with registry.transaction() as session:
        authority = authority_named(session, "Chủ tịch UBND tỉnh Cao Bằng",
                                    title_line="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
                                    signer_title="Chủ tịch", signer_name="Hoàng Đức Thịnh",
                                    place_name="Cao Bằng")
        award_type = award_type_named(
            session, authority, "Bằng khen", category="certificate_of_merit",
            default_citation="Đã có thành tích xuất sắc trong thực hiện “Ngày Biên phòng "
            "toàn dân” giai đoạn 2019 - 2024")
        decision = decision_numbered(session, authority, "215/QĐ-UBND", date(2024, 2, 14))
        units = [unit_named(session, f"Đồn Biên phòng số {n}, Bộ đội Biên phòng tỉnh Cao Bằng")
                 for n in range(1, 41)]
        honorees, awards = [], []
        for number in range(1, size + 1):
            typed = f"{chance.choice(FAMILY)} {chance.choice(MIDDLE)} {chance.choice(GIVEN)}"
            name = stored_name(typed, "individual")
            honorees.append({
                "id": number, "kind": "individual", "name": name.name, "name_as_typed": typed,
                "family_name": name.family, "middle_name": name.middle,
                "given_name": name.given, "search_key": name.search_key,
                "duplicate_key": name.duplicate_key, "sort_key": name.sort_key,
                "gender": chance.choice(("male", "female")), "rank": "Thiếu tá",
                "position": "Đội trưởng Đội Vận động quần chúng", "ethnicity": "",
                "notes": "", "version": 1, "unit_id": chance.choice(units).id,  # type: ignore[union-attr]
            })
            awards.append({
                "honoree_id": number, "award_type_id": award_type.id,
                "decision_id": decision.id, "ceremony_id": ceremony.id,
                "citation": award_type.default_citation, "posthumous": False,
                "register_no": "", "status": "approved", "print_count": 0,
                "list_position": number, "version": 1,
            })
        session.execute(insert(Honoree), honorees)
        session.execute(insert(Award), awards)
    template = load_template(TEMPLATE)
    records = certificate_records(registry, CertificateSelection(ceremony_id=ceremony.id))
    pages = [variables(r, "vi", template.prefixes) for r in records]
    strings_path(size).write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    registry.close()


def ours(size: int) -> None:
    prepare(size)
    import jsonschema  # noqa: F401  (imports are outside the timed part on both sides)

    from ceremony.printing.batch import BatchRequest, run_batch
    from ceremony.services.certificates import CertificateSelection
    from ceremony.store.registry import open_registry

    started = time.perf_counter()
    registry = open_registry(registry_path(size))
    out = FOLDER / f"ours-{size}.pdf"
    result = run_batch(registry, BatchRequest(CertificateSelection(ceremony_id=1), out,
                                              template=TEMPLATE))
    assert result.pages == size
    report(time.perf_counter() - started)


def bare(size: int) -> None:
    prepare(size)
    import io

    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from ceremony.printing.artwork import draw_shapes
    from ceremony.printing.fonts import FACES, register_fonts
    from ceremony.printing.template import load_template

    started = time.perf_counter()
    pages = json.loads(strings_path(size).read_text(encoding="utf-8"))
    register_fonts()
    template = load_template(TEMPLATE)
    height = template.height_mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(template.width_mm * mm, height * mm))
    canvas.beginForm("bg")
    draw_shapes(canvas, template)
    for field in template.fields:
        if field.text:
            canvas.setFont(FACES[field.font], field.size)
            canvas.drawCentredString((field.x + field.w / 2) * mm,
                                     (height - field.y - field.h * 0.7) * mm, field.text)
    canvas.endForm()
    variable = [f for f in template.fields if f.variable]
    for values in pages:
        canvas.doForm("bg")
        for field in variable:
            text = values[field.variable or ""]
            if not text:
                continue
            canvas.setFont(FACES[field.font], field.size * 0.9)
            canvas.setFillColor(HexColor(field.colour))
            canvas.drawCentredString((field.x + field.w / 2) * mm,
                                     (height - field.y - field.h * 0.7) * mm, text)
        canvas.showPage()
    canvas.save()
    (FOLDER / f"bare-{size}.pdf").write_bytes(buffer.getvalue())
    report(time.perf_counter() - started)


def report(seconds: float) -> None:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak_mb}))
    sys.stdout.flush()
