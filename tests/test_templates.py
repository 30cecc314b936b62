"""Stage templates for new journeys: complete in every journey language."""

from journeymap.model.starter import blank_document
from journeymap.model.templates import STAGE_TEMPLATES, TEMPLATE_TITLES
from journeymap.model.vocabulary import DEFAULT_STAGES, LANGUAGES


def test_every_template_has_a_title_and_distinct_stages_in_every_language():
    assert set(TEMPLATE_TITLES) == set(STAGE_TEMPLATES)
    for key, by_language in STAGE_TEMPLATES.items():
        assert set(by_language) == set(LANGUAGES), key
        counts = {len(stages) for stages in by_language.values()}
        assert len(counts) == 1, f"{key}: the languages have different stage counts"
        for stages in by_language.values():
            assert len(set(stages)) == len(stages) and all(s.strip() for s in stages), key


def test_a_new_document_takes_the_template_in_its_language():
    doc = blank_document("de", "purchase")
    assert [s.name for s in doc.journeys[0].stages][-2:] == ["Warten auf die Lieferung",
                                                             "Auspacken"]  # fmt: skip
    assert [s.name for s in blank_document().journeys[0].stages] == list(DEFAULT_STAGES["en"])
    assert blank_document("en", "empty").journeys[0].stages == []
