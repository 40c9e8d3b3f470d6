"""What every screen's gateway to the services starts with.

A gateway imports the services on first use, so that a page can be built at
start-up without pulling SQLAlchemy or ReportLab in (tests/ui/test_startup_imports.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ceremony.services.records import CeremonyInfo
    from ceremony.store.registry import Registry


class RegistryGateway:
    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    @property
    def read_only(self) -> bool:
        return self.registry.read_only

    def ceremonies(self) -> list[CeremonyInfo]:
        from ceremony.services.ceremonies import list_ceremonies

        return list_ceremonies(self.registry)
