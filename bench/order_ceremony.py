"""Ours: read the plan of a 1,000-honoree ceremony and render its running order and MC
script. Prints {"seconds": …}; the registry is prepared (untimed) on the first run."""

import json
import time
from datetime import date

from order_data import AWARDS, ORDER_DB, rows

from ceremony.printing.fonts import register_fonts
from ceremony.printing.programme.running_order import render_running_order
from ceremony.printing.programme.script import render_script
from ceremony.services.ceremonies import add_ceremony
from ceremony.services.honorees import HonoreeInput, new_honoree
from ceremony.services.lookup import authority_named, award_type_named
from ceremony.services.programme_planning import auto_plan
from ceremony.services.programme_presenters import add_presenter, set_block_presenters
from ceremony.services.programme_records import PresenterInput
from ceremony.services.programme_view import load_plan
from ceremony.store.models import Award
from ceremony.store.registry import Registry, open_registry


def prepare() -> Registry:
    if ORDER_DB.exists():
        return open_registry(ORDER_DB)
    ORDER_DB.parent.mkdir(parents=True, exist_ok=True)
    registry = open_registry(ORDER_DB)
    ceremony = add_ceremony(registry, "Benchmark ceremony", date(2025, 1, 1))
    with registry.transaction() as session:
        authority = authority_named(session, "Bộ Tư lệnh Bộ đội Biên phòng")
        types = [award_type_named(session, authority, name, category="medal", precedence=i)
                 for i, name in enumerate(AWARDS)]
        by_name = {t.name: t for t in types}
        for position, (name, rank, role, unit, award) in enumerate(rows(), start=1):
            honoree = new_honoree(session, HonoreeInput(name, rank=rank, position=role,
                                                        unit=unit))
            session.add(Award(honoree_id=honoree.id, award_type_id=by_name[award].id,
                              ceremony_id=ceremony.id, list_position=position))
    auto_plan(registry, ceremony.id)
    general = add_presenter(registry, ceremony.id, PresenterInput(
        "Phùng Quốc Tuấn", "Thiếu tướng", "Phó Chính ủy Bộ đội Biên phòng"))
    for block in load_plan(registry, ceremony.id).blocks:
        set_block_presenters(registry, block.id, [general.id])
    return registry


registry = prepare()
register_fonts()  # once per process, outside the clock on both sides
started = time.perf_counter()
plan = load_plan(registry, 1)
render_running_order(plan)
render_script(plan)
print(json.dumps({"seconds": time.perf_counter() - started}))
