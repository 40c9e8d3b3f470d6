"""The content of the fixture annexes, and what importing them must give.

Shared by fixtures/make_fixtures.py (which writes the files) and the tests (which check
the import), so the two can never disagree.
"""

from __future__ import annotations

import unicodedata

AWARD = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"
AUTHORITY = "Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"

TITLE = [
    "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
    "DANH SÁCH",
    "Tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh",
    "(Kèm theo Quyết định số 256/QĐ-UBND ngày 12/02/2024 của Chủ tịch UBND tỉnh Cao Bằng)",
]
HEADER_TOP = ["STT", "Họ và tên", "Năm sinh", "", "Chức vụ, đơn vị", "Ghi chú"]
HEADER_BOTTOM = ["", "", "Nam", "Nữ", "", ""]
NFD = unicodedata.normalize("NFD", "Lương Thị Thu Thủy")

# (STT, name as typed, male year, female year, position and unit) - sections in between.
BODY: list[list[str]] = [
    ["I", "TẬP THỂ", "", "", "", ""],
    ["1", "Đồn Biên phòng Trà Lĩnh", "", "", "Bộ đội Biên phòng tỉnh", ""],
    ["2", "UBND XÃ ĐÀM THỦY", "", "", "huyện Trùng Khánh", ""],
    ["3", "Xóm Pác Bó", "", "", "xã Trường Hà, huyện Hà Quảng", ""],
    ["II", "CÁ NHÂN", "", "", "", ""],
    ["1", "Trung tá  Phạm Đức Anh", "1978", "", "Chính trị viên, Đồn Biên phòng Trà Lĩnh", ""],
    ["2", "NGUYỄN THỊ HOA", "", "1985", "Phó Chủ tịch UBND xã Đàm Thủy", ""],
    ["3", "Bà " + NFD + " ", "", "1990", "Bí thư Chi bộ xóm Pác Bó", ""],
    ["4", "Thượng úy Hoàng  Văn   Nam", "1992", "", "Đội trưởng Đội Vũ trang", ""],
    ["5", "Ông Nông Văn Tú", "1960", "", "Trưởng xóm Nà Mạ", "Người có uy tín"],
    ["", "Tổng số: 3 tập thể, 5 cá nhân", "", "", "", ""],
]
FOOTER = [["", "", "", "", "KT. CHỦ TỊCH", ""], ["", "", "", "", "PHÓ CHỦ TỊCH", ""],
          ["", "", "", "", "", ""], ["", "", "", "", "Hoàng Văn Thạch", ""]]

# What must be stored: (name, kind, rank, position, unit, gender, birth year)
EXPECTED = [
    ("Đồn Biên phòng Trà Lĩnh", "collective", "", "", "Bộ đội Biên phòng tỉnh", None, None),
    ("UBND Xã Đàm Thủy", "collective", "", "", "huyện Trùng Khánh", None, None),
    ("Xóm Pác Bó", "collective", "", "", "xã Trường Hà, huyện Hà Quảng", None, None),
    ("Phạm Đức Anh", "individual", "Trung tá", "Chính trị viên", "Đồn Biên phòng Trà Lĩnh",
     "male", 1978),
    ("Nguyễn Thị Hoa", "individual", "", "Phó Chủ tịch", "UBND xã Đàm Thủy", "female", 1985),
    ("Lương Thị Thu Thủy", "individual", "", "Bí thư", "Chi bộ xóm Pác Bó", "female", 1990),
    ("Hoàng Văn Nam", "individual", "Thượng úy", "Đội trưởng", "Đội Vũ trang", "male", 1992),
    ("Nông Văn Tú", "individual", "", "Trưởng", "xóm Nà Mạ", "male", 1960),
]

# A list without sections: the kind comes from the shape of each name.
PLAIN_HEADER = ["TT", "Tên tập thể, cá nhân", "Đơn vị"]
PLAIN_BODY = [
    ["1", "Tổ tự quản số 3", "xã Cần Yên"],
    ["2", "Đinh Thị Mỹ Lệ", "Trường THCS Cần Yên"],
    ["3", "Công an xã Ngọc Côn", "huyện Trùng Khánh"],
    ["4", "Triệu Văn Hùng", "Đồn Biên phòng Lý Vạn"],
]
PLAIN_EXPECTED = [("Tổ tự quản số 3", "collective"), ("Đinh Thị Mỹ Lệ", "individual"),
                  ("Công an xã Ngọc Côn", "collective"), ("Triệu Văn Hùng", "individual")]

# Names for the legacy-encoding samples (typed under .VnTime / VNI-Times fonts).
LEGACY_NAMES = ["Nguyễn Văn Đức", "Trần Thị Ngọc Ánh", "Phùng Quốc Tuấn", "Lường Văn Thượng",
                "Hoàng Thị Thủy"]
