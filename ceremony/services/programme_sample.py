"""The sample ceremony's plan: its presenters (from the sample file) on their blocks.

The sample file names, for each presenter, the award types they present; this
adds them to the ceremony, plans it, and assigns them to those blocks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ceremony.errors import DataError
from ceremony.services.programme_planning import auto_plan
from ceremony.services.programme_presenters import add_presenter, set_block_presenters
from ceremony.services.programme_records import PlanView, PresenterInput
from ceremony.services.programme_view import load_plan
from ceremony.services.sample import read_sample
from ceremony.store.registry import Registry
from ceremony.text import canonical_text


def plan_sample_programme(registry: Registry, ceremony_id: int,
                          path: Path | None = None) -> PlanView:
    """Plan the sample ceremony with its presenters (once: a planned one is left as it is)."""
    plan = load_plan(registry, ceremony_id)
    if plan.presenters:
        return plan
    data = read_sample(path)
    if not plan.planned:
        auto_plan(registry, ceremony_id)
        plan = load_plan(registry, ceremony_id)
    award_names = {spec["key"]: canonical_text(spec["name"]) for spec in data["award_types"]}
    for spec in data.get("presenters", []):
        presenter = add_presenter(registry, ceremony_id, _entry(spec))
        wanted = {award_names[key] for key in spec.get("award_types", [])}
        for block in plan.blocks:
            if block.award in wanted:
                current = [info.id for info in load_plan(registry, ceremony_id)
                           .block(block.id).presenters]
                set_block_presenters(registry, block.id, [*current, presenter.id])
    return load_plan(registry, ceremony_id)


def _entry(spec: dict[str, Any]) -> PresenterInput:
    if not spec.get("name"):
        raise DataError("programme.presenter_name_empty")
    return PresenterInput(spec["name"], spec.get("rank", ""), spec.get("title", ""))
