"""The window's way to the services, importing them on first use.

The ORM models and use cases cost ~80 ms to import; deferring them until the
window is on screen is most of what keeps the cold start near a bare Qt window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ceremony.services.records import AwardRow, CeremonyInfo
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

    def load_sample(self) -> CeremonyInfo:
        from ceremony.services.sample import load_sample

        info, _loaded = load_sample(self.registry)
        return info
