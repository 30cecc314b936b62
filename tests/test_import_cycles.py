"""No module of journeymap imports itself back, however far round: import-linter's layer
contracts see only the layers they name, so a circle between two modules of one layer
(or through a function-level or type-only import) is caught here."""

import grimp
import networkx as nx


def test_no_import_closes_a_circle():
    # grimp reads every import statement, those inside functions and under TYPE_CHECKING
    # included: each is a dependency, wherever it is written.
    graph = grimp.build_graph("journeymap", cache_dir=None)
    imports = nx.DiGraph(
        (module, imported)
        for module in graph.modules
        for imported in graph.find_modules_directly_imported_by(module)
    )
    circles = [sorted(c) for c in nx.simple_cycles(imports) if len(c) > 1]
    assert circles == []
