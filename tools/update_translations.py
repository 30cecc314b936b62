"""Keep the German translation of the user interface complete.

    .venv/bin/python tools/update_translations.py          # update the .ts, compile the .qm
    .venv/bin/python tools/update_translations.py --check  # change nothing; exit 1 if stale

Every user-visible text in journeymap/ui (and its subpackages) goes through a module-level
``tr(text)`` that calls ``QCoreApplication.translate("<Context>", text)``; the labels of the
files journeymap writes (journeymap/excel) through journeymap/excel/language.py's ``tr``,
which calls ``words.translate("Workbook", text, language)`` on the same catalogue without
Qt. This tool reads the modules' syntax trees (nothing is imported) and collects, per context:

* ``tr("literal")`` (implicit concatenation included) and
  ``QCoreApplication.translate("Context", "literal")``;
* ``tr(NAME)``, ``tr(TABLE[key])``, ``tr(TABLE[i][0])``, ``tr(s) for s in TABLE``: names are
  followed to literal module-level constants of the module itself or of the module they are
  imported from; a subscript whose key is not a literal stands for every entry of the table;
* ``tr(journey.state)`` and the like, which no syntax can follow, from ``DYNAMIC`` below;
* ``marked("literal")``: a label kept as a key and translated where it is written, by
  ``tr_marked(text)`` (whose argument is not followed: its texts are the marked ones);
* ``phrase("literal", name=value, ...)`` anywhere in journeymap/: a problem text of the
  layers below the GUI (journeymap/words.py), in the context ``Problems``; the GUI
  translates it with ``tr_phrase`` (journeymap/ui/messages.py).

A ``tr()`` argument the tool cannot follow is an error (exit 2), so no text slips through
unseen: pass a literal, a literal table, or add the call to ``DYNAMIC``. f-strings are
refused as well; write ``tr("… {} …").format(value)`` instead.

The strings are merged into journeymap/translations/journeymap_de.ts (Qt TS 2.1): existing
translations are kept, new strings are added as unfinished, strings no longer in the code are marked
``type="vanished"`` (so their translation comes back if the string does). Then lrelease from
the PySide6 package compiles journeymap/translations/journeymap_de.qm.

The .qm is a build artifact, but it is checked in on purpose: a fresh clone (and an installed
copy, which has no build step) shows the German interface without running this tool first.
tests/test_i18n.py runs ``--check`` logic, so a .ts or .qm that lags behind the code fails.
Running the tool twice changes nothing.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parents[1]
#: The packages whose modules (subpackages included) hold translatable texts: the GUI
#: the workbook and the slide deck.
SOURCE_PACKAGES = tuple(ROOT / "journeymap" / p for p in ("ui", "excel", "deck"))
#: Every module of the package: searched for ``phrase`` templates only, outside the above.
PACKAGE = ROOT / "journeymap"
#: The context of the ``phrase`` templates (journeymap.words.PROBLEMS).
PROBLEMS = "Problems"
#: Functions that translate (their own ``translate`` calls are not texts to collect): the
#: workbook's ``say`` says the model's messages, collected from journeymap/ui/messages.py.
TRANSLATORS = {"tr", "tr_marked", "say", "tr_phrase"}
TS_FILE = ROOT / "journeymap" / "translations" / "journeymap_de.ts"
QM_FILE = ROOT / "journeymap" / "translations" / "journeymap_de.qm"
LANGUAGE = "de_DE"
SOURCE_LANGUAGE = "en"

#: ``tr(<anything>.<attribute>)`` calls that no syntax can follow: the attribute's name ->
#: (module, constant) whose entries are the values it may hold. ``tr(journey.state)``
#: shows "as-is" or "to-be".
DYNAMIC: dict[str, tuple[str, str]] = {
    "state": ("journeymap.model.vocabulary", "STATES"),
}


class ExtractionError(Exception):
    """A ``tr()`` call whose text cannot be found statically."""


@dataclass
class Message:
    """One translatable text of one context."""

    source: str
    translation: str = ""
    unfinished: bool = True
    vanished: bool = False
    files: set[str] = field(default_factory=set)


Catalog = dict[str, dict[str, Message]]  # context -> source -> message

# ---- extraction -------------------------------------------------------------------------

_UNKNOWN = object()


def _module_file(module: str) -> Path | None:
    """The source file of a journeymap module, or None for anything else."""
    if not module.startswith("journeymap"):
        return None
    base = ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


class _Module:
    """A parsed module: its constants, its imports and the context of its ``tr``."""

    _cache: ClassVar[dict[Path, _Module]] = {}

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.assignments: dict[str, ast.expr] = {}
        self.imports: dict[str, tuple[str, str]] = {}  # local name -> (module, name)
        self.context: str | None = None
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                if isinstance(node.targets[0], ast.Name):
                    self.assignments[node.targets[0].id] = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                if node.value is not None:
                    self.assignments[node.target.id] = node.value
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.FunctionDef) and node.name == "tr":
                self.context = _translate_context(node)
        # tr (or marked) borrowed from another module
        borrowed = [name for name in ("tr", "marked") if name in self.imports]
        if self.context is None and borrowed:
            source = _module_file(self.imports[borrowed[0]][0])
            if source is not None:
                self.context = _Module.load(source).context

    @classmethod
    def load(cls, path: Path) -> _Module:
        """The parsed module, parsed once per run."""
        path = path.resolve()
        if path not in cls._cache:
            cls._cache[path] = cls(path)
        return cls._cache[path]

    def constant(self, name: str) -> Any:
        """The literal value of a module-level name (followed through imports)."""
        if name in self.assignments:
            try:
                return ast.literal_eval(self.assignments[name])
            except ValueError:
                return _UNKNOWN
        if name in self.imports:
            module, original = self.imports[name]
            source = _module_file(module)
            if source is not None:
                return _Module.load(source).constant(original)
        return _UNKNOWN


def _translate_context(function: ast.FunctionDef) -> str | None:
    """The context of ``def tr(text): return QCoreApplication.translate("X", text)``."""
    for node in ast.walk(function):
        if _is_translate(node) and isinstance(node.args[0], ast.Constant):
            return str(node.args[0].value)
    return None


def _is_translate(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and len(node.args) >= 2
    )


def _elements(container: Any) -> list[Any]:
    """Every entry of a table: a dict's values, a sequence's items."""
    if isinstance(container, dict):
        return list(container.values())
    if isinstance(container, list | tuple | set | frozenset):
        return list(container)
    return [_UNKNOWN]


class _Extractor(ast.NodeVisitor):
    """Walks one module, keeping track of loop and comprehension variables."""

    def __init__(self, module: _Module, rel: str, phrases_only: bool = False) -> None:
        self.module = module
        self.rel = rel
        self.phrases_only = phrases_only
        self.scopes: list[dict[str, list[Any]]] = []
        self.found: list[tuple[str, str]] = []  # (context, source)
        self.errors: list[str] = []
        self.in_tr_def = False

    # ---- what a name or expression may be ----
    def values(self, node: ast.expr) -> list[Any]:
        """The possible values of an expression, or [_UNKNOWN]."""
        if isinstance(node, ast.Constant):
            return [node.value]
        if isinstance(node, ast.Name):
            for scope in reversed(self.scopes):
                if node.id in scope:
                    return scope[node.id]
            return [self.module.constant(node.id)]
        if isinstance(node, ast.Subscript):
            keys = self.values(node.slice) if isinstance(node.slice, ast.Constant) else None
            result = []
            for base in self.values(node.value):
                if base is _UNKNOWN:
                    return [_UNKNOWN]
                if keys is None:
                    result += _elements(base)
                else:
                    try:
                        result.append(base[keys[0]])
                    except (KeyError, IndexError, TypeError):
                        return [_UNKNOWN]
            return result
        if isinstance(node, ast.Tuple | ast.List):
            parts = [self.values(e) for e in node.elts]
            if any(len(p) != 1 for p in parts):
                return [_UNKNOWN]
            return [tuple(p[0] for p in parts)]
        return [_UNKNOWN]

    def bind(self, target: ast.expr, iterable: ast.expr) -> dict[str, list[Any]]:
        """Names a ``for`` target takes, each with the values it may have."""
        items = [item for value in self.values(iterable) for item in _elements(value)]
        return self._bind_items(target, items)

    def _bind_items(self, target: ast.expr, items: list[Any]) -> dict[str, list[Any]]:
        if isinstance(target, ast.Name):
            return {target.id: items}
        if isinstance(target, ast.Tuple | ast.List):
            bound: dict[str, list[Any]] = {}
            for i, part in enumerate(target.elts):
                column = [
                    item[i] if isinstance(item, tuple | list) and len(item) > i else _UNKNOWN
                    for item in items
                ]
                bound.update(self._bind_items(part, column))
            return bound
        return {}

    # ---- walking ----
    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        outer, self.in_tr_def = self.in_tr_def, self.in_tr_def or node.name in TRANSLATORS
        self.generic_visit(node)
        self.in_tr_def = outer

    def visit_For(self, node: ast.For) -> None:
        self.visit(node.iter)
        self.scopes.append(self.bind(node.target, node.iter))
        for statement in [*node.body, *node.orelse]:
            self.visit(statement)
        self.scopes.pop()

    def _comprehension(
        self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp
    ) -> None:
        pushed = 0
        for generator in node.generators:
            self.visit(generator.iter)
            self.scopes.append(self.bind(generator.target, generator.iter))
            pushed += 1
            for condition in generator.ifs:
                self.visit(condition)
        for part in (node.key, node.value) if isinstance(node, ast.DictComp) else (node.elt,):
            self.visit(part)
        del self.scopes[len(self.scopes) - pushed :]

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _comprehension

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id == "phrase":
            self._phrase_call(node)
        elif self.phrases_only:
            pass
        elif isinstance(node.func, ast.Name) and node.func.id == "tr":
            self._tr_call(node)
        elif isinstance(node.func, ast.Name) and node.func.id == "marked":
            self._marked_call(node)
        elif _is_translate(node) and not self.in_tr_def:
            context, text = node.args[0], node.args[1]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                self.found.append((str(context.value), str(text.value)))
            else:
                self.errors.append(f"{self.where(node)}: translate() needs two literals")
        self.generic_visit(node)

    def where(self, node: ast.AST) -> str:
        """file:line of a node, for messages."""
        return f"{self.rel}:{getattr(node, 'lineno', '?')}"

    def _phrase_call(self, node: ast.Call) -> None:
        text = node.args[0] if len(node.args) == 1 else None
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            self.errors.append(f"{self.where(node)}: phrase() takes one literal template")
        else:
            self.found.append((PROBLEMS, text.value))

    def _marked_call(self, node: ast.Call) -> None:
        text = node.args[0] if len(node.args) == 1 and not node.keywords else None
        if self.module.context is None or not isinstance(text, ast.Constant):
            self.errors.append(f"{self.where(node)}: marked() takes one literal text")
        else:
            self.found.append((self.module.context, str(text.value)))

    def _tr_call(self, node: ast.Call) -> None:
        if self.module.context is None:
            self.errors.append(f"{self.where(node)}: tr() of a module without a context")
            return
        if len(node.args) != 1 or node.keywords:
            self.errors.append(f"{self.where(node)}: tr() takes exactly one text")
            return
        arg = node.args[0]
        if isinstance(arg, ast.JoinedStr):
            self.errors.append(
                f'{self.where(node)}: tr(f"…") cannot be translated; use tr("… {{}} …").format(...)'
            )
            return
        written = ast.unparse(arg)
        values = self.values(arg)
        if isinstance(arg, ast.Attribute) and arg.attr in DYNAMIC:
            module, name = DYNAMIC[arg.attr]
            source = _module_file(module)
            table = _Module.load(source).constant(name) if source else _UNKNOWN
            values = _elements(table)
        if not values or any(not isinstance(v, str) for v in values):
            self.errors.append(
                f"{self.where(node)}: cannot tell the text of tr({written}); pass a literal "
                "or a literal table, or add it to DYNAMIC in tools/update_translations.py"
            )
            return
        self.found += [(self.module.context, v) for v in values]


def source_files() -> list[Path]:
    """The modules searched for translatable texts, in a stable order: all of the package
    (outside SOURCE_PACKAGES only for ``phrase`` templates)."""
    return sorted(PACKAGE.rglob("*.py"))


def _phrases_only(path: Path) -> bool:
    """Whether a module is searched for ``phrase`` templates only."""
    path = path.resolve()
    inside = path.is_relative_to(PACKAGE)
    return inside and not any(path.is_relative_to(package) for package in SOURCE_PACKAGES)


def extract(files: Iterable[Path] | None = None) -> Catalog:
    """Every translatable text of the user interface, by context; ExtractionError when a
    ``tr()`` call cannot be followed."""
    _Module._cache.clear()
    catalog: Catalog = {}
    errors: list[str] = []
    for path in files if files is not None else source_files():
        try:
            rel = path.resolve().relative_to(ROOT).as_posix()
        except ValueError:  # a module outside the project (tests)
            rel = path.as_posix()
        extractor = _Extractor(_Module.load(path), rel, _phrases_only(path))
        extractor.visit(extractor.module.tree)
        errors += extractor.errors
        for context, source in extractor.found:
            message = catalog.setdefault(context, {}).setdefault(source, Message(source))
            message.files.add(rel)
    if errors:
        raise ExtractionError("\n".join(errors))
    return catalog


# ---- the .ts file -----------------------------------------------------------------------


def read_ts(path: Path = TS_FILE) -> Catalog:
    """The messages of a .ts file (empty when there is none)."""
    if not path.exists():
        return {}
    catalog: Catalog = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for node in context.iter("message"):
            translation = node.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            message = Message(
                source=node.findtext("source", ""),
                translation=(translation.text or "") if translation is not None else "",
                unfinished=kind == "unfinished",
                vanished=kind in ("vanished", "obsolete"),
                files={
                    loc.get("filename", "").removeprefix("../")
                    for loc in node.iter("location")
                    if loc.get("filename")
                },
            )
            catalog.setdefault(name, {})[message.source] = message
    return catalog


def merge(found: Catalog, existing: Catalog) -> Catalog:
    """The new catalog: every string found, with the translations it already had;
    strings gone from the code are kept as vanished, without locations."""
    merged: Catalog = {}
    for context in sorted(set(found) | set(existing)):
        old = existing.get(context, {})
        new = found.get(context, {})
        messages: dict[str, Message] = {}
        for source in set(old) | set(new):
            before = old.get(source)
            if source in new:
                message = Message(source, files=set(new[source].files))
                if before is not None:
                    message.translation = before.translation
                    message.unfinished = before.unfinished or not before.translation
            else:
                assert before is not None
                if not before.translation:
                    continue  # nothing worth keeping
                message = Message(source, before.translation, before.unfinished, vanished=True)
            messages[source] = message
        if messages:
            merged[context] = messages
    return merged


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def _sort_key(text: str) -> tuple[str, str]:
    return (text.replace("&", "").casefold(), text)


def render_ts(catalog: Catalog) -> str:
    """The catalog as Qt TS 2.1 XML, in a stable order (contexts and sources sorted)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGE}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    for context in sorted(catalog):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for source in sorted(catalog[context], key=_sort_key):
            message = catalog[context][source]
            lines.append("    <message>")
            for rel in sorted(message.files):
                lines.append(f'        <location filename="../{_escape(rel)}"/>')
            lines.append(f"        <source>{_escape(source)}</source>")
            kind = (
                ' type="vanished"'
                if message.vanished
                else ' type="unfinished"'
                if message.unfinished
                else ""
            )
            lines.append(f"        <translation{kind}>{_escape(message.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def counts(catalog: Catalog) -> dict[str, int]:
    """How many strings are current, finished, unfinished and vanished."""
    messages = [m for context in catalog.values() for m in context.values()]
    current = [m for m in messages if not m.vanished]
    return {
        "strings": len(current),
        "finished": sum(1 for m in current if not m.unfinished),
        "unfinished": sum(1 for m in current if m.unfinished),
        "vanished": len(messages) - len(current),
    }


# ---- the .qm file -----------------------------------------------------------------------


def lrelease_command() -> list[str]:
    """How to run Qt's lrelease: the binary inside the PySide6 package, else a
    ``pyside6-lrelease`` or ``lrelease`` on the PATH (or next to this Python)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return [str(folder / name)]
    for name in ("pyside6-lrelease", "lrelease"):
        beside = Path(sys.executable).with_name(name)
        if beside.is_file():
            return [str(beside)]
        found = shutil.which(name)
        if found:
            return [found]
    raise FileNotFoundError("lrelease not found: install PySide6-Essentials")


def compile_qm(ts_file: Path, qm_file: Path) -> str:
    """Compile a .ts into a .qm with lrelease; returns lrelease's report."""
    result = subprocess.run(
        [*lrelease_command(), "-silent", str(ts_file), "-qm", str(qm_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not qm_file.is_file():
        raise RuntimeError(f"lrelease failed:\n{result.stdout}{result.stderr}")
    return (result.stdout + result.stderr).strip()


def compiled(ts_text: str) -> bytes:
    """The .qm lrelease makes of this .ts text."""
    with tempfile.TemporaryDirectory() as folder:
        ts_file, qm_file = Path(folder) / "journeymap_de.ts", Path(folder) / "journeymap_de.qm"
        ts_file.write_text(ts_text, encoding="utf-8")
        compile_qm(ts_file, qm_file)
        return qm_file.read_bytes()


# ---- the command ------------------------------------------------------------------------


@dataclass
class Plan:
    """What an update would write, and whether that differs from what is there."""

    catalog: Catalog
    ts_text: str
    qm_bytes: bytes
    ts_changed: bool
    qm_changed: bool

    @property
    def changed(self) -> bool:
        """Whether running the tool would change a file."""
        return self.ts_changed or self.qm_changed

    def diff(self) -> Iterator[str]:
        """A unified diff of the .ts file as it is against what it would be."""
        old = TS_FILE.read_text(encoding="utf-8") if TS_FILE.exists() else ""
        return difflib.unified_diff(
            old.splitlines(keepends=True),
            self.ts_text.splitlines(keepends=True),
            str(TS_FILE.relative_to(ROOT)),
            "(updated)",
        )


def plan() -> Plan:
    """Extract, merge and compile without writing anything."""
    catalog = merge(extract(), read_ts())
    ts_text = render_ts(catalog)
    qm_bytes = compiled(ts_text)
    old_ts = TS_FILE.read_text(encoding="utf-8") if TS_FILE.exists() else None
    old_qm = QM_FILE.read_bytes() if QM_FILE.exists() else None
    return Plan(catalog, ts_text, qm_bytes, old_ts != ts_text, old_qm != qm_bytes)


def main(argv: list[str] | None = None) -> int:
    """Update (or with --check only compare) the .ts and .qm; the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when an update is due"
    )
    args = parser.parse_args(argv)
    try:
        result = plan()
    except ExtractionError as error:
        print(error, file=sys.stderr)
        return 2
    summary = ", ".join(f"{n} {what}" for what, n in counts(result.catalog).items())
    if args.check:
        if result.changed:
            sys.stdout.writelines(result.diff())
            stale = [
                f.name
                for f, changed in ((TS_FILE, result.ts_changed), (QM_FILE, result.qm_changed))
                if changed
            ]
            print(f"out of date: {', '.join(stale)}; run tools/update_translations.py")
            return 1
        print(f"up to date: {summary}")
        return 0
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    if result.ts_changed:
        TS_FILE.write_text(result.ts_text, encoding="utf-8")
    if result.qm_changed:
        QM_FILE.write_bytes(result.qm_bytes)
    state = "updated" if result.changed else "unchanged"
    print(f"{TS_FILE.relative_to(ROOT)} and {QM_FILE.name} {state}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
