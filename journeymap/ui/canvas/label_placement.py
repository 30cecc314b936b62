"""Where each arrow's label goes: greedy placement with collision avoidance.

Pure geometry on plain rectangles, so it is fast and testable without Qt. Each label
tries spots along its arrow (the middle first) and offsets from it (on the line, then
beside it), in its full form and then its short form, and takes the best spot that
touches no card and no label placed before it; a spot crossed by other arrows costs more.
When nothing near the arrow is free, the short form goes to the nearest free spot around
the arrow's middle. Cards, labels and arrows are filed in a grid by where they lie, so a
label is tested against what is near it, not against everything on a map of thousands.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

#: Where along an arrow (0 = its start, 1 = its end) a label may sit, most wanted first.
ALONG = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88)
#: Free space kept around every label (scene units).
MARGIN = 3.0
#: What a spot crossed by another arrow costs, against a step along the arrow.
CROSSING_COST = 2.5
#: The short form costs this much more than the full text at the same spot.
SHORT_COST = 40.0
#: The side of a cell of the grid that finds what lies near a spot (scene units): about a
#: card's size, so a label's spots cover a few cells.
CELL = 128.0


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """The right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """The bottom edge."""
        return self.y + self.h

    def intersects(self, other: Box) -> bool:
        """Whether the two rectangles share any area."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def grown(self, by: float) -> Box:
        """The rectangle with ``by`` added on every side."""
        return Box(self.x - by, self.y - by, self.w + 2 * by, self.h + 2 * by)

    def contains(self, x: float, y: float) -> bool:
        """Whether a point lies inside."""
        return self.x <= x <= self.right and self.y <= y <= self.bottom


class _Grid:
    """Things filed under the grid cells their boxes cover: what lies near a region is
    found in the few cells it covers instead of among every thing on the map."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[Any]] = {}

    @staticmethod
    def _cells_of(box: Box) -> Iterable[tuple[int, int]]:
        columns = range(math.floor(box.x / CELL), math.floor(box.right / CELL) + 1)
        rows = range(math.floor(box.y / CELL), math.floor(box.bottom / CELL) + 1)
        return ((c, r) for c in columns for r in rows)

    def add(self, box: Box, thing: Any) -> None:
        """File ``thing`` under every cell ``box`` covers."""
        for cell in self._cells_of(box):
            self._cells.setdefault(cell, []).append(thing)

    def free_of(self, box: Box) -> bool:
        """Whether the box, with its margin, touches none of the boxes filed here."""
        cells = self._cells_of(box.grown(MARGIN))
        return all(_free(box, self._cells.get(cell, ())) for cell in cells)

    def near(self, region: Box) -> list[Any]:
        """Each thing filed in a cell the region covers, once: all that may touch it."""
        found: dict[int, Any] = {}
        for cell in self._cells_of(region):
            for thing in self._cells.get(cell, ()):
                found.setdefault(id(thing), thing)
        return list(found.values())


def _boxes(boxes: Iterable[Box]) -> _Grid:
    """A grid of boxes, each filed as itself."""
    grid = _Grid()
    for box in boxes:
        grid.add(box, box)
    return grid


@dataclass(frozen=True)
class LabelRequest:
    """One arrow's label: points along the arrow and the sizes of its forms.

    ``points`` maps each fraction in ALONG to its (x, y) on the arrow; ``sizes`` holds
    (width, height) of the full form, then of the short form; ``path`` is the arrow as
    a polyline, which other labels should rather not cover.
    """

    points: dict[float, tuple[float, float]]
    sizes: Sequence[tuple[float, float]]
    path: Sequence[tuple[float, float]] = ()


@dataclass(frozen=True)
class Placement:
    """Where a label went: its rectangle, which form (0 full, 1 short), and the point on
    its arrow it belongs to (to follow the arrow while a card is dragged)."""

    box: Box
    form: int
    along: float


def _spots(px: float, py: float, w: float, h: float) -> list[tuple[float, Box]]:
    """Rectangles of size w×h around a point, each with its cost: on the point first,
    then above, below, right and left of it, then at the corners."""
    g = MARGIN
    return [
        (0.0, Box(px - w / 2, py - h / 2, w, h)),
        (6.0, Box(px - w / 2, py - h - g, w, h)),
        (6.0, Box(px - w / 2, py + g, w, h)),
        (8.0, Box(px + g, py - h / 2, w, h)),
        (8.0, Box(px - w - g, py - h / 2, w, h)),
        (12.0, Box(px + g, py - h - g, w, h)),
        (12.0, Box(px - w - g, py - h - g, w, h)),
        (12.0, Box(px + g, py + g, w, h)),
        (12.0, Box(px - w - g, py + g, w, h)),
    ]


def _hidden(x: float, y: float, obstacles: _Grid) -> bool:
    """Whether a card covers the point."""
    return any(o.contains(x, y) for o in obstacles.near(Box(x, y, 0, 0)))


def _visible_points(request: LabelRequest, obstacles: _Grid) -> list[float]:
    """The fractions along the arrow, most wanted first, whose point no card hides (an
    arrow may pass behind a card); all of them if every one is hidden."""
    along = [a for a in ALONG if a in request.points]
    seen = [a for a in along if not _hidden(*request.points[a], obstacles)]
    return seen or along


def _candidates(
    request: LabelRequest, along_points: list[float]
) -> list[tuple[float, int, float, Box]]:
    """Every spot the label may take, as (cost, form, fraction along, box), cheapest first."""
    found = []
    for form, (w, h) in enumerate(request.sizes):
        for rank, along in enumerate(along_points):
            px, py = request.points[along]
            for cost, box in _spots(px, py, w, h):
                found.append((cost + rank * 4.0 + form * SHORT_COST, form, along, box))
    found.sort(key=lambda c: c[0])
    return found


def _around(boxes: Iterable[Box]) -> Box:
    """The smallest rectangle holding all the boxes (at least one)."""
    boxes = list(boxes)
    x, y = min(b.x for b in boxes), min(b.y for b in boxes)
    return Box(x, y, max(b.right for b in boxes) - x, max(b.bottom for b in boxes) - y)


def _bounds(points: Sequence[tuple[float, float]]) -> Box:
    """The smallest rectangle holding all the points (at least one)."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    x, y = min(xs), min(ys)
    return Box(x, y, max(xs) - x, max(ys) - y)


def _free(box: Box, blocked: Sequence[Box]) -> bool:
    """Whether the box, with its margin, touches none of the blocked ones. (Written out:
    it runs for every spot tried, and is most of the placement's time.)"""
    x0, y0 = box.x - MARGIN, box.y - MARGIN
    x1, y1 = box.x + box.w + MARGIN, box.y + box.h + MARGIN
    return not any(x0 < o.x + o.w and o.x < x1 and y0 < o.y + o.h and o.y < y1 for o in blocked)


def _crossings(box: Box, paths: Sequence[Sequence[tuple[float, float]]]) -> int:
    return sum(1 for path in paths if any(box.contains(x, y) for x, y in path))


def _fallback(
    request: LabelRequest, along: float, blocked: _Grid, reach: dict[tuple[int, int], float]
) -> Placement:
    """The short form at the nearest free spot on rings around a point of the arrow.
    Obstacles are finite, so a ring far enough out is always free. ``reach`` remembers, per
    grid cell, how far out the last label from that cell went: what was full then is full
    now (labels are only added), so the next one starts its search just inside that ring,
    not at the arrow (on a crowded map of 2,000 arrows that was most of the placement's
    time)."""
    px, py = request.points[along]
    w, h = request.sizes[-1]
    cell = (math.floor(px / CELL), math.floor(py / CELL))
    radius = max(12.0, reach.get(cell, 0.0) - CELL)
    while True:
        for step in range(16):
            angle = step * math.pi / 8
            x, y = px + radius * math.cos(angle) - w / 2, py + radius * math.sin(angle) - h / 2
            box = Box(x, y, w, h)  # each spot looks only at the cells it covers
            if blocked.free_of(box):
                reach[cell] = max(reach.get(cell, 0.0), radius)
                return Placement(box, len(request.sizes) - 1, along)
        radius += 12.0


def place_labels(
    requests: Sequence[LabelRequest], obstacles: Sequence[Box]
) -> list[Placement | None]:
    """A placement per request (None for a request with no sizes, i.e. no text), in
    order: each label avoids the obstacles and the labels placed before it."""
    cards, blocked = _boxes(obstacles), _boxes(obstacles)  # blocked: cards and labels
    reach: dict[tuple[int, int], float] = {}  # see _fallback
    paths = _Grid()
    for r in requests:
        if r.path:
            paths.add(_bounds(r.path), r.path)
    placements: list[Placement | None] = []
    for request in requests:
        if not request.sizes or not request.points:
            placements.append(None)
            continue
        along_points = _visible_points(request, cards)
        candidates = _candidates(request, along_points)
        # Only what lies near this label's spots can get in its way: test against that.
        region = _around(box for _, _, _, box in candidates).grown(MARGIN)
        near = blocked.near(region)
        others = [p for p in paths.near(region) if p is not request.path]
        best: tuple[float, Placement] | None = None
        for cost, form, along, box in candidates:
            if best is not None and cost >= best[0]:
                break  # candidates only get dearer: nothing later can beat the best
            if not _free(box, near):
                continue
            total = cost + CROSSING_COST * _crossings(box, others)
            if best is None or total < best[0]:
                best = (total, Placement(box, form, along))
        placement = best[1] if best else _fallback(request, along_points[0], blocked, reach)
        blocked.add(placement.box, placement.box)
        placements.append(placement)
    return placements
