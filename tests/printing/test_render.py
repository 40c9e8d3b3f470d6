"""The PDF itself: literal text, paper size, no scaling, printer offsets on every page."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from ceremony.printing.errors import TemplateError
from ceremony.printing.filenames import numbered_file_name, safe_stem
from ceremony.printing.output import replace_atomically
from ceremony.printing.render import RenderOptions, render_certificates
from ceremony.printing.template import builtin_names, load_template, template_from_data
from ceremony.printing.variables import long_date, variables
from ceremony.services.printer_profiles import ProfileInfo
from tests.printing.conftest import BASE, page_texts, record

HOSTILE = '<img src="/etc/hostname"/> Lê <b>Văn</b> & Tám {value} &amp; <unclosed'


def test_markup_and_braces_in_names_print_literally(tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    rendered = render_certificates(load_template("bang-khen"),
                                   [record(name=HOSTILE, unit="Công ty <A> & B")])
    target.write_bytes(rendered.pdf)
    text = page_texts(target)[0]
    assert f"Ông {HOSTILE}" in text
    assert "Công ty <A> & B" in text


def test_decomposed_input_prints_composed(tmp_path: Path) -> None:
    import unicodedata

    target = tmp_path / "x.pdf"
    name = unicodedata.normalize("NFD", "Nguyễn Thị Ỷ Lan")
    target.write_bytes(render_certificates(load_template("giay-khen"),
                                           [record(name=name, gender="female")]).pdf)
    assert "Bà Nguyễn Thị Ỷ Lan" in page_texts(target)[0]


@pytest.mark.parametrize("name", builtin_names())
def test_paper_size_and_no_scaling(name: str) -> None:
    template = load_template(name)
    pdf = render_certificates(template, [BASE]).pdf
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert float(box.width) == pytest.approx(template.width_mm * mm)
    assert float(box.height) == pytest.approx(template.height_mm * mm)
    assert b"/ViewerPreferences" in pdf and b"/PrintScaling /None" in pdf


def test_the_official_bang_khen_is_400_by_300() -> None:
    template = load_template("bang-khen")
    assert (template.width_mm, template.height_mm) == (400, 300)


def test_a_printer_profile_moves_every_page() -> None:
    template = load_template("giay-khen")
    records = [BASE, record(award_id=2, name="Bế Thị Ngọc Hà", gender="female")]
    profile = ProfileInfo("Canon", offset_x_mm=-3, offset_y_mm=2, scale=1.0)
    plain = render_certificates(template, records).pdf
    moved = render_certificates(template, records, RenderOptions(profile=profile)).pdf
    with pdfplumber.open(io.BytesIO(plain)) as a, pdfplumber.open(io.BytesIO(moved)) as b:
        for page_a, page_b in zip(a.pages, b.pages, strict=True):
            first_a, first_b = page_a.chars[0], page_b.chars[0]
            assert first_b["x0"] - first_a["x0"] == pytest.approx(-3 * mm, abs=0.01)
            assert first_b["top"] - first_a["top"] == pytest.approx(2 * mm, abs=0.01)


def test_stock_prints_only_the_variable_text(tmp_path: Path) -> None:
    target = tmp_path / "stock.pdf"
    target.write_bytes(render_certificates(load_template("bang-khen"), [BASE],
                                           RenderOptions(stock=True)).pdf)
    text = page_texts(target)[0]
    assert "Ông Hoàng Văn Đức" in text
    assert "BẰNG KHEN" not in text and "CỘNG HÒA" not in text


def test_variables_follow_official_style() -> None:
    values = variables(record(kind="collective", gender=None, posthumous=True), "vi")
    assert values["name_with_prefix"] == "Tập thể Hoàng Văn Đức"
    assert values["place_date"] == "Cao Bằng, ngày 14 tháng 02 năm 2024"
    assert values["posthumous"] == "Truy tặng"
    assert values["decision_line"] == "Quyết định số 215/QĐ-UBND ngày 14/02/2024"
    from datetime import date

    assert long_date(date(2024, 11, 5), "vi") == "ngày 05 tháng 11 năm 2024"
    assert long_date(date(2024, 3, 23), "en") == "23 March 2024"


def test_an_invalid_template_is_refused_with_where() -> None:
    data = json.loads((Path(load_template("giay-khen").source or "")).read_text("utf-8"))
    data["fields"][0]["font"] = "Comic Sans"
    with pytest.raises(TemplateError) as refused:
        template_from_data(data)
    assert "field 1" in str(refused.value.params["detail"])
    assert "setting font" in str(refused.value.params["detail"])
    data = json.loads((Path(load_template("giay-khen").source or "")).read_text("utf-8"))
    data["background"] = {"file": "../../etc/passwd.png"}
    with pytest.raises(TemplateError):
        template_from_data(data)


def test_an_image_background_is_stored_once(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (60, 40), (250, 240, 200)).save(tmp_path / "blank.png")
    data = json.loads((Path(load_template("giay-khen").source or "")).read_text("utf-8"))
    data["background"] = {"file": "blank.png"}
    template = template_from_data(data, tmp_path / "mine.json")
    pdf = render_certificates(template, [replace(BASE, award_id=n) for n in range(5)]).pdf
    assert pdf.count(b"/Subtype /Image") == 1


def test_a_pdf_background_becomes_one_form(tmp_path: Path) -> None:
    (tmp_path / "blank.pdf").write_bytes(render_certificates(load_template("giay-khen"),
                                                             [BASE]).pdf)
    data = json.loads((Path(load_template("giay-khen").source or "")).read_text("utf-8"))
    data["background"] = {"file": "blank.pdf"}
    template = template_from_data(data, tmp_path / "mine.json")
    rendered = render_certificates(template, [replace(BASE, award_id=n) for n in range(3)],
                                   RenderOptions(stock=False))
    reader = PdfReader(io.BytesIO(rendered.pdf))
    assert len(reader.pages) == 3


@pytest.mark.parametrize("kind", ["png", "jpg", "pdf"])
def test_a_damaged_background_is_refused_by_name(tmp_path: Path, kind: str) -> None:
    from PIL import Image

    whole = tmp_path / f"whole.{kind}"
    if kind == "pdf":
        whole.write_bytes(render_certificates(load_template("giay-khen"), [BASE]).pdf)
    else:
        Image.effect_noise((400, 300), 60).convert("RGB").save(whole)
    damaged = tmp_path / f"blank.{kind}"
    damaged.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])  # a copy cut short
    data = json.loads((Path(load_template("giay-khen").source or "")).read_text("utf-8"))
    data["background"] = {"file": damaged.name}
    template = template_from_data(data, tmp_path / "mine.json")
    with pytest.raises(TemplateError) as refused:
        render_certificates(template, [BASE], RenderOptions(stock=False))
    assert refused.value.key == "template.background_damaged"
    assert refused.value.params["path"] == str(damaged)


def test_safe_file_names() -> None:
    assert numbered_file_name(7, 49, "Hoàng Văn Đức") == "007-Hoàng Văn Đức.pdf"
    assert safe_stem('a/b\\c:<d>*?"e|') == "a b c d e"
    assert safe_stem("CON") == "_CON"
    assert safe_stem("..") == "_"


def test_atomic_output_keeps_the_old_file_on_failure(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    target = replace_atomically(tmp_path / "a.pdf", b"%PDF-old")

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", broken)
    with pytest.raises(OSError):
        replace_atomically(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]
