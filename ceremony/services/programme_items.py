"""The programme's items: built from a template, edited one action at a time.

Start times are never stored: they follow from the ceremony's start and the
durations, so they recompute whenever anything changes (programme_view).
Every edit returns the plan as it was, for undo through restore_plan.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.ceremonies import require_ceremony
from ceremony.services.programme_snapshot import PlanSnapshot, take_snapshot
from ceremony.services.programme_templates import BLOCKS, Segment, template_named
from ceremony.store.programme import ItemKind, PresentationBlock, ProgrammeItem
from ceremony.store.registry import Registry
from ceremony.text import canonical_text


def build_programme(registry: Registry, ceremony_id: int,
                    template: str | None = None) -> PlanSnapshot:
    """Replace the programme with a template's (by default the one for the ceremony's
    language), the presentation blocks in their place."""
    with registry.transaction() as session:
        ceremony = require_ceremony(session, ceremony_id)
        before = take_snapshot(session, ceremony_id)
        for item in _items(session, ceremony_id):
            session.delete(item)
        session.flush()
        _from_template(session, ceremony_id, template_named(template, ceremony.language))
        audit.record(session, "build_programme", "ceremony", ceremony_id, template=template)
    return before


def sync_block_items(session: Session, ceremony_id: int) -> None:
    """Give every block an item and put the block items in block order.

    A ceremony with no programme yet gets its language's template; a new block's
    item goes after the last block item. Block items keep the places they hold
    among the segments; only which block fills each place follows the blocks.
    """
    items = _items(session, ceremony_id)
    if not items:
        language = require_ceremony(session, ceremony_id).language
        _from_template(session, ceremony_id, template_named(None, language))
        return
    blocks = _blocks(session, ceremony_id)
    block_items = [item for item in items if item.kind == ItemKind.BLOCK]
    anchor = items.index(block_items[-1]) + 1 if block_items else len(items)
    for block in blocks[len(block_items):]:
        item = ProgrammeItem(ceremony_id=ceremony_id, kind=ItemKind.BLOCK.value, title="",
                             speaker="", minutes=0, block_id=block.id)
        session.add(item)
        items.insert(anchor, item)
        block_items.append(item)
        anchor += 1
    for item, block in zip(block_items, blocks, strict=False):
        item.block_id = block.id
    _renumber(items)


def _from_template(session: Session, ceremony_id: int,
                   template: tuple[Segment | None, ...]) -> None:
    position = 0
    for entry in template:
        if entry is BLOCKS:
            for block in _blocks(session, ceremony_id):
                position += 1
                session.add(ProgrammeItem(ceremony_id=ceremony_id, position=position,
                                          kind=ItemKind.BLOCK.value, title="", speaker="",
                                          minutes=0, block_id=block.id))
            continue
        assert entry is not None
        position += 1
        session.add(ProgrammeItem(ceremony_id=ceremony_id, position=position,
                                  kind=ItemKind.SEGMENT.value, title=entry.title,
                                  speaker=entry.speaker, minutes=entry.minutes))


def add_segment(registry: Registry, ceremony_id: int, segment: Segment,
                index: int | None = None) -> PlanSnapshot:
    """Insert a segment at *index* (0-based; None: at the end)."""
    with registry.transaction() as session:
        require_ceremony(session, ceremony_id)
        before = take_snapshot(session, ceremony_id)
        items = _items(session, ceremony_id)
        item = ProgrammeItem(ceremony_id=ceremony_id, kind=ItemKind.SEGMENT.value)
        _set(item, segment)
        session.add(item)
        items.insert(len(items) if index is None else max(0, index), item)
        _renumber(items)
        audit.record(session, "add_segment", "ceremony", ceremony_id, title=item.title)
    return before


def update_segment(registry: Registry, item_id: int, segment: Segment) -> PlanSnapshot:
    with registry.transaction() as session:
        item = _require(session, item_id)
        before = take_snapshot(session, item.ceremony_id)
        if item.kind != ItemKind.SEGMENT:
            raise DataError("programme.not_a_segment", id=item_id)
        _set(item, segment)
        audit.record(session, "edit_segment", "programme_item", item_id, title=item.title)
    return before


def remove_segment(registry: Registry, item_id: int) -> PlanSnapshot:
    with registry.transaction() as session:
        item = _require(session, item_id)
        before = take_snapshot(session, item.ceremony_id)
        if item.kind != ItemKind.SEGMENT:
            raise DataError("programme.not_a_segment", id=item_id)
        items = [other for other in _items(session, item.ceremony_id) if other.id != item_id]
        session.delete(item)
        _renumber(items)
        audit.record(session, "remove_segment", "programme_item", item_id)
    return before


def move_item(registry: Registry, item_id: int, index: int) -> PlanSnapshot:
    """Move a segment (or a block's item, and so the block) to *index* (0-based)."""
    with registry.transaction() as session:
        item = _require(session, item_id)
        before = take_snapshot(session, item.ceremony_id)
        items = [other for other in _items(session, item.ceremony_id) if other.id != item_id]
        items.insert(max(0, min(index, len(items))), item)
        _renumber(items)
        # The blocks follow their items, so the MC script and the stage agree.
        order = [other.block_id for other in items if other.block_id is not None]
        for block in _blocks(session, item.ceremony_id):
            block.position = order.index(block.id) + 1
        audit.record(session, "move_item", "programme_item", item_id, index=index)
    return before


def _set(item: ProgrammeItem, segment: Segment) -> None:
    if segment.minutes < 0:
        raise DataError("programme.bad_minutes", minutes=segment.minutes)
    item.title = canonical_text(segment.title)
    item.speaker = canonical_text(segment.speaker)
    item.minutes = segment.minutes


def _renumber(items: list[ProgrammeItem]) -> None:
    for position, item in enumerate(items, start=1):
        item.position = position


def _items(session: Session, ceremony_id: int) -> list[ProgrammeItem]:
    return list(session.scalars(
        select(ProgrammeItem).where(ProgrammeItem.ceremony_id == ceremony_id)
        .order_by(ProgrammeItem.position, ProgrammeItem.id)))


def _blocks(session: Session, ceremony_id: int) -> list[PresentationBlock]:
    return list(session.scalars(
        select(PresentationBlock).where(PresentationBlock.ceremony_id == ceremony_id)
        .order_by(PresentationBlock.position, PresentationBlock.id)))


def _require(session: Session, item_id: int) -> ProgrammeItem:
    item = session.get(ProgrammeItem, item_id)
    if item is None:
        raise DataError("programme.item_not_found", id=item_id)
    return item
