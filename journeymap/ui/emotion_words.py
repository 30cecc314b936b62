"""How an emotion (-2 .. +2) is called, in the interface's language: the inspector's face
and the emotion curve's points say it the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: Each emotion in words.
EMOTION_WORDS = {
    -2: "very negative",
    -1: "negative",
    0: "neutral",
    1: "positive",
    2: "very positive",
}


def tr(text: str) -> str:
    """Translate an emotion's words."""
    return QCoreApplication.translate("Emotion", text)


def emotion_words(emotion: int) -> str:
    """An emotion in words: "very negative" .. "very positive"."""
    return tr(EMOTION_WORDS[emotion])
