"""Edits the menus, the toolbar, the keyboard and the context menus share: each builds
model commands for the current journey and selection and pushes them as one step."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from journeymap.model.clipboard import CLIPBOARD_FORMAT, copy_touchpoints, paste_touchpoints
from journeymap.model.commands import (
    AddObject,
    Command,
    Macro,
    RemoveObject,
    Reorder,
    SetFields,
    move_touchpoint,
)
from journeymap.model.entities import Note, Stage, Touchpoint, Transition
from journeymap.model.layout import layered_layout
from journeymap.model.validation import InvalidValue
from journeymap.ui.canvas.geometry import CARD_STEP
from journeymap.ui.editor import Editor
from journeymap.ui.messages import explain
from journeymap.ui.numbers import whole

MIME_TYPE = "application/x-journeymap-touchpoints"


def tr(text: str) -> str:
    """Translate a user-visible text of the editing actions."""
    return QCoreApplication.translate("Editing", text)


def add_stage(editor: Editor, index: int | None = None) -> str | None:
    """Add a stage after the selected one (or at the end); returns its id."""
    journey = editor.journey
    if journey is None:
        return None
    if index is None:
        selected = [i for i in editor.selection if isinstance(editor.doc.get(i), Stage)]
        index = journey.stage_index(selected[0]) + 1 if selected else len(journey.stages)
    stage = Stage(tr("New stage"))
    return stage.id if editor.push(AddObject(stage, journey.id, index)) else None


def add_touchpoint(
    editor: Editor, stage_id: str | None = None, y: float | None = None
) -> str | None:
    """Add a touchpoint to a stage (the selected card's stage, or the first) below the
    cards already there; returns its id."""
    journey = editor.journey
    if journey is None or not journey.stages:
        return None
    if stage_id is None:
        chosen = [editor.doc.get(i) for i in editor.selection if i in editor.doc]
        stages = [o.id for o in chosen if isinstance(o, Stage)]
        stages += [o.stage_id for o in chosen if isinstance(o, Touchpoint)]
        stage_id = stages[0] if stages else journey.stages[0].id
    if y is None:
        ys = [tp.y for tp in journey.touchpoints_in(stage_id)]
        y = max(ys) + CARD_STEP if ys else 0.0
    tp = Touchpoint(stage_id, name=tr("New touchpoint"), y=y)
    if editor.push(AddObject(tp, journey.id)):
        editor.select([tp.id])
        return tp.id
    return None


def delete_selection(editor: Editor) -> None:
    """Delete the selected stages, touchpoints, transitions and notes in one step; links
    go with their touchpoints, notes in a deleted stage with it."""
    objs = [editor.doc.get(i) for i in editor.selection if i in editor.doc]
    stages = {o.id for o in objs if isinstance(o, Stage)}
    cards = {o.id for o in objs if isinstance(o, Touchpoint) and o.stage_id not in stages}
    gone = cards | {
        tp.id for o in objs if isinstance(o, Stage) for tp in editor.journey.touchpoints_in(o.id)
    }
    links = [o.id for o in objs if isinstance(o, Transition) and not {o.source, o.target} & gone]
    notes = [o.id for o in objs if isinstance(o, Note) and o.stage_id not in stages]
    commands: list[Command] = [RemoveObject(i) for i in [*notes, *links, *cards, *stages]]
    if len(commands) == 1:
        editor.push(commands[0])  # names what it deletes: "Delete touchpoint ‘X’"
    elif commands:
        editor.push(Macro(tr("Delete {} objects").format(whole(len(commands))), commands))


def rename(editor: Editor, object_id: str, name: str) -> None:
    """Give an object a new name (no step when the name is unchanged)."""
    if object_id in editor.doc and editor.doc.get(object_id).name != name:
        editor.push(SetFields(object_id, {"name": name}))  # "Rename ‘A’ to ‘B’"


def move_stage(editor: Editor, stage_id: str, delta: int) -> None:
    """Move a stage one place left (-1) or right (+1)."""
    journey = editor.journey
    if journey is None:
        return
    index = journey.stage_index(stage_id) + delta
    if 0 <= index < len(journey.stages):
        editor.push(Reorder(stage_id, index))


def selected_touchpoints(editor: Editor) -> set[str]:
    """Ids of the selected touchpoints."""
    return {
        i for i in editor.selection if i in editor.doc and isinstance(editor.doc.get(i), Touchpoint)
    }


def _paste_data(editor: Editor, data: object, one: str, many: str) -> None:
    """Add the touchpoints of a copy as one step, named by ``one`` (with the card's name)
    or ``many`` (with their number)."""
    journey = editor.journey
    if journey is None:
        return
    try:
        tps, links = paste_touchpoints(data, journey)
    except InvalidValue as error:
        editor.refused.emit(explain(error))
        return
    commands: list[Command] = [AddObject(tp, journey.id) for tp in tps]
    commands += [AddObject(t, journey.id) for t in links]
    text = one.format(tps[0].name) if len(tps) == 1 else many.format(whole(len(tps)))
    if commands and editor.push(Macro(text, commands)):
        editor.select([tp.id for tp in tps])


def copy_selection(editor: Editor) -> None:
    """Put the selected touchpoints (and the links between them) on the clipboard."""
    ids = selected_touchpoints(editor)
    if editor.journey is None or not ids:
        return
    mime = QMimeData()
    payload = json.dumps(copy_touchpoints(editor.journey, ids), ensure_ascii=False)
    mime.setData(MIME_TYPE, payload.encode("utf-8"))
    mime.setText(payload)
    QGuiApplication.clipboard().setMimeData(mime)


def paste(editor: Editor) -> None:
    """Paste touchpoints from the clipboard as new ones, slightly below the originals."""
    mime = QGuiApplication.clipboard().mimeData()  # None where the platform holds nothing
    if mime is None:
        raw = ""
    elif mime.hasFormat(MIME_TYPE):
        raw = bytes(mime.data(MIME_TYPE)).decode("utf-8")
    else:
        raw = mime.text()
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, TypeError):
        data = None
    if not isinstance(data, dict) or data.get("format") != CLIPBOARD_FORMAT:
        editor.refused.emit(tr("The clipboard holds no touchpoints."))
        return
    _paste_data(editor, data, tr("Paste ‘{}’"), tr("Paste {} touchpoints"))


def duplicate(editor: Editor) -> None:
    """Copy and paste the selected touchpoints in one go, leaving the clipboard alone."""
    ids = selected_touchpoints(editor)
    if editor.journey is not None and ids:
        copied = copy_touchpoints(editor.journey, ids)
        _paste_data(editor, copied, tr("Duplicate ‘{}’"), tr("Duplicate {} touchpoints"))


def auto_layout(editor: Editor) -> None:
    """Stack every stage's cards neatly, ordered to untangle the arrows: one step."""
    journey = editor.journey
    if journey is None:
        return
    positions = layered_layout(journey, CARD_STEP)
    commands: list[Command] = [
        move_touchpoint(tp.id, tp.stage_id, positions[tp.id])
        for tp in journey.touchpoints
        if positions[tp.id] != tp.y
    ]
    if commands:
        editor.push(Macro(tr("Auto-layout of ‘{}’").format(journey.name), commands))
