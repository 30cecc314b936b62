"""Refreshing a discovered journey from a newer contact log, as one undo step.

The team has named, arranged, measured and mapped a journey that was discovered from a
log; a newer log of the same process gives newer figures. ``plan_refresh`` matches the
newer journey's touchpoints to the team's by name (ignoring case and surrounding spaces)
and builds one ``Macro`` of the ordinary commands that carries the newer figures over:
volumes, entries and exits, the transitions' counts, shares and hours, the observed paths,
and the touchpoints and transitions that are new. What the team made stays: names,
stages, positions, targets, measurements, lanes, notes, opportunities, and every
hand-drawn transition (one with no count). The rules are in docs/discovery.md.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from journeymap.model.commands import AddObject, Command, Macro, RemoveObject, SetFields
from journeymap.model.document import Document
from journeymap.model.entities import Journey, ObservedPath, Stage, Touchpoint, Transition
from journeymap.model.ids import new_id
from journeymap.model.layout import CARD_STEP
from journeymap.model.messages import message

#: The figures of a touchpoint that a newer log replaces.
TOUCHPOINT_FIGURES = ("volume", "entry", "exit")
#: The figures of a discovered transition that a newer log replaces.
TRANSITION_FIGURES = ("count", "share", "median_hours", "p90_hours")
#: What a touchpoint the newer log no longer has is set to: not seen, so no contacts.
UNSEEN = {"volume": 0, "entry": False, "exit": False}


def name_key(name: str) -> str:
    """A name as matching compares it: without surrounding spaces, ignoring case."""
    return name.strip().casefold()


@dataclass(frozen=True)
class RefreshSummary:
    """What a refresh changes, by the names the journey shows (transitions "A → B")."""

    matched: tuple[str, ...] = ()  # the journey's touchpoints found in the newer log
    added: tuple[str, ...] = ()  # touchpoints only the newer log has, added
    unseen: tuple[str, ...] = ()  # the journey's touchpoints the newer log lacks
    new_stages: tuple[str, ...] = ()  # stages added for touchpoints of a stage not there
    changed_transitions: tuple[str, ...] = ()  # discovered ones whose figures changed
    added_transitions: tuple[str, ...] = ()
    removed_transitions: tuple[str, ...] = ()  # discovered ones the newer log lacks
    drawn_kept: tuple[str, ...] = ()  # hand-drawn ones the newer log observed, left as drawn
    paths_replaced: bool = False

    def lines(self) -> list[str]:
        """The summary in English, a line per kind of change, for the command line."""
        rows = [
            ("Touchpoints matched", self.matched, False),
            ("Touchpoints added", self.added, True),
            ("Touchpoints no longer seen (volume 0, no entry or exit)", self.unseen, True),
            ("Stages added", self.new_stages, True),
            ("Transitions with new figures", self.changed_transitions, False),
            ("Transitions added", self.added_transitions, True),
            ("Transitions removed (no longer observed)", self.removed_transitions, True),
            ("Hand-drawn transitions left as drawn", self.drawn_kept, True),
        ]
        lines = []
        for label, names, listed in rows:
            shown = f": {', '.join(names)}" if listed and names else ""
            lines.append(f"{label}: {len(names)}{shown}")
        lines.append(f"Observed paths: {'replaced' if self.paths_replaced else 'unchanged'}")
        return lines


@dataclass
class Refresh:
    """The one undo step of a refresh and what it changes."""

    command: Macro
    summary: RefreshSummary

    @property
    def changes_anything(self) -> bool:
        """Whether the step changes the document at all (a log already applied does not)."""
        return bool(self.command.commands)


def refresh_command(
    doc: Document, journey_id: str, discovered: Journey, source: str = ""
) -> Command:
    """One undoable step that makes the journey ``journey_id`` of ``doc`` carry the
    figures of ``discovered`` (a journey discovered from a newer log, not in ``doc``),
    matching touchpoints by name; ``source`` names the log in the step's text ("Refresh
    ‘NAME’ from LOG"; the discovered journey's name when not given). Push it on the undo
    stack right away (it is planned against the journey as it is now); undo restores the
    journey exactly, redo applies it again. See ``plan_refresh`` for what changes."""
    return plan_refresh(doc, journey_id, discovered, source).command


def refresh_summary(doc: Document, journey_id: str, discovered: Journey) -> RefreshSummary:
    """What ``refresh_command`` with the same arguments would change, asked before it runs."""
    return plan_refresh(doc, journey_id, discovered).summary


def plan_refresh(doc: Document, journey_id: str, discovered: Journey, source: str = "") -> Refresh:
    """The refresh of a journey from a newer discovered one, and what it changes.

    Touchpoints match by name (``name_key``; of two with the same name, the first free one
    of the journey). A matched one gets the newer volume, entry and exit; one only the
    newer log has is added, into the journey's stage of the same name (else into a new
    stage at the end), below that stage's cards; one the newer log lacks stays, with
    volume 0 and no entry or exit. A discovered transition (count not None) between
    matched ends gets the newer count, share and hours; a newly observed one is added; one
    the newer log no longer has is removed. Hand-drawn transitions are never changed or
    removed, and none is added beside one. The observed paths are replaced by the newer
    ones, on the journey's touchpoints. Nothing else is touched."""
    journey = doc.journey(journey_id)
    plan = _Plan(journey, discovered)
    plan.match_touchpoints()
    plan.add_new_touchpoints()
    plan.update_touchpoints()
    plan.update_transitions()
    plan.replace_paths()
    text = message("step.refresh", name=journey.name, file=source or discovered.name)
    return Refresh(Macro(text, plan.steps), plan.summary())


@dataclass
class _Plan:
    """The commands of one refresh, collected step by step, and the names they touch."""

    journey: Journey
    discovered: Journey
    steps: list[Command] = field(default_factory=list)
    #: discovered touchpoint id -> the id of the journey's touchpoint it is (or becomes)
    ids: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # journey touchpoint id -> name
    matched: list[tuple[Touchpoint, Touchpoint]] = field(default_factory=list)  # newer, ours
    new: list[Touchpoint] = field(default_factory=list)
    unseen: list[Touchpoint] = field(default_factory=list)
    found: dict[str, list[str]] = field(default_factory=dict)  # summary lists by kind
    paths_replaced: bool = False

    def note(self, kind: str, name: str) -> None:
        """Record a name for the summary."""
        self.found.setdefault(kind, []).append(name)

    def match_touchpoints(self) -> None:
        """Pair each newer touchpoint with the first free one of the same name."""
        free: dict[str, list[Touchpoint]] = {}
        for tp in self.journey.touchpoints:
            free.setdefault(name_key(tp.name), []).append(tp)
            self.names[tp.id] = tp.name
        for tp in self.discovered.touchpoints:
            candidates = free.get(name_key(tp.name))
            if candidates:
                ours = candidates.pop(0)
                self.matched.append((tp, ours))
                self.ids[tp.id] = ours.id
            else:
                self.new.append(tp)
        paired = {ours.id for _, ours in self.matched}
        self.unseen = [tp for tp in self.journey.touchpoints if tp.id not in paired]

    def add_new_touchpoints(self) -> None:
        """Add the touchpoints only the newer log has, each into the stage of its name,
        stacked below the cards already there, in the newer journey's order."""
        stages = {name_key(s.name): s.id for s in reversed(self.journey.stages)}  # first wins
        theirs = {s.id: s.name for s in self.discovered.stages}
        below: dict[str, float] = {}  # stage id -> the height of its next new card
        # in the newer journey's order, so that a second refresh pairs them the same way
        for tp in self.new:
            stage_name = theirs[tp.stage_id]
            stage_id = stages.get(name_key(stage_name))
            if stage_id is None:
                stage = Stage(stage_name)
                self.steps.append(AddObject(stage, self.journey.id))
                self.note("new_stages", stage_name)
                stage_id = stages[name_key(stage_name)] = stage.id
            if stage_id not in below:
                heights = [t.y for t in self.journey.touchpoints_in(stage_id)]
                below[stage_id] = max(heights) + CARD_STEP if heights else 0.0
            ours = copy.deepcopy(tp)
            ours.id, ours.stage_id, ours.y = new_id(), stage_id, below[stage_id]
            below[stage_id] += CARD_STEP
            self.steps.append(AddObject(ours, self.journey.id))
            self.ids[tp.id], self.names[ours.id] = ours.id, ours.name
            self.note("added", ours.name)

    def update_touchpoints(self) -> None:
        """The newer figures on matched touchpoints; unseen ones set to no contacts."""
        for theirs, ours in self.matched:
            newer = {name: getattr(theirs, name) for name in TOUCHPOINT_FIGURES}
            self._set(ours, newer)
            self.note("matched", ours.name)
        for ours in self.unseen:
            self._set(ours, UNSEEN)
            self.note("unseen", ours.name)

    def update_transitions(self) -> None:
        """Newer figures on the discovered transitions the newer log has, the others
        removed, the newly observed ones added; hand-drawn ones left as they are."""
        ours_by_ends: dict[tuple[str, str], list[Transition]] = {}
        for t in self.journey.transitions:
            ours_by_ends.setdefault((t.source, t.target), []).append(t)
        observed: set[tuple[str, str]] = set()
        additions: list[Command] = []
        for t in self.discovered.transitions:
            ends = (self.ids[t.source], self.ids[t.target])
            observed.add(ends)
            name = self._ends_name(ends)
            existing = ours_by_ends.get(ends, [])
            ours = next((x for x in existing if x.count is not None), None)
            if ours is not None:
                if self._set(ours, {f: getattr(t, f) for f in TRANSITION_FIGURES}):
                    self.note("changed_transitions", name)
            elif existing:
                self.note("drawn_kept", name)
            else:
                figures = {f: getattr(t, f) for f in TRANSITION_FIGURES}
                additions.append(AddObject(Transition(*ends, label=t.label, **figures),
                                           self.journey.id))  # fmt: skip
                self.note("added_transitions", name)
        for t in self.journey.transitions:
            if t.count is not None and (t.source, t.target) not in observed:
                self.steps.append(RemoveObject(t.id))
                self.note("removed_transitions", self._ends_name((t.source, t.target)))
        self.steps += additions

    def replace_paths(self) -> None:
        """The newer observed paths on the journey's touchpoints, unless they are the same."""
        newer = [([self.ids[i] for i in p.touchpoint_ids], p.cases)
                 for p in self.discovered.observed_paths]  # fmt: skip
        if newer == [(p.touchpoint_ids, p.cases) for p in self.journey.observed_paths]:
            return
        self.steps += [RemoveObject(p.id) for p in self.journey.observed_paths]
        self.steps += [AddObject(ObservedPath(ids, cases), self.journey.id) for ids, cases in newer]
        self.paths_replaced = True

    def summary(self) -> RefreshSummary:
        """The names recorded, as a summary."""
        lists = {kind: tuple(names) for kind, names in self.found.items()}
        return RefreshSummary(**lists, paths_replaced=self.paths_replaced)

    def _set(self, obj: Touchpoint | Transition, values: dict[str, Any]) -> bool:
        """A step setting the values that differ; whether there were any."""
        changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
        if changed:
            self.steps.append(SetFields(obj.id, changed))
        return bool(changed)

    def _ends_name(self, ends: Sequence[str]) -> str:
        return " → ".join(self.names[i] for i in ends)
