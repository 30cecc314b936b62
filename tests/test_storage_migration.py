"""Files written by older journeymaps keep opening: the version-1 fixtures were written by
the code as it was before schema version 2, and are never rewritten by a test."""

import shutil
from pathlib import Path

from journeymap.storage import open_document

FIXTURES = Path(__file__).parent / "fixtures" / "documents"
V1_JMAP = FIXTURES / "installation-v1.jmap"
V1_JSON = FIXTURES / "installation-v1.json"


def test_a_version_1_jmap_file_opens_with_all_its_content(tmp_path):
    path = tmp_path / "installation.jmap"
    shutil.copy(V1_JMAP, path)
    before = path.read_bytes()
    doc = open_document(path)
    assert path.read_bytes() == before  # opening never writes, not even to migrate
    assert [p.name for p in doc.personas] == ["Sabine, family with a home office"]
    (journey,) = doc.journeys
    assert (journey.name, journey.state, journey.language) == (
        "Internet and landline installation",
        "as-is",
        "en",
    )
    counts = [len(getattr(journey, a)) for a in ("stages", "touchpoints", "transitions")]
    assert [*counts, len(journey.measurements)] == [6, 14, 18, 26]
    order = journey.touchpoints[0]
    assert (order.name, order.channel, order.volume, order.entry) == (
        "Order online",
        "website",
        3400,
        True,
    )
    assert order.targets == {"csat": 85.0}
    assert journey.measurements[0].counts == {1: 9, 2: 14, 3: 38, 4: 142, 5: 109}
    assert doc == open_document(V1_JSON)  # the same document as its version-1 JSON twin
