"""The registry's tables: who was honoured, with what, by which decision, where.

Text columns hold the canonical form (NFC, trimmed, single-spaced); keys used
for searching, duplicate checks and Vietnamese ordering are stored beside it so
SQLite and PostgreSQL filter and sort identically.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ceremony.store.base import Base, Timestamped
from ceremony.store.enums import (
    AwardCategory,
    AwardStatus,
    Gender,
    HonoreeKind,
    Language,
    Recipients,
    sql_in,
)

NAME = 300  # longest organisation names in decision annexes run to ~200 characters
SHORT = 120


class Unit(Timestamped, Base):
    """An organisation a person belongs to; units nest (a post inside a command)."""

    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("parent_id", "duplicate_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME))
    duplicate_key: Mapped[str] = mapped_column(String(NAME))
    search_key: Mapped[str] = mapped_column(String(NAME), index=True)
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT"), index=True
    )


class Honoree(Timestamped, Base):
    """A person or a collective honoured as a whole."""

    __tablename__ = "honorees"
    __table_args__ = (
        CheckConstraint(f"kind IN ({sql_in(HonoreeKind)})", name="kind"),
        CheckConstraint(f"gender IS NULL OR gender IN ({sql_in(Gender)})", name="gender"),
        CheckConstraint("birth_year IS NULL OR birth_year BETWEEN 1850 AND 2200", name="year"),
        Index(None, "duplicate_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(NAME))
    name_as_typed: Mapped[str] = mapped_column(String(NAME))
    family_name: Mapped[str] = mapped_column(String(SHORT), default="")
    middle_name: Mapped[str] = mapped_column(String(SHORT), default="")
    given_name: Mapped[str] = mapped_column(String(SHORT), default="")
    # Searched with "contains" (LIKE '%…%'), which no B-tree index can serve:
    # an index would only cost every insert.
    search_key: Mapped[str] = mapped_column(String(NAME))
    duplicate_key: Mapped[str] = mapped_column(String(NAME))
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, index=True)
    gender: Mapped[str | None] = mapped_column(String(8))
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    ethnicity: Mapped[str] = mapped_column(String(SHORT), default="")
    rank: Mapped[str] = mapped_column(String(SHORT), default="")
    position: Mapped[str] = mapped_column(String(NAME), default="")
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # The import that created this honoree (None if typed in): undoing that import
    # removes the honorees it created, never ones it only linked to.
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    # Optimistic locking: two clerks saving the same honoree must not overwrite each other.
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Unit | None] = relationship(lazy="joined")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it)


class Authority(Timestamped, Base):
    """Who confers awards: the title line, the signer and the place of signing."""

    __tablename__ = "authorities"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME))
    title_line: Mapped[str] = mapped_column(String(NAME), default="")
    signer_title: Mapped[str] = mapped_column(String(NAME), default="")
    signer_name: Mapped[str] = mapped_column(String(SHORT), default="")
    place_name: Mapped[str] = mapped_column(String(SHORT), default="")


class AwardType(Timestamped, Base):
    """A form of award (medal, certificate of merit, …) conferred by one authority."""

    __tablename__ = "award_types"
    __table_args__ = (
        UniqueConstraint("authority_id", "name"),
        CheckConstraint(f"category IN ({sql_in(AwardCategory)})", name="category"),
        CheckConstraint(f"recipients IN ({sql_in(Recipients)})", name="recipients"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME))
    category: Mapped[str] = mapped_column(String(32))
    authority_id: Mapped[int] = mapped_column(
        ForeignKey("authorities.id", ondelete="RESTRICT"), index=True
    )
    recipients: Mapped[str] = mapped_column(String(16), default=Recipients.BOTH.value)
    once_per_honoree: Mapped[bool] = mapped_column(Boolean, default=False)
    precedence: Mapped[int] = mapped_column(Integer, default=100)
    default_citation: Mapped[str] = mapped_column(Text, default="")
    default_template: Mapped[str] = mapped_column(String(SHORT), default="")

    authority: Mapped[Authority] = relationship(lazy="joined")


class Decision(Timestamped, Base):
    """The legal act (number, date, signer) that confers a set of awards."""

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("authority_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(SHORT))
    date: Mapped[date | None] = mapped_column(Date)
    authority_id: Mapped[int] = mapped_column(
        ForeignKey("authorities.id", ondelete="RESTRICT"), index=True
    )
    signer_title: Mapped[str] = mapped_column(String(NAME), default="")
    signer_name: Mapped[str] = mapped_column(String(SHORT), default="")


class Ceremony(Timestamped, Base):
    """An event at which awards are presented."""

    __tablename__ = "ceremonies"
    __table_args__ = (
        CheckConstraint(f"language IN ({sql_in(Language)})", name="language"),
        CheckConstraint("seconds_per_person >= 0 AND seconds_per_round >= 0"
                        " AND seconds_per_reading >= 0", name="timing"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(NAME))
    date: Mapped[date] = mapped_column(Date)
    time: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(NAME), default="")
    place_name: Mapped[str] = mapped_column(String(SHORT), default="")
    language: Mapped[str] = mapped_column(String(2), default=Language.VI.value)
    # The time estimate of the running order: walk-on and handing over per person,
    # assembling and the photo per round, reading out each decision.
    seconds_per_person: Mapped[int] = mapped_column(Integer, default=20, server_default="20")
    seconds_per_round: Mapped[int] = mapped_column(Integer, default=60, server_default="60")
    seconds_per_reading: Mapped[int] = mapped_column(Integer, default=90, server_default="90")


class ImportBatch(Base):
    """One import of a nominee list, so a whole batch can be traced or undone."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(1000))
    sheet: Mapped[str] = mapped_column(String(SHORT), default="")
    ceremony_id: Mapped[int | None] = mapped_column(
        ForeignKey("ceremonies.id", ondelete="SET NULL"), index=True
    )
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(SHORT), default="")
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    # The file's SHA-256, so importing the same file twice can be noticed.
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImportMapping(Base):
    """How the columns of a list with a given header signature map to fields.

    Offices send the same layout year after year; remembering the mapping by the
    normalised header row lets the next list from that office map itself.
    """

    __tablename__ = "import_mappings"
    __table_args__ = (UniqueConstraint("signature"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    signature: Mapped[str] = mapped_column(String(64))  # SHA-256 of the normalised headers
    headers: Mapped[str] = mapped_column(Text)  # JSON list, for showing to the user
    mapping: Mapped[str] = mapped_column(Text)  # JSON {column index: field}
    used_at: Mapped[datetime] = mapped_column(DateTime)


class PrinterProfile(Timestamped, Base):
    """Per printer and tray: how far and how much the output must move to land on a blank."""

    __tablename__ = "printer_profiles"
    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint("scale > 0.5 AND scale < 1.5", name="scale"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT))
    printer: Mapped[str] = mapped_column(String(NAME), default="")
    tray: Mapped[str] = mapped_column(String(SHORT), default="")
    offset_x_mm: Mapped[float] = mapped_column(Float, default=0.0)
    offset_y_mm: Mapped[float] = mapped_column(Float, default=0.0)
    scale: Mapped[float] = mapped_column(Float, default=1.0)


class RegisterCounter(Base):
    """The last register number (số sổ vàng) given out, per authority and year.

    Numbers are taken from here inside the transaction that records a real print,
    so they are never reused and never assigned by a preview.
    """

    __tablename__ = "register_counters"

    authority_id: Mapped[int] = mapped_column(
        ForeignKey("authorities.id", ondelete="RESTRICT"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Award(Timestamped, Base):
    """One conferral: an honoree receives an award type by a decision, at a ceremony."""

    __tablename__ = "awards"
    __table_args__ = (
        UniqueConstraint("honoree_id", "award_type_id", "decision_id"),
        CheckConstraint(f"status IN ({sql_in(AwardStatus)})", name="status"),
        CheckConstraint("print_count >= 0", name="print_count"),
        CheckConstraint("attendance IN ('expected', 'present', 'absent', 'proxy')",
                        name="attendance"),
        Index(None, "ceremony_id", "list_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: the unique (honoree_id, award_type_id, decision_id) one
    # starts with it and serves every lookup by honoree.
    honoree_id: Mapped[int] = mapped_column(ForeignKey("honorees.id", ondelete="RESTRICT"))
    award_type_id: Mapped[int] = mapped_column(
        ForeignKey("award_types.id", ondelete="RESTRICT"), index=True
    )
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="RESTRICT"), index=True
    )
    ceremony_id: Mapped[int | None] = mapped_column(
        ForeignKey("ceremonies.id", ondelete="SET NULL")
    )
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    citation: Mapped[str] = mapped_column(Text, default="")
    posthumous: Mapped[bool] = mapped_column(Boolean, default=False)
    register_no: Mapped[str] = mapped_column(String(SHORT), default="")
    status: Mapped[str] = mapped_column(String(16), default=AwardStatus.NOMINATED.value)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    last_printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Position in the list as the decision's annex gives it: the default stage order.
    list_position: Mapped[int] = mapped_column(Integer, default=0)
    # Who receives it on stage when not the honoree: a collective's representative,
    # a proxy for an absent person, a relative for a posthumous award.
    receiver_name: Mapped[str] = mapped_column(String(NAME), default="", server_default="")
    receiver_title: Mapped[str] = mapped_column(String(NAME), default="", server_default="")
    # Check-in on the ceremony day (ceremony.store.programme.Attendance).
    attendance: Mapped[str] = mapped_column(String(16), default="expected",
                                            server_default="expected")
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    presented_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    honoree: Mapped[Honoree] = relationship(lazy="joined")
    award_type: Mapped[AwardType] = relationship(lazy="joined")
    decision: Mapped[Decision | None] = relationship(lazy="joined")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it)


class RegistrySetting(Base):
    """A setting that belongs to the registry, not to one user: every clerk's app and
    the database itself must agree on it (the tone order of the stored sort keys)."""

    __tablename__ = "registry_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who changed what, when: the registry is a legal record."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_name: Mapped[str] = mapped_column(String(SHORT))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="")


# The ceremony plan's tables live in their own module; importing it here registers
# them with Base.metadata wherever the models are loaded (Alembic included).
import ceremony.store.programme  # noqa: E402, F401
