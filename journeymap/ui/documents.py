"""The open document's file: new, open, save, save as, recent files, the question about
unsaved changes and the one about a file another program changed meanwhile.

The controller holds no document state of its own (the editor does: document, file, stamp,
untitled name); it reports to the window through signals, which shows what they say.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journeymap.model.document import Document
from journeymap.storage.ondisk import FileStamp
from journeymap.ui import save_conflict
from journeymap.ui.editor import Editor
from journeymap.ui.fields import commit_pending_edits
from journeymap.ui.library_format import library_title
from journeymap.ui.messages import problem_of

FILE_FILTER = "journeymap (*.jmap);;JSON interchange (*.json)"
MAX_RECENT = 8
#: The settings key of the recent files.
RECENT_KEY = "recent"


def tr(text: str) -> str:
    """Translate a user-visible text of the file commands (they live in the window's menus,
    hence its context)."""
    return QCoreApplication.translate("MainWindow", text)


class DocumentFiles(QObject):
    """Reads and writes the editor's document, asking the user where and whether."""

    #: A document was put on show (read, restored or started).
    loaded = Signal()
    #: Something went wrong: a title and the message.
    failed = Signal(str, str)
    #: A short note for the status bar, and how long to show it (ms).
    notice = Signal(str, int)
    #: The user asked to compare the open document with this version read from its file.
    compare_with_file = Signal(object)

    def __init__(self, editor: Editor, dialog_parent: QWidget, language: str) -> None:
        super().__init__(dialog_parent)
        self.editor = editor
        self.language = language
        self.settings = QSettings()
        self._dialog_parent = dialog_parent
        #: Saves a document that came from a team library and has no file back to the
        #: library (set by the window); True when saved.
        self.save_to_library: Callable[[], bool] | None = None

    def document_name(self) -> str:
        """The name the user knows the open document by: its file's, else its name,
        library and revision in a team library, else its untitled name."""
        if self.editor.path is not None:
            return self.editor.path.name
        if self.editor.doc.library_origin is not None:
            return library_title(self.editor.doc.library_origin)
        return self.editor.untitled_name or tr("Untitled")

    # ---- replacing the document ---------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        commit_pending_edits()
        if self.editor.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self._dialog_parent,
            tr("Unsaved changes"),
            tr("Save the changes to “{}” before closing it?").format(self.document_name()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def load(
        self,
        doc: Document,
        path: Path | None,
        untitled_name: str = "",
        stamp: FileStamp | None = None,
    ) -> None:
        """Show a document (no questions asked); ``stamp`` is what its file was when read."""
        self.editor.set_document(doc, path, stamp, untitled_name)
        self.loaded.emit()

    def open_recovered(self, doc: Document, path: Path | None, untitled_name: str) -> bool:
        """Show work restored after a crash as unsaved changes to ``path`` (or untitled),
        once the open document is saved or given up; False when the user cancels."""
        if not self.maybe_save():
            return False
        self.load(doc, path, untitled_name)
        # Not clean: the title gets its *, closing asks, and Save writes to the original file.
        self.editor.undo_stack.resetClean()
        return True

    def new_document(self) -> None:
        """Start a blank document with the stages of a template and the lanes of a lane set
        the user picks (the last choices preselected), in the interface's language."""
        from journeymap.model.starter import blank_document
        from journeymap.ui.new_journey import ask_template

        choice = ask_template(self._dialog_parent, self.language, self.settings)
        if choice is not None and self.maybe_save():
            self.load(blank_document(self.language, choice.template, choice.lanes), None)

    def read(self, path: Path) -> tuple[Document, FileStamp | None] | None:
        """The document in ``path`` and the stamp of its bytes; None (and ``failed``) when
        it cannot be read."""
        from journeymap.storage import DocumentFileError, open_document_stamped

        try:
            return open_document_stamped(path)
        except DocumentFileError as error:
            self.failed.emit(tr("Cannot open the file"), problem_of(error))
            return None

    def open_path(self, path: Path) -> bool:
        """Open a .jmap or .json file; errors are reported through ``failed``."""
        if not self.maybe_save():
            return False
        read = self.read(path)
        if read is None:
            return False
        self.load(read[0], path, stamp=read[1])
        self._remember(path)
        if read[0].migrated_from is not None:  # read as it is; written anew on the next save
            self.notice.emit(
                tr(
                    "{} was made by an older journeymap; saving writes it in the current format."
                ).format(path.name),
                10000,
            )
        return True

    def open_sample(self, path: Path) -> bool:
        """Open a bundled sample as an untitled copy."""
        if not self.maybe_save():
            return False
        read = self.read(path)
        if read is None:
            return False
        doc = read[0]
        self.load(
            doc,
            None,
            tr("{} (sample copy)").format(doc.journeys[0].name if doc.journeys else path.stem),
        )
        return True

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        name, _ = QFileDialog.getOpenFileName(
            self._dialog_parent, tr("Open journey"), str(self._folder()), tr(FILE_FILTER)
        )
        if name:
            self.open_path(Path(name))

    # ---- writing --------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the current file; a document from a team library without a file to
        its library; else ask where."""
        if self.editor.path is None:
            if self.editor.doc.library_origin is not None and self.save_to_library is not None:
                return self.save_to_library()
            return self.save_as()
        return self.write(self.editor.path)

    def save_as(self) -> bool:
        """Ask for a file name, suggesting the current file's or the journey's name, and
        save there."""
        from journeymap.ui.file_dialogs import ask_save_path, file_stem, with_suffix

        journey = self.editor.journey
        suggestion = self.editor.path or self._folder() / (
            file_stem(journey.name if journey else "", tr("Journey")) + ".jmap"
        )
        path, chosen = ask_save_path(
            self._dialog_parent, tr("Save journey"), suggestion, tr(FILE_FILTER)
        )
        if path is None:
            return False
        if path.suffix.lower() not in (".jmap", ".json"):
            path = with_suffix(path, ".json" if "json" in chosen.lower() else ".jmap")
        return self.write(path)

    def write(self, path: Path, force: bool = False) -> bool:
        """Write the document to ``path``; a file that changed since it was read is only
        replaced when ``force`` is given or the user says so."""
        from journeymap.storage import DocumentChangedOnDisk, DocumentFileError, save_document

        commit_pending_edits()
        # the file this document was read from must still be what it was; another file
        # the user chose in the save dialog is theirs to replace
        expected = self.editor.stamp if path == self.editor.path else None
        try:
            stamp = save_document(self.editor.doc, path, expected=expected, force=force)
        except DocumentChangedOnDisk as conflict:
            if conflict.found is None:  # deleted meanwhile: writing it loses nothing
                return self.write(path, force=True)
            return self._changed_on_disk(path)
        except DocumentFileError as error:
            self.failed.emit(tr("Cannot save the file"), problem_of(error))
            return False
        self.editor.saved(path, stamp)
        self._remember(path)
        self.notice.emit(tr("Saved {}").format(path), 4000)
        return True

    def _changed_on_disk(self, path: Path) -> bool:
        """Another program wrote the file since it was read: ask, never overwrite unseen."""
        choice = save_conflict.ask(self._dialog_parent, path)
        if choice is save_conflict.Choice.COPY:
            return self.save_as()
        if choice is save_conflict.Choice.REPLACE:
            return self.write(path, force=True)
        if choice is save_conflict.Choice.COMPARE:
            read = self.read(path)
            if read is not None:
                self.compare_with_file.emit(read[0])
        return False

    def _folder(self) -> Path:
        return self.editor.path.parent if self.editor.path else Path.home()

    # ---- recent files -----------------------------------------------------------------
    def recent_files(self) -> list[str]:
        """The recently opened or saved files, newest first."""
        value = self.settings.value(RECENT_KEY, [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [
            p for p in self.recent_files() if p != str(path.resolve())
        ]
        self.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
