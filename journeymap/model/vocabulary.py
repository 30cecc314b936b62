"""Fixed vocabularies of the domain: channels, metrics and their answer scales, states."""

from __future__ import annotations

from typing import Final

#: Channel keys with their English and German labels. "other" takes a free text.
CHANNELS: Final[dict[str, tuple[str, str]]] = {
    "in_person": ("In person", "Persönlich"),
    "phone": ("Phone / call centre", "Telefon / Callcenter"),
    "email": ("Email", "E-Mail"),
    "letter": ("Letter", "Brief"),
    "website": ("Website", "Website"),
    "app": ("App", "App"),
    "messaging": ("Text / messaging", "SMS / Messenger"),
    "social_media": ("Social media", "Soziale Medien"),
    "self_service": ("Self-service / FAQ", "Self-Service / FAQ"),
    "chatbot": ("Chatbot", "Chatbot"),
    "community": ("Community forum", "Community-Forum"),
    "technician": ("On-site technician", "Techniker vor Ort"),
    "other": ("Other", "Sonstiges"),
}

#: Journey states: today's journey, or the designed one.
STATES: Final[tuple[str, ...]] = ("as-is", "to-be")

#: Where an opportunity stands, from a first idea to done (or dismissed: a suggestion the
#: team said no to stays, so it is not suggested again).
OPPORTUNITY_STATES: Final[tuple[str, ...]] = ("idea", "planned", "in_progress", "done", "dismissed")
#: What an opportunity can address: a touchpoint, a transition, a note of the pain-point
#: lane, or a gap row (a touchpoint's gap on one metric).
LINK_KINDS: Final[tuple[str, ...]] = ("touchpoint", "transition", "note", "gap")

#: Languages a journey (and the UI) can be written in, each named in itself.
LANGUAGE_NAMES: Final[dict[str, str]] = {"en": "English", "de": "Deutsch"}
LANGUAGES: Final[tuple[str, ...]] = tuple(LANGUAGE_NAMES)

#: Survey metrics and the answer scale of each (inclusive).
SCALES: Final[dict[str, tuple[int, int]]] = {
    "csat": (1, 5),
    "nps": (0, 10),
    "ces": (1, 7),
}

#: The range a target (and a measured headline figure) of each metric may take.
TARGET_RANGES: Final[dict[str, tuple[float, float]]] = {
    "csat": (0.0, 100.0),  # percent satisfied (top two boxes)
    "nps": (-100.0, 100.0),
    "ces": (1.0, 7.0),  # mean agreement "it was easy"
}

METRICS: Final[tuple[str, ...]] = tuple(SCALES)

#: Below this many responses a figure is flagged as low confidence.
LOW_CONFIDENCE_N: Final[int] = 30


def channel_label(channel: str, language: str = "en") -> str:
    """The human label of a channel key, in English or German; unknown keys pass through."""
    labels = CHANNELS.get(channel)
    if labels is None:
        return channel
    return labels[1] if language == "de" else labels[0]


def channel_text(channel: str, other: str, language: str = "en") -> str:
    """How a touchpoint's channel reads: the free text of an "other" channel when it has
    one (``other`` is the touchpoint's ``channel_other``), else the channel's label."""
    if channel == "other" and other:
        return other
    return channel_label(channel, language)


#: The lifecycle stages a new journey starts with, per language.
DEFAULT_STAGES: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Awareness", "Consideration", "Purchase", "Delivery & installation", "Use",
        "Service & support", "Renewal or cancellation",
    ),
    "de": (
        "Aufmerksamkeit", "Abwägung", "Kauf", "Lieferung & Installation", "Nutzung",
        "Service & Support", "Verlängerung oder Kündigung",
    ),
}  # fmt: skip

#: Names for a new document's first journey and persona, per language.
NEW_NAMES: Final[dict[str, dict[str, str]]] = {
    "en": {"journey": "New journey", "persona": "Customer"},
    "de": {"journey": "Neue Journey", "persona": "Kunde"},
}

#: The kinds of lane a journey map has under its stages, with their English and German
#: names: what the customer does, thinks and feels, the touchpoint graph, the emotion
#: curve, pain points and opportunities, any lane the team names ("text"), the figures
#: per stage ("metrics", computed), and the service blueprint's lanes and lines.
LANE_KINDS: Final[dict[str, tuple[str, str]]] = {
    "actions": ("Customer actions", "Kundenaktionen"),
    "thoughts": ("Thoughts", "Gedanken"),
    "feelings": ("Feelings", "Gefühle"),
    "touchpoints": ("Touchpoints", "Touchpoints"),
    "emotion": ("Emotion curve", "Emotionskurve"),
    "metrics": ("Figures", "Kennzahlen"),
    "pain_points": ("Pain points", "Pain Points"),
    "opportunities": ("Opportunities", "Chancen"),
    "text": ("Notes", "Notizen"),
    "frontstage": ("Frontstage", "Frontstage"),
    "backstage": ("Backstage", "Backstage"),
    "support": ("Support processes", "Unterstützungsprozesse"),
    "line_of_interaction": ("Line of interaction", "Interaktionslinie"),
    "line_of_visibility": ("Line of visibility", "Sichtbarkeitslinie"),
}
#: The note lanes whose notes are about touchpoints (linked to them, counted on their
#: cards): what goes wrong there and what could be better.
TOUCHPOINT_NOTE_LANES: Final[tuple[str, ...]] = ("pain_points", "opportunities")
#: The lane kinds that hold notes (the others draw the graph, a curve, figures or a line).
NOTE_LANES: Final[tuple[str, ...]] = (
    "actions", "thoughts", "feelings", "pain_points", "opportunities", "text",
    "frontstage", "backstage", "support",
)  # fmt: skip
#: The lane sets a new journey can start with, top to bottom.
LANE_SETS: Final[dict[str, tuple[str, ...]]] = {
    "classic": ("actions", "touchpoints", "thoughts", "feelings", "emotion", "pain_points",
                "opportunities"),
    "blueprint": ("actions", "touchpoints", "line_of_interaction", "frontstage",
                  "line_of_visibility", "backstage", "support"),
    "minimal": ("touchpoints", "emotion"),
}  # fmt: skip


def lane_name(kind: str, language: str = "en") -> str:
    """The usual name of a lane of this kind, in English or German."""
    names = LANE_KINDS[kind]
    return names[1] if language == "de" else names[0]
