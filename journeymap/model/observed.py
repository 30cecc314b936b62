"""The paths a contact log showed (Journey.observed_paths), as shares of its cases."""

from __future__ import annotations

from journeymap.model.entities import Journey


def case_shares(journey: Journey) -> list[float]:
    """Each observed path's share of the cases, in the paths' order. The journey keeps the
    50 most frequent variants, so the cases counted are those on its observed paths:
    every case of the log when it had at most 50 variants (docs/discovery.md)."""
    total = sum(p.cases for p in journey.observed_paths)
    return [p.cases / total if total else 0.0 for p in journey.observed_paths]
