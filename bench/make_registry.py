"""Prepare the registries the benchmarks open (once; later runs reuse them).

--sample: the sample ceremony. --size N: one ceremony with N generated awards,
inserted in bulk with the same stored keys the app computes.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date

from sqlalchemy import insert

from ceremony.services.ceremonies import add_ceremony
from ceremony.services.lookup import authority_named, award_type_named
from ceremony.services.naming import stored_name
from ceremony.services.sample import load_sample
from ceremony.store.models import Award, Honoree
from ceremony.store.registry import open_registry

from common import FOLDER, SAMPLE_DB, large_db

FAMILY = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Nông Bế "
          "Đàm Lục").split()
MIDDLE = "Văn Thị Đức Minh Quốc Hữu Thanh Ngọc Xuân Thu Đình Công Bảo Kim".split()
GIVEN = ("An Anh Ánh Bình Cường Dũng Đức Giang Hà Hải Hạnh Hùng Hương Khánh Lan Linh Long "
         "Mai Nam Ngọc Phong Phúc Quân Sơn Tâm Thảo Thắng Thủy Trang Tuấn Uyên Việt Yến").split()


def make_sample() -> None:
    if SAMPLE_DB.exists():
        return
    registry = open_registry(SAMPLE_DB)
    load_sample(registry)
    registry.close()


def make_large(size: int) -> None:
    target = large_db(size)
    if target.exists():
        return
    registry = open_registry(target)
    ceremony = add_ceremony(registry, "Benchmark ceremony", date(2025, 1, 1))
    chance = random.Random(2024)
    with registry.transaction() as session:
        authority = authority_named(session, "Chủ tịch UBND tỉnh")
        award_type = award_type_named(session, authority, "Bằng khen",
                                      category="certificate_of_merit")
        honorees = []
        for number in range(size):
            typed = f"{chance.choice(FAMILY)} {chance.choice(MIDDLE)} {chance.choice(GIVEN)}"
            name = stored_name(typed, "individual")
            honorees.append({
                "id": number + 1, "kind": "individual", "name": name.name, "name_as_typed": typed,
                "family_name": name.family, "middle_name": name.middle, "given_name": name.given,
                "search_key": name.search_key, "duplicate_key": name.duplicate_key,
                "sort_key": name.sort_key, "rank": "", "position": "Cán bộ", "ethnicity": "",
                "notes": "", "version": 1,
            })
        session.execute(insert(Honoree), honorees)
        session.execute(insert(Award), [
            {"honoree_id": number + 1, "award_type_id": award_type.id,
             "ceremony_id": ceremony.id, "citation": "", "posthumous": False,
             "register_no": "", "status": "approved", "print_count": 0,
             "list_position": number + 1, "version": 1}
            for number in range(size)
        ])
    registry.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--size", type=int)
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    if args.sample:
        make_sample()
    if args.size:
        make_large(args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
