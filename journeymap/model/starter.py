"""A new, blank document to start drawing on."""

from __future__ import annotations

from journeymap.model.document import Document
from journeymap.model.entities import Journey, Persona, Stage
from journeymap.model.lanes import lane_set
from journeymap.model.templates import DEFAULT_LANE_SET, DEFAULT_TEMPLATE, template_stages
from journeymap.model.vocabulary import NEW_NAMES


def blank_journey(
    language: str = "en",
    persona_id: str | None = None,
    template: str = DEFAULT_TEMPLATE,
    lanes: str = DEFAULT_LANE_SET,
) -> Journey:
    """An as-is journey with the stages of a template (model/templates.py) and the lanes of
    a lane set (vocabulary.LANE_SETS) in the given language."""
    return Journey(
        name=NEW_NAMES[language]["journey"],
        persona_id=persona_id,
        language=language,
        stages=[Stage(name) for name in template_stages(template, language)],
        lanes=lane_set(lanes, language),
    )


def blank_document(
    language: str = "en", template: str = DEFAULT_TEMPLATE, lanes: str = DEFAULT_LANE_SET
) -> Document:
    """A document with one persona and one journey with the stages of a template and the
    lanes of a lane set."""
    persona = Persona(NEW_NAMES[language]["persona"])
    return Document([persona], [blank_journey(language, persona.id, template, lanes)])
