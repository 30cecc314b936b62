"""The canvas as a widget: the view, its scene, in-place renaming and context menus."""

from __future__ import annotations

import dataclasses

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction
from PySide6.QtWidgets import QLineEdit, QMenu, QVBoxLayout, QWidget

from journeymap.model.commands import RemoveObject, SetFields
from journeymap.model.entities import Lane
from journeymap.ui import edit_actions, fields
from journeymap.ui.canvas import colors
from journeymap.ui.canvas.arrow_entry import ArrowEntry
from journeymap.ui.canvas.items import ArrowItem, CardItem, StageColumnItem
from journeymap.ui.canvas.key_connect import KeyConnecting
from journeymap.ui.canvas.lane_menu import lane_menu
from journeymap.ui.canvas.legend import HeadingBand, MapOptions, journey_heading
from journeymap.ui.canvas.map_keys import MapKeys, modifiers
from journeymap.ui.canvas.note_entry import NoteBox, NoteEntry
from journeymap.ui.canvas.notes import NoteItem, note_lines
from journeymap.ui.canvas.scene import JourneyScene
from journeymap.ui.canvas.spoken import spoken
from journeymap.ui.canvas.text_layout import TEXT_SIZE
from journeymap.ui.canvas.view import JourneyView, ViewPlace
from journeymap.ui.editor import Editor
from journeymap.ui.lane_list import rename_lane

#: Keys that step through the stages in presentation mode.
STEP_KEYS = {
    Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_Space: 1,
    Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageUp: -1,
}  # fmt: skip


def tr(text: str) -> str:
    """Translate a user-visible text of the canvas."""
    return QCoreApplication.translate("Canvas", text)


class CanvasPanel(QWidget):
    """Shows the editor's current journey and keeps the selection in step with it."""

    #: A lasting word for the status bar ("" takes it away): a connection being chosen.
    notice = Signal(str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.view = JourneyView(self)
        self.heading = HeadingBand(self)  # the title band, while presenting
        self.heading.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        self.scene: JourneyScene | None = None
        self._renamer: QLineEdit | None = None
        self._renamed_id = ""  # the object whose name the renamer holds
        self.note_entry = NoteEntry(editor, self.view)
        self.arrow_entry = ArrowEntry(editor, self.view)
        self.keys = MapKeys(self.view)
        self.connecting = KeyConnecting(self.keys, self)  # a connection chosen by keyboard
        self.connecting.notice.connect(self.notice)
        self.connecting.moved.connect(self._speak)
        self._syncing = False
        self.presenting = False
        self._place_before: ViewPlace | None = None  # where the view was before presenting
        self._refusal = ""  # why the last gesture was refused, said until the next key
        self.stage_index = -1
        self.view.installEventFilter(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        editor.document_replaced.connect(self._new_scene)
        editor.journey_switched.connect(self._show_journey)
        editor.selection_changed.connect(self._select_from_editor)
        editor.figure_view_changed.connect(self._show_legend)
        editor.settled.connect(self._speak)  # a renamed card is spoken of by its new name
        editor.changed.connect(self._after_change)
        self._new_scene()

    # ---- scene life -------------------------------------------------------------
    def _after_change(self, _event: object) -> None:
        """A change (an undo or redo from the tool bar, too) ends a connection being
        chosen and closes an in-place editor whose object it took away: left open, the
        editor would float over nothing and name an object no longer there."""
        self.connecting.cancel()
        if self._renamer is not None and self._renamed_id not in self.editor.doc:
            self.cancel_rename()
        if self.arrow_entry.transition_id not in self.editor.doc:
            self.arrow_entry.stop()

    def _new_scene(self) -> None:
        self.connecting.cancel()
        old = self.scene
        if old is not None:
            old.stop_following()
            old.deleteLater()
        self.scene = JourneyScene(self.editor.doc, self.editor.push, self)
        self.scene.follow(self.editor)
        if old is not None:  # the view options carry over to the next document
            self.scene.highlight = old.highlight
            self.scene.colour_by, self.scene.voting = old.colour_by, old.voting
            self.scene.overlay = old.overlay
        self.scene.selectionChanged.connect(self._select_from_scene)
        self.scene.selectionChanged.connect(self.connecting.aim)
        self.scene.selectionChanged.connect(self._speak)
        self.scene.refused.connect(self.editor.refused)
        self.scene.refused.connect(self._say_refusal)
        self.scene.cell_chosen.connect(self._speak)
        self.scene.focusItemChanged.connect(lambda *_: self._speak())
        self.scene.add_touchpoint_requested.connect(self._add_here)
        self.scene.rename_requested.connect(self.start_rename)
        self.scene.note_requested.connect(self._write_notes)
        self.scene.note_edit_requested.connect(self._edit_note)
        self.scene.overlay_changed.connect(self._show_legend)
        self.view.setScene(self.scene)

    def _show_journey(self, journey_id: str) -> None:
        assert self.scene is not None
        self.connecting.cancel()
        self.scene.show_journey(journey_id or None)
        self.view.fit()
        self._show_heading()
        self._speak()

    def highlight(self, kind: str) -> None:
        """Emphasise handoffs, channel breaks, loops or the worst path ("" for none)."""
        assert self.scene is not None
        self.scene.set_highlight(kind)
        self._show_legend()

    def colour_by(self, kind: str) -> None:
        """Colour cards by gap, or as a heat map of a metric."""
        assert self.scene is not None
        self.scene.set_colour_by(kind)
        self._show_legend()

    def _show_legend(self) -> None:
        """The legend explains the map as it is shown now, counting the answers the
        editor's view chooses (this may run before the scene has heard of a new one)."""
        assert self.scene is not None
        options = dataclasses.replace(self.map_options(), view=self.editor.figure_view)
        self.view.legend.show_choices(options, self.scene.overlaid_state)

    def map_options(self) -> MapOptions:
        """How the map is shown now, for an export to show it the same way."""
        assert self.scene is not None
        return MapOptions.of_scene(self.scene)

    def set_reading(self, text_size: float, high_contrast: bool) -> None:
        """Draw the map's texts at ``text_size`` (1 = 100 %) and in high contrast or its
        usual look (View ▸ Text size, View ▸ High contrast)."""
        assert self.scene is not None
        TEXT_SIZE.factor = text_size
        colors.set_high_contrast(high_contrast)
        note_lines.cache_clear()  # the notes' lines were wrapped at the old size
        self.scene.rebuild()  # new sizes lay the lanes out anew, new tints colour the notes
        if self.presenting:
            self._present_cards(True)
        self.heading.show_colours()
        self.view.legend.magnify(self.view.legend.magnification)
        if self.view.auto_fit:
            self.view.fit()
        self._speak()

    def _present_cards(self, on: bool) -> None:
        """Larger text on the cards, and no editing handles, while presenting."""
        assert self.scene is not None
        for card in self.scene.cards.values():
            card.font_scale = 1.3 if on else 1.0
            card.show_handle = not on  # the room sees the map, not the editing handles
            card.update()

    def set_presenting(self, on: bool) -> None:
        """Presentation mode: the journey's name and persona in a band over the map, larger
        text on the cards, no scroll bars, and the arrow keys step through the stages.
        Leaving it brings back the zoom and position the map had before."""
        assert self.scene is not None
        if on and not self.presenting:
            self._place_before = self.view.remember_place()
        self.presenting = on
        self.stage_index = -1
        self._present_cards(on)
        bars = Qt.ScrollBarPolicy
        policy = bars.ScrollBarAlwaysOff if on else bars.ScrollBarAsNeeded
        self.view.setHorizontalScrollBarPolicy(policy)
        self.view.setVerticalScrollBarPolicy(policy)
        self._show_heading()
        self.heading.setVisible(on)
        self.view.legend.magnify(1.4 if on else 1.0)
        if on:
            self.view.fit()
            self.view.setFocus()
        elif self._place_before is not None:
            self.view.return_to(self._place_before)
            self._place_before = None

    def _speak(self) -> None:
        """Let a screen reader know what the map shows or which item is in hand. Qt tells
        it the new name and description; the map with the keyboard focus says it again as
        focused, which is what a screen reader reads out."""
        if self.scene is None or not shiboken6.isValid(self.scene):
            return
        name, description = spoken(self.scene, self.connecting.source)
        if self._refusal:
            description = f"{self._refusal}. {description}"
        if (name, description) == (self.view.accessibleName(), self.view.accessibleDescription()):
            return
        self.view.setAccessibleName(name)
        self.view.setAccessibleDescription(description)
        if self.view.hasFocus():
            QAccessible.updateAccessibility(QAccessibleEvent(self.view, QAccessible.Event.Focus))

    def _say_refusal(self, message: str) -> None:
        """A refused gesture (a second arrow the same way) is heard too, not only shown in
        the status bar: the map's description starts with why until the next key."""
        self._refusal = message
        self._speak()

    def _show_heading(self) -> None:
        self.heading.show_heading(*journey_heading(self.editor.doc, self.editor.journey))

    def step_stage(self, delta: int) -> None:
        """Show the next (+1) or previous (-1) stage filling the view."""
        journey = self.editor.journey
        if journey is None or not journey.stages or self.scene is None:
            return
        self.stage_index = max(0, min(len(journey.stages) - 1, self.stage_index + delta))
        rect = self.scene.columns[journey.stages[self.stage_index].id].sceneBoundingRect()
        self.view.auto_fit = False
        self.view.fitInView(rect.adjusted(-40, -20, 40, 20), Qt.AspectRatioMode.KeepAspectRatio)
        self.editor.select([journey.stages[self.stage_index].id])

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._refusal:
            self._refusal = ""  # said; the next key moves on
            self._speak()
        if self.connecting.source is not None:
            return self.connecting.handle(event)
        if self.presenting and event.type() == QEvent.Type.KeyPress:
            step = STEP_KEYS.get(event.key())
            if step:
                self.step_stage(step)
                return True
        if event.type() == QEvent.Type.ShortcutOverride and self._deletes_arrow(event):
            event.accept()  # the map deletes it itself, to go back to its card
            return True
        if event.type() == QEvent.Type.KeyPress and self._steps_through_items(event):
            return True
        if event.type() == QEvent.Type.KeyPress and self._types_a_note(event):
            assert self.scene is not None and self.scene.current_cell is not None
            self.note_entry.write_new(self.scene, *self.scene.current_cell, event.text())
            return True
        return False

    def _steps_through_items(self, event) -> bool:
        """The keyboard's way through the map (see map_keys): the keys move the selection
        between the cards, notes, arrows and lane cells; Enter edits the one in hand (in a
        lane cell writes a new note), Esc goes back from an arrow to its card, from a note
        to its cell."""
        assert self.scene is not None
        current = self.keys.in_hand(self.scene)
        plain = not modifiers(event) & ~Qt.KeyboardModifier.ShiftModifier
        if current is not None and plain and event.key() in fields.ENTER_KEYS:
            self.start_rename(current.object_id)
            return True
        if event.key() == Qt.Key.Key_Escape and not modifiers(event):
            return self.keys.back(self.scene)
        cell = self.scene.current_cell
        if cell and not self.scene.selectedItems() and event.key() in fields.ENTER_KEYS:
            self._write_notes(*cell)  # as a double-click in the cell does
            return True
        if self._deletes_arrow(event):
            card = self.keys.anchor(current)
            edit_actions.delete_selection(self.editor)  # as Edit ▸ Delete: one step
            self.keys.go(self.scene, card)  # the keyboard goes on from the card
            return True
        return self.keys.step(self.scene, event)

    def _deletes_arrow(self, event) -> bool:
        """Whether the key is Delete (or Backspace) with an arrow in hand."""
        return (
            self.scene is not None
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and not modifiers(event)
            and isinstance(self.keys.in_hand(self.scene), ArrowItem)
        )

    def take_keys(self, action: QAction) -> None:
        """Let ``action``'s keys work only while the map has the keyboard: elsewhere they
        stay the focused widget's (Delete in a combo box of the inspector must not delete
        the map's selection). Its menu entry works from anywhere."""
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)

    # ---- connecting from the keyboard ------------------------------------------------
    def offer_connecting(self, action: QAction) -> None:
        """Let the window's Connect action start a connection from the card in hand: its
        key works while the map has the keyboard, and it is enabled while one card is
        selected."""
        self.take_keys(action)

        def enable(*_: object) -> None:
            action.setEnabled(self._card_in_hand() is not None)

        self.editor.selection_changed.connect(enable)
        enable()

    def _card_in_hand(self) -> CardItem | None:
        selection = self.editor.selection
        if self.scene is None or len(selection) != 1:
            return None
        return self.scene.cards.get(selection[0])

    def start_connection(self) -> None:
        """Start connecting the card in hand to the card chosen next (C)."""
        source = self._card_in_hand()
        if source is None or self.scene is None or self.connecting.source is not None:
            return
        self.cancel_rename()
        self.connecting.start(self.scene, source)
        self.view.setFocus()

    def _types_a_note(self, event) -> bool:
        """Whether a key typed on the map starts a note in the chosen lane cell: a
        printable character, with a cell chosen and nothing selected."""
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        return bool(
            not self.presenting
            and plain
            and event.text().strip()
            and self.scene is not None
            and self.scene.current_cell is not None
            and not self.editor.selection
        )

    def set_overlay(self, on: bool) -> None:
        """Lay the counterpart's emotion curve over the journey's, or take it away."""
        assert self.scene is not None
        self.scene.set_overlay(on)  # the legend follows the scene's overlay_changed

    # ---- selection both ways ---------------------------------------------------------
    def _select_from_scene(self) -> None:
        # a scene being torn down with the window still reports its emptied selection
        if not self._syncing and self.scene is not None and shiboken6.isValid(self.scene):
            self._syncing = True
            self.editor.select(self.scene.selected_ids())
            self._syncing = False

    def _select_from_editor(self, ids: list[str]) -> None:
        if not self._syncing and self.scene is not None:
            self._syncing = True
            self.scene.select_ids(ids)
            self._syncing = False

    def centre_on(self, object_id: str) -> None:
        """Scroll so that an object's item is in the middle of the view."""
        rect = self.scene.item_rect(object_id) if self.scene else None
        if rect is not None:
            self.view.centre_on(rect)

    # ---- gestures ----------------------------------------------------------------
    def _add_here(self, stage_id: str, y: float) -> None:
        tp_id = edit_actions.add_touchpoint(self.editor, stage_id, y)
        if tp_id:
            self.start_rename(tp_id)

    def _write_notes(self, lane_id: str, stage_id: str) -> None:
        assert self.scene is not None
        self.note_entry.write_new(self.scene, lane_id, stage_id)

    def _edit_note(self, note_id: str) -> None:
        assert self.scene is not None
        self.note_entry.edit(self.scene, note_id)

    def start_rename(self, object_id: str | None = None) -> None:
        """Edit a card's, a stage's or a lane's name in place, a note's text or an arrow's
        label and share (F2, Enter or a double-click)."""
        if object_id is None:
            object_id = self.editor.selection[0] if self.editor.selection else None
        if object_id is None or self.scene is None or object_id not in self.editor.doc:
            return
        if object_id in self.scene.notes:
            self._edit_note(object_id)  # F2 on a note edits its text
            return
        if object_id in self.scene.arrows:
            self.arrow_entry.edit(self.scene.arrows[object_id])  # its label and share
            return
        rect = self.scene.item_rect(object_id)
        if rect is None:
            return
        top_left = self.view.mapFromScene(rect.topLeft())
        width = int(rect.width() * self.view.zoom())
        box = NoteBox(self.editor.doc.get(object_id).name, self.view.viewport())
        box.setGeometry(top_left.x() + 4, top_left.y() + 6, max(120, width - 16), 30)
        box.selectAll()
        box.show()
        box.setFocus()
        self._renamer, self._renamed_id = box, object_id

        def commit() -> None:
            if self._renamer is box:
                self._renamer = None
                box.hide()
                if isinstance(self.editor.doc.get(object_id), Lane):
                    rename_lane(self.editor, object_id, box.text().strip())  # never blank
                else:
                    edit_actions.rename(
                        self.editor, object_id, box.text().strip() or box.placeholderText()
                    )
                box.deleteLater()

        box.editingFinished.connect(commit)
        box.cancelled.connect(self.cancel_rename)  # Esc: the box keeps the key to itself

    @property
    def renamer(self) -> QLineEdit | None:
        """The in-place name editor while one is open."""
        return self._renamer

    def cancel_rename(self) -> None:
        """Drop an in-place edit without renaming (or a note or an arrow being edited)."""
        self.note_entry.stop()
        self.arrow_entry.stop()
        if self._renamer is not None:
            box, self._renamer = self._renamer, None
            box.hide()
            box.deleteLater()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_rename()
        super().keyPressEvent(event)

    def set_voting(self, on: bool) -> None:
        """Dot voting: a click on a note gives it a vote, a right-click takes one back;
        nothing else on the map reacts to the mouse meanwhile."""
        assert self.scene is not None
        self.scene.voting = on
        cursor = Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor
        self.view.viewport().setCursor(cursor)

    def _context_menu(self, where: QPoint) -> None:
        assert self.scene is not None
        if self.scene.voting:  # the right button takes a vote back instead
            return
        pos = self.view.mapToScene(where)
        lane_id = self.scene.lane_label_at(pos)
        if lane_id is not None:
            menu = lane_menu(self.editor, lane_id, self.start_rename, self)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.view.mapToGlobal(where))
            return
        menu = QMenu(self)
        item = next(
            (
                i
                for i in self.scene.items(pos)
                if isinstance(i, CardItem | ArrowItem | StageColumnItem | NoteItem)
            ),
            None,
        )
        kinds = CardItem | ArrowItem | NoteItem
        if isinstance(item, kinds) and item.object_id not in self.editor.selection:
            self.editor.select([item.object_id])
        cell = self.scene.lane_cell_at(pos)
        if isinstance(item, NoteItem):
            menu.addAction(tr("&Edit note"), lambda: self._edit_note(item.object_id))
            menu.addAction(tr("&Delete"), lambda: edit_actions.delete_selection(self.editor))
        elif cell is not None:
            menu.addAction(tr("&Add note here"), lambda: self._write_notes(*cell))
        elif isinstance(item, CardItem):
            tp = self.editor.doc.get(item.object_id)
            menu.addAction(tr("Re&name"), lambda: self.start_rename(item.object_id))
            menu.addAction(tr("Duplica&te"), lambda: edit_actions.duplicate(self.editor))
            for field, label in (
                ("entry", tr("&Entry point")),
                ("exit", tr("E&xit point")),
                ("moment_of_truth", tr("&Moment of truth")),
            ):
                action = QAction(label, menu, checkable=True, checked=getattr(tp, field))
                action.toggled.connect(
                    lambda on, f=field: self.editor.push(SetFields(tp.id, {f: on}))
                )
                menu.addAction(action)
            menu.addSeparator()
            menu.addAction(tr("&Delete"), lambda: edit_actions.delete_selection(self.editor))
        elif isinstance(item, ArrowItem):
            menu.addAction(
                tr("&Delete transition"), lambda: self.editor.push(RemoveObject(item.object_id))
            )
        else:
            stage_id = self.scene.column_at(pos)
            if stage_id is not None:
                column = self.scene.columns[stage_id]
                top = column.header_rect().height() + self.scene.graph_top
                y = max(0.0, pos.y() - top - 60)
                menu.addAction(tr("Add &touchpoint here"), lambda: self._add_here(stage_id, y))
                menu.addAction(tr("Re&name stage"), lambda: self.start_rename(stage_id))
                menu.addAction(
                    tr("Move stage &left"),
                    lambda: edit_actions.move_stage(self.editor, stage_id, -1),
                )
                menu.addAction(
                    tr("Move stage &right"),
                    lambda: edit_actions.move_stage(self.editor, stage_id, 1),
                )
                menu.addAction(
                    tr("&Delete stage"), lambda: self.editor.push(RemoveObject(stage_id))
                )
                menu.addSeparator()
            menu.addAction(tr("Add &stage"), lambda: edit_actions.add_stage(self.editor))
            menu.addAction(tr("&Paste"), lambda: edit_actions.paste(self.editor))
        menu.popup(self.view.mapToGlobal(where))
