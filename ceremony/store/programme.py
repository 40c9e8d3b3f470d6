"""The tables of a ceremony's plan: programme, presenters, blocks and stage slots.

A ceremony's programme is a list of items (speeches, readings, one item per
presentation block). A block presents one award type of one decision; its awards
are cut into stage rounds, and each award has one slot: (block, round, position
left to right). Positions are not unique-constrained: a drag-and-drop move
renumbers several rows in one flush, and a transient clash must not abort it;
the services keep them dense (1..n) instead.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from ceremony.store.base import Base, Timestamped
from ceremony.store.enums import sql_in

NAME = 300
SHORT = 120


class Attendance(StrEnum):
    """Check-in state of an award's recipient on the ceremony day."""

    EXPECTED = "expected"  # not checked in yet
    PRESENT = "present"
    ABSENT = "absent"  # nobody receives it on stage
    PROXY = "proxy"  # someone receives it on the honoree's behalf


class InnerOrder(StrEnum):
    LIST = "list"  # as the decision's annex lists them
    NAME = "name"  # Vietnamese official name order


class ItemKind(StrEnum):
    SEGMENT = "segment"  # a speech, a song, a reading: title, speaker, minutes
    BLOCK = "block"  # a presentation block: its duration is estimated from its rounds


class Presenter(Timestamped, Base):
    """A dignitary who hands awards over at one ceremony."""

    __tablename__ = "presenters"
    __table_args__ = (CheckConstraint("position >= 0", name="position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ceremony_id: Mapped[int] = mapped_column(
        ForeignKey("ceremonies.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(NAME))
    rank: Mapped[str] = mapped_column(String(SHORT), default="")
    title: Mapped[str] = mapped_column(String(NAME), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class PresentationBlock(Timestamped, Base):
    """The presentation of one award type (of one decision) at a ceremony."""

    __tablename__ = "presentation_blocks"
    __table_args__ = (
        CheckConstraint("round_size BETWEEN 1 AND 100", name="round_size"),
        CheckConstraint(f"inner_order IN ({sql_in(InnerOrder)})", name="inner_order"),
        CheckConstraint("slot_minutes IS NULL OR slot_minutes >= 0", name="slot_minutes"),
        Index(None, "ceremony_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ceremony_id: Mapped[int] = mapped_column(ForeignKey("ceremonies.id", ondelete="CASCADE"))
    award_type_id: Mapped[int] = mapped_column(
        ForeignKey("award_types.id", ondelete="RESTRICT"), index=True
    )
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    # At most this many people on stage at once: set from the stage's width.
    round_size: Mapped[int] = mapped_column(Integer, default=10)
    inner_order: Mapped[str] = mapped_column(String(8), default=InnerOrder.LIST.value)
    collectives_first: Mapped[bool] = mapped_column(Boolean, default=True)
    # The minutes the organisers planned for the block; None: whatever it takes.
    slot_minutes: Mapped[int | None] = mapped_column(Integer)


class BlockPresenter(Base):
    """Who presents a block's awards, in the order the MC names them."""

    __tablename__ = "block_presenters"

    block_id: Mapped[int] = mapped_column(
        ForeignKey("presentation_blocks.id", ondelete="CASCADE"), primary_key=True
    )
    presenter_id: Mapped[int] = mapped_column(
        ForeignKey("presenters.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class StageSlot(Base):
    """Where an award is presented: block, round, place on stage (1 = leftmost)."""

    __tablename__ = "stage_slots"
    __table_args__ = (
        CheckConstraint("round_number >= 1", name="round_number"),
        CheckConstraint("position >= 1", name="position"),
        Index(None, "block_id", "round_number", "position"),
    )

    award_id: Mapped[int] = mapped_column(
        ForeignKey("awards.id", ondelete="CASCADE"), primary_key=True
    )
    block_id: Mapped[int] = mapped_column(
        ForeignKey("presentation_blocks.id", ondelete="CASCADE")
    )
    round_number: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)


class ProgrammeItem(Timestamped, Base):
    """One line of the running order; start times follow from the order and durations."""

    __tablename__ = "programme_items"
    __table_args__ = (
        CheckConstraint(f"kind IN ({sql_in(ItemKind)})", name="kind"),
        CheckConstraint("minutes >= 0", name="minutes"),
        # A block item points at its block; a segment never does.
        CheckConstraint("(kind = 'block') = (block_id IS NOT NULL)", name="block_link"),
        Index(None, "ceremony_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ceremony_id: Mapped[int] = mapped_column(ForeignKey("ceremonies.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16), default=ItemKind.SEGMENT.value)
    title: Mapped[str] = mapped_column(String(NAME), default="")
    speaker: Mapped[str] = mapped_column(String(NAME), default="")
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    block_id: Mapped[int | None] = mapped_column(
        ForeignKey("presentation_blocks.id", ondelete="CASCADE"), index=True
    )


class StageProgress(Base):
    """What is on stage now, so an app restarted mid-ceremony resumes there.

    A table of its own rather than columns on ceremonies: a ceremony → block
    foreign key beside block → ceremony would make the two tables a cycle that
    SQLite batch migrations cannot rebuild.
    """

    __tablename__ = "stage_progress"
    __table_args__ = (CheckConstraint("round_number >= 1", name="round_number"),)

    ceremony_id: Mapped[int] = mapped_column(
        ForeignKey("ceremonies.id", ondelete="CASCADE"), primary_key=True
    )
    block_id: Mapped[int | None] = mapped_column(
        ForeignKey("presentation_blocks.id", ondelete="SET NULL"), index=True
    )
    round_number: Mapped[int] = mapped_column(Integer, default=1)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
