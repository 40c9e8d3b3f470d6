"""Ours against what clerks use today: LibreOffice turning a 1,000-page document into PDF.

`office` times `soffice --headless --convert-to pdf` on an equivalent document
made once beforehand (not timed): a flat ODF text (.fodt) with one Bằng khen per
page, the same strings as the registry's certificates, Liberation Serif (which
LibreOffice ships), and the template's artwork as a page-sized background image
(a JPEG, like a scanned blank).
The text flows in paragraphs placed where the template's fields are: LibreOffice's
cheapest layout, so the comparison is as hard on us as it can fairly be.

`ours` times `ceremony certificates` printing the same 1,000 awards from the
registry into one PDF, as a clerk's command would: a whole process, from start
to exit, just as soffice is. Both print {"seconds": …} as their last line.
Usage through the harness: python bench/harness.py certificates-libreoffice
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from cert_bench import TEMPLATE, prepare, registry_path, report, strings_path

from common import FOLDER

ROOT = Path(__file__).resolve().parent.parent
PROFILE = FOLDER / "libreoffice-profile"  # its own, so a user's settings never interfere
SERIF = "Liberation Serif"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def document_path(size: int) -> Path:
    return FOLDER / f"certificates-{size}.fodt"


def ours(size: int) -> None:
    prepare(size)
    out = FOLDER / f"ours-cli-{size}.pdf"
    command = [sys.executable, "-m", "ceremony", "--db", str(registry_path(size)),
               "certificates", "--ceremony", "1", "--template", TEMPLATE, "--out", str(out)]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    _check_pages(out, size)
    report(seconds)


def office(size: int) -> None:
    program = soffice()
    if program is None:
        sys.exit("soffice is not installed: apt-get install libreoffice-writer-nogui")
    document = make_document(size)
    out_dir = FOLDER / "libreoffice-out"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{document.stem}.pdf"
    out.unlink(missing_ok=True)
    command = [program, f"-env:UserInstallation={PROFILE.as_uri()}", "--headless",
               "--norestore", "--convert-to", "pdf", "--outdir", str(out_dir), str(document)]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    _check_pages(out, size)
    report(seconds)


def _check_pages(pdf: Path, size: int) -> None:
    """Outside the timing: the output must hold one page per certificate."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = next(int(line.split()[-1]) for line in info.stdout.splitlines()
                 if line.startswith("Pages:"))
    if pages != size:
        raise SystemExit(f"{pdf} has {pages} pages, not {size}")


# -- the equivalent document (made once, not timed) ----------------------------
def make_document(size: int) -> Path:
    target = document_path(size)
    if target.exists():
        return target
    prepare(size)
    from ceremony.printing.template import load_template

    template = load_template(TEMPLATE)
    pages = json.loads(strings_path(size).read_text(encoding="utf-8"))
    fields = {field.id: field for field in template.fields}
    body = "".join(_certificate(values, fields, first=index == 0)
                   for index, values in enumerate(pages))
    xml = _DOCUMENT.format(
        width=template.width_mm, height=template.height_mm, top=fields["quoc-hieu"].y,
        background=base64.b64encode(_artwork_jpeg(template)).decode("ascii"),
        styles=_paragraph_styles(fields), body=body, serif=SERIF)
    target.write_text(xml, encoding="utf-8")
    return target


def _artwork_jpeg(template: Any) -> bytes:
    """The template's border and emblem as a 150 dpi JPEG, as a scanned blank would be.

    JPEG, because LibreOffice passes it into the PDF untouched: a PNG background
    is re-encoded on every page and made the same conversion 13 times slower
    (200 pages: 22 s against 1.7 s), which would flatter us unfairly.
    """
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from ceremony.printing.artwork import draw_shapes

    pdf, image = FOLDER / "artwork.pdf", FOLDER / "artwork"
    canvas = Canvas(str(pdf), pagesize=(template.width_mm * mm, template.height_mm * mm))
    draw_shapes(canvas, template)
    canvas.showPage()
    canvas.save()
    subprocess.run(["pdftoppm", "-jpeg", "-jpegopt", "quality=90", "-r", "150",
                    "-singlefile", str(pdf), str(image)], check=True)
    return image.with_suffix(".jpg").read_bytes()


# Field id -> (the value shown, or a constant text) in page order; y grows down the page.
_ORDER = ["quoc-hieu", "tieu-ngu", "authority", "tang", "title", "posthumous", "name",
          "role", "citation", "place-date", "signer-title", "decision", "register",
          "signer-name"]
_RIGHT_COLUMN = {"place-date", "signer-title", "signer-name"}
_LEFT_COLUMN = {"decision", "register"}


def _paragraph_styles(fields: dict[str, Any]) -> str:
    """One paragraph style per field: its font, colour, alignment, and its place."""
    styles = []
    left = fields["authority"].x
    previous_bottom = fields["quoc-hieu"].y
    for field_id in _ORDER:
        field = fields[field_id]
        above = max(0.0, field.y - previous_bottom)
        previous_bottom = field.y + field.h
        face = field.font
        weight = "bold" if "bold" in face or face == "display" else "normal"
        italic = "italic" if "italic" in face else "normal"
        align = "start" if field.align == "left" else "center"
        margin_left = field.x - left
        margin_right = (left + 290) - (field.x + field.w)
        if field_id in _RIGHT_COLUMN | _LEFT_COLUMN:
            margin_left, margin_right = max(-5.0, margin_left), max(-5.0, margin_right)
        transform = ' fo:text-transform="uppercase"' if field.capitals else ""
        underline = (' style:text-underline-style="solid" style:text-underline-width="auto"'
                     if field.underline else "")
        styles.append(
            f'<style:style style:name="{field_id}" style:family="paragraph">'
            f'<style:paragraph-properties fo:text-align="{align}" fo:margin-top="{above:.1f}mm" '
            f'fo:margin-bottom="0mm" fo:margin-left="{margin_left:.1f}mm" '
            f'fo:margin-right="{margin_right:.1f}mm" fo:line-height="100%"/>'
            f'<style:text-properties style:font-name="{SERIF}" fo:font-size="{field.size}pt" '
            f'fo:font-weight="{weight}" fo:font-style="{italic}" '
            f'fo:color="{field.colour}"{transform}{underline}/></style:style>')
    styles.append('<style:style style:name="first" style:family="paragraph" '
                  'style:parent-style-name="quoc-hieu">'
                  '<style:paragraph-properties fo:margin-top="0mm"/></style:style>')
    styles.append('<style:style style:name="next" style:family="paragraph" '
                  'style:parent-style-name="quoc-hieu">'
                  '<style:paragraph-properties fo:margin-top="0mm" '
                  'fo:break-before="page"/></style:style>')
    return "".join(styles)


def _certificate(values: dict[str, str], fields: dict[str, Any], *, first: bool) -> str:
    paragraphs = []
    for field_id in _ORDER:
        field = fields[field_id]
        text = field.text or values.get(field.variable or "", "")
        style = field_id
        if field_id == "quoc-hieu":
            style = "first" if first else "next"
        paragraphs.append(f'<text:p text:style-name="{style}">{escape(text)}</text:p>')
    return "".join(paragraphs)


_DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{serif}" svg:font-family="'{serif}'"
  style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>{styles}</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="sheet">
  <style:page-layout-properties fo:page-width="{width}mm" fo:page-height="{height}mm"
   style:print-orientation="landscape" fo:margin-top="{top}mm" fo:margin-bottom="0mm"
   fo:margin-left="55mm" fo:margin-right="55mm">
   <style:background-image style:repeat="stretch">
    <office:binary-data>{background}</office:binary-data>
   </style:background-image>
  </style:page-layout-properties>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="sheet"/>
</office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
"""


if __name__ == "__main__":
    # `python bench/cert_libreoffice.py [SIZE]`: make the document and show where it is.
    print(make_document(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
    print(f"soffice: {soffice() or 'not installed'}; bench folder {FOLDER}", file=sys.stderr)
