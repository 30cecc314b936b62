"""What one document file may hold. Files come from outside (colleagues, e-mail, other
tools), so every count is bounded before a row is read, and a file over a limit is refused
with the number it has and the number allowed. Saving checks the same limits, so a
document that journeymap saves always opens again.

The limits on single values (text length, the largest whole number) are the model's:
see ``journeymap.model.validation`` (``MAX_TEXT_LENGTH``, ``MAX_WHOLE``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from journeymap.errors import DocumentFileError
from journeymap.model.document import Document
from journeymap.words import phrase

#: The largest document file (.jmap or .json) that is read at all.
MAX_FILE_BYTES = 200 * 1024 * 1024

#: Per document, the most objects of each kind (far above any real journey map: the
#: benchmarks use 2,000 touchpoints). Targets are at most 3 per touchpoint and counts
#: at most 11 per measurement (one per answer on the longest scale, NPS 0-10).
MAX_OBJECTS: dict[str, int] = {
    "personas": 1_000,
    "journeys": 1_000,
    "stages": 10_000,
    "touchpoints": 50_000,
    "transitions": 200_000,
    "measurements": 200_000,
    "targets": 150_000,
    "counts": 2_200_000,
    "lanes": 20_000,
    "notes": 500_000,
    "note_touchpoints": 1_000_000,
    "observed_paths": 50_000,
    "observed_path_touchpoints": 5_000_000,
    "opportunities": 100_000,
    "solutions": 200_000,
    "opportunity_links": 1_000_000,
    "opportunity_effects": 1_000_000,
    "solution_touchpoints": 1_000_000,
}


def check_object_counts(counts: Mapping[str, int], location: str | Path) -> None:
    """Refuse a document with more objects of a kind than ``MAX_OBJECTS`` allows."""
    for kind, count in counts.items():
        limit = MAX_OBJECTS[kind]
        if count > limit:
            raise DocumentFileError(
                location,
                phrase(
                    "holds {count} {kind}; a document may hold at most {limit}",
                    count=count,
                    kind=kind,
                    limit=limit,
                ),
            )


def check_file_size(size: int, location: str | Path) -> None:
    """Refuse a file larger than ``MAX_FILE_BYTES`` before reading it."""
    if size > MAX_FILE_BYTES:
        raise DocumentFileError(
            location,
            phrase(
                "is too large to be a journeymap document ({size} bytes; at most {limit})",
                size=size,
                limit=MAX_FILE_BYTES,
            ),
        )


def object_counts(doc: Document) -> dict[str, int]:
    """How many objects of each kind of ``MAX_OBJECTS`` a document holds."""
    journeys = doc.journeys
    touchpoints = [tp for j in journeys for tp in j.touchpoints]
    measurements = [m for j in journeys for m in j.measurements]
    return {
        "personas": len(doc.personas),
        "journeys": len(journeys),
        "stages": sum(len(j.stages) for j in journeys),
        "touchpoints": len(touchpoints),
        "transitions": sum(len(j.transitions) for j in journeys),
        "measurements": len(measurements),
        "targets": sum(len(tp.targets) for tp in touchpoints),
        "counts": sum(len(m.counts) for m in measurements),
        "lanes": sum(len(j.lanes) for j in journeys),
        "notes": sum(len(j.notes) for j in journeys),
        "note_touchpoints": sum(len(n.touchpoint_ids) for j in journeys for n in j.notes),
        "observed_paths": sum(len(j.observed_paths) for j in journeys),
        "observed_path_touchpoints": sum(
            len(p.touchpoint_ids) for j in journeys for p in j.observed_paths
        ),
        "opportunities": len(doc.opportunities),
        "solutions": len(doc.solutions),
        "opportunity_links": sum(len(o.links) for o in doc.opportunities),
        "opportunity_effects": sum(len(o.effects) for o in doc.opportunities),
        "solution_touchpoints": sum(len(s.touchpoint_ids) for s in doc.solutions),
    }
