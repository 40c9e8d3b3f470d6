"""`certificates --order stage` prints in the running order's stage order (the tray order)."""

from __future__ import annotations

from ceremony.services.certificates import (
    CertificateOrder,
    CertificateSelection,
    certificate_records,
)
from ceremony.services.programme_editing import move_award
from ceremony.services.programme_sample import plan_sample_programme
from ceremony.services.programme_view import stage_order
from ceremony.store.registry import Registry


def test_certificates_follow_the_stage_after_a_move(any_sample_registry: Registry) -> None:
    plan_sample_programme(any_sample_registry, 1)
    before = stage_order(any_sample_registry, 1)
    last_of_first_round = before[7]  # the medal's first round holds eight people
    move_award(any_sample_registry, last_of_first_round, 1, 1)
    order = stage_order(any_sample_registry, 1)
    assert order[0] == last_of_first_round
    records = certificate_records(any_sample_registry, CertificateSelection(
        ceremony_id=1, order=CertificateOrder.STAGE))
    assert [r.award_id for r in records] == order
    assert len(records) == 49
