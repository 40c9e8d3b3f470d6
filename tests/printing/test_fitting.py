"""Every field's characters stay inside its box, read back from the PDF with pdfplumber."""

from __future__ import annotations

import io
from dataclasses import replace

import pdfplumber
import pytest
from reportlab.lib.units import mm

from ceremony.printing.fitting import Box, fit
from ceremony.printing.fonts import SERIF_BOLD
from ceremony.printing.render import RenderOptions, render_certificates
from ceremony.printing.template import Field, Template, builtin_names, load_template
from tests.printing.conftest import record

LONGEST = record(
    name="Tổ tự quản đường biên, mốc quốc giới xóm Pò Peo, xã Ngọc Khê, huyện Trùng Khánh, "
    "tỉnh Cao Bằng và các hộ gia đình tham gia tự quản",
    kind="collective", gender=None, rank="Thượng tá",
    position="Trợ lý Tuyên huấn, Phòng Chính trị, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng",
    unit="Đồn Biên phòng cửa khẩu quốc tế Trà Lĩnh, Bộ đội Biên phòng tỉnh Cao Bằng",
    citation="Đã có thành tích xuất sắc trong thực hiện “Ngày Biên phòng toàn dân” giai đoạn "
    "2019 - 2024, góp phần xây dựng nền biên phòng toàn dân vững mạnh, giữ vững chủ quyền "
    "lãnh thổ, an ninh biên giới quốc gia trên địa bàn tỉnh Cao Bằng " * 2,
    award="Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc” của Bộ Tư lệnh Bộ đội "
    "Biên phòng",
    authority_title="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG VÀ BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG",
    signer_title="Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh",
    signer_name="Nguyễn Hoàng Thị Ngọc Đoan Trang", posthumous=True, register_no="123456",
    decision_number="12345/QĐ-UBND-TĐKT",
)
TOLERANCE = 0.01  # points


def only(template: Template, field: Field) -> Template:
    return replace(template, fields=(replace(field, when=None),), artwork=())


@pytest.mark.parametrize("name", builtin_names())
def test_every_field_stays_in_its_box_for_the_longest_texts(name: str) -> None:
    template = load_template(name)
    for field in template.fields:
        rendered = render_certificates(only(template, field), [LONGEST])
        page_height = template.height_mm * mm
        left, right = field.x * mm, (field.x + field.w) * mm
        top, bottom = field.y * mm, (field.y + field.h) * mm  # from the top, as pdfplumber
        with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
            page = pdf.pages[0]
            assert page.height == pytest.approx(page_height)
            chars = page.chars
        assert chars, (name, field.id)
        for char in chars:
            inside = (char["x0"] >= left - TOLERANCE and char["x1"] <= right + TOLERANCE
                      and char["top"] >= top - TOLERANCE
                      and char["bottom"] <= bottom + TOLERANCE)
            assert inside, (name, field.id, char["text"], char["x0"], char["top"])


def test_a_long_name_shrinks_first_then_wraps() -> None:
    box = Box(width=300, height=80, size=30, min_size=20, wrap=True, max_lines=2)
    short = fit("Hoàng Văn Đức", SERIF_BOLD, box)
    assert short.size == 30 and short.lines == ("Hoàng Văn Đức",) and not short.shrunk
    longer = fit("Nguyễn Hoàng Thị Ngọc Anh", SERIF_BOLD, box)
    assert 20 <= longer.size < 30 and len(longer.lines) == 1 and longer.shrunk
    longest = fit("Nguyễn Hoàng Thị Ngọc Đoan Trang Minh", SERIF_BOLD, box)
    assert len(longest.lines) == 2 and longest.wrapped and not longest.squeezed
    assert all(width <= 300 for width in longest.widths)


def test_a_box_too_small_squeezes_below_the_minimum_and_says_so() -> None:
    box = Box(width=50, height=20, size=30, min_size=20, wrap=True, max_lines=2)
    squeezed = fit("Nguyễn Hoàng Thị Ngọc Đoan Trang", SERIF_BOLD, box)
    assert squeezed.squeezed and squeezed.size < 20
    assert all(width <= 50 + 1e-6 for width in squeezed.widths)


def test_the_preview_reports_what_fitting_did() -> None:
    rendered = render_certificates(load_template("bang-khen"), [LONGEST], RenderOptions())
    fields = {note.field for note in rendered.notes}
    assert {"name", "citation"} <= fields
