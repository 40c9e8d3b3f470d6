"""The decision number and date read from an annex's title block, in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from ceremony.importing.title import decision_in_title


@pytest.mark.parametrize(("line", "expected"), [
    ("(Kèm theo Quyết định số 412/QĐ-BTL ngày 05/02/2024 của Bộ Tư lệnh)",
     ("412/QĐ-BTL", date(2024, 2, 5))),
    ("(Kèm theo Quyết định số: 215/QĐ-UBND ngày 7 tháng 2 năm 2024 của UBND tỉnh)",
     ("215/QĐ-UBND", date(2024, 2, 7))),
    ("(Kèm theo Quyết định số 88/QĐ-UBND của Chủ tịch UBND tỉnh)", ("88/QĐ-UBND", None)),
    ("(Attached to Decision No. 07/2025 of 2 June 2025 by the Board of Governors)",
     ("07/2025", date(2025, 6, 2))),
    ("Attached to Decision No 412/QĐ-BTL dated 05/02/2024", ("412/QĐ-BTL", date(2024, 2, 5))),
    ("(Attached to Decision number 12-HR dated February 5th, 2024)",
     ("12-HR", date(2024, 2, 5))),
    ("(Attached to Decision No. 3 of 31 Sept. 2024 by the Board)", ("3", None)),
    ("(Attached to Decision No. 9/2024 by the Board of Governors)", ("9/2024", None)),
])
def test_the_decision_is_read_from_the_title(line: str,
                                             expected: tuple[str, date | None]) -> None:
    assert decision_in_title(["DANH SÁCH", line]) == expected


def test_a_title_without_a_decision_names_none() -> None:
    assert decision_in_title(["LIST", "Individuals awarded the Certificate of Merit"]) is None
    # "No." alone is a numbering header, not a decision.
    assert decision_in_title(["No.", "Full name"]) is None


def test_a_word_that_starts_like_a_month_is_not_a_date() -> None:
    line = "(Attached to Decision No. 5/2024 of 12 Martyrs 2024 by the Board)"
    assert decision_in_title([line]) == ("5/2024", None)
    line = "(Attached to Decision No. 5/2024 of 12 Sept. 2024 by the Board)"
    assert decision_in_title([line]) == ("5/2024", date(2024, 9, 12))
