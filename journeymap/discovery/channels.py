"""A log's channel words as the vocabulary's channels."""

from __future__ import annotations

import re

from journeymap.model.vocabulary import CHANNELS

#: Words contact logs use for a channel besides its key and labels.
_ALIASES = {
    "call": "phone", "telephone": "phone", "hotline": "phone", "telefon": "phone",
    "callcenter": "phone", "callcentre": "phone", "voice": "phone",
    "mail": "email", "e_mail": "email", "brief": "letter", "post": "letter",
    "web": "website", "webform": "website", "portal": "website", "online": "website",
    "mobile_app": "app", "sms": "messaging", "text": "messaging", "whatsapp": "messaging",
    "chat": "messaging", "live_chat": "messaging", "social": "social_media",
    "faq": "self_service", "bot": "chatbot", "forum": "community",
    "store": "in_person", "shop": "in_person", "branch": "in_person", "filiale": "in_person",
    "field_service": "technician", "techniker": "technician", "visit": "technician",
}  # fmt: skip


def _word(text: str) -> str:
    return re.sub(r"[\s\-/]+", "_", text.strip().casefold()).strip("_")


def _known_words() -> dict[str, str]:
    words = dict(_ALIASES)
    for key, labels in CHANNELS.items():
        words[key] = key
        for label in labels:
            words[_word(label)] = key
            for part in label.split("/"):
                words.setdefault(_word(part), key)
    return words


_WORDS = _known_words()


def channel_of(text: str) -> tuple[str, str]:
    """The channel key a log's word names and the free text for "other": ("phone", "")
    for "Phone", "call" or "Telefon"; ("other", "Fax") for a word the vocabulary lacks."""
    key = _WORDS.get(_word(text))
    if key is None or key == "other":
        return "other", text.strip()
    return key, ""
