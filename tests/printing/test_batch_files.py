"""A batch's files: written before the print is recorded, all or none, shared modes.

The blanks are pre-printed and cannot be wasted: a print recorded without its file
(register numbers taken, status printed) or a file left without its record would
send the clerk to the printer with the wrong thing.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ceremony.errors import CeremonyError, DiskFullError
from ceremony.messages import render
from ceremony.printing.batch import BatchRequest, run_batch
from ceremony.printing.output import OutputError, replace_atomically, write_all
from ceremony.services.ceremonies import list_ceremonies
from ceremony.services.certificates import CertificateSelection
from ceremony.store.models import Award, RegisterCounter
from ceremony.store.registry import Registry

MEDALS = "Kỷ niệm chương"  # 15 awards in the sample ceremony


def medals(registry: Registry) -> CertificateSelection:
    return CertificateSelection(ceremony_id=list_ceremonies(registry)[0].id, award=MEDALS)


def recorded(registry: Registry) -> tuple[list[str], int, list[str]]:
    """What the registry says was printed: register numbers, print counts, statuses."""
    with registry.reading() as session:
        awards = session.scalars(select(Award)).all()
        counters = session.scalars(select(RegisterCounter)).all()
        return ([a.register_no for a in awards if a.register_no],
                sum(a.print_count for a in awards) + len(counters),
                sorted({a.status for a in awards}))


def assert_nothing_recorded(registry: Registry) -> None:
    numbers, prints, statuses = recorded(registry)
    assert numbers == [] and prints == 0
    assert "printed" not in statuses


def failing_replace(fail_at: int, error: OSError) -> tuple[list[str], object]:
    """os.replace that fails on its *fail_at*-th call (from 1), as a locked file would."""
    real = os.replace
    calls: list[str] = []

    def replace(source: str, target: str) -> None:
        calls.append(str(target))
        if len(calls) == fail_at:
            raise error
        real(source, target)

    return calls, replace


def test_a_folder_in_the_way_records_nothing(any_sample_registry: Registry,
                                             tmp_path: Path) -> None:
    sample_registry = any_sample_registry  # on SQLite and on PostgreSQL
    out = tmp_path / "out"
    folder = out / "out.pdf"
    folder.mkdir(parents=True)
    with pytest.raises(OutputError) as refused:
        run_batch(sample_registry, BatchRequest(medals(sample_registry), folder, real=True))
    assert refused.value.key == "file.write_failed"
    vi = render(refused.value.key, "vi", **refused.value.params)
    assert str(folder) in vi and "đó là một thư mục" in vi
    assert "it is a folder" in str(refused.value)
    assert_nothing_recorded(sample_registry)
    assert list(folder.iterdir()) == [] and list(out.iterdir()) == [folder]


def test_a_pdf_open_in_a_viewer_keeps_the_old_one_and_records_nothing(
        sample_registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows refuses to replace a file Acrobat has open: os.replace raises PermissionError.
    out = tmp_path / "out"
    out.mkdir()
    target = out / "in.pdf"
    target.write_bytes(b"%PDF- yesterday's preview")
    _, replace = failing_replace(1, PermissionError(errno.EACCES, "Access is denied"))
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OutputError) as refused:
        run_batch(sample_registry, BatchRequest(medals(sample_registry), target, real=True))
    message = render(refused.value.key, "en", **refused.value.params)
    assert str(target) in message and "open in another program" in message
    assert "trình xem PDF" in render(refused.value.key, "vi", **refused.value.params)
    assert target.read_bytes() == b"%PDF- yesterday's preview"
    assert [p.name for p in out.iterdir()] == ["in.pdf"]
    assert_nothing_recorded(sample_registry)


def test_a_split_batch_that_fails_half_way_leaves_no_file(
        any_sample_registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sample_registry = any_sample_registry
    folder = tmp_path / "each"
    calls, replace = failing_replace(7, PermissionError(errno.EACCES, "Permission denied"))
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OutputError) as refused:
        run_batch(sample_registry, BatchRequest(medals(sample_registry), folder, split=True,
                                                real=True))
    # Six files had been renamed into place: they were taken back with the temporaries.
    assert refused.value.params["path"] == calls[6] and len(calls) == 7
    assert list(folder.iterdir()) == []
    assert_nothing_recorded(sample_registry)

    monkeypatch.undo()  # the same batch then goes through, numbered from 1
    result = run_batch(sample_registry, BatchRequest(medals(sample_registry), folder,
                                                     split=True, real=True))
    assert len(result.files) == 15 and all(len(PdfReader(f).pages) == 1 for f in result.files)
    numbers, _, _ = recorded(sample_registry)
    assert sorted(numbers, key=int) == [str(n) for n in range(1, 16)]


def test_a_failed_write_reports_each_older_file_it_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    older, new, third = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    older.write_bytes(b"%PDF-old")
    _, replace = failing_replace(3, OSError(errno.EIO, "Input/output error"))
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OutputError) as refused:
        write_all([(older, b"%PDF-a"), (new, b"%PDF-b"), (third, b"%PDF-c")])
    assert refused.value.key == "file.write_failed_replaced"
    assert refused.value.params["replaced"] == str(older)
    message = render(refused.value.key, "en", **refused.value.params)
    assert "Input/output error" in message and str(third) in message
    assert "hệ thống báo lỗi" in render(refused.value.key, "vi", **refused.value.params)
    # The one it created is gone; the one it replaced cannot come back, as the message says.
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_a_full_disk_keeps_its_message_and_records_nothing(
        sample_registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync
    out = tmp_path / "out"

    def fsync(descriptor: int) -> None:
        if os.readlink(f"/proc/self/fd/{descriptor}").startswith(str(out)):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(DiskFullError) as refused:
        run_batch(sample_registry, BatchRequest(medals(sample_registry), out, split=True,
                                                real=True))
    assert refused.value.key == "file.disk_full"
    assert list(out.iterdir()) == []
    assert_nothing_recorded(sample_registry)


def test_files_whose_print_could_not_be_recorded_are_removed(
        sample_registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The files are in place before the print is recorded; if recording then fails, they
    # carry register numbers the registry never kept, and must not be printed.
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise CeremonyError("registry.disk_full", path="registry")

    monkeypatch.setattr("ceremony.services.certificates.mark_printed", refuse)
    target = tmp_path / "out" / "print.pdf"
    with pytest.raises(CeremonyError):
        run_batch(sample_registry, BatchRequest(medals(sample_registry), target, real=True))
    assert not target.exists()
    assert_nothing_recorded(sample_registry)


def test_a_folder_with_an_earlier_batchs_pdfs_is_refused_before_anything_is_done(
        sample_registry: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "each"
    first = run_batch(sample_registry, BatchRequest(medals(sample_registry), folder,
                                                    split=True, real=True))
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    numbers_before = recorded(sample_registry)
    rendered: list[int] = []
    with pytest.raises(CeremonyError) as refused:
        run_batch(sample_registry, BatchRequest(
            medals(sample_registry), folder, split=True, real=True,
            progress=lambda done, _total: rendered.append(done)))
    assert refused.value.key == "certificates.split_folder_has_pdfs"
    assert refused.value.params["count"] == 15
    assert "Choose an empty folder" in str(refused.value)
    assert "Hãy chọn một thư mục trống" in render(refused.value.key, "vi",
                                                    **refused.value.params)
    assert rendered == []
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    assert recorded(sample_registry) == numbers_before
    assert len(first.files) == 15


def test_an_empty_folder_or_one_without_pdfs_is_used(sample_registry: Registry,
                                                     tmp_path: Path) -> None:
    empty, notes = tmp_path / "empty", tmp_path / "notes"
    empty.mkdir()
    notes.mkdir()
    (notes / "README.txt").write_text("list of honorees")
    (notes / "scans").mkdir()
    for folder in (empty, notes):
        result = run_batch(sample_registry, BatchRequest(medals(sample_registry), folder,
                                                         split=True))
        assert len(result.files) == 15 and all(f.parent == folder for f in result.files)


@pytest.fixture
def umask_027() -> Iterator[None]:
    previous = os.umask(0o027)
    yield
    os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_output_files_get_the_mode_a_normal_file_would(
        sample_registry: Registry, tmp_path: Path, umask_027: None) -> None:
    merged = run_batch(sample_registry, BatchRequest(medals(sample_registry), tmp_path / "a.pdf"))
    split = run_batch(sample_registry, BatchRequest(medals(sample_registry), tmp_path / "each",
                                                    split=True))
    single = replace_atomically(tmp_path / "sheet.pdf", b"%PDF-")
    for path in (*merged.files, *split.files, single):
        assert path.stat().st_mode & 0o777 == 0o640, path  # 0o666 & ~0o027
    os.umask(0o002)
    shared = replace_atomically(tmp_path / "shared.pdf", b"%PDF-")
    assert shared.stat().st_mode & 0o777 == 0o664
