"""The model's messages in the interface's words and language.

The model says what happened as a code and parameters (journeymap/model/messages.py);
``render`` looks the code's sentence up in the translations and fills it in: field names
become the inspector's labels ("goal" is "Customer goal" / "Kundenziel"), kinds of
object their names, numbers the locale's digits, true and false "yes" and "no".

The layers below the GUI say what is wrong with a file or a library as a ``Phrase``
(journeymap/words.py); ``problem_of`` is the one place every error box gets its text from:
the file (or library) and the problem, translated, with the interface's digits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from journeymap.errors import DocumentFileError
from journeymap.model.messages import TEXTS, Figure, Message
from journeymap.model.validation import InvalidValue
from journeymap.model.vocabulary import channel_label
from journeymap.ui import numbers
from journeymap.words import PROBLEMS, Phrase

#: Each field as the inspector labels it.
FIELD_LABELS = {
    "name": "Name",
    "description": "Description",
    "persona_id": "Persona",
    "state": "State",
    "language": "Language",
    "stage_id": "Stage",
    "channel": "Channel",
    "channel_other": "Other channel",
    "owner": "Owner",
    "goal": "Customer goal",
    "expectation": "Expectation",
    "emotion": "Emotion",
    "importance": "Importance",
    "volume": "Volume",
    "proactive": "Proactive",
    "moment_of_truth": "Moment of truth",
    "entry": "Entry point",
    "exit": "Exit point",
    "notes": "Notes",
    "y": "Position",
    "targets": "Targets",
    "source": "From",
    "target": "To",
    "share": "Share",
    "label": "Label",
    "touchpoint_id": "Touchpoint",
    "metric": "Metric",
    "segment": "Segment",
    "date": "Date",
    "counts": "Responses",
    "counts answer": "Answer",
    "due": "Due date",  # an opportunity's: the one of its fields typed as free text
}

#: The kinds of object, as a sentence names them.
KIND_WORDS = {
    "persona": "persona",
    "journey": "journey",
    "stage": "stage",
    "touchpoint": "touchpoint",
    "transition": "transition",
    "measurement": "measurement",
}


def tr(text: str) -> str:
    """Translate a user-visible text of the model's messages."""
    return QCoreApplication.translate("Messages", text)


def render(message: Message | str) -> str:
    """A message as the interface says it; a text the GUI wrote itself passes unchanged."""
    if isinstance(message, str):
        return message
    params = message.params
    shown = {key: _param(key, value, params) for key, value in params.items()}
    return tr(TEXTS[message.code]).format(**shown)


def tr_phrase(template: str) -> str:
    """Translate the template of a problem text (collected from every ``phrase`` call)."""
    return QCoreApplication.translate(PROBLEMS, template)


def say(text: str) -> str:
    """A problem text in the interface's language: a ``Phrase`` translated and filled in
    (its words translated too, its numbers in the locale's digits); other text unchanged."""
    if not isinstance(text, Phrase):
        return text
    shown = {key: _argument(value) for key, value in text.args.items()}
    return tr_phrase(text.template).format(**shown)


def problem_of(error: BaseException) -> str:
    """What an error box says about an error: the file or library and the problem, in the
    interface's words."""
    if isinstance(error, DocumentFileError):
        return f"{error.path}: {say(error.problem)}"
    return reason_of(error)


def reason_of(error: BaseException) -> str:
    """What is wrong, in the interface's words, without the file (for a box that names the
    file itself)."""
    if isinstance(error, DocumentFileError):
        return say(error.problem)
    if isinstance(error, InvalidValue):
        return explain(error)
    if len(error.args) == 1 and isinstance(error.args[0], Phrase):
        return say(error.args[0])
    return str(error)


def _argument(value: Any) -> str:
    if isinstance(value, bool):  # a phrase's flag is text, not the model's yes or no
        return str(value)
    return _shown(value)


def explain(error: InvalidValue) -> str:
    """Why the model refused a value, in the interface's words."""
    return render(error.message) if error.message is not None else str(error)


def field_label(field: str) -> str:
    """A field as the inspector labels it; a path such as "targets.csat" or
    "clipboard.touchpoints[0].importance" by its last part."""
    if field in FIELD_LABELS:
        return tr(FIELD_LABELS[field])
    head, _, last = field.rpartition(".")
    if head.endswith("targets") and last:
        return tr("Target {}").format(last.upper())
    if last in FIELD_LABELS:
        return tr(FIELD_LABELS[last])
    return field  # not a field: a place in a file


def _param(key: str, value: Any, params: dict[str, Any]) -> str:
    if key == "field" and isinstance(value, str):
        return field_label(value)
    if key == "kind" and value in KIND_WORDS:
        return tr(KIND_WORDS[value])
    if key in ("old", "new") and params.get("field") == "channel" and isinstance(value, str):
        german = QLocale().language() == QLocale.Language.German
        return channel_label(value, "de" if german else "en")
    if key in ("old", "new") and value == "":
        return "—"
    return _shown(value)


def _shown(value: Any) -> str:
    """A parameter's value in the locale's digits and the interface's words."""
    if isinstance(value, Phrase):  # a reader's words inside a message (a listing's "more")
        return say(value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, Figure):
        return numbers.fixed(value.value, value.decimals)
    if isinstance(value, float):
        return numbers.general(value)
    if isinstance(value, int):
        return numbers.whole(value)
    if value is None:
        return "—"
    if isinstance(value, tuple | list):
        return ", ".join(_shown(v) for v in value)
    return str(value)
