"""The Qt undo adapter: random command sequences pushed the way the GUI's Editor pushes
them (UndoBridge on a QUndoStack), with undos and saves in between, then undone and redone
through the QUndoStack. At every point the document is the one recorded at that step, and
the stack's index, count and clean state say where the user is."""

import copy

from hypothesis import given
from PySide6.QtGui import QUndoStack

from journeymap.ui.undo import UndoBridge
from tests.builders import small_document
from tests.command_sequences import command_for, numbers, operations, picks


class History:
    """What the QUndoStack should hold: the document after each step, where the user is,
    and the step that was last saved (None once that state can no longer be reached)."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.states = [copy.deepcopy(doc)]
        self.index = 0
        self.saved: int | None = 0

    def pushed(self) -> None:
        """A new step: the steps that were undone are gone, and a save among them too."""
        del self.states[self.index + 1 :]
        if self.saved is not None and self.saved > self.index:
            self.saved = None
        self.states.append(copy.deepcopy(self.doc))
        self.index += 1

    def check(self, stack: QUndoStack) -> None:
        """The document and the stack are where this history says they are."""
        assert self.doc == self.states[self.index]
        assert stack.index() == self.index
        assert stack.count() == len(self.states) - 1
        assert stack.isClean() == (self.saved == self.index)
        assert stack.canUndo() == (self.index > 0)
        assert stack.canRedo() == (self.index < stack.count())


@given(ops=operations("undo", "save"), drawn=numbers)
def test_any_command_sequence_through_the_qt_undo_stack_undoes_and_redoes_each_step(
    qapp, ops, drawn
):
    doc, _model_stack, ids = small_document()
    stack = QUndoStack()
    bridge = UndoBridge(doc, stack)
    stack.setClean()  # as the editor does on opening a document
    history = History(doc)
    picked = picks(drawn)
    for op in ops:
        if op == "undo":
            if stack.canUndo():
                stack.undo()  # Edit ▸ Undo in the middle of the work
                history.index -= 1
        elif op == "save":
            stack.setClean()  # as the editor does after a save
            history.saved = history.index
        elif (command := command_for(doc, ids["journey"], op, picked)) is not None:
            bridge.push(command)
            history.pushed()
        history.check(stack)
    while history.index > 0:
        stack.undo()
        history.index -= 1
        history.check(stack)
    stack.undo()  # one more does nothing
    history.check(stack)
    while history.index < len(history.states) - 1:
        stack.redo()
        history.index += 1
        history.check(stack)
