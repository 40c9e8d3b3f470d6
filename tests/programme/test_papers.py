"""The papers read back: every honoree once, in stage order, presenters, proxies, posthumous."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from ceremony.cli import parse_args, run
from ceremony.printing.programme.files import Paper, write_paper
from ceremony.services.programme_checkin import CheckIn, set_check_in, set_posthumous
from ceremony.services.programme_records import PlanView, StagePerson
from ceremony.services.programme_view import load_plan
from ceremony.store.programme import Attendance
from ceremony.store.registry import Registry
from tests.programme.conftest import pdf_text

INVITE = ("Trân trọng kính mời Thiếu tướng Phùng Quốc Tuấn, Phó Chính ủy Bộ đội Biên phòng lên "
          "trao Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc” cho các đồng chí có tên "
          "sau:")


def people(plan: PlanView) -> list[StagePerson]:
    return [person for block in plan.blocks for person in block.people()]


def assert_in_stage_order(text: str, plan: PlanView, *, numbered: bool) -> None:
    """Each block's presenters, then its honorees one after another, in stage order."""
    at = 0
    for block in plan.blocks:
        # The script says "rank name, title" in one sentence; the running order's narrow
        # speaker column wraps the title, so there only the name is looked for.
        presenter = [p.called if numbered else p.name for p in block.presenters][:1]
        for person in block.people():
            wanted = f"{person.stage_position}. {person.name}" if numbered else person.name
            if numbered and person.rank:
                wanted = f"{person.stage_position}. {person.rank} {person.name}"
            found = text.find(wanted, at)
            assert found > at or (found == at == 0), wanted
            if presenter and person is next(block.people()):
                assert text.rfind(presenter[0], at, found) >= 0, presenter
            at = found


def test_running_order_and_script_name_everyone_once_in_stage_order(
        planned: PlanView, tmp_path: Path) -> None:
    order = pdf_text(write_paper(planned, Paper.RUNNING_ORDER, tmp_path / "ro.pdf").path)
    script = pdf_text(write_paper(planned, Paper.SCRIPT, tmp_path / "mc.pdf").path)
    everyone = people(planned)
    assert len(everyone) == 49
    for person in everyone:
        assert order.count(person.name) == 1, person.name
        if not person.is_collective:  # a collective's name may be someone's unit too
            assert script.count(person.name) == 1, person.name
    assert_in_stage_order(order, planned, numbered=False)
    assert_in_stage_order(script, planned, numbered=True)
    assert INVITE in script
    assert "Quyết định số 412/QĐ-BTL ngày 05/02/2024 của Bộ Tư lệnh Bộ đội Biên phòng" in script
    assert "08:00" in order and "Dự kiến kết thúc: 09:07" in order


def test_proxies_relatives_and_absentees_are_announced(planned: PlanView,
                                                       sample_registry: Registry,
                                                       tmp_path: Path) -> None:
    registry, medal = sample_registry, planned.blocks[0].rounds[0].people
    set_check_in(registry, medal[1].award_id,
                 CheckIn(Attendance.PROXY, "Nông Thị Mai", "Phó Trưởng ban Dân tộc"))
    set_posthumous(registry, medal[2].award_id, True)
    set_check_in(registry, medal[2].award_id, CheckIn(Attendance.PROXY, "Đàm Thị Lan", "vợ"))
    set_check_in(registry, medal[3].award_id, CheckIn(Attendance.ABSENT))
    plan = load_plan(registry, planned.ceremony.id)
    script = pdf_text(write_paper(plan, Paper.SCRIPT, tmp_path / "mc.pdf").path)
    assert ("2. Bế Thị Ngọc Hà, Phó Giám đốc, Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng "
            "(vắng mặt, Nông Thị Mai, Phó Trưởng ban Dân tộc nhận thay)") in script
    assert "3. Đàm Văn Sỹ, Phó Trưởng ban, Ban Dân tộc tỉnh Cao Bằng (truy tặng; thân nhân " \
           "nhận thay: Đàm Thị Lan, vợ)" in script
    assert "Nguyễn Hữu Ước, Phó Giám đốc, Sở Ngoại vụ tỉnh Cao Bằng (vắng mặt, không mời " \
           "lên sân khấu)" in script
    tray = pdf_text(write_paper(plan, Paper.TRAY, tmp_path / "tray.pdf").path)
    assert "giữ lại (vắng mặt)" in tray
    lineup = pdf_text(write_paper(plan, Paper.LINEUP, tmp_path / "lineup.pdf").path)
    assert "Nông Thị Mai, Phó Trưởng ban Dân tộc" in lineup


def test_markup_in_a_name_is_printed_as_written(planned: PlanView, sample_registry: Registry,
                                               tmp_path: Path) -> None:
    from ceremony.services.programme_presenters import add_presenter, set_block_presenters
    from ceremony.services.programme_records import PresenterInput

    hostile = add_presenter(sample_registry, planned.ceremony.id,
                            PresenterInput('<img src="/etc/passwd"/> Lê & Co'))
    set_block_presenters(sample_registry, planned.blocks[0].id, [hostile.id])
    plan = load_plan(sample_registry, planned.ceremony.id)
    text = pdf_text(write_paper(plan, Paper.SCRIPT, tmp_path / "mc.pdf").path)
    assert '<img src="/etc/passwd"/> Lê & Co lên trao' in text


def test_english_papers(planned: PlanView, sample_registry: Registry, tmp_path: Path) -> None:
    from ceremony.services.ceremonies import ceremony_fields, get_ceremony, update_ceremony
    from ceremony.services.programme_items import build_programme

    info = get_ceremony(sample_registry, planned.ceremony.id)
    update_ceremony(sample_registry, info.id, replace(ceremony_fields(info), language="en"))
    build_programme(sample_registry, info.id)
    plan = load_plan(sample_registry, info.id)
    script = pdf_text(write_paper(plan, Paper.SCRIPT, tmp_path / "mc.pdf").path)
    assert "Welcome and opening remarks" in script
    assert ("It is my honour to invite Thiếu tướng Phùng Quốc Tuấn, Phó Chính ủy Bộ đội Biên "
            "phòng to present the Kỷ niệm chương") in script


def test_order_command_plans_and_writes_everything(sample_registry: Registry,
                                                   registry_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    sample_registry.close()
    out = tmp_path / "chuong-trinh.pdf"
    args = parse_args(["--db", str(registry_path), "--json", "order", "--ceremony", "1",
                       "--out", str(out), "--script", str(tmp_path / "kich-ban.pdf"),
                       "--cards", str(tmp_path / "the-ten.pdf"),
                       "--lineup", str(tmp_path / "so-do.pdf"),
                       "--tray", str(tmp_path / "khay.pdf")])
    assert run(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["out"] == str(out) and document["pages"] == 1
    assert len(document["placed"]) == 49  # never planned: planned now
    assert document["cards_pages"] == 49 and document["lineup_pages"] == 8
    assert document["script_pages"] >= 2
    # A second run finds the plan made and places nothing.
    assert run(args) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["placed"] == [] and again["stage_order"] == document["stage_order"]
    assert run(parse_args(["--db", str(registry_path), "order", "--ceremony", "99",
                           "--out", str(out)])) == 1

