"""No import circles inside journeymap, counting every import statement.

Each ``import`` is read with ``ast`` wherever it stands: at module level, inside functions,
in ``if TYPE_CHECKING:`` blocks and ``try`` blocks. A function-level or type-only import
that closes a circle is still a circle (ARCHITECTURE.md). import-linter's grimp sees these
too (it reports them with their line), so the layers contracts catch the ones that reach
up; this test also catches a circle between modules that share a layer.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "journeymap"

# Today's circle in journeymap.ui (issue 11, §2). The ui split breaks it: after merging it,
# delete this constant and test_the_known_circle_is_broken.
UI_CIRCLE = frozenset(
    f"journeymap.ui.{name}"
    for name in ("app", "exports", "i18n", "main_window", "map_export", "recovery")
)


def module_name(path: Path) -> str:
    """The dotted module name of a file under the checkout's root."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, modules: set[str]) -> set[str]:
    """The journeymap modules that ``path`` imports, from every import statement in it."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str | None] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(_nearest_module(alias.name, modules) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, package)
            for alias in node.names:
                # `from package import name` imports the submodule when there is one
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else _nearest_module(base, modules))
    return {module for module in found if module and module != name}


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = parts[: len(parts) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def _nearest_module(dotted: str, modules: set[str]) -> str | None:
    """The module ``dotted`` names, or the package holding it (``x.y.Name`` -> ``x.y``);
    None for modules outside journeymap."""
    while dotted and dotted not in modules:
        dotted = dotted.rpartition(".")[0]
    return dotted or None


def import_graph() -> nx.DiGraph:
    """Every journeymap module, with an edge from each module to each module it imports."""
    files = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in files}
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for path in files:
        importer = module_name(path)
        graph.add_edges_from((importer, imported) for imported in imported_modules(path, modules))
    return graph


def circles(graph: nx.DiGraph) -> list[frozenset[str]]:
    """The import circles: each set of modules that reach each other through imports."""
    parts = nx.strongly_connected_components(graph)
    return [frozenset(part) for part in parts if len(part) > 1]


def describe(graph: nx.DiGraph, circle: frozenset[str]) -> str:
    """One closed path through ``circle``, e.g. ``a -> b -> a``."""
    edges = nx.find_cycle(graph.subgraph(circle))
    return " -> ".join([edge[0] for edge in edges] + [edges[0][0]])


def test_the_graph_counts_imports_inside_functions_and_type_checking_blocks():
    graph = import_graph()
    # cli/__init__.py imports the GUI inside launch_gui(); samples.py imports nothing
    assert graph.has_edge("journeymap.cli", "journeymap.ui.app")
    assert "journeymap.samples" in graph and not list(graph.successors("journeymap.samples"))
    circle = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    assert circles(circle) == [frozenset("abc")]
    path = describe(circle, frozenset("abc")).split(" -> ")
    assert path[0] == path[-1] and sorted(path[:-1]) == ["a", "b", "c"]


def test_no_module_imports_itself_through_a_circle():
    graph = import_graph()
    found = [circle for circle in circles(graph) if circle != UI_CIRCLE]
    assert not found, "import circles:\n" + "\n".join(describe(graph, c) for c in found)


@pytest.mark.parametrize(
    "circle",
    [
        pytest.param(
            UI_CIRCLE, marks=pytest.mark.xfail(reason="broken by the ui split", strict=True)
        )
    ],
    ids=["ui"],
)
def test_the_known_circle_is_broken(circle):
    graph = import_graph()
    assert circle not in circles(graph), "import circle: " + describe(graph, circle)
