"""The 50,000-row nominee list of the import benchmark, as xlsx and csv, made once.

Names are built from family × middle × given name so that none repeats: a repeated
name in the same unit and year would (rightly) be refused as "listed twice".
"""

from __future__ import annotations

import csv
import itertools
import random
from pathlib import Path

from common import FOLDER

ROWS = 50_000
HEADER = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Cấp bậc", "Chức vụ", "Đơn vị",
          "Dân tộc", "Thành tích", "Ghi chú"]
FAMILIES = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Nông "
            "Lương Triệu Hà Đinh Mạc Lò Vi Sầm").split()
MIDDLES = ("Văn Thị Đức Quốc Minh Hữu Xuân Thu Ngọc Thanh Đình Công Bá Trọng Như Kim Mỹ "
           "Hồng Quang Tuấn Anh Hải Phương Thùy Bảo Gia Khánh Tiến Mạnh Hoài Duy Thế Việt "
           "Nhật Trung Thái Sỹ Quý Chí Phú").split()
GIVENS = ("An Anh Bình Cường Dũng Dương Đạt Đức Giang Hà Hải Hạnh Hòa Hùng Hương Khang "
          "Khánh Lan Linh Long Mai Minh Nam Nga Ngọc Nhung Phong Phúc Phương Quân Quang "
          "Quyên Sơn Tâm Thảo Thắng Thành Thịnh Thu Thủy Tiến Toàn Trang Trung Tú Tuấn "
          "Tùng Uyên Vân Việt Vinh Xuân Yến Ánh Ước Ngân Hậu Lộc Lực").split()
RANKS = ["", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá"]


def rows(count: int = ROWS, seed: int = 7, offset: int = 0) -> list[list[object]]:
    chooser = random.Random(seed)
    names = itertools.islice(itertools.product(GIVENS, MIDDLES, FAMILIES), offset,
                             offset + count)
    table: list[list[object]] = []
    for number, (given, middle, family) in enumerate(names, start=1):
        table.append([number, f"{family} {middle} {given}", chooser.randint(1960, 2000),
                      chooser.choice(["Nam", "Nữ"]), chooser.choice(RANKS),
                      chooser.choice(["Đội trưởng", "Nhân viên", "Chiến sĩ", "Giáo viên"]),
                      f"Đồn Biên phòng số {chooser.randint(1, 400)}",
                      chooser.choice(["Kinh", "Tày", "Nùng", "Mông"]),
                      "Có thành tích xuất sắc trong phong trào thi đua", ""])
    return table


def csv_path() -> Path:
    path = FOLDER / f"list-{ROWS}.csv"
    if not path.exists():
        FOLDER.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            writer.writerows(rows())
    return path


def xlsx_path() -> Path:
    path = FOLDER / f"list-{ROWS}.xlsx"
    if not path.exists():
        import openpyxl

        FOLDER.mkdir(parents=True, exist_ok=True)
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Danh sách")
        sheet.append(HEADER)
        for row in rows():
            sheet.append(row)
        book.save(path)
    return path
