"""Certificates of one stage round: the choices offered, the filter, and its refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ceremony.errors import DataError
from ceremony.messages import render
from ceremony.printing.batch import BatchRequest, run_batch
from ceremony.services.ceremonies import add_ceremony
from ceremony.services.certificate_rounds import StageRoundKey, stage_round_choices
from ceremony.services.certificates import (
    CertificateOrder,
    CertificateSelection,
    certificate_records,
)
from ceremony.services.programme_editing import move_award
from ceremony.services.programme_sample import plan_sample_programme
from ceremony.services.programme_view import load_plan, stage_order
from ceremony.store.registry import Registry

MEDAL = "Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc”"


@pytest.fixture
def planned(any_sample_registry: Registry) -> Registry:
    plan_sample_programme(any_sample_registry, 1)
    return any_sample_registry


def test_the_rounds_are_offered_in_stage_order_with_labels_in_both_languages(
        planned: Registry) -> None:
    choices = stage_round_choices(planned, 1)
    assert [str(choice.key) for choice in choices] == [
        "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4"]
    assert [len(choice.award_ids) for choice in choices] == [8, 7, 2, 4, 7, 7, 7, 7]
    # Together, the rounds are the whole running order, in the order it is handed over.
    assert [i for choice in choices for i in choice.award_ids] == stage_order(planned, 1)
    assert choices[0].label("vi") == f"Khối 1 · Đợt 1 — {MEDAL} (8 người)"
    assert choices[3].label("en") == (
        "Block 2 · Round 2 — Bằng khen của Bộ Tư lệnh Bộ đội Biên phòng (4 honoree(s))")


def test_a_ceremony_without_a_running_order_offers_no_round(any_registry: Registry) -> None:
    ceremony = add_ceremony(any_registry, "Chưa xếp", date(2024, 5, 1))
    assert stage_round_choices(any_registry, ceremony.id) == []


@pytest.mark.parametrize("order", list(CertificateOrder))
def test_one_round_prints_exactly_its_awards(planned: Registry, order: CertificateOrder
                                             ) -> None:
    wanted = stage_round_choices(planned, 1)[5]  # block 3, round 2
    records = certificate_records(planned, CertificateSelection(
        ceremony_id=1, stage_round=StageRoundKey(3, 2), order=order))
    assert sorted(r.award_id for r in records) == sorted(wanted.award_ids)
    if order is CertificateOrder.STAGE:  # left to right, as they stand on stage
        assert tuple(r.award_id for r in records) == wanted.award_ids


def test_the_round_follows_the_plan_when_someone_is_moved(planned: Registry) -> None:
    first = stage_round_choices(planned, 1)[0]
    moved = first.award_ids[-1]
    move_award(planned, moved, 2, 1)  # to the front of the medal's second round
    chosen = CertificateSelection(ceremony_id=1, stage_round=StageRoundKey(1, 2),
                                  order=CertificateOrder.STAGE)
    records = certificate_records(planned, chosen)
    assert records[0].award_id == moved and len(records) == 8
    assert moved not in {r.award_id for r in certificate_records(planned, CertificateSelection(
        ceremony_id=1, stage_round=StageRoundKey(1, 1)))}


def test_a_real_print_of_one_round_records_only_that_round(planned: Registry,
                                                           tmp_path: Path) -> None:
    key = StageRoundKey(2, 2)
    chosen = CertificateSelection(ceremony_id=1, stage_round=key,
                                  order=CertificateOrder.STAGE)
    result = run_batch(planned, BatchRequest(chosen, tmp_path / "round.pdf", real=True))
    assert result.pages == 4
    everything = certificate_records(planned, CertificateSelection(ceremony_id=1))
    in_round = set(stage_round_choices(planned, 1)[3].award_ids)
    printed = {r.award_id for r in everything if r.print_count == 1 and r.register_no}
    assert printed == in_round
    assert all(r.print_count == 0 and not r.register_no
               for r in everything if r.award_id not in in_round)


def test_a_round_the_plan_lacks_is_refused_naming_the_rounds_there_are(
        planned: Registry) -> None:
    with pytest.raises(DataError) as refused:
        certificate_records(planned, CertificateSelection(ceremony_id=1,
                                                          stage_round=StageRoundKey(2, 3)))
    assert refused.value.key == "certificates.no_round"
    assert render(refused.value.key, "vi", **refused.value.params) == (
        "Chương trình không có đợt 2.3 (khối.đợt). Các đợt hiện có: 1.1–1.2, 2.1–2.2, "
        "3.1–3.4.")
    with pytest.raises(DataError, match=r"no stage round 4\.1"):
        certificate_records(planned, CertificateSelection(ceremony_id=1,
                                                          stage_round=StageRoundKey(4, 1)))


def test_a_round_needs_a_ceremony_and_a_running_order(any_sample_registry: Registry) -> None:
    assert not load_plan(any_sample_registry, 1).planned
    with pytest.raises(DataError) as no_plan:
        certificate_records(any_sample_registry, CertificateSelection(
            ceremony_id=1, stage_round=StageRoundKey(1, 1)))
    assert no_plan.value.key == "certificates.no_running_order"
    with pytest.raises(DataError) as no_ceremony:
        certificate_records(any_sample_registry, CertificateSelection(
            stage_round=StageRoundKey(1, 1)))
    assert no_ceremony.value.key == "certificates.round_needs_ceremony"


@pytest.mark.parametrize(("text", "key"), [("2.3", (2, 3)), (" 12:1 ", (12, 1)),
                                           ("3/4", (3, 4))])
def test_a_round_is_written_block_dot_round(text: str, key: tuple[int, int]) -> None:
    assert StageRoundKey.parse(text) == StageRoundKey(*key)
    assert str(StageRoundKey(*key)) == f"{key[0]}.{key[1]}"


@pytest.mark.parametrize("text", ["2", "0.1", "1.0", "a.b", "1.2.3", "", "-1.2"])
def test_anything_else_is_not_a_round(text: str) -> None:
    with pytest.raises(ValueError):
        StageRoundKey.parse(text)
