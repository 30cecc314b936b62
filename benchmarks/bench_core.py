"""core.*: build the 2,000-touchpoint journey through commands, undo it all, analyse it."""

from __future__ import annotations

import networkx as nx

from benchmarks.generate import large_journey_commands
from benchmarks.harness import Result, compare, median_time
from journeymap.model import CommandStack, Document
from journeymap.model.graph import analyze


def _direct_build(commands) -> Document:
    """The reference: the same objects put into their lists without commands or checks."""
    doc = Document()
    journey = commands[0].obj
    doc.journeys.append(journey)
    for command in commands[1:]:
        kind = command.kind
        getattr(journey, {"stage": "stages", "touchpoint": "touchpoints",
                          "transition": "transitions", "measurement": "measurements"}[kind]
                ).append(command.obj)  # fmt: skip
    return doc


def run() -> list[Result]:
    """Time the three core operations against their bare references."""
    state: dict = {}

    def setup_build():
        state["commands"] = large_journey_commands()

    def build():
        stack = CommandStack(Document())
        for command in state["commands"]:
            stack.push(command)
        state["stack"] = stack

    ours = median_time(build, setup_build)
    ref = median_time(lambda: _direct_build(state["commands"]), setup_build)
    results = [compare("core.build_2000", ours, "plain list appends, no commands", ref, 1.0)]

    def setup_undo():
        setup_build()
        build()

    def undo_all():
        stack = state["stack"]
        while stack.undo():
            pass

    def direct_clear():
        journey = state["stack"].doc.journeys[0]
        for items in (
            journey.measurements,
            journey.transitions,
            journey.touchpoints,
            journey.stages,
        ):
            while items:
                items.pop()

    ours = median_time(undo_all, setup_undo)
    ref = median_time(direct_clear, setup_undo)
    results.append(compare("core.undo_all_2000", ours, "plain list pops, no commands", ref, 1.0))

    setup_undo()
    journey = state["stack"].doc.journeys[0]

    def bare_networkx():
        graph = nx.DiGraph()
        graph.add_nodes_from(tp.id for tp in journey.touchpoints)
        graph.add_edges_from((t.source, t.target) for t in journey.transitions)
        list(nx.strongly_connected_components(graph))
        list(nx.topological_sort(nx.condensation(graph)))

    ours = median_time(lambda: analyze(journey))
    ref = median_time(bare_networkx)
    results.append(compare("core.analyze_2000", ours, "networkx graph + SCC + toposort", ref, 1.0))
    return results
