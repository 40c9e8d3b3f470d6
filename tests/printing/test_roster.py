"""The roster PDF, read back as text: every name exact, user text never taken as markup."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from ceremony.printing.roster import write_roster
from ceremony.services.honorees import list_awards
from ceremony.services.records import AwardRow, CeremonyInfo
from ceremony.services.sample import read_sample
from ceremony.store.registry import Registry

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True)
    return unicodedata.normalize("NFC", done.stdout.decode("utf-8"))


def sample_ceremony(registry: Registry) -> tuple[CeremonyInfo, list[AwardRow]]:
    from ceremony.services.ceremonies import list_ceremonies

    info = list_ceremonies(registry)[0]
    return info, list(list_awards(registry, ceremony_id=info.id))


def test_every_sample_name_is_in_the_roster_exactly(sample_registry: Registry,
                                                    tmp_path: Path) -> None:
    info, rows = sample_ceremony(sample_registry)
    target = write_roster(info, rows, tmp_path / "danh-sach.pdf")
    text = " ".join(pdf_text(target).split())
    for entry in read_sample()["awards"]:
        assert entry["name"] in text
    assert "DANH SÁCH KHEN THƯỞNG" in text
    assert "Cao Bằng, ngày 23 tháng 02 năm 2024" in text


def test_the_fonts_are_embedded(sample_registry: Registry, tmp_path: Path) -> None:
    info, rows = sample_ceremony(sample_registry)
    target = write_roster(info, rows, tmp_path / "danh-sach.pdf")
    embedded = set()
    for page in PdfReader(target).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"LiberationSerif", "LiberationSerif-Bold"} <= embedded


def test_markup_in_names_is_printed_literally(tmp_path: Path) -> None:
    hostile = '<img src="/etc/hostname"/> Lê <b>Văn</b> & Tám <unclosed'
    info = CeremonyInfo(1, "Lễ <i>thử</i>", date(2024, 1, 1), None, "", "Hà Nội", "vi")
    row = AwardRow(1, 1, hostile, "individual", "", "", "", "Giấy khen", "UBND", "", "approved",
                   1, 1, 0)
    target = write_roster(info, [row], tmp_path / "x.pdf")
    text = " ".join(pdf_text(target).split())
    assert '<img src="/etc/hostname"/> Lê <b>Văn</b> & Tám <unclosed' in text
    assert "Lễ <i>thử</i>" in text


def test_a_failed_render_leaves_the_previous_file(sample_registry: Registry,
                                                  tmp_path: Path) -> None:
    info, rows = sample_ceremony(sample_registry)
    out = tmp_path / "out"
    target = write_roster(info, rows, out / "danh-sach.pdf")
    before = target.read_bytes()
    broken = [rows[0]._replace(name=None)]  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017  (any failure will do)
        write_roster(info, broken, target)
    assert target.read_bytes() == before
    assert [p.name for p in out.iterdir()] == ["danh-sach.pdf"]  # no temporary left over
