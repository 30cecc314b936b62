"""Which measurements a figure counts: the one selection behind every view.

The gap report, the map's badges and heat map, the charts, the workbook, ``analyze`` and
the compare view all ask ``select_measurements``, so a figure shown in one place is the
figure shown in every other (docs/metrics.md, "Segments and sources").

A **source** is one survey (its file, or the name given on import); its respondents are
counted in it once. A **segment** is a part of one source's respondents: a source is
either unsegmented, or split by a segment column into named segments and *segment
unknown* (blank cells). So:

- all respondents of a source: its unsegmented measurement, or else the sum of its
  segments (unknown included), never both: the unsegmented one wins and the segmented
  ones are left out (``validate`` reports the overlap);
- one segment: that segment's measurements of each source;
- several sources (survey waves) are different respondents: their figures are pooled,
  unless the view names one source.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from journeymap.model.entities import Journey, Measurement
from journeymap.model.metrics import Responses, pool

#: The segment of a view that shows the answers whose segment cell was blank.
UNKNOWN_SEGMENT = ""


@dataclass(frozen=True, slots=True)
class FigureView:
    """Whose answers a view counts. ``segment`` None is all respondents,
    UNKNOWN_SEGMENT those of unknown segment, else one segment's name; ``source``
    None pools every source, else names one."""

    segment: str | None = None
    source: str | None = None


#: Every respondent of every source, each counted once.
ALL_RESPONDENTS = FigureView()


@dataclass(frozen=True, slots=True)
class Selected:
    """The responses one touchpoint and metric counts in a view, and from what."""

    responses: Responses
    counted: tuple[Measurement, ...]
    left_out: tuple[Measurement, ...]  # segmented ones beside an unsegmented one

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources counted, in the order first met."""
        return tuple(dict.fromkeys(m.source for m in self.counted))


def responses_of(measurement: Measurement) -> Responses:
    """A measurement's distribution with the respondents behind it."""
    return Responses(measurement.counts, measurement.respondents, measurement.effective_n)


def _counted(measurements: list[Measurement], view: FigureView) -> tuple[list, list]:
    """What one source's measurements of one touchpoint and metric count in a view,
    and what they leave out."""
    if view.segment is not None:
        return [m for m in measurements if m.segmented and m.segment == view.segment], []
    whole = [m for m in measurements if not m.segmented]
    if whole:
        return whole, [m for m in measurements if m.segmented]
    return measurements, []


def select_measurements(
    journey: Journey, view: FigureView = ALL_RESPONDENTS, only: Iterable[str] | None = None
) -> dict[tuple[str, str], Selected]:
    """Per (touchpoint id, metric) the responses a view counts, for every pair with a
    measurement counted (``only``: just these touchpoints). Each respondent of a source
    is counted once; sources are pooled unless the view names one."""
    wanted = None if only is None else set(only)
    grouped: dict[tuple[str, str], dict[str, list[Measurement]]] = {}
    for m in journey.measurements:
        if wanted is not None and m.touchpoint_id not in wanted:
            continue
        if view.source is not None and m.source != view.source:
            continue
        by_source = grouped.setdefault((m.touchpoint_id, m.metric), {})
        by_source.setdefault(m.source, []).append(m)
    selected = {}
    for key, by_source in grouped.items():
        counted: list[Measurement] = []
        left_out: list[Measurement] = []
        for measurements in by_source.values():
            used, unused = _counted(measurements, view)
            counted += used
            left_out += unused
        if counted:
            responses = pool(responses_of(m) for m in counted)
            selected[key] = Selected(responses, tuple(counted), tuple(left_out))
    return selected


def _of_source(journey: Journey, source: str | None) -> list[Measurement]:
    return [m for m in journey.measurements if source is None or m.source == source]


def segments(journey: Journey, source: str | None = None) -> list[str]:
    """The named segments that the journey's measurements (of one source, or of all)
    are split by."""
    return sorted({m.segment for m in _of_source(journey, source) if m.segment})


def has_unknown_segment(journey: Journey, source: str | None = None) -> bool:
    """Whether some answers (of one source, or of any) were split by segment but had a
    blank segment cell."""
    return any(m.segmented and not m.segment for m in _of_source(journey, source))


def sources(journey: Journey) -> list[str]:
    """The sources of the journey's measurements, in the order first imported."""
    return list(dict.fromkeys(m.source for m in journey.measurements))


def has_view(journey: Journey, view: FigureView) -> bool:
    """Whether the journey has answers of the view's segment and source (all
    respondents of every source it always has)."""
    if view.source is not None and view.source not in sources(journey):
        return False
    if view.segment is None:
        return True
    if view.segment == UNKNOWN_SEGMENT:
        return has_unknown_segment(journey, view.source)
    return view.segment in segments(journey, view.source)


def overlaps(journey: Journey) -> list[tuple[str, str, str]]:
    """(touchpoint id, metric, source) where one source holds an unsegmented measurement
    and segmented ones of the same respondents; the overall figure counts only the
    unsegmented one."""
    return sorted(
        {(m.touchpoint_id, m.metric, m.source)
         for selected in select_measurements(journey).values() for m in selected.left_out}
    )  # fmt: skip
