"""Helpers for the printing tests: certificate records without a registry, PDF read-back."""

from __future__ import annotations

import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ceremony.services.certificates import CertificateRecord

BASE = CertificateRecord(
    award_id=1, honoree_id=1, name="Hoàng Văn Đức", kind="individual", gender="male",
    rank="Thượng tá", position="Phó Chỉ huy trưởng", unit="Bộ Chỉ huy Quân sự tỉnh Cao Bằng",
    citation="Đã có thành tích xuất sắc trong thực hiện “Ngày Biên phòng toàn dân”",
    award="Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng",
    award_category="certificate_of_merit", default_template="", authority_id=1,
    authority="Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng",
    authority_title="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", place_name="Cao Bằng",
    decision_number="215/QĐ-UBND", decision_date=date(2024, 2, 14), signer_title="Chủ tịch",
    signer_name="Hoàng Đức Thịnh", register_no="", posthumous=False, print_count=0,
    ceremony_title="Sơ kết", ceremony_date=date(2024, 2, 23), ceremony_place="Cao Bằng",
    language="vi",
)


def record(**changes: Any) -> CertificateRecord:
    return replace(BASE, **changes)


def pdf_text(path: Path, *extra: str) -> str:
    done = subprocess.run(["pdftotext", *extra, "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True)
    return unicodedata.normalize("NFC", done.stdout.decode("utf-8"))


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of white space made single."""
    return [" ".join(page.split()) for page in pdf_text(path).split("\f")[:-1]]
