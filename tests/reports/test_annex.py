"""The decision annex of the sample ceremony: its figures, and the PDF read back as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from ceremony.reports.annex_pdf import write_annex_pdf
from ceremony.services.reports import annex_document
from ceremony.services.sample import read_sample
from ceremony.store.registry import Registry
from tests.reports.conftest import english_night, needs_poppler, pdf_text, sample_id


def test_the_sample_annexes_have_the_decisions_figures(any_sample_registry: Registry) -> None:
    document = annex_document(any_sample_registry, sample_id(any_sample_registry))
    figures = [(a.decision_number, len(a.collectives), len(a.individuals))
               for a in document.annexes]
    assert figures == [("412/QĐ-BTL", 0, 15), ("418/QĐ-BTL", 2, 4), ("215/QĐ-UBND", 7, 21)]
    assert document.entry_count == 49
    ubnd = document.annexes[2]
    assert ubnd.issuer == "Ủy ban nhân dân tỉnh Cao Bằng"
    assert [kind for kind, _ in ubnd.sections()] == ["collective", "individual"]


def test_each_annex_lists_its_honorees_in_the_decisions_order(sample_registry: Registry) -> None:
    document = annex_document(sample_registry, sample_id(sample_registry))
    by_decision = {"qd_412_btl": "412/QĐ-BTL", "qd_418_btl": "418/QĐ-BTL",
                   "qd_215_ubnd": "215/QĐ-UBND"}
    for annex in document.annexes:
        listed = [e for e in read_sample()["awards"]
                  if by_decision[e["decision"]] == annex.decision_number]
        expected = ([e["name"] for e in listed if e["kind"] == "collective"]
                    + [e["name"] for e in listed if e["kind"] == "individual"])
        assert [entry.name for entry in annex.entries] == expected


@needs_poppler
def test_the_annex_pdf_has_the_official_shape(sample_registry: Registry, tmp_path: Path) -> None:
    document = annex_document(sample_registry, sample_id(sample_registry))
    target = write_annex_pdf(document, tmp_path / "phu-luc.pdf")
    text = pdf_text(target)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc" in text
    assert "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" in text
    assert ("Tập thể, cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng "
            "(Kèm theo Quyết định số 215/QĐ-UBND ngày 14/02/2024 của Chủ tịch Ủy ban nhân "
            "dân tỉnh Cao Bằng)") in text
    assert "Cá nhân được tặng Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc”" in text
    assert "STT Họ và tên Cấp bậc, chức vụ Đơn vị I TẬP THỂ 1 Đồn Biên phòng Đàm Thủy" in text
    assert "II CÁ NHÂN 1 Lương Đình Hưng Trung tá, Đồn trưởng Đồn Biên phòng Trà Lĩnh" in text
    assert "Ấn định danh sách gồm 02 tập thể và 04 cá nhân./." in text
    assert "Ấn định danh sách gồm 07 tập thể và 21 cá nhân./." in text
    assert "Ấn định danh sách gồm 15 cá nhân./." in text
    for entry in read_sample()["awards"]:
        assert entry["name"] in text


@needs_poppler
def test_every_page_repeats_the_table_header(sample_registry: Registry, tmp_path: Path) -> None:
    document = annex_document(sample_registry, sample_id(sample_registry))
    target = write_annex_pdf(document, tmp_path / "phu-luc.pdf")
    pages = len(PdfReader(target).pages)
    assert pages >= 4  # the 28 of decision 215 need two pages
    for page in range(1, pages + 1):
        assert "STT Họ và tên Cấp bậc, chức vụ Đơn vị" in pdf_text(target, page, layout=True)
    # Pages after an annex's first are numbered from 2 at the top; first pages are not.
    assert pdf_text(target, pages).startswith("2 STT")
    assert pdf_text(target, 1).startswith("BỘ TƯ LỆNH")


@needs_poppler
def test_an_english_ceremony_gets_english_wording(registry: Registry, tmp_path: Path) -> None:
    prizes = english_night(registry, (("Robotics Club", "collective"),
                                      ("Ada Lovelace", "individual")))
    target = write_annex_pdf(annex_document(registry, prizes.ceremony_id), tmp_path / "a.pdf")
    text = pdf_text(target)
    assert "LIST Collectives and individuals awarded the Certificate of Excellence" in text
    assert "(Attached to Decision No. 07/2025 of 2 June 2025 by the Board of Governors)" in text
    lines = pdf_text(target, layout=True)
    assert "No. Name Rank, position Unit" in lines
    assert "I COLLECTIVES 1 Robotics Club Science II INDIVIDUALS 1 Ada Lovelace Science" in lines
    assert "This list comprises 1 collective and 1 individual." in text
    assert "CỘNG HÒA" not in text and "Độc lập" not in text


@needs_poppler
def test_markup_in_user_text_is_printed_literally(registry: Registry, tmp_path: Path) -> None:
    hostile = '<img src="/etc/hostname"/> Lê <b>Văn</b> & Tám'
    prizes = english_night(registry, ((hostile, "individual"),))
    target = write_annex_pdf(annex_document(registry, prizes.ceremony_id), tmp_path / "a.pdf")
    assert hostile in pdf_text(target)


def test_a_failed_render_keeps_the_previous_file(sample_registry: Registry,
                                                tmp_path: Path) -> None:
    document = annex_document(sample_registry, sample_id(sample_registry))
    target = write_annex_pdf(document, tmp_path / "phu-luc.pdf")
    before = target.read_bytes()
    annex = document.annexes[0]
    broken_entry = annex.entries[0].__class__(0, 0, None, "individual", "", "", "")  # type: ignore[arg-type]
    broken = document.__class__(document.ceremony, (annex.__class__(
        annex.award, annex.award_type_id, annex.authority, annex.issuer,
        annex.decision_number, annex.decision_date, (broken_entry,)),))
    with pytest.raises(Exception):  # noqa: B017  (any failure will do)
        write_annex_pdf(broken, target)
    assert target.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".phu-luc")]
