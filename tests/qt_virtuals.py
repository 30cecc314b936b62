"""Which Qt methods are virtual, read from the vtables in PySide6's own Qt libraries.

Neither PySide6's stubs nor its runtime say whether a method is virtual, but the Qt
libraries do: every virtual function is a slot in some class's vtable. This reads the
libraries' dynamic symbols and relocations (64-bit little-endian ELF, as PySide6 ships on
Linux) and names each function a vtable slot points to.
"""

from __future__ import annotations

import bisect
import re
import struct
import sys
from functools import cache
from pathlib import Path

import PySide6

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
RELATIVE, ABSOLUTE_64 = 8, 1  # x86-64 relocation kinds a vtable slot is filled with
MEMBER = re.compile(r"_ZNK?(\d+)")


def _sections(data: bytes) -> dict[str, tuple[int, int]]:
    """Each section's (file offset, size) by name."""
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    entry_size, count, names_index = struct.unpack_from("<HHH", data, 0x3A)
    heads = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * entry_size) for i in range(count)]
    names_at = heads[names_index][4]

    def name(head: tuple) -> str:
        start = names_at + head[0]
        return data[start : data.index(b"\0", start)].decode()

    return {name(h): (h[4], h[5]) for h in heads}


def _member(symbol: str) -> tuple[str, str] | None:
    """(class, method) of a mangled member function such as _ZNK7QWidget6metricE…."""
    match = MEMBER.match(symbol)
    if match is None:
        return None
    size, rest = int(match.group(1)), symbol[match.end() :]
    owner, rest = rest[:size], rest[size:]
    match = re.match(r"\d+", rest)
    if match is None:
        return None
    return owner, rest[match.end() : match.end() + int(match.group())]


@cache
def _library_virtuals(library: Path) -> frozenset[tuple[str, str]]:
    """(class, method) of every function a vtable of this library points to."""
    data = library.read_bytes()
    sections = _sections(data)
    symbols_at, symbols_size = sections[".dynsym"]
    strings_at = sections[".dynstr"][0]
    symbols = []
    for offset in range(symbols_at, symbols_at + symbols_size, 24):
        name_at, info, _, _, value, size = struct.unpack_from("<IBBHQQ", data, offset)
        start = strings_at + name_at
        symbols.append((data[start : data.index(b"\0", start)].decode(), info & 0xF, value, size))
    functions: dict[int, list[str]] = {}  # identical code folding puts several at one address
    for name, kind, value, _ in symbols:
        if kind == 2 and value:
            functions.setdefault(value, []).append(name)
    tables = sorted((v, v + size) for name, _, v, size in symbols if name.startswith("_ZTV"))
    starts = [start for start, _ in tables]

    def in_vtable(address: int) -> bool:
        i = bisect.bisect_right(starts, address) - 1
        return i >= 0 and address < tables[i][1]

    found: set[tuple[str, str]] = set()
    relocations_at, relocations_size = sections[".rela.dyn"]
    for offset in range(relocations_at, relocations_at + relocations_size, 24):
        where, info, addend = struct.unpack_from("<QQq", data, offset)
        kind, index = info & 0xFFFFFFFF, info >> 32
        if not in_vtable(where):
            continue
        names = functions.get(addend, []) if kind == RELATIVE else []
        if kind == ABSOLUTE_64:
            names = [symbols[index][0]]
        found.update(m for m in map(_member, names) if m is not None)
    return frozenset(found)


def _library_of(qt_class: type) -> Path:
    """The Qt library behind a PySide6 class (PySide6.QtWidgets → libQt6Widgets.so.6)."""
    module = qt_class.__module__.rsplit(".", 1)[-1]
    return QT_LIB / f"libQt6{module.removeprefix('Qt')}.so.6"


@cache
def _create_every_class() -> None:
    """PySide6 creates a class on first use; ``__subclasses__`` only sees those."""
    for name, module in list(sys.modules.items()):
        if name.startswith("PySide6.Qt"):
            for attribute in dir(module):
                getattr(module, attribute)


def _related(qt_class: type) -> set[type]:
    """The class, its Qt ancestors and its Qt descendants (a pure virtual has no slot of its
    own class's; a descendant that implements it shows it)."""
    _create_every_class()
    related = {b for b in qt_class.__mro__ if b.__module__.startswith("PySide6.")}
    todo = [qt_class]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("PySide6.") and sub not in related:
                related.add(sub)
                todo.append(sub)
    return related


def virtual_methods(qt_class: type) -> set[str]:
    """The names of the virtual methods of a PySide6 class (its own and inherited)."""
    names = set()
    for cls in _related(qt_class):
        library = _library_of(cls)
        if library.exists():
            names |= {m for owner, m in _library_virtuals(library) if owner == cls.__name__}
    return names
