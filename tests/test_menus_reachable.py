"""Every menu entry can be reached from the keyboard, in English and in German: each menu
title of the menu bar has its own Alt+letter, each entry of a menu has a shortcut or a
letter of its own in that menu, and no two actions of the window claim the same shortcut.
The right-click menus of the map and of the gap report are walked too."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from journeymap.samples import find_sample
from tests.test_i18n import german_window  # noqa: F401 (a fixture)


@pytest.fixture(params=["en", "de"])
def any_window(request):
    """The main window in English, then in German, with a sample open."""
    win = request.getfixturevalue("window" if request.param == "en" else "german_window")
    win.open_sample(find_sample("installation", win.language).path)
    return win


def accelerator(text: str) -> str | None:
    """The letter after a single "&" in a menu text, as Alt+letter would match it."""
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def entries(menu: QMenu) -> list[QAction]:
    """A menu's entries as the user sees them: no separators, none hidden."""
    menu.aboutToShow.emit()  # menus filled on demand (Open Recent)
    return [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def menus_of(window) -> Iterator[tuple[str, QMenu]]:
    """Every menu of the menu bar and every submenu, each with its path."""
    pending = [(a.text(), a.menu()) for a in window.menuBar().actions() if a.menu()]
    while pending:
        path, menu = pending.pop()
        yield path, menu
        pending += [(f"{path} ▸ {a.text()}", a.menu()) for a in entries(menu) if a.menu()]


def context_menus(window) -> Iterator[tuple[str, QMenu]]:
    """The right-click menus of the map (a card, a stage, a note, a lane's name, beside
    the map), of a gap report row and of the docks' and tool bar's titles (which panels
    to show), with their submenus."""
    canvas, scene, journey = window.canvas, window.canvas.scene, window.editor.journey
    points = {
        "card": scene.item_rect(journey.touchpoints[0].id).center(),
        "stage": scene.item_rect(journey.stages[0].id).topLeft() + QPointF(40, 10),
        "beside the map": scene.itemsBoundingRect().bottomRight() + QPointF(300, 300),
    }
    if scene.board.notes:
        points["note"] = next(iter(scene.board.notes.values())).sceneBoundingRect().center()
    if journey.lanes:
        points["lane"] = scene.board.label_rect(journey.lanes[0].id).center()
    for where, point in points.items():
        before = set(canvas.findChildren(QMenu))
        canvas.view.customContextMenuRequested.emit(canvas.view.mapFromScene(point))
        for menu in set(canvas.findChildren(QMenu)) - before:
            if menu.parent() is canvas:
                yield from _with_submenus(f"map, {where}", menu)
    table = window.gap_table.table
    before = set(window.gap_table.findChildren(QMenu))
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(0, 0)).center())
    for menu in set(window.gap_table.findChildren(QMenu)) - before:
        yield from _with_submenus("gap report row", menu)
    window.show_matrix()  # its dock is built on first use
    yield "panels", window.createPopupMenu()


def _with_submenus(path: str, menu: QMenu) -> Iterator[tuple[str, QMenu]]:
    yield path, menu
    for action in entries(menu):
        if action.menu():
            yield from _with_submenus(f"{path} ▸ {action.text()}", action.menu())


def unreachable(path: str, menu: QMenu) -> list[str]:
    """The entries of one menu that neither a shortcut nor a letter of their own reach."""
    by_letter = defaultdict(list)
    problems = []
    for action in entries(menu):
        letter = accelerator(action.text())
        if letter:
            by_letter[letter].append(action.text())
        elif action.shortcut().isEmpty():
            problems.append(f"{path}: {action.text()!r} has neither a shortcut nor a letter")
    problems += [
        f"{path}: {texts} share the letter {letter!r}"
        for letter, texts in by_letter.items()
        if len(texts) > 1
    ]
    return problems


def test_each_menu_title_has_its_own_letter(any_window):
    titles = [a.text() for a in any_window.menuBar().actions()]
    letters = [accelerator(t) for t in titles]
    assert None not in letters, titles
    assert len(set(letters)) == len(letters), titles


def test_every_menu_entry_has_a_shortcut_or_a_letter_of_its_own(any_window):
    menus = list(menus_of(any_window))
    assert len(menus) >= 10  # the walk reaches the submenus (Export, Highlight, Text size…)
    problems = [p for path, menu in menus for p in unreachable(path, menu)]
    assert not problems, "\n".join(problems)


def test_every_right_click_menu_entry_has_a_letter_of_its_own(any_window):
    menus = list(context_menus(any_window))
    found = {path.split(" ▸ ")[0] for path, _ in menus}
    assert found == {"map, card", "map, stage", "map, note", "map, lane", "map, beside the map",
                     "gap report row", "panels"}  # fmt: skip
    problems = [p for path, menu in menus for p in unreachable(path, menu)]
    for _, menu in menus:
        menu.close()
    assert not problems, "\n".join(problems)


def test_no_two_actions_of_the_window_share_a_shortcut(any_window):
    owners = defaultdict(set)
    for action in any_window.findChildren(QAction):
        for keys in action.shortcuts():
            owners[keys.toString(QKeySequence.SequenceFormat.PortableText)].add(action.text())
    shared = {keys: texts for keys, texts in owners.items() if len(texts) > 1}
    assert not shared, shared
    assert len(owners) >= 30  # the walk found the window's shortcuts


@pytest.mark.parametrize(
    "language, letter, title", [("en", Qt.Key.Key_V, "&View"), ("de", Qt.Key.Key_A, "&Ansicht")]
)
def test_alt_and_a_letter_opens_its_menu(request, qtbot, language, letter, title):
    window = request.getfixturevalue("window" if language == "en" else "german_window")
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    QTest.keyClick(window.menuBar(), letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible)
    assert window.menuBar().activeAction().text() == title
    menu.close()
