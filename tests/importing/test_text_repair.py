"""Legacy encodings and garbled text, converted from their definitions' test phrases."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ceremony.importing.legacy import convert_tcvn3, convert_vni, encode_tcvn3, encode_vni
from ceremony.importing.textfile import decode
from ceremony.importing.textfix import Encoding, guess_legacy, repair_mojibake

VIETNAMESE = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"


def test_tcvn3_reference_phrase() -> None:
    typed = "Céng hoµ x· héi chñ nghÜa ViÖt Nam - NguyÔn V¨n §øc"
    assert convert_tcvn3(typed) == "Cộng hoà xã hội chủ nghĩa Việt Nam - Nguyễn Văn Đức"


def test_tcvn3_capitals_come_back_as_capitals() -> None:
    assert convert_tcvn3("NGUYÔN V¡N §øC") == "NGUYỄN VĂN ĐỨC"
    assert convert_tcvn3("nguyÔn", upper=True) == "NGUYỄN"


def test_vni_reference_words() -> None:
    assert convert_vni("Vieät Nam") == "Việt Nam"
    assert convert_vni("Tröôøng Ñaïi hoïc") == "Trường Đại học"
    assert convert_vni("NGUYEÃN VAÊN ÑÖÙC") == "NGUYỄN VĂN ĐỨC"


@given(st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " ", max_size=40))
def test_vni_round_trips_every_letter(text: str) -> None:
    assert convert_vni(encode_vni(text)) == unicodedata.normalize("NFC", text)


@given(st.text(alphabet=VIETNAMESE + " ", max_size=40))
def test_tcvn3_round_trips_every_lower_case_letter(text: str) -> None:
    assert convert_tcvn3(encode_tcvn3(text)) == text


def test_legacy_is_detected_by_statistics_and_unicode_is_left_alone() -> None:
    names = ["Nguyễn Văn Đức", "Trần Thị Ngọc Ánh", "Phùng Quốc Tuấn"]
    assert guess_legacy([encode_tcvn3(n) for n in names]) is Encoding.TCVN3
    assert guess_legacy([encode_vni(n) for n in names]) is Encoding.VNI
    assert guess_legacy(names) is Encoding.UNICODE
    assert guess_legacy(["José Müller", "Zoë Brontë"]) is Encoding.UNICODE


def test_mojibake_is_repaired_or_refused() -> None:
    name = "Nguyễn Văn Đức"
    assert repair_mojibake(name.encode().decode("cp1252", "replace")) is None  # byte lost
    garbled = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in name.encode())
    assert repair_mojibake(garbled) == name


def test_windows_1258_is_decoded_to_nfc() -> None:
    text, encoding = decode("Nguy\u00ea\u0303n".encode("cp1258"))
    assert encoding == "windows-1258"
    assert text == "Nguyễn"
