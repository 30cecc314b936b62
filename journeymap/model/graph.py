"""Graph analysis of a journey: validation, paths, loops, handoffs and channel breaks.

The networkx graph is built from the journey on demand and never stored. Everything
here runs in O(V + E) per pass: paths are searched on the forward part of the graph
(loops are reported on their own), best first and capped, so a journey of thousands of
touchpoints analyses in well under a second.
"""

from __future__ import annotations

import heapq
import itertools
import math
from dataclasses import dataclass, field

import networkx as nx

from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.figures import ALL_RESPONDENTS, FigureView, select_measurements
from journeymap.model.loops import back_edges
from journeymap.model.metrics import satisfaction, score

#: Which metric speaks for a touchpoint's satisfaction, in order of preference.
SATISFACTION_METRICS = ("csat", "nps", "ces")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a journey's graph: its kind, a sentence, the touchpoints."""

    kind: str  # "no_entry", "unreachable", "dead_end", "share_overflow"
    message: str
    touchpoint_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Path:
    """A way through the journey from an entry to an exit."""

    touchpoint_ids: tuple[str, ...]
    probability: float
    satisfaction: float  # mean 0..1 satisfaction of its touchpoints


@dataclass(frozen=True, slots=True)
class Loop:
    """Touchpoints a customer can cycle through (repeat contacts) and the transitions
    that lead back."""

    touchpoint_ids: tuple[str, ...]
    back_transition_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Crossing:
    """A transition that crosses owners (a handoff) or channels (a channel break)."""

    transition_id: str
    source: str
    target: str
    before: str  # the owner or channel on the source side
    after: str
    satisfaction: float  # mean 0..1 of the two touchpoints


@dataclass(frozen=True, slots=True)
class StagePoint:
    """One point of the emotion curve: the touchpoints of one stage."""

    stage_id: str
    stage: str
    touchpoints: int
    emotion: float | None  # mean -2..+2
    lowest: int | None
    highest: int | None
    satisfaction: float | None  # mean 0..1 where measured


@dataclass(slots=True)
class Analysis:
    """All results of analysing one journey."""

    problems: list[Problem] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    paths_complete: bool = True  # False when more paths exist than were listed
    worst_path: Path | None = None
    loops: list[Loop] = field(default_factory=list)
    handoffs: list[Crossing] = field(default_factory=list)
    channel_breaks: list[Crossing] = field(default_factory=list)
    emotion_curve: list[StagePoint] = field(default_factory=list)
    reach: dict[str, float] = field(default_factory=dict)
    most_travelled: list[str] = field(default_factory=list)


def build_graph(journey: Journey) -> nx.DiGraph:
    """A directed graph of touchpoint ids; each edge keeps its transition ids and the
    sum of their shares (None where no transition states one)."""
    graph = nx.DiGraph()
    graph.add_nodes_from(tp.id for tp in journey.touchpoints)
    for t in journey.transitions:
        if graph.has_edge(t.source, t.target):
            data = graph.edges[t.source, t.target]
            data["ids"].append(t.id)
            if t.share is not None:
                data["share"] = (data["share"] or 0.0) + t.share
        else:
            graph.add_edge(t.source, t.target, ids=[t.id], share=t.share)
    return graph


def entries(journey: Journey, graph: nx.DiGraph) -> list[str]:
    """Touchpoints marked as entries; without any marks, those nothing leads to."""
    marked = [tp.id for tp in journey.touchpoints if tp.entry]
    return marked or [tp.id for tp in journey.touchpoints if graph.in_degree(tp.id) == 0]


def exits(journey: Journey, graph: nx.DiGraph) -> list[str]:
    """Touchpoints marked as exits; without any marks, those that lead nowhere."""
    marked = [tp.id for tp in journey.touchpoints if tp.exit]
    return marked or [tp.id for tp in journey.touchpoints if graph.out_degree(tp.id) == 0]


def probabilities(graph: nx.DiGraph) -> dict[tuple[str, str], float]:
    """The probability of each edge: its share, or an equal part of what the stated
    shares leave over for the edges that state none."""
    result: dict[tuple[str, str], float] = {}
    for node in graph:
        out = graph.succ[node]
        stated = sum(d["share"] for d in out.values() if d["share"] is not None)
        unstated = [v for v, d in out.items() if d["share"] is None]
        rest = max(0.0, 1.0 - stated) / len(unstated) if unstated else 0.0
        for v, d in out.items():
            result[node, v] = d["share"] if d["share"] is not None else rest
    return result


def touchpoint_satisfaction(
    journey: Journey, view: FigureView = ALL_RESPONDENTS
) -> dict[str, float]:
    """0..1 satisfaction per touchpoint: from CSAT, else NPS, else CES (the view's
    respondents, each once), else from the emotion (-2..+2 mapped to 0..1)."""
    selected = select_measurements(journey, view)
    result = {}
    for tp in journey.touchpoints:
        result[tp.id] = (tp.emotion + 2) / 4
        for metric in SATISFACTION_METRICS:
            found = selected.get((tp.id, metric))
            value = score(metric, found.responses).value if found else None
            if value is not None:
                result[tp.id] = satisfaction(metric, value)
                break
    return result


def graph_problems(journey: Journey, graph: nx.DiGraph | None = None) -> list[Problem]:
    """Graph problems: no entry, unreachable touchpoints, dead ends that are not
    exits, and outgoing shares that add up to more than 1."""
    graph = build_graph(journey) if graph is None else graph
    names = {tp.id: tp.name for tp in journey.touchpoints}
    problems: list[Problem] = []
    starts = entries(journey, graph)
    if journey.touchpoints and not starts:
        problems.append(
            Problem("no_entry", "No touchpoint is an entry: mark where the journey starts.")
        )
    reached = _reachable(graph, starts)
    for tp in journey.touchpoints:
        if tp.id not in reached and starts:
            problems.append(
                Problem("unreachable", f"“{tp.name}” cannot be reached from any entry.", (tp.id,))
            )
        if graph.out_degree(tp.id) == 0 and not tp.exit:
            problems.append(
                Problem(
                    "dead_end",
                    f"“{tp.name}” is a dead end: no transition "
                    "leaves it and it is not marked as an exit.",
                    (tp.id,),
                )
            )
        stated = [d["share"] for d in graph.succ[tp.id].values() if d["share"] is not None]
        if sum(stated) > 1 + 1e-9:
            targets = tuple(graph.succ[tp.id])
            problems.append(
                Problem(
                    "share_overflow",
                    f"The shares leaving “{names[tp.id]}” add up to {sum(stated):.0%}, more "
                    "than 100 %.",
                    (tp.id, *targets),
                )
            )
    return problems


def _reachable(graph: nx.DiGraph, starts: list[str]) -> set[str]:
    seen = set(starts)
    frontier = list(starts)
    while frontier:
        node = frontier.pop()
        for nxt in graph.succ[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return seen


def stop_shares(
    graph: nx.DiGraph, ends: set[str], prob: dict[tuple[str, str], float]
) -> dict[str, float]:
    """For each exit, the share of the journeys reaching it that end there: what its
    transitions' shares leave over (a discovered exit: the cases that end there), or all
    of them when its shares leave nothing over or it has no way on. A path may end at an
    exit with that share and go on with the rest (continues)."""
    stop = {}
    for node in ends:
        onward = sum(prob[node, nxt] for nxt in graph.succ[node])
        stop[node] = 1.0 - onward if 0.0 < onward < 1.0 - 1e-9 else 1.0
    return stop


def best_completion(
    forward: nx.DiGraph, stop: dict[str, float], prob: dict[tuple[str, str], float]
) -> dict[str, float]:
    """For each touchpoint, the probability of the likeliest way on from it to an end
    (its stop share at an exit, 0 where no exit can be reached): one pass in reverse
    topological order."""
    best: dict[str, float] = {}
    for node in reversed(list(nx.topological_sort(forward))):
        here = stop.get(node, 0.0)
        onward = (prob[node, nxt] * best[nxt] for nxt in forward.succ[node])
        best[node] = here if here >= 1.0 else max(here, max(onward, default=0.0))
    return best


def find_paths(
    forward: nx.DiGraph,
    starts: list[str],
    stop: dict[str, float],
    prob: dict[tuple[str, str], float],
    sat: dict[str, float],
    limit: int = 50,
    max_steps: int = 200_000,
) -> tuple[list[Path], bool]:
    """The most probable entry-to-exit paths, best first, on the forward graph.

    A best-first search whose estimate is the exact best completion, so every step
    heads for the next most probable path and none is wasted on dead ends. A path ends
    at an exit with its stop share (stop_shares; all of it at an exit with no way on)
    and goes on with the rest. Returns the paths and whether the search finished within
    ``max_steps``."""
    share = 1.0 / len(starts) if starts else 0.0
    onward = best_completion(forward, stop, prob)
    counter = itertools.count()
    # (-(probability so far x best completion), tie-breaker, probability so far, path,
    # whether the path ends here): an ending is queued by its own probability, so the
    # paths still come out most probable first
    heap = [(-share * onward[s], next(counter), share, (s,), False)
            for s in starts if onward[s] > 0]  # fmt: skip
    heapq.heapify(heap)
    found: list[Path] = []
    for _ in range(max_steps):
        if not heap:
            return found, True
        if len(found) >= limit:
            return found, False  # more paths exist than were asked for
        _, _, p, nodes, ended = heapq.heappop(heap)
        if ended:
            found.append(Path(nodes, p, sum(sat[n] for n in nodes) / len(nodes)))
            continue
        node = nodes[-1]
        if node in stop:
            ending = p * stop[node]
            heapq.heappush(heap, (-ending, next(counter), ending, nodes, True))
            if stop[node] >= 1.0:
                continue
        for nxt in forward.succ[node]:
            q = p * prob[node, nxt]
            if q > 0 and onward[nxt] > 0:
                entry = (-q * onward[nxt], next(counter), q, (*nodes, nxt), False)
                heapq.heappush(heap, entry)
    return found, False


def forward_graph(graph: nx.DiGraph, back: set[tuple[str, str]]) -> nx.DiGraph:
    """The graph without its back edges: acyclic, so paths on it are simple."""
    forward = nx.DiGraph()
    forward.add_nodes_from(graph)
    forward.add_edges_from((u, v) for u, v in graph.edges if (u, v) not in back)
    return forward


def worst_path(
    forward: nx.DiGraph,
    starts: list[str],
    stop: dict[str, float],
    sat: dict[str, float],
    prob: dict[tuple[str, str], float],
) -> Path | None:
    """The entry-to-exit path with the lowest mean satisfaction, exactly, on the
    forward graph: Dinkelbach's method, each round one O(V + E) pass in topological
    order minimising the sum of (satisfaction - lambda)."""
    order = list(nx.topological_sort(forward))
    start_set = set(starts)
    level = 1.0
    best: tuple[str, ...] | None = None
    for _ in range(100):
        cost: dict[str, float] = {}
        parent: dict[str, str | None] = {}
        for node in order:
            here = sat[node] - level
            if node in start_set:
                cost[node], parent[node] = here, None
            for pred in forward.pred[node]:
                if stop.get(pred, 0.0) >= 1.0:
                    continue  # a path ends at an exit with no way on, as find_paths has it
                if pred in cost and (node not in cost or cost[pred] + here < cost[node]):
                    cost[node], parent[node] = cost[pred] + here, pred
        reachable_ends = [e for e in stop if e in cost]
        if not reachable_ends:
            return None
        end = min(reachable_ends, key=cost.__getitem__)
        nodes = [end]
        while parent[nodes[-1]] is not None:
            nodes.append(parent[nodes[-1]])  # type: ignore[arg-type]
        candidate = tuple(reversed(nodes))
        mean = sum(sat[n] for n in candidate) / len(candidate)
        if best is not None and mean >= level - 1e-12:
            break
        best, level = candidate, mean
    assert best is not None
    return Path(best, math.prod(prob[u, v] for u, v in itertools.pairwise(best)), level)


def find_loops(graph: nx.DiGraph, back: set[tuple[str, str]], order: dict[str, int]) -> list[Loop]:
    """Each strongly connected group of touchpoints (or a touchpoint leading to
    itself), with the transitions in it that lead back."""
    loops = []
    for component in nx.strongly_connected_components(graph):
        node = next(iter(component))
        if len(component) == 1 and not graph.has_edge(node, node):
            continue
        members = tuple(sorted(component, key=order.__getitem__))
        returning = tuple(
            tid
            for u, v in back
            if u in component and v in component
            for tid in graph.edges[u, v]["ids"]
        )
        loops.append(Loop(members, returning))
    return sorted(loops, key=lambda loop: order[loop.touchpoint_ids[0]])


def _channel(tp: Touchpoint) -> str:
    return tp.channel_other.strip().casefold() if tp.channel == "other" else tp.channel


def crossings(journey: Journey, sat: dict[str, float], attribute: str) -> list[Crossing]:
    """Transitions whose two touchpoints differ in ``owner`` (handoffs) or in
    ``channel`` (channel breaks). Touchpoints with no owner are not counted."""
    tps = {tp.id: tp for tp in journey.touchpoints}
    result = []
    for t in journey.transitions:
        a, b = tps[t.source], tps[t.target]
        if attribute == "owner":
            before, after = a.owner.strip(), b.owner.strip()
            differs = bool(before and after) and before.casefold() != after.casefold()
        else:
            before, after = a.channel, b.channel
            differs = _channel(a) != _channel(b)
        if differs:
            mean = (sat[a.id] + sat[b.id]) / 2
            result.append(Crossing(t.id, a.id, b.id, before, after, mean))
    return sorted(result, key=lambda c: c.satisfaction)


def emotion_curve(journey: Journey, sat: dict[str, float]) -> list[StagePoint]:
    """Per stage, in order: mean, lowest and highest emotion, and mean satisfaction."""
    points = []
    for stage in journey.stages:
        tps = journey.touchpoints_in(stage.id)
        emotions = [tp.emotion for tp in tps]
        points.append(
            StagePoint(
                stage.id,
                stage.name,
                len(tps),
                sum(emotions) / len(emotions) if emotions else None,
                min(emotions, default=None),
                max(emotions, default=None),
                sum(sat[tp.id] for tp in tps) / len(tps) if tps else None,
            )
        )
    return points


def reach(
    forward: nx.DiGraph, starts: list[str], prob: dict[tuple[str, str], float]
) -> dict[str, float]:
    """The share of customers that pass each touchpoint (first visits), flowing from
    the entries (equal parts) along the forward transitions."""
    flow = dict.fromkeys(forward, 0.0)
    for s in starts:
        flow[s] += 1.0 / len(starts)
    for node in nx.topological_sort(forward):
        for nxt in forward.succ[node]:
            flow[nxt] += flow[node] * prob[node, nxt]
    return flow


def analyze(journey: Journey, path_limit: int = 50, view: FigureView = ALL_RESPONDENTS) -> Analysis:
    """Every analysis of one journey in one go, sharing the graph between passes;
    satisfaction is measured on the view's respondents."""
    graph = build_graph(journey)
    order = {tp.id: i for i, tp in enumerate(journey.touchpoints)}
    starts = entries(journey, graph)
    ends = set(exits(journey, graph))
    back = back_edges(journey)
    prob = probabilities(graph)
    stop = stop_shares(graph, ends, prob)
    sat = touchpoint_satisfaction(journey, view)
    forward = forward_graph(graph, back)
    paths, complete = find_paths(forward, starts, stop, prob, sat, path_limit)
    flow = reach(forward, starts, prob)
    volume = {tp.id: tp.volume for tp in journey.touchpoints}
    travelled = sorted(order, key=lambda i: (-flow[i], -volume[i], order[i]))
    return Analysis(
        problems=graph_problems(journey, graph),
        paths=paths,
        paths_complete=complete,
        worst_path=worst_path(forward, starts, stop, sat, prob) if starts else None,
        loops=find_loops(graph, back, order),
        handoffs=crossings(journey, sat, "owner"),
        channel_breaks=crossings(journey, sat, "channel"),
        emotion_curve=emotion_curve(journey, sat),
        reach=flow,
        most_travelled=travelled[:10],
    )
