"""A new, blank document to start drawing on."""

from __future__ import annotations

from journeymap.model.document import Document
from journeymap.model.entities import Journey, Persona, Stage
from journeymap.model.vocabulary import DEFAULT_STAGES, NEW_NAMES


def blank_journey(language: str = "en", persona_id: str | None = None) -> Journey:
    """An as-is journey with the default lifecycle stages in the given language."""
    return Journey(
        name=NEW_NAMES[language]["journey"],
        persona_id=persona_id,
        language=language,
        stages=[Stage(name) for name in DEFAULT_STAGES[language]],
    )


def blank_document(language: str = "en") -> Document:
    """A document with one persona and one journey with the default stages."""
    persona = Persona(NEW_NAMES[language]["persona"])
    return Document([persona], [blank_journey(language, persona.id)])
