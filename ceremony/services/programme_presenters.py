"""The dignitaries who present awards: kept per ceremony, assigned to blocks.

Each change returns what it replaced so the editor can undo it through the
same functions (update with the old values, re-add what was removed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.ceremonies import require_ceremony
from ceremony.services.programme_records import PresenterInfo, PresenterInput
from ceremony.store.programme import BlockPresenter, PresentationBlock, Presenter
from ceremony.store.registry import Registry
from ceremony.text import canonical_text


@dataclass(frozen=True)
class RemovedPresenter:
    """A presenter as removed, with the blocks they presented (block id, place)."""

    ceremony_id: int
    info: PresenterInfo
    blocks: tuple[tuple[int, int], ...]


def add_presenter(registry: Registry, ceremony_id: int, entry: PresenterInput) -> PresenterInfo:
    name = _checked(entry)
    with registry.transaction() as session:
        require_ceremony(session, ceremony_id)
        last = session.scalar(select(func.max(Presenter.position))
                              .where(Presenter.ceremony_id == ceremony_id))
        presenter = Presenter(ceremony_id=ceremony_id, name=name,
                              rank=canonical_text(entry.rank), title=canonical_text(entry.title),
                              position=(last or 0) + 1)
        session.add(presenter)
        session.flush()
        audit.record(session, "add", "presenter", presenter.id, name=name)
        return _info(presenter)


def update_presenter(registry: Registry, presenter_id: int,
                     entry: PresenterInput) -> PresenterInput:
    """Change a presenter's name, rank or title; returns the old ones."""
    name = _checked(entry)
    with registry.transaction() as session:
        presenter = _require(session, presenter_id)
        before = PresenterInput(presenter.name, presenter.rank, presenter.title)
        presenter.name = name
        presenter.rank = canonical_text(entry.rank)
        presenter.title = canonical_text(entry.title)
        audit.record(session, "edit", "presenter", presenter_id, name=name)
    return before


def remove_presenter(registry: Registry, presenter_id: int) -> RemovedPresenter:
    with registry.transaction() as session:
        presenter = _require(session, presenter_id)
        links = tuple((block_id, position) for block_id, position in session.execute(
            select(BlockPresenter.block_id, BlockPresenter.position)
            .where(BlockPresenter.presenter_id == presenter_id)))
        removed = RemovedPresenter(presenter.ceremony_id, _info(presenter), links)
        session.execute(delete(BlockPresenter).where(BlockPresenter.presenter_id == presenter_id))
        session.delete(presenter)
        audit.record(session, "remove", "presenter", presenter_id, name=removed.info.name)
    return removed


def restore_presenter(registry: Registry, removed: RemovedPresenter) -> PresenterInfo:
    """Undo a removal: the same presenter, id and blocks back."""
    info = removed.info
    with registry.transaction() as session:
        session.add(Presenter(id=info.id, ceremony_id=removed.ceremony_id, name=info.name,
                              rank=info.rank, title=info.title, position=info.position))
        session.flush()
        existing = set(session.scalars(select(PresentationBlock.id).where(
            PresentationBlock.ceremony_id == removed.ceremony_id)))
        rows = [{"block_id": block_id, "presenter_id": info.id, "position": position}
                for block_id, position in removed.blocks if block_id in existing]
        if rows:
            session.execute(insert(BlockPresenter), rows)
        audit.record(session, "restore", "presenter", info.id, name=info.name)
    return info


def set_block_presenters(registry: Registry, block_id: int,
                         presenter_ids: Sequence[int]) -> tuple[int, ...]:
    """Who presents a block, in the order the MC names them; returns who did before."""
    with registry.transaction() as session:
        block = session.get(PresentationBlock, block_id)
        if block is None:
            raise DataError("programme.block_not_found", id=block_id)
        for presenter_id in presenter_ids:
            if _require(session, presenter_id).ceremony_id != block.ceremony_id:
                raise DataError("programme.presenter_not_found", id=presenter_id)
        before = tuple(session.scalars(select(BlockPresenter.presenter_id)
                                       .where(BlockPresenter.block_id == block_id)
                                       .order_by(BlockPresenter.position)))
        session.execute(delete(BlockPresenter).where(BlockPresenter.block_id == block_id))
        rows = [{"block_id": block_id, "presenter_id": presenter_id, "position": position}
                for position, presenter_id in enumerate(dict.fromkeys(presenter_ids), start=1)]
        if rows:
            session.execute(insert(BlockPresenter), rows)
        audit.record(session, "set_presenters", "presentation_block", block_id,
                     presenters=list(presenter_ids))
    return before


def _checked(entry: PresenterInput) -> str:
    name = canonical_text(entry.name)
    if not name:
        raise DataError("programme.presenter_name_empty")
    return name


def _require(session: Session, presenter_id: int) -> Presenter:
    presenter = session.get(Presenter, presenter_id)
    if presenter is None:
        raise DataError("programme.presenter_not_found", id=presenter_id)
    return presenter


def _info(presenter: Presenter) -> PresenterInfo:
    return PresenterInfo(presenter.id, presenter.name, presenter.rank, presenter.title,
                         presenter.position)
