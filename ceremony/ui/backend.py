"""The window's way to the services, importing them on first use.

The ORM models and use cases cost ~80 ms to import; deferring them until the
window is on screen is most of what keeps the cold start near a bare Qt window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ceremony.services.browse import BrowseRow
    from ceremony.services.ceremony_fields import CeremonyFields
    from ceremony.services.editing import HonoreeFields
    from ceremony.services.history import HistoryEntry
    from ceremony.services.honorees import HonoreeInput
    from ceremony.services.imports import BatchInfo
    from ceremony.services.records import AwardRow, CeremonyInfo
    from ceremony.services.reference_records import AuthorityInfo, AwardTypeInfo, DecisionInfo, Info
    from ceremony.store.registry import Registry


class Backend:
    """Plain calls in, plain records out; no ORM object ever reaches a widget."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    @property
    def location(self) -> str:
        return self.registry.location

    @property
    def read_only(self) -> bool:
        return self.registry.read_only

    def ceremonies(self) -> list[CeremonyInfo]:
        from ceremony.services.ceremonies import list_ceremonies

        return list_ceremonies(self.registry)

    def awards(self, ceremony_id: int, search: str | None = None) -> Sequence[AwardRow]:
        from ceremony.services.honorees import list_awards

        return list_awards(self.registry, ceremony_id=ceremony_id, search=search)

    def add_ceremony(self, fields: CeremonyFields) -> int:
        from ceremony.services.ceremonies import add_ceremony

        added = add_ceremony(self.registry, fields.title, fields.date, at=fields.time,
                             venue=fields.venue, place_name=fields.place_name,
                             language=fields.language)
        return added.id

    def update_ceremony(self, ceremony_id: int, fields: CeremonyFields) -> CeremonyFields:
        from ceremony.services.ceremonies import update_ceremony

        return update_ceremony(self.registry, ceremony_id, fields)

    def remove_ceremony(self, ceremony_id: int) -> None:
        from ceremony.services.ceremonies import remove_ceremony

        remove_ceremony(self.registry, ceremony_id)

    def load_sample(self) -> CeremonyInfo:
        from ceremony.services.sample import load_sample

        info, _loaded = load_sample(self.registry)
        return info

    def browse_rows(self) -> list[BrowseRow]:
        from ceremony.services.browse import load_browse_rows

        return load_browse_rows(self.registry)

    def honoree(self, honoree_id: int) -> HonoreeFields:
        from ceremony.services.editing import honoree_fields

        return honoree_fields(self.registry, honoree_id)

    def add_honoree(self, entry: HonoreeInput) -> HonoreeFields:
        from ceremony.services.editing import add_honoree

        return add_honoree(self.registry, entry)

    def update_honoree(self, honoree_id: int, entry: HonoreeInput,
                       version: int) -> HonoreeFields:
        from ceremony.services.editing import update_honoree

        return update_honoree(self.registry, honoree_id, entry, version)

    def remove_honoree(self, honoree_id: int) -> HonoreeFields:
        from ceremony.services.editing import remove_honoree

        return remove_honoree(self.registry, honoree_id)

    def reference_lists(self) -> tuple[list[AuthorityInfo], list[AwardTypeInfo],
                                       list[DecisionInfo]]:
        from ceremony.services import reference

        return (reference.list_authorities(self.registry),
                reference.list_award_types(self.registry),
                reference.list_decisions(self.registry))

    def save_reference(self, info: Info) -> tuple[Info, Info | None]:
        from ceremony.services.reference import save

        return save(self.registry, info)

    def remove_reference(self, info: Info) -> None:
        from ceremony.services.reference import remove

        remove(self.registry, info)

    def history(self, honoree_id: int) -> list[HistoryEntry]:
        from ceremony.services.history import award_history

        return award_history(self.registry, honoree_id)

    def set_award_values(self, field: str, values: dict[int, Any]) -> dict[int, Any]:
        """Set one field of several awards (status, citation or ceremony); returns the old."""
        from ceremony.services import editing

        setters: dict[str, Callable[[Registry, dict[int, Any]], dict[int, Any]]] = {
            "status": editing.set_award_statuses,
            "citation": editing.set_award_citations,
            "ceremony": editing.set_award_ceremonies,
        }
        return setters[field](self.registry, values)

    def import_batches(self) -> list[BatchInfo]:
        from ceremony.services.imports import list_batches

        return list_batches(self.registry)

    def undo_import(self, batch_id: int) -> tuple[int, int]:
        from ceremony.services.imports import undo_batch

        return undo_batch(self.registry, batch_id)

    def tone_order(self) -> str:
        from ceremony.services.tone_order import get_tone_order

        return get_tone_order(self.registry).value

    def set_tone_order(self, order: str) -> None:
        from ceremony.services.tone_order import set_tone_order
        from ceremony.text import ToneOrder

        set_tone_order(self.registry, ToneOrder(order))
