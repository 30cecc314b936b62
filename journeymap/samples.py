"""The bundled sample journeys (journeymap/sample_files/NAME.LANG.json), for training and
demos. tools/make_samples.py writes them from their TOML sources."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

#: The sample files inside the installed package. Wheels install unzipped, so the package
#: resource is a real folder and each sample can be opened by its path like any document.
SAMPLES_DIR = Path(str(files("journeymap") / "sample_files"))


@dataclass(frozen=True)
class Sample:
    """One bundled sample in one language."""

    name: str
    language: str
    title: str
    path: Path


def list_samples(language: str | None = None) -> list[Sample]:
    """All bundled samples, by name then language; only one language if given."""
    found = []
    for path in sorted(SAMPLES_DIR.glob("*.*.json")):
        name, lang = path.name.removesuffix(".json").rsplit(".", 1)
        if language in (None, lang):
            data = json.loads(path.read_text(encoding="utf-8"))
            title = data["journeys"][0]["name"] if data.get("journeys") else name
            found.append(Sample(name, lang, title, path))
    return found


def find_sample(name: str, language: str = "en") -> Sample:
    """The sample of this name and language; KeyError with the choices when unknown."""
    for sample in list_samples(language):
        if sample.name == name:
            return sample
    names = ", ".join(sorted({s.name for s in list_samples()}))
    raise KeyError(f"no sample {name!r} in {language!r}; choose one of: {names}")
