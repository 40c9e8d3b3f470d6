"""Printer profiles refuse offsets and scales that are not finite numbers.

NaN passes a "too large" check (every comparison with it is false): SQLite would
store it as NULL and fail, PostgreSQL would keep it and every PDF printed through
the profile would carry it.
"""

from __future__ import annotations

import math

import pytest

from ceremony.errors import DataError
from ceremony.services.printer_profiles import ProfileInfo, list_profiles, save_profile
from ceremony.store.registry import Registry

NAN, INF = math.nan, math.inf


@pytest.mark.parametrize(("x", "y", "scale", "key"), [
    (NAN, 0.0, 1.0, "profile.offset_range"),
    (0.0, NAN, 1.0, "profile.offset_range"),
    (INF, 0.0, 1.0, "profile.offset_range"),
    (0.0, -INF, 1.0, "profile.offset_range"),
    (0.0, 0.0, NAN, "profile.scale_range"),
    (0.0, 0.0, INF, "profile.scale_range"),
])
def test_nan_and_infinity_are_refused_and_nothing_is_saved(
        any_registry: Registry, x: float, y: float, scale: float, key: str) -> None:
    with pytest.raises(DataError) as refused:
        save_profile(any_registry, ProfileInfo("Canon khay 2", offset_x_mm=x, offset_y_mm=y,
                                               scale=scale))
    assert refused.value.key == key
    assert list_profiles(any_registry) == []


def test_offsets_at_the_limit_are_kept(any_registry: Registry) -> None:
    saved = save_profile(any_registry, ProfileInfo("Canon", offset_x_mm=-50.0,
                                                   offset_y_mm=50.0, scale=1.02))
    assert (saved.offset_x_mm, saved.offset_y_mm, saved.scale) == (-50.0, 50.0, 1.02)
