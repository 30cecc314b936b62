"""Every mutation of a document is a command with do and undo, kept on a Qt-free stack.

Commands only call the document's primitive mutations, so every change, undo and redo
emits the same events the views listen to. The GUI wraps these commands in a thin
QUndoCommand adapter; the command line pushes them onto a CommandStack directly.

Each command names its step with a ``Message`` about the object it changes ("Mark ‘First
bill’ as a moment of truth"): ``text`` is the English the command line shows, the GUI
renders the message in its own language. Steps that need the document to find the
object's name describe themselves the first time they run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from journeymap.model.declared import (
    CLASSES,
    LIST_REFERENCES,
    REFERENCES,
    check_field,
    check_object,
)
from journeymap.model.document import DOCUMENT_LISTS, JOURNEY_LISTS, KINDS, Document, Entity
from journeymap.model.entities import (
    Journey,
    Lane,
    Measurement,
    Note,
    ObservedPath,
    Opportunity,
    Persona,
    Solution,
    Stage,
    Touchpoint,
    Transition,
)
from journeymap.model.messages import TEXTS, Message, message
from journeymap.model.validation import check_counts, check_respondents, refuse


class Command:
    """A reversible change. ``do`` is also redo: it must work again after ``undo``.

    ``message`` names the step: a model ``Message``, or a text the GUI has already
    translated (a macro it builds)."""

    message: Message | str = ""

    @property
    def text(self) -> str:
        """The step's name in English (or in the GUI's words, for a GUI macro)."""
        return str(self.message)

    def do(self, doc: Document) -> None:
        """Apply the change to the document."""
        raise NotImplementedError

    def undo(self, doc: Document) -> None:
        """Revert exactly what do() changed."""
        raise NotImplementedError


class Macro(Command):
    """Several commands applied as one step, undone in reverse order."""

    def __init__(self, text: Message | str, commands: Sequence[Command]) -> None:
        self.message = text
        self.commands = list(commands)

    def do(self, doc: Document) -> None:
        done: list[Command] = []
        with doc.events.batch():
            try:
                for command in self.commands:
                    command.do(doc)
                    done.append(command)
            except BaseException:
                for command in reversed(done):  # all or nothing
                    command.undo(doc)
                raise

    def undo(self, doc: Document) -> None:
        with doc.events.batch():
            for command in reversed(self.commands):
                command.undo(doc)


#: How much of a note's text names it in an undo step.
NOTE_NAME_LENGTH = 40


def object_name(doc: Document | None, obj: Entity) -> str:
    """What a person calls an object: its name; a transition by its two ends; a
    measurement by its metric and touchpoint."""
    if isinstance(obj, Transition):
        return f"{_name_of(doc, obj.source)} → {_name_of(doc, obj.target)}"
    if isinstance(obj, Measurement):
        return f"{obj.metric.upper()} {_name_of(doc, obj.touchpoint_id)}"
    if isinstance(obj, Opportunity | Solution):
        return obj.title
    if isinstance(obj, ObservedPath):  # a path by the touchpoints it passes
        return " → ".join(_name_of(doc, tp) for tp in obj.touchpoint_ids)
    if isinstance(obj, Note):  # a note is called by its text's first words
        text = " ".join(obj.text.split())
        return text if len(text) <= NOTE_NAME_LENGTH else text[: NOTE_NAME_LENGTH - 1] + "…"
    return obj.name


def _name_of(doc: Document | None, object_id: str) -> str:
    """The name of the object with this id; the id itself when it is not (yet) there."""
    return (
        object_name(doc, doc.get(object_id)) if doc is not None and object_id in doc else object_id
    )


def _named_step(action: str, doc: Document | None, obj: Entity) -> Message:
    """ "Add touchpoint ‘X’", "Delete the transition from ‘A’ to ‘B’"..."""
    kind = KINDS[type(obj)]
    if isinstance(obj, Transition):
        ends = {"source": _name_of(doc, obj.source), "target": _name_of(doc, obj.target)}
        return message(f"step.{action}.{kind}", **ends)
    return message(f"step.{action}.{kind}", name=object_name(doc, obj))


def describe_change(doc: Document, object_id: str, values: dict[str, Any]) -> Message:
    """The step that sets these fields of an object, in words: "Rename ‘A’ to ‘B’",
    "Mark ‘X’ as a moment of truth", "Change the share of ‘A → B’"."""
    obj = doc.get(object_id)
    name = object_name(doc, obj)
    fields = set(values)
    if fields == {"name"}:
        return message("step.rename", old=name, new=values["name"])
    if fields == {"stage_id", "y"}:
        return message("step.move", name=name)
    if len(fields) == 1:
        (field,) = fields
        if isinstance(values[field], bool):  # a flag: "Mark ‘X’ as …" / "Unmark ‘X’ as …"
            code = f"step.{'mark' if values[field] else 'unmark'}.{field}"
            if code in TEXTS:
                return message(code, name=name)
        if f"step.set.{field}" in TEXTS:
            return message(f"step.set.{field}", name=name)
    return message("step.set", name=name)


def _check_reference(doc: Document, kind: str, field: str, value: Any, journey_id: str | None):
    """Ids that point at other objects must point at the right kind, in the same journey
    (each id of a list of them too)."""
    listed = LIST_REFERENCES[kind].get(field)
    if listed is not None:
        for item in value:
            _check_id_of(doc, field, item, listed, journey_id)
        return
    wanted = REFERENCES[kind].get(field)
    if wanted is None or value is None:
        return
    _check_id_of(doc, field, value, wanted, journey_id)


def _check_id_of(doc: Document, field: str, value: str, wanted: str, journey_id: str | None):
    """One id must name an object of the wanted kind, in the same journey."""
    ok = value in doc and isinstance(doc.get(value), CLASSES[wanted])
    if ok and wanted not in DOCUMENT_LISTS:  # the others belong to a journey
        journey = doc.journey_of(value)
        ok = journey is not None and journey.id == journey_id
    if not ok:
        raise refuse("value.no_such_object", field=field, kind=wanted, value=repr(value))


class AddObject(Command):
    """Add a persona, journey, stage, touchpoint, transition, measurement, lane or note."""

    def __init__(self, obj: Entity, journey_id: str | None = None, index: int | None = None):
        self.obj, self.journey_id, self.index = obj, journey_id, index
        self.kind = KINDS[type(obj)]
        self.message = _named_step("add", None, obj)  # named again once it is in

    def do(self, doc: Document) -> None:
        check_object(self.kind, self.obj)
        if self.kind not in DOCUMENT_LISTS:
            doc.journey(self.journey_id or "")  # raises KeyError for an unknown journey
        for field in (*REFERENCES[self.kind], *LIST_REFERENCES[self.kind]):
            _check_reference(doc, self.kind, field, getattr(self.obj, field), self.journey_id)
        if self.obj.id in doc:
            raise refuse("value.duplicate_id", value=self.obj.id)
        items = doc.container(self.kind, self.journey_id)
        index = len(items) if self.index is None else self.index
        doc.insert(self.obj, index, self.journey_id)
        self.message = _named_step("add", doc, self.obj)

    def undo(self, doc: Document) -> None:
        doc.remove(self.obj.id)


class _TakeOut(Command):
    """Remove one object, remembering where it stood so undo puts it back exactly."""

    def __init__(self, object_id: str) -> None:
        self.object_id = object_id
        self._removed: tuple[Entity, int, str | None] | None = None

    def do(self, doc: Document) -> None:
        self._removed = doc.remove(self.object_id)

    def undo(self, doc: Document) -> None:
        assert self._removed is not None
        obj, index, journey_id = self._removed
        doc.insert(obj, index, journey_id)


class SetFields(Command):
    """Set one or more attributes of one object, checked first."""

    def __init__(self, object_id: str, values: dict[str, Any], text: Message | str = "") -> None:
        self.object_id = object_id
        self.values = dict(values)
        self.message = text
        self._old: dict[str, Any] = {}

    def do(self, doc: Document) -> None:
        obj = doc.get(self.object_id)
        kind = KINDS[type(obj)]
        journey = doc.journey_of(self.object_id)
        checked = {}
        for field, value in self.values.items():
            if kind == "measurement" and field == "counts":
                checked[field] = check_counts(field, value, obj.metric)
                continue
            checked[field] = check_field(kind, field, value)
            _check_reference(doc, kind, field, checked[field], journey and journey.id)
        if kind == "measurement":
            checked = _with_respondents(obj, checked)
        if not self.message:  # described before the change, with the name it had
            self.message = describe_change(doc, self.object_id, checked)
        self._old = doc.set_fields(self.object_id, checked)

    def undo(self, doc: Document) -> None:
        doc.set_fields(self.object_id, self._old)


def _with_respondents(measurement: Measurement, values: dict[str, Any]) -> dict[str, Any]:
    """A measurement's changed fields with what must agree with them: a segment name
    makes it segmented; new counts bring respondents derived from them (whole counts)
    unless given; the respondents are checked either way."""
    if values.get("segment"):
        values["segmented"] = True
    counts = values.get("counts", measurement.counts)
    if "counts" in values and "respondents" not in values:
        derived = Measurement(measurement.touchpoint_id, measurement.metric, counts)
        values |= {"respondents": derived.respondents, "effective_n": derived.effective_n}
    respondents = values.get("respondents", measurement.respondents)
    check_respondents("respondents", counts, respondents,
                      values.get("effective_n", measurement.effective_n))  # fmt: skip
    return values


class RemoveObject(Command):
    """Remove an object and everything that depends on it.

    A touchpoint takes its transitions and measurements along; a stage its touchpoints;
    a persona is unset on the journeys that named it. Undo restores all of it, each at
    its old position, in reverse order.
    """

    def __init__(self, object_id: str) -> None:
        self.object_id = object_id
        self._steps: Macro | None = None

    def do(self, doc: Document) -> None:
        if self._steps is None:
            obj = doc.get(self.object_id)
            self.message = _named_step("delete", doc, obj)
            steps = self._plan(doc, obj)
            gone = _gone_ids(doc, [s.object_id for s in steps if isinstance(s, _TakeOut)])
            self._steps = Macro(self.message, [*_unlinked_opportunities(doc, gone), *steps])
        self._steps.do(doc)

    def undo(self, doc: Document) -> None:
        assert self._steps is not None
        self._steps.undo(doc)

    @staticmethod
    def _plan(doc: Document, obj: Entity) -> list[Command]:
        if isinstance(obj, Persona):
            users = [j for j in doc.journeys if j.persona_id == obj.id]
            return [SetFields(j.id, {"persona_id": None}) for j in users] + [_TakeOut(obj.id)]
        journey = doc.journey_of(obj.id)
        if isinstance(obj, Stage | Touchpoint):
            assert journey is not None
            doomed = journey.touchpoints_in(obj.id) if isinstance(obj, Stage) else [obj]
            tp_ids = {tp.id for tp in doomed}
            links = [t.id for t in journey.transitions if {t.source, t.target} & tp_ids]
            data = [m.id for m in journey.measurements if m.touchpoint_id in tp_ids]
            notes = [n.id for n in journey.notes if n.stage_id == obj.id]
            own = [obj.id] if isinstance(obj, Stage) else []
            # notes about a doomed touchpoint keep their text and lose the link (undo
            # brings it back); notes in a doomed stage go with it
            unlinked = [
                SetFields(n.id, {"touchpoint_ids": _without(n.touchpoint_ids, tp_ids)})
                for n in journey.notes
                if n.stage_id != obj.id and tp_ids & set(n.touchpoint_ids)
            ]
            doomed_ids = [*links, *data, *notes, *(tp.id for tp in doomed), *own]
            return [*unlinked, *(_TakeOut(i) for i in doomed_ids)]
        if isinstance(obj, Lane):
            assert journey is not None
            notes = [n.id for n in journey.notes if n.lane_id == obj.id]
            return [_TakeOut(i) for i in [*notes, obj.id]]
        if isinstance(obj, Opportunity):
            solutions = [s.id for s in doc.solutions if s.opportunity_id == obj.id]
            return [_TakeOut(i) for i in [*solutions, obj.id]]
        return [_TakeOut(obj.id)]


def _gone_ids(doc: Document, removed: list[str]) -> set[str]:
    """The ids of the removed objects and, for a removed journey, of everything in it."""
    gone = set(removed)
    for object_id in removed:
        obj = doc.get(object_id)
        if isinstance(obj, Journey):
            gone.update(o.id for attr in JOURNEY_LISTS.values() for o in getattr(obj, attr))
    return gone


def _unlinked_opportunities(doc: Document, gone: set[str]) -> list[Command]:
    """The opportunities and solutions that name removed objects, without them (undo
    brings the links back with the objects); a solution in a removed journey is no longer
    realised in any."""
    steps: list[Command] = []
    for o in doc.opportunities:
        changed: dict[str, Any] = {}
        if any(link.id in gone for link in o.links):
            changed["links"] = [link for link in o.links if link.id not in gone]
        if any(e.touchpoint_id in gone for e in o.effects):
            changed["effects"] = [e for e in o.effects if e.touchpoint_id not in gone]
        if changed and o.id not in gone:
            steps.append(SetFields(o.id, changed))
    for s in doc.solutions:
        if s.id in gone:
            continue
        if s.journey_id in gone:
            steps.append(SetFields(s.id, {"journey_id": None, "touchpoint_ids": []}))
        elif gone & set(s.touchpoint_ids):
            steps.append(SetFields(s.id, {"touchpoint_ids": _without(s.touchpoint_ids, gone)}))
    return steps


def _without(ids: list[str], gone: set[str]) -> list[str]:
    """The ids, in order, but those that are gone."""
    return [i for i in ids if i not in gone]


class Reorder(Command):
    """Move a journey, stage or touchpoint to another position in its list."""

    def __init__(self, object_id: str, new_index: int) -> None:
        self.object_id, self.new_index = object_id, new_index
        self.message = message("step.reorder", name=object_id, position=new_index + 1)
        self._old_index = 0

    def do(self, doc: Document) -> None:
        obj = doc.get(self.object_id)
        size = len(doc.container(KINDS[type(obj)], getattr(doc.journey_of(obj.id), "id", None)))
        if not 0 <= self.new_index < size:
            raise refuse("value.bad_index", value=self.new_index, high=size - 1)
        name = object_name(doc, obj)
        self.message = message("step.reorder", name=name, position=self.new_index + 1)
        self._old_index = doc.move(self.object_id, self.new_index)

    def undo(self, doc: Document) -> None:
        doc.move(self.object_id, self._old_index)


def move_touchpoint(tp_id: str, stage_id: str, y: float) -> SetFields:
    """Move a card to a stage and a height: one step, as a drag on the canvas is."""
    return SetFields(tp_id, {"stage_id": stage_id, "y": y})


def connect(
    journey_id: str, source: str, target: str, share: float | None = None, label: str = ""
) -> AddObject:
    """A command that adds a transition from one touchpoint to another."""
    return AddObject(Transition(source, target, share, label), journey_id)


def disconnect(transition_id: str) -> RemoveObject:
    """A command that removes a transition."""
    return RemoveObject(transition_id)


def replace_measurements(
    doc: Document,
    journey_id: str,
    new: Sequence[Measurement],
    replaced: Iterable[str] = (),
    text: Message | str = "",
) -> Macro:
    """One step that removes the measurements with the ``replaced`` ids and adds the new
    ones (an import says which it replaces: see survey/plan.py and excel/fillin.py)."""
    steps: list[Command] = [RemoveObject(i) for i in dict.fromkeys(replaced)]
    steps += [AddObject(m, journey_id) for m in new]
    return Macro(text or message("step.import_measurements"), steps)


class CommandStack:
    """An undo stack of commands over one document, with a clean mark for saving."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_index: int | None = 0
        self._listeners: list[Callable[[], None]] = []
        self._open_macros: list[list[Command]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call listener whenever the stack's index or clean state changes."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in tuple(self._listeners):
            listener()

    def push(self, command: Command) -> None:
        """Apply a command and record it; a command that raises leaves nothing behind."""
        command.do(self.doc)
        self._record(command)

    def _record(self, command: Command) -> None:
        if self._open_macros:
            self._open_macros[-1].append(command)
            return
        if self._clean_index is not None and self._clean_index > len(self._done):
            self._clean_index = None  # the clean state was in the discarded redo tail
        self._done.append(command)
        self._undone.clear()
        self._changed()

    @contextmanager
    def macro(self, text: Message | str) -> Iterator[None]:
        """Collect the commands pushed inside the block into one undo step.
        If the block raises, what it did is undone and nothing is recorded."""
        self._open_macros.append([])
        try:
            with self.doc.events.batch():
                yield
        except BaseException:
            for command in reversed(self._open_macros.pop()):
                command.undo(self.doc)
            raise
        commands = self._open_macros.pop()
        if commands:
            self._record(Macro(text, commands))

    def undo(self) -> bool:
        """Undo the last step; False when there is none."""
        if not self._done:
            return False
        command = self._done.pop()
        command.undo(self.doc)
        self._undone.append(command)
        self._changed()
        return True

    def redo(self) -> bool:
        """Redo the last undone step; False when there is none."""
        if not self._undone:
            return False
        command = self._undone.pop()
        command.do(self.doc)
        self._done.append(command)
        self._changed()
        return True

    @property
    def index(self) -> int:
        """How many steps are applied."""
        return len(self._done)

    def texts(self) -> list[str]:
        """The texts of all steps, applied ones first: the undo history."""
        return [c.text for c in self._done] + [c.text for c in reversed(self._undone)]

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        self._clean_index = len(self._done)
        self._changed()

    @property
    def is_clean(self) -> bool:
        """Whether the document equals its last saved state."""
        return self._clean_index == len(self._done)
