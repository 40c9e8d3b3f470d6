"""The honorees the designer shows: a ceremony's certificates, or a made-up one.

"The longest name in the ceremony" is measured, not counted: the name whose
text is widest in the template's own name field and font, so a designer sees
the worst case the ceremony will print.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ceremony.printing.fitting import unit_width
from ceremony.printing.fonts import FACES, register_fonts
from ceremony.printing.layout import field_text
from ceremony.printing.template import Field, Template
from ceremony.printing.variables import variables
from ceremony.services.certificates import CertificateRecord

NAME_VARIABLES = ("name_with_prefix", "name")

_PLACEHOLDER = CertificateRecord(
    award_id=0, honoree_id=0, name="Nguyễn Văn An", kind="individual", gender="male",
    rank="Đại úy", position="Đội trưởng", unit="Đồn Biên phòng Cửa khẩu Trà Lĩnh",
    citation="Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024",
    award="Bằng khen", award_category="certificate_of_merit", default_template="",
    authority_id=0, authority="Chủ tịch Ủy ban nhân dân tỉnh",
    authority_title="Chủ tịch Ủy ban nhân dân tỉnh", place_name="Cao Bằng",
    decision_number="123/QĐ-UBND", decision_date=date(2024, 2, 14), signer_title="Chủ tịch",
    signer_name="Trần Văn Bình", register_no="", posthumous=False, print_count=0,
    ceremony_title="Lễ tổng kết", ceremony_date=date(2024, 2, 23), ceremony_place="Cao Bằng",
    language="vi",
)
_PLACEHOLDER_EN = CertificateRecord(
    award_id=0, honoree_id=0, name="Alexandra Whitmore", kind="individual", gender="female",
    rank="", position="Head of Science", unit="Riverside High School",
    citation="For outstanding dedication to her students throughout the year",
    award="Certificate of Appreciation", award_category="certificate", default_template="",
    authority_id=0, authority="The Board of Governors", authority_title="The Board of Governors",
    place_name="Riverside", decision_number="", decision_date=date(2024, 6, 14),
    signer_title="Chair of the Board", signer_name="Daniel Okafor", register_no="",
    posthumous=False, print_count=0, ceremony_title="Awards Night",
    ceremony_date=date(2024, 6, 21), ceremony_place="Riverside", language="en",
)


def placeholder(language: str) -> CertificateRecord:
    """A believable honoree for designing before any ceremony exists."""
    return _PLACEHOLDER if language == "vi" else _PLACEHOLDER_EN


def values_for(record: CertificateRecord, template: Template) -> dict[str, str]:
    return variables(record, template.language, template.prefixes)


def name_field(template: Template) -> Field | None:
    for wanted in NAME_VARIABLES:
        for spec in template.fields:
            if spec.variable == wanted:
                return spec
    return None


def longest_name(records: Sequence[CertificateRecord],
                 template: Template) -> CertificateRecord | None:
    """The record whose name is widest as the template prints it."""
    if not records:
        return None
    spec = name_field(template)
    if spec is None:
        return max(records, key=lambda r: len(r.name))
    register_fonts()
    face = FACES[spec.font]
    return max(records, key=lambda r: unit_width(
        field_text(spec, values_for(r, template)), face))
