"""Batches: register numbers on real prints only, counts, refusals that change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from ceremony.printing.batch import BatchRequest, run_batch
from ceremony.printing.errors import MissingGlyphsError, PrintCancelled
from ceremony.services.ceremonies import list_ceremonies
from ceremony.services.certificates import (
    CertificateOrder,
    CertificateSelection,
    certificate_records,
)
from ceremony.store.models import Award, Honoree, RegisterCounter
from ceremony.store.registry import Registry

MEDALS = "Kỷ niệm chương"


def selection(registry: Registry, award: str | None = MEDALS,
              order: CertificateOrder = CertificateOrder.LIST) -> CertificateSelection:
    return CertificateSelection(ceremony_id=list_ceremonies(registry)[0].id, award=award,
                                order=order)


def numbers(registry: Registry) -> dict[str, str]:
    with registry.reading() as session:
        rows = session.execute(select(Honoree.name, Award.register_no)
                               .join(Honoree, Award.honoree_id == Honoree.id)).all()
    return {name: number for name, number in rows if number}


def test_a_preview_assigns_nothing_and_a_real_print_numbers_in_print_order(
        any_sample_registry: Registry, tmp_path: Path) -> None:
    registry = any_sample_registry
    chosen = selection(registry, order=CertificateOrder.NAME)
    run_batch(registry, BatchRequest(chosen, tmp_path / "preview.pdf"))
    assert numbers(registry) == {}
    assert all(r.print_count == 0 for r in certificate_records(registry, chosen))

    run_batch(registry, BatchRequest(chosen, tmp_path / "print.pdf", real=True))
    records = certificate_records(registry, chosen)
    assert [r.register_no for r in records] == [str(n) for n in range(1, 16)]
    assert all(r.print_count == 1 for r in records)

    # A reprint keeps the numbers and is counted; a new batch goes on from 15.
    run_batch(registry, BatchRequest(chosen, tmp_path / "again.pdf", real=True))
    again = certificate_records(registry, chosen)
    assert [r.register_no for r in again] == [r.register_no for r in records]
    assert all(r.print_count == 2 for r in again)
    run_batch(registry, BatchRequest(selection(registry, "Bộ Tư lệnh"), tmp_path / "bk.pdf",
                                     real=True))
    given = list(numbers(registry).values())
    assert len(given) == len(set(given)) == 21  # the same authority: 16..21, never reused
    with registry.reading() as session:
        counters = session.scalars(select(RegisterCounter)).all()
    assert [(c.year, c.last_number) for c in counters] == [(2024, 21)]


def test_a_failed_or_cancelled_print_records_nothing_and_writes_nothing(
        sample_registry: Registry, tmp_path: Path) -> None:
    chosen = selection(sample_registry)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "print.pdf"
    target.write_bytes(b"%PDF- the good one")
    with pytest.raises(PrintCancelled):
        run_batch(sample_registry, BatchRequest(chosen, target, real=True,
                                                cancelled=lambda: True))
    assert numbers(sample_registry) == {}
    assert target.read_bytes() == b"%PDF- the good one"
    assert [p.name for p in target.parent.iterdir()] == ["print.pdf"]
    with sample_registry.reading() as session:
        assert session.scalars(select(RegisterCounter)).all() == []


def test_a_letter_no_font_has_refuses_the_whole_batch(sample_registry: Registry,
                                                       tmp_path: Path) -> None:
    with sample_registry.transaction() as session:
        honoree = session.scalars(select(Honoree).where(Honoree.name == "Bế Thị Ngọc Hà")).one()
        honoree.name = "Bế Thị Ngọc Hà 中"
    with pytest.raises(MissingGlyphsError) as refused:
        run_batch(sample_registry, BatchRequest(selection(sample_registry), tmp_path / "x.pdf",
                                                real=True))
    assert refused.value.problems == ["Bế Thị Ngọc Hà 中 — name (display): “中” U+4E2D"]
    assert not (tmp_path / "x.pdf").exists()
    assert numbers(sample_registry) == {}


def test_progress_is_reported_for_every_page(sample_registry: Registry, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = run_batch(sample_registry, BatchRequest(
        selection(sample_registry), tmp_path / "each", split=True,
        progress=lambda done, total: seen.append((done, total))))
    assert result.pages == 15 and len(result.files) == 15
    assert seen[-1] == (15, 15) and len(seen) == 15
