"""Stage templates a new journey can start from: none, the classic lifecycle, a service
case, an onboarding, a purchase; and the lane sets it can start with (the lanes themselves
are in vocabulary.LANE_SETS, made by lanes.lane_set). Stage names are the document's
content, so they are given in every journey language; the templates' own titles are
interface text, which the user interface translates."""

from __future__ import annotations

from typing import Final

from journeymap.model.vocabulary import DEFAULT_STAGES, LANGUAGES

#: The template a new journey starts from unless another is chosen.
DEFAULT_TEMPLATE: Final[str] = "lifecycle"

#: Template key -> journey language -> the stage names, in order.
STAGE_TEMPLATES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "empty": dict.fromkeys(LANGUAGES, ()),
    "lifecycle": DEFAULT_STAGES,
    "service_case": {
        "en": (
            "Problem occurs", "Look for help", "Get in touch", "Diagnosis", "Solution",
            "Follow-up",
        ),
        "de": (
            "Problem tritt auf", "Hilfe suchen", "Kontakt aufnehmen", "Diagnose", "Lösung",
            "Nachbetreuung",
        ),
    },
    "onboarding": {
        "en": ("Sign-up", "Welcome", "Set-up", "First use", "First success", "Everyday use"),
        "de": (
            "Registrierung", "Begrüßung", "Einrichtung", "Erste Nutzung", "Erster Erfolg",
            "Alltag",
        ),
    },
    "purchase": {
        "en": (
            "Need arises", "Research", "Compare offers", "Order", "Payment",
            "Waiting for the delivery", "Unpacking",
        ),
        "de": (
            "Bedarf entsteht", "Recherche", "Angebote vergleichen", "Bestellung", "Bezahlung",
            "Warten auf die Lieferung", "Auspacken",
        ),
    },
}  # fmt: skip

#: What each template is called in the interface (English; the UI translates it).
TEMPLATE_TITLES: Final[dict[str, str]] = {
    "empty": "Empty (no stages)",
    "lifecycle": "Customer lifecycle",
    "service_case": "Service case",
    "onboarding": "Onboarding a new customer",
    "purchase": "Purchase",
}


def template_stages(template: str, language: str) -> tuple[str, ...]:
    """The stage names of a template in a journey language; KeyError when either is
    unknown."""
    return STAGE_TEMPLATES[template][language]


#: The lane set a new journey starts with unless another is chosen.
DEFAULT_LANE_SET: Final[str] = "classic"

#: What each lane set (vocabulary.LANE_SETS) is called in the interface (English; the UI
#: translates it).
LANE_SET_TITLES: Final[dict[str, str]] = {
    "classic": "Classic journey map",
    "blueprint": "Service blueprint",
    "minimal": "Minimal (touchpoints and emotion curve)",
}
