"""The 1,000 honorees of the running-order benchmark, the same for both sides.

Deterministic synthetic Vietnamese rows: (name, rank, position, unit, award).
"""

from __future__ import annotations

import random

from common import FOLDER

SIZE = 1000
ORDER_DB = FOLDER / f"order-{SIZE}.sqlite3"
FAMILY = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Nông Bế Đàm Lục Triệu Sầm".split()
MIDDLE = "Văn Thị Đức Minh Quốc Hữu Thanh Ngọc Xuân Đình".split()
GIVEN = "An Ánh Bình Cường Dũng Đức Hà Hải Hùng Hương Lan Linh Mai Nam Sơn Thảo Tuấn Ước".split()
RANKS = ["", "", "Thiếu tá", "Trung tá", "Thượng tá", "Đại úy"]
POSITIONS = ["Đồn trưởng", "Phó Chính trị viên", "Trưởng xóm", "Phó Chủ tịch Ủy ban nhân dân xã",
             "Đội trưởng Đội Vận động quần chúng", "Người có uy tín"]
UNITS = ["Đồn Biên phòng Lý Vạn", "Xóm Pò Peo, xã Ngọc Khê, huyện Trùng Khánh",
         "Phòng Chính trị, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng", "Công an tỉnh Cao Bằng",
         "Ủy ban nhân dân xã Đàm Thủy, huyện Trùng Khánh"]
AWARDS = ["Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc”",
          "Bằng khen của Bộ Tư lệnh Bộ đội Biên phòng",
          "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"]


def rows() -> list[tuple[str, str, str, str, str]]:
    chance = random.Random(2025)
    made = []
    for index in range(SIZE):
        name = " ".join([chance.choice(FAMILY), chance.choice(MIDDLE), chance.choice(GIVEN)])
        made.append((name, chance.choice(RANKS), chance.choice(POSITIONS), chance.choice(UNITS),
                     AWARDS[index * len(AWARDS) // SIZE]))
    return made
