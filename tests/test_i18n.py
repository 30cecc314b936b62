"""German user interface: every visible text translated, the catalogue complete and the
compiled .qm up to date with the code, the language chosen and switched in the settings."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPointF,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QToolBar,
    QUndoView,
    QWidget,
)

from journeymap.samples import find_sample
from tests.gui_helpers import emotion_legend

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(__file__).with_name("artifacts")

#: Texts that are the same in English and German (names, terms CX teams use as they are,
#: symbols). Only these may be "translated" by copying the source.
SAME_IN_BOTH = {
    "journeymap",
    "{base}; {roles}",  # only placeholders and punctuation
    "{name} ({note})",
    "Journey",
    "Journeys",
    "Name",
    "Details…",
    "Text",
    "Persona",
    "Segment",
    "Segment: {}",
    "n = {}",
    "Touchpoint: {}",  # the German word is the English one (the CX term)
    "Touchpoints: {}",
    "Emotion",
    "neutral",
    "n",
    "±",
    "Beispiel-Journeys (Deutsch)",  # the German samples' heading is German in both
    "App",
    "Chatbot",
    "Website",
    "CSAT",
    "NPS",
    "CES",
    "Position",
    "Status",
    "Touchpoint",
    "{field}: {old} → {new}",  # the model's messages: placeholders and arrows only
    "{metric}: {old} → {new}",
    "{name}: {field}: {old} → {new}",
    "Touchpoints",  # lane kinds German CX teams call by their English names
    "Frontstage",
    "Backstage",
    # the workbook's labels (context Workbook): metric and scale labels, placeholders
    "CSAT %",
    "ID",
    "Emotion (-2..+2)",
    "Emotion -2..+2",
    "Problem: {}",
    "Touchpoints {}",
    "{} ({})",
    "Segment:",
    # the problems of files and libraries (context Problems): a size and its unit
    "{reason}",  # the model's sentence, translated as the model's messages are
    "{value} {problem}",  # a stored value and what is wrong with it
    "{size} GB",
    "{size} MB",
}


def _placeholders(text: str) -> list[str]:
    """A text's placeholders: in order when positional ({}), as a set of names otherwise
    (German may put named ones in another order; .format fills them by name)."""
    found = re.findall(r"\{[^{}]*\}", text)
    return found if "{}" in found else sorted(found)


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def current_messages() -> list[tuple[str, tool.Message]]:
    """(context, message) of every string in the .ts that the code still uses."""
    catalog = tool.read_ts()
    return [
        (context, message)
        for context, messages in catalog.items()
        for message in messages.values()
        if not message.vanished
    ]


# ---- the catalogue ---------------------------------------------------------------------


def test_the_catalogue_is_complete_and_every_placeholder_survives():
    messages = current_messages()
    assert len(messages) > 150
    problems = []
    for context, m in messages:
        where = f"{context}: {m.source!r} -> {m.translation!r}"
        if m.unfinished or not m.translation.strip():
            problems.append(f"untranslated {where}")
            continue
        if _placeholders(m.source) != _placeholders(m.translation):
            problems.append(f"placeholders differ {where}")
        if ("&" in m.source.replace("&&", "")) != ("&" in m.translation.replace("&&", "")):
            problems.append(f"accelerator missing or extra {where}")
        if m.source[:1].isspace() != m.translation[:1].isspace():
            problems.append(f"leading space differs {where}")
        if m.translation == m.source and m.source.replace("&", "") not in SAME_IN_BOTH:
            problems.append(f"copied, not translated (or add to SAME_IN_BOTH) {where}")
    assert not problems, "\n".join(problems)


def test_the_ts_and_qm_are_up_to_date_with_the_code():
    """Fails when a tr() text was added or changed without running the tool, and when
    the .qm was not compiled from the .ts as it is."""
    result = tool.plan()
    assert not result.ts_changed, (
        "journeymap/translations/journeymap_de.ts lags behind the code: run "
        "tools/update_translations.py and translate the new strings\n" + "".join(result.diff())
    )
    assert not result.qm_changed, "run tools/update_translations.py to compile the .qm"


def test_the_extractor_follows_tables_and_refuses_what_it_cannot_see(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from journeymap.model.vocabulary import STATES\n"
        "TABLE = {1: ('One', 'x'), 2: ('Two', 'y')}\n"
        "def tr(text):\n"
        "    return QCoreApplication.translate('Probe', text)\n"
        "def use(key, journey):\n"
        "    tr('Literal'), tr(TABLE[key][0]), tr(journey.state)\n"
        "    return [tr(s) for s in STATES]\n",
        encoding="utf-8",
    )
    found = tool.extract([probe])
    probe.write_text(probe.read_text() + "def bad(x):\n    tr(x)\n    tr(f'{x}')\n")
    with pytest.raises(tool.ExtractionError) as error:
        tool.extract([probe])
    assert set(found["Probe"]) == {"Literal", "One", "Two", "as-is", "to-be"}
    assert "tr(x)" in str(error.value) and 'tr(f"' in str(error.value)
    assert str(error.value).count("probe.py:") == 2


# ---- installing the translations ---------------------------------------------------------


@pytest.fixture
def translations(qtbot):
    """Whatever a test installs is taken out again, so other tests stay English."""
    from journeymap.ui.app import make_app
    from journeymap.ui.i18n import remove_translations

    app = make_app()
    yield app
    remove_translations(app)


def test_german_installs_ours_and_qts_own_english_installs_nothing(translations):
    from journeymap.ui.i18n import install_translations

    assert install_translations(translations, "en") == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert len(install_translations(translations, "de")) == 2
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    box = QMessageBox()
    buttons = [
        box.addButton(b).text()
        for b in (
            QMessageBox.StandardButton.Save,
            QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
    ]
    assert buttons == ["Speichern", "Verwerfen", "Abbrechen"]
    install_translations(translations, "en")  # switching back takes them out
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_language_comes_from_the_option_then_the_settings_then_the_system(
    translations, tmp_path
):
    from journeymap.ui.i18n import SETTINGS_KEY, startup_language, stored_language

    _isolate_settings(tmp_path)
    assert stored_language() is None
    assert startup_language(None) in ("en", "de")  # the system's
    QSettings().setValue(SETTINGS_KEY, "de")
    assert startup_language(None) == "de"
    assert startup_language("en") == "en"
    QSettings().setValue(SETTINGS_KEY, "klingon")
    assert stored_language() is None


# ---- the German window -----------------------------------------------------------------


def _isolate_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


@pytest.fixture
def german_window(qtbot, tmp_path):
    """Like the ``window`` fixture, but with the German translations installed first and
    the window built in German; the translations are taken out again afterwards."""
    import shiboken6

    from journeymap.ui.app import make_app
    from journeymap.ui.i18n import install_translations, remove_translations
    from journeymap.ui.main_window import MainWindow

    _isolate_settings(tmp_path)
    app = make_app()
    install_translations(app, "de")
    win = MainWindow("de")
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.canvas.cancel_rename()
    win.editor.undo_stack.setClean()
    win.close()
    shiboken6.delete(win)
    QApplication.clipboard().clear()
    remove_translations(app)


def _open_sample_with_a_touchpoint_selected(window) -> str:
    window.open_sample(find_sample("installation", "de").path)
    journey = window.editor.journey
    if journey.transitions:  # fill the transition page and the journey page too
        window.editor.select([journey.transitions[0].id])
        window.editor.select([])
    tp = journey.touchpoints[4]
    window.editor.select([tp.id])
    return tp.id


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    name = action.text() or action.objectName()
    for text in (action.text(), action.toolTip(), action.statusTip(), action.whatsThis()):
        yield f"{where} ▸ {name}", text
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from _menu_texts(menu, f"{where} ▸ {name}")


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    menu.aboutToShow.emit()  # menus filled on demand (Open Recent)
    yield where, menu.title()
    for action in menu.actions():
        yield from _action_texts(action, where)


def _model_texts(model: QAbstractItemModel, where: str) -> Iterator[tuple[str, str]]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    top = QModelIndex()
    rows = model.rowCount(top)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, rows),
    ):
        for section in range(min(count, 50)):
            for role in roles:
                yield f"{where} header", model.headerData(section, orientation, role)
    for row in range(min(rows, 100)):
        for column in range(columns):
            for role in roles:
                yield f"{where} cell", model.data(model.index(row, column), role)


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    where = f"{type(widget).__name__} {widget.objectName()}".strip()
    yield where, widget.toolTip()
    yield where, widget.statusTip()
    yield where, widget.whatsThis()
    if isinstance(widget, QDockWidget | QToolBar):
        yield where, widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield where, widget.text()
    if isinstance(widget, QGroupBox):
        yield where, widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield where, widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield where, widget.specialValueText()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        yield where, widget.prefix()
        yield where, widget.suffix()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield where, widget.itemText(i)
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield where, widget.tabText(i)
            yield where, widget.tabToolTip(i)
    if isinstance(widget, QUndoView):
        yield where, widget.emptyLabel()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model(), where)


def _context_menu_texts(window) -> Iterator[tuple[str, str]]:
    """Open the canvas's context menu on a card, on a column and beside the map."""
    canvas, scene = window.canvas, window.canvas.scene
    journey = window.editor.journey
    if journey is None or not journey.touchpoints:
        return
    points = [scene.item_rect(journey.touchpoints[0].id).center()]
    column = scene.item_rect(journey.stages[0].id)
    points.append(QPointF(column.center().x(), column.top() + 10))  # the stage's header
    note = next(iter(scene.board.notes.values()), None) if journey.notes else None
    if note is not None:  # a sticky note's menu, and an empty lane cell's
        points.append(note.sceneBoundingRect().center())
    points.append(scene.itemsBoundingRect().bottomRight() + QPointF(300, 300))
    for point in points:
        before = set(canvas.findChildren(QMenu))
        canvas.view.customContextMenuRequested.emit(canvas.view.mapFromScene(point))
        for menu in set(canvas.findChildren(QMenu)) - before:
            yield from _menu_texts(menu, "context menu")
            menu.close()


def visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) of every text the window shows or can show: menus (recursively),
    tool bars, context menus, and each widget's label, title, tooltip, placeholder and
    items; table and list models with their headers."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for action in window.menuBar().actions():
        found += _action_texts(action, "menu")
    for bar in window.findChildren(QToolBar):
        found.append(("tool bar", bar.toggleViewAction().text()))
        for action in bar.actions():
            found += _action_texts(action, "tool bar")
    for dock in window.findChildren(QDockWidget):
        found.append(("dock", dock.toggleViewAction().text()))
    found += _context_menu_texts(window)
    if hasattr(window, "shortcuts"):  # Help ▸ Keyboard shortcuts lists actions and gestures
        found += [("keyboard shortcuts", text) for row in window.shortcuts() for text in row]
    for widget in window.findChildren(QWidget):
        found += _widget_texts(widget)
    return [(where, text) for where, text in found if isinstance(text, str) and text.strip()]


def _variants(text: str) -> set[str]:
    """A text as shown, without accelerators, rich-text tags or a "(Ctrl+N)" suffix."""
    plain = re.sub(r"<[^>]+>", "", text)
    shown = {text, text.replace("&", ""), plain, plain.replace("&", "")}
    return shown | {re.sub(r" \([^()]*\+?[^()]*\)$", "", t) for t in shown}


def english_leftovers(texts: list[tuple[str, str]]) -> list[str]:
    """Texts that equal an English source string whose German differs."""
    messages = [m for _, m in current_messages()]
    german = {m.translation.replace("&", "") for m in messages}
    english = {
        m.source.replace("&", "")
        for m in messages
        if m.translation.replace("&", "") != m.source.replace("&", "")
    } - german
    placeholder = re.compile(r"\{[a-z_]*\}")  # "{}" and the model's "{name}"
    exact = {s for s in english if not placeholder.search(s)} - SAME_IN_BOTH
    patterns = [
        re.compile("^" + ".+".join(re.escape(p) for p in placeholder.split(s)) + "$", re.DOTALL)
        for s in english
        if placeholder.search(s) and len(placeholder.sub("", s).strip()) >= 3
    ]
    left = []
    for where, text in texts:
        for variant in _variants(text):
            if variant in exact or any(p.match(variant) for p in patterns):
                left.append(f"{where}: {text!r}")
                break
    return left


def test_no_visible_text_of_the_german_window_is_left_in_english(german_window, qtbot):
    window = german_window
    _open_sample_with_a_touchpoint_selected(window)
    for dock in window.findChildren(QDockWidget):  # tabbed docks build their pages on show
        if dock.isVisible():
            dock.raise_()
            qtbot.waitUntil(dock.widget().isVisible)  # its tab is in front, its page shown
    texts = visible_texts(window)
    shown = {text for _, text in texts}
    # the check looks where it should: German texts of each part are among those found
    expected = {
        "&Datei",
        "Phase",
        "Touchpoint",
        "Pain Points",
        "Lückenbericht",
        "Priorität",
        "Nach beliebigem Text filtern…",
        "Phase löschen",
        "<leer>",
    }
    assert expected <= shown, expected - shown
    assert any("Kopie des Beispiels" in t for t in shown)
    leftovers = english_leftovers(texts)
    assert not leftovers, "English in the German window:\n" + "\n".join(leftovers)


def test_the_leftover_check_catches_english(german_window):
    """The check itself: an English text in the German window is found."""
    german_window.gap_table.filter.setPlaceholderText("Filter by any text…")
    german_window.statusBar().setToolTip("Saved /tmp/journey.jmap")  # a filled-in "Saved {}"
    leftovers = english_leftovers(visible_texts(german_window))
    assert len(leftovers) == 2, leftovers


def _accelerators(actions: list[QAction]) -> list[str]:
    keys = []
    for action in actions:
        match = re.search(r"&([^&])", action.text().replace("&&", ""))
        if match:
            keys.append(match.group(1).casefold())
    return keys


def test_german_accelerators_are_unique_in_each_menu(german_window):
    menus = [("menu bar", german_window.menuBar().actions())]
    pending = [a.menu() for a in german_window.menuBar().actions() if a.menu()]
    while pending:
        menu = pending.pop()
        menus.append((menu.title(), menu.actions()))
        pending += [a.menu() for a in menu.actions() if a.menu()]
    for title, actions in menus:
        keys = _accelerators(actions)
        assert len(keys) == len(set(keys)), f"{title}: {sorted(keys)}"
    assert len(menus) >= 6


def test_view_language_stores_the_choice_for_the_next_start(german_window):
    from journeymap.ui.i18n import SETTINGS_KEY

    view = next(a.menu() for a in german_window.menuBar().actions() if a.text() == "&Ansicht")
    language = next(a.menu() for a in view.actions() if a.text() == "&Sprache")
    choices = {a.text().replace("&", ""): a for a in language.actions()}
    assert set(choices) == {"English", "Deutsch"} and choices["Deutsch"].isChecked()
    choices["English"].trigger()
    assert QSettings().value(SETTINGS_KEY) == "en"
    assert choices["English"].isChecked()
    assert "nächsten Start" in german_window.statusBar().currentMessage()


def test_screenshot_of_the_german_window(qtbot, german_window):
    """Saved as tests/artifacts/german-ui.png for people to look at (do the texts fit?);
    what the picture shows is German: the menus, the docks on screen, the gap table."""
    window = german_window
    _open_sample_with_a_touchpoint_selected(window)
    window.gap_dock.raise_()
    qtbot.waitUntil(lambda: window.gap_table.proxy.rowCount() > 0)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Datei", "Bearbeiten", "Journey", "Ansicht", "Hilfe"]
    shown = {d.windowTitle() for d in (window.inspector_dock, window.gap_dock) if d.isVisible()}
    assert shown == {"Eigenschaften", "Lückenbericht"}
    header = window.gap_table.proxy.headerData(1, Qt.Orientation.Horizontal)
    assert header == "Touchpoint"
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / "german-ui.png"
    assert window.grab().save(str(out))
    assert not QImage(str(out)).isNull()


def test_the_command_line_starts_the_german_ui_and_saves_a_screenshot(tmp_path):
    out = tmp_path / "german.png"
    sample = find_sample("installation", "de").path
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # the user's settings stay untouched
        "JOURNEYMAP_RECOVERY_DIR": str(tmp_path / "recovery"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "journeymap", "--lang", "de", str(sample), "--screenshot",
         str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "no translation" not in result.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 1000


# ---- the model's messages and numbers in German --------------------------------------


def test_every_model_message_has_a_german_rendering(translations):
    from journeymap.model.messages import TEXTS
    from journeymap.ui.i18n import install_translations

    install_translations(translations, "de")
    missing = [
        f"{code}: {text!r}"
        for code, text in TEXTS.items()
        if QCoreApplication.translate("Messages", text) == text and text not in SAME_IN_BOTH
    ]
    assert not missing, "model messages without German:\n" + "\n".join(missing)


def test_german_undo_and_history_name_each_edit_and_its_object(qtbot, german_window):
    from journeymap.storage import open_document
    from tests.test_gui_words import OLD_STYLE, edit_like_a_facilitator, history_rows

    sample = open_document(find_sample("installation", "de").path).journeys[0]
    names = {tp.id: tp.name for tp in sample.touchpoints}
    link = sample.transitions[0]
    texts = edit_like_a_facilitator(qtbot, german_window, "de", "Bestellung per Website")
    assert texts == [
        "‘Online-Bestellung’ als Moment der Wahrheit markieren",
        "Notiz ‘Long wait’ hinzufügen",
        f"Änderung des Anteils von ‘{names[link.source]} → {names[link.target]}’",
        "‘Online-Bestellung’ in ‘Bestellung per Website’ umbenennen",
        "‘Bestellung per Website’ verschieben",
        "‘Installation Internet und Festnetz’ automatisch anordnen",
        "Touchpoint ‘Bestellung per Website’ löschen",
    ]
    rows = history_rows(german_window)
    assert rows == texts
    assert not [row for row in rows if "_" in row or OLD_STYLE.match(row)]
    assert not english_leftovers([("history", row) for row in rows])


def test_a_refused_edit_an_import_summary_and_a_comparison_show_no_english(
    qtbot, german_window, tmp_path
):
    from tests.test_gui_words import check_survey, paste_a_hand_edited_card

    window = german_window
    window.open_sample(find_sample("installation", "de").path)
    paste_a_hand_edited_card(qtbot, window, window.editor.journey)
    refused = window.statusBar().currentMessage()
    assert refused == "Wichtigkeit: 9 liegt außerhalb von 1 bis 5"
    summary = check_survey(qtbot, window, tmp_path).splitlines()
    assert "Gelesene Zeilen: 60" in summary and "Abgelehnt: 0" in summary

    window.open_sample(find_sample("online-order", "de").path)
    window.compare()
    dialog = window.compare_dialog
    details = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    dialog.close()
    changes = [part for text in details for part in text.split("; ") if part]
    assert any(c.startswith("Kundenerwartung: ") for c in changes)  # the inspector's label
    shown = [("status bar", refused)] + [("import summary", line) for line in summary]
    shown += [("compare", change) for change in changes]
    leftovers = english_leftovers(shown)
    assert not leftovers, "English in the German window:\n" + "\n".join(leftovers)
    assert not [c for c in changes if re.search(r"\b(owner|channel|target|stage|True|False)\b", c)]


def test_the_leftover_check_catches_a_model_message_in_english():
    from journeymap.model.messages import message

    english = str(message("value.out_of_range", field="importance", value=9, low=1, high=5))
    shown = [("status bar", english), ("status bar", "Wichtigkeit: 9 liegt außerhalb von 1 bis 5")]
    assert english_leftovers(shown) == [f"status bar: {english!r}"]


def test_german_numbers_use_the_decimal_comma_and_dates_the_german_format(
    qtbot, german_window, tmp_path
):
    from tests.test_gui_words import gap_and_badge_texts, recovery_prompt_date

    window = german_window
    window.open_sample(find_sample("installation", "de").path)
    measured, badges = gap_and_badge_texts(qtbot, window)
    assert measured and all(re.fullmatch(r"-?[\d.]+,\d", m) for m in measured)
    assert badges and all(re.search(r"\d,\d$", b) for b in badges)
    link = next(t for t in window.editor.journey.transitions if t.share is not None)
    assert re.search(r"\d %$", window.canvas.scene.arrows[link.id].label)
    assert recovery_prompt_date(tmp_path) == "%d.%m.%y %H:%M"


def test_german_charts_name_each_journey_once_and_use_the_decimal_comma(qtbot, german_window):
    window = german_window
    window.open_sample(find_sample("online-order", "de").path)
    _, labels = emotion_legend(qtbot, window)
    charts = window.charts
    assert labels == [
        "Onlinebestellung und Lieferung (Ist)",
        "Onlinebestellung und Lieferung (Soll)",
    ]
    charts.setCurrentIndex(1)
    charts.redraw()
    ticks = charts.figures["gaps"].axes[0].xaxis.get_major_formatter()
    assert ticks.format_ticks([-12.5, 0.0, 25.0]) == ["-12,5", "0", "25"]
