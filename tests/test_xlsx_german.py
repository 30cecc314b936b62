"""German workbooks: a German journey (or ``export --lang de``) writes German sheet names,
headers, legends, chart titles and explanations, from the GUI's translation source; no
label is left in English, and the English workbook stays as it was."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from journeymap.excel.workbook import export_workbook
from journeymap.model.vocabulary import CHANNELS, channel_label
from journeymap.samples import find_sample, list_samples
from journeymap.storage import open_document
from journeymap.words import catalogue
from tests.cli_runner import run_cli

TODAY = dt.date(2026, 3, 14)
GERMAN_SHEETS = [
    "Übersicht",
    "Karte",
    "Touchpoints",
    "Notizen",
    "Lücken",
    "Chancen",
    "Übergaben & Medienbrüche",
    "Pfade",
    "Diagramme",
]
ENGLISH_SHEETS = [
    "Overview",
    "Map",
    "Touchpoints",
    "Notes",
    "Gaps",
    "Opportunities",
    "Handoffs & channel breaks",
    "Paths",
    "Charts",
]
#: Labels that are the same in both languages (metric names, terms CX teams use as
#: they are, the Emotion scale).
SAME_IN_BOTH = {
    "CSAT %",
    "NPS",
    "CES",
    "Journey",
    "Touchpoint",
    "Touchpoints",
    "Persona",
    "Segment",
    "Status",
    "ID",
    "n",
    "Emotion -2..+2",
}
GERMAN_SAMPLES = [s for s in list_samples() if s.language == "de"]


def _text(rich) -> str | None:
    """The plain text of a chart's (or an axis's) title."""
    if rich is None or rich.tx is None or rich.tx.rich is None:
        return None
    return "".join(run.t for p in rich.tx.rich.p for run in (p.r or []))


def labels(path: Path) -> list[tuple[str, str]]:
    """(where, text) of every text the workbook shows: sheet names, text cells (not
    formulas, not the hidden keys of a template), chart and axis titles."""
    found = []
    for ws in load_workbook(path).worksheets:
        found.append(("sheet name", ws.title))
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or cell.value.startswith("="):
                    continue
                hidden = (
                    ws.row_dimensions[cell.row].hidden
                    or ws.column_dimensions[cell.column_letter].hidden
                )
                if not hidden:
                    found.append((f"{ws.title}!{cell.coordinate}", cell.value))
        for chart in ws._charts:
            for title in (chart.title, chart.x_axis.title, chart.y_axis.title):
                text = _text(title)
                if text:
                    found.append((f"{ws.title} chart", text))
    return found


def english_leftovers(texts: list[tuple[str, str]]) -> list[str]:
    """The texts that are an English source of the workbook's catalogue whose German
    differs, as they are or filled in ("Path 3" for "Path {}")."""
    english = {
        source
        for (context, source), german in catalogue().items()
        if context == "Workbook" and german != source
    }
    exact = {s for s in english if "{}" not in s}
    patterns = [
        re.compile("^" + ".+".join(map(re.escape, s.split("{}"))) + "$", re.DOTALL)
        for s in english
        if "{}" in s and len(s.replace("{}", "").strip()) >= 3
    ]
    return [
        f"{where}: {text!r}"
        for where, text in texts
        if text in exact or any(p.match(text) for p in patterns)
    ]


def export(tmp_path: Path, sample_path: Path, *options: str, name: str = "book.xlsx") -> Path:
    """``journeymap export SAMPLE --xlsx OUT`` with these options; the workbook's path."""
    out = tmp_path / name
    ran = run_cli("export", sample_path, "--xlsx", out, *options)
    assert ran.code == 0, ran.stderr
    return out


@pytest.fixture(scope="module")
def german_book(tmp_path_factory) -> Path:
    """The German online-order sample's workbook, dated TODAY."""
    path = tmp_path_factory.mktemp("german") / "online-order.de.xlsx"
    export_workbook(open_document(find_sample("online-order", "de").path), path, today=TODAY)
    return path


def test_a_german_journey_writes_german_sheets_headers_and_charts(german_book):
    wb = load_workbook(german_book)
    assert wb.sheetnames == GERMAN_SHEETS
    gaps = [c.value for c in wb["Lücken"][1]]
    assert gaps[:10] == ["Rang", "Journey", "Phase", "Touchpoint", "Kanal", "Verantwortlich",
                         "Kennzahl", "Ziel", "Gemessen", "Lücke"]  # fmt: skip
    assert "Priorität" in gaps and "Fehlerspanne" in gaps
    # Excel's table columns carry the header's (German) names, or Excel repairs the file
    for ws in wb.worksheets:
        for table in ws.tables.values():
            header = [c.value for c in ws[1]][: len(table.tableColumns)]
            assert [c.name for c in table.tableColumns] == header
    overview = {row[0]: row[1] for row in wb["Übersicht"].iter_rows(values_only=True) if row[0]}
    assert overview["Status"] == "Ist"
    assert overview["Segment"] == "alle Befragten"
    assert overview["Datum"] == "14.03.2026"  # the German date, written as text
    assert overview["✕ weit unter dem Ziel"].startswith("Lücke unter -10 %")  # the legend
    assert "Wie die Kennzahlen entstehen" in overview
    legend = [c.value for c in wb["Karte"][2]]
    assert legend[:3] == [
        "Kartenfarben", "✕ weit unter dem Ziel: Lücke < -10 % der Skala",
        "! unter dem Ziel: Lücke < 0",
    ]  # fmt: skip
    charts = [label for where, label in labels(german_book) if where.endswith("chart")]
    assert "Lücke je Touchpoint (schlechteste Kennzahl)" in charts
    assert "Emotionskurve: mittlere Emotion je Phase" in charts
    assert "Wert-Aufwand-Matrix" in charts and "Aufwand 1-5" in charts


def test_numbers_written_as_text_use_the_decimal_comma(german_book):
    cards = [c.value for row in load_workbook(german_book)["Karte"].iter_rows() for c in row]
    figures = [line for card in cards if isinstance(card, str) for line in card.split("\n")
               if "CSAT %" in line and " Pp." in line]  # fmt: skip
    assert figures and all(re.search(r"[+-]\d+,\d Pp\.", line) for line in figures), figures
    assert not [line for line in figures if re.search(r"\d\.\d", line)]


@pytest.mark.parametrize("sample", GERMAN_SAMPLES, ids=lambda s: s.name)
def test_no_label_of_a_german_workbook_is_left_in_english(tmp_path, sample):
    german = export(tmp_path, sample.path, name="de.xlsx")
    texts = labels(german)
    assert len(texts) > 100
    leftovers = english_leftovers(texts)
    assert not leftovers, "English in the German workbook:\n" + "\n".join(leftovers)
    # and no label the catalogue misses: what the English workbook of the same journey
    # writes in the same cell is the journey's own text, or a label that is the same in
    # both languages
    english = dict(labels(export(tmp_path, sample.path, "--lang", "en", name="en.xlsx")))
    same = {text for where, text in texts if english.get(where) == text}
    untranslated = sorted(t for t in same if not _journey_text(t, sample.path))
    assert not untranslated, "labels written in English:\n" + "\n".join(untranslated)


def _journey_text(text: str, sample: Path) -> bool:
    """Whether a cell's text is made of the journey's own texts (names, notes, channels,
    joined into paths and lines), numbers and the labels alike in both languages."""
    own = set(_strings(json.loads(sample.read_text(encoding="utf-8"))))
    own |= {channel_label(c, "de") for c in CHANNELS} | SAME_IN_BOTH
    parts = re.split(r"\n| → | · ", text)
    for part in parts:
        part = part.removeprefix("• ").removeprefix("★ ")
        part = re.sub(r": (CSAT|NPS|CES) [\d.,+-]+$", "", part)  # an expected effect
        if part not in own and not re.fullmatch(r"[\d.,+\- %]*", part):
            return False
    return True


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_the_leftover_check_catches_english():
    found = [("Gaps!A1", "Rank"), ("Paths!B2", "Path 3"), ("Gaps!B1", "Rang")]
    assert english_leftovers(found) == ["Gaps!A1: 'Rank'", "Paths!B2: 'Path 3'"]


def test_the_language_can_be_chosen_either_way(tmp_path):
    german = find_sample("online-order", "de").path
    english = find_sample("online-order", "en").path
    assert load_workbook(export(tmp_path, german, "--lang", "en")).sheetnames == ENGLISH_SHEETS
    assert load_workbook(export(tmp_path, english)).sheetnames == ENGLISH_SHEETS
    book = export(tmp_path, english, "--lang", "de", name="de.xlsx")
    assert load_workbook(book).sheetnames == GERMAN_SHEETS
    # the English journey's own texts stay as they are: its lanes are named "Pain points"
    own = set(_strings(json.loads(english.read_text(encoding="utf-8"))))
    leftovers = english_leftovers([(where, t) for where, t in labels(book) if t not in own])
    assert not leftovers, "English in the German workbook:\n" + "\n".join(leftovers)


# ---- the fill-in template and its round trip ---------------------------------------------


def _template(tmp_path: Path, sample_name: str, language: str, *options: str) -> tuple[Path, Path]:
    """A sample saved as a journey file and its fill-in template: (journey, template)."""
    from journeymap.storage import save_document

    journey = tmp_path / f"{sample_name}.{language}.jmap"
    save_document(open_document(find_sample(sample_name, language).path), journey)
    template = tmp_path / f"{sample_name}.{language}.xlsx"
    ran = run_cli("export", journey, "--template", template, *options)
    assert ran.code == 0, ran.stderr
    return journey, template


def _type(template: Path, out: Path, values: dict[tuple[int, str], object]) -> None:
    """Type into the fill-in sheet (the first) as a team would: {(row, key): value}."""
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    keys = [c.value for c in ws[1]]
    for (row, key), value in values.items():
        ws.cell(row, keys.index(key) + 1).value = value
    wb.save(out)


def test_a_german_template_is_german_throughout(tmp_path):
    _, template = _template(tmp_path, "online-order", "de")
    wb = load_workbook(template)
    assert wb.sheetnames == ["Ausfüllen", "Notizen", "Chancen", "Anleitung"]
    ws = wb["Ausfüllen"]
    titles = [c.value for c in ws[4]]
    assert titles[1:8] == ["Journey", "Phase", "Touchpoint", "Kanal", "Verantwortlich",
                           "Wichtigkeit 1-5", "Emotion -2..+2"]  # fmt: skip
    assert "Zum Touchpoint" in [c.value for c in ws[3]]
    flags = {c.value for c in ws["J"][4:]}
    assert flags <= {"ja", "nein"} and flags
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert any(dv.formula1 == '"ja,nein"' for dv in lists)
    assert all(dv.error and not english_leftovers([("", dv.error)]) for dv in lists)
    texts = labels(template)
    leftovers = english_leftovers(texts)
    assert not leftovers, "English in the German template:\n" + "\n".join(leftovers)
    assert any(t.startswith("So wird diese Arbeitsmappe ausgefüllt") for _, t in texts)


def test_a_filled_in_german_sheet_reads_back_and_refuses_in_german(tmp_path):
    journey, template = _template(tmp_path, "online-order", "de")
    bad = tmp_path / "ausgefuellt.xlsx"
    _type(template, bad, {(5, "importance"): 7, (6, "proactive"): "vielleicht",
                          (6, "count:csat:4"): "zehn"})  # fmt: skip
    ran = run_cli("import-xlsx", journey, bad)
    assert ran.code == 1
    lines = ran.stderr.strip().splitlines()
    assert lines[:3] == [
        f"{bad}: Ausfüllen!G5: Wichtigkeit 1-5: 7 liegt außerhalb von 1 bis 5",
        f"{bad}: Ausfüllen!J6: Proaktiv ja/nein: „vielleicht“ ist weder ja noch nein",
        f"{bad}: Ausfüllen!S6: CSAT-Antwort 4: „zehn“ ist Text, keine Zahl",
    ]
    assert lines[3] == (
        f"journeymap: {bad}: 3 Zellen können nicht importiert werden; es wurde nichts geändert"
    )
    good = tmp_path / "korrigiert.xlsx"
    _type(template, good, {(5, "importance"): 3, (6, "proactive"): "ja"})
    ran = run_cli("import-xlsx", journey, good, "--dry-run")
    assert ran.stdout.strip().endswith(f"Probelauf: {journey} wurde nicht geändert")
    ran = run_cli("import-xlsx", journey, good)
    assert ran.code == 0, ran.stderr
    assert "2 Zellen geändert" in ran.stdout
    tps = {tp.name: tp for tp in open_document(journey).journeys[0].touchpoints}  # row 5 on
    assert tps["Sieht den Tisch auf Instagram"].importance == 3
    assert tps["Produktseite und Bewertungen"].proactive is True


def test_an_english_sheet_still_reads_back(tmp_path):
    journey, template = _template(tmp_path, "online-order", "de", "--lang", "en")
    assert load_workbook(template).sheetnames[0] == "Fill-in"  # as every earlier template
    bad = tmp_path / "filled.xlsx"
    _type(template, bad, {(5, "importance"): 7})
    ran = run_cli("import-xlsx", journey, bad)
    assert ran.code == 1
    assert f"{bad}: Fill-in!G5: Importance 1-5: 7 is out of 1-5" in ran.stderr
    assert "1 cell cannot be imported; nothing was changed" in ran.stderr
    good = tmp_path / "fixed.xlsx"
    _type(template, good, {(5, "importance"): 4})
    ran = run_cli("import-xlsx", journey, good)
    assert ran.code == 0, ran.stderr
    tps = {tp.name: tp for tp in open_document(journey).journeys[0].touchpoints}  # row 5 on
    assert tps["Sieht den Tisch auf Instagram"].importance == 4


def test_the_map_pictures_take_the_same_language_option(tmp_path):
    """--lang speaks for the map exports as for the workbook: a German journey's SVG
    legend is German, or English with --lang en (a process of its own: the map's
    language is chosen when its QApplication starts)."""
    sample = find_sample("online-order", "de").path
    journey = open_document(sample).journeys[0].name
    legends = {}
    for language in ("de", "en"):
        out = tmp_path / f"map.{language}.svg"
        options = [] if language == "de" else ["--lang", "en"]
        result = subprocess.run(
            [sys.executable, "-m", "journeymap", "export", str(sample), "--journey", journey,
             "--svg", str(out), *options],
            capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        legends[language] = out.read_text(encoding="utf-8")
    assert "Badge: Lücke zum Ziel" in legends["de"] and "CSAT -0,4" in legends["de"]
    assert "Badge: gap to target" in legends["en"] and "CSAT -0.4" in legends["en"]


def test_the_translation_tool_collects_the_workbook_labels(tmp_path):
    """tools/update_translations.py reads journeymap/excel as it reads the GUI: tr() and
    marked() labels land in the context "Workbook" (so --check and tests/test_i18n.py keep
    them translated), and a marked() that is not a literal is refused."""
    from tests.test_i18n import tool

    found = tool.extract()
    assert {"Rank", "Gap report", "Fill-in", "Handoffs & channel breaks"} <= set(found["Workbook"])
    module = tmp_path / "sheet.py"
    module.write_text(
        "from journeymap.excel.language import marked, tr\n"
        'TITLE = marked("A new title")\n'
        "def title(name):\n"
        '    return tr("Sheet {}").format(name), marked(name)\n',
        encoding="utf-8",
    )
    with pytest.raises(tool.ExtractionError, match="marked\\(\\) takes one literal text"):
        tool.extract([module])
    module.write_text(module.read_text(encoding="utf-8").replace("marked(name)", "name"))
    assert set(tool.extract([module])["Workbook"]) == {"A new title", "Sheet {}"}


def test_graph_problems_are_said_in_the_workbook_language(tmp_path):
    """The Paths sheet's graph problems: German sentences in a German workbook, the model's
    own English ones in an English workbook."""
    from journeymap.model.graph import analyze

    doc = open_document(find_sample("online-order", "de").path)
    del doc.journeys[1:]
    journey = doc.journeys[0]
    for tp in journey.touchpoints:  # nobody marked where it ends: dead ends
        tp.exit = False
    source = next(t.source for t in journey.transitions
                  if sum(u.source == t.source for u in journey.transitions) > 1)  # fmt: skip
    for t in journey.transitions:  # the shares leaving one touchpoint exceed 100 %
        if t.source == source:
            t.share = 0.8
    problems = analyze(journey).problems
    assert {p.kind for p in problems} == {"dead_end", "share_overflow"}
    texts = {}
    for language in ("de", "en"):
        path = tmp_path / f"{language}.xlsx"
        export_workbook(doc, path, language=language)
        ws = load_workbook(path).worksheets[-2]  # Paths
        texts[language] = [(row[0], row[4]) for row in ws.iter_rows(min_row=2, values_only=True)
                           if str(row[0]).startswith("Problem")]  # fmt: skip
    assert [text for _, text in texts["en"]] == [p.message for p in problems]
    german = [text for _, text in texts["de"]]
    assert any(t.endswith("ist nicht als Ausstiegspunkt markiert.") for t in german)
    assert any(re.search(r"ergeben zusammen \d+ %, mehr als 100 %\.$", t) for t in german)
    assert {kind for kind, _ in texts["de"]} == {
        "Problem: Sackgasse",
        "Problem: Anteile über 100 %",
    }
    assert not english_leftovers(texts["de"])


# ---- what an import of a German sheet says ------------------------------------------------

ROW = "Produktseite und Bewertungen"  # row 6 of the German fill-in sheet
CHANCE = "8–10 Tage versprechen und in 8 liefern"  # row 4 of its Chancen sheet


def _type_opportunities(path: Path, values: dict[tuple[int, str], object]) -> None:
    """Type into the Chancen sheet as an owner would: {(row, key): value}."""
    wb = load_workbook(path)
    ws = wb.worksheets[2]
    keys = [c.value for c in ws[1]]
    for (row, key), value in values.items():
        ws.cell(row, keys.index(key) + 1).value = value
    wb.save(path)


def test_the_change_list_of_a_german_sheet_is_german(tmp_path):
    """The dry run lists each change under the column's German name, its values as the
    sheet shows them: quotes, ja/nein, decimal comma, German dates and status words."""
    journey, template = _template(tmp_path, "online-order", "de")
    filled = tmp_path / "ausgefuellt.xlsx"
    _type(template, filled, {(6, "expectation"): "Ehrliche Lieferzeit", (6, "target:csat"): 88,
                             (6, "moment_of_truth"): "ja", (5, "target:ces"): 5.5})  # fmt: skip
    _type_opportunities(filled, {(4, "customer_value"): 95, (4, "status"): "geplant",
                                 (4, "due"): dt.datetime(2027, 3, 15)})  # fmt: skip
    ran = run_cli("import-xlsx", journey, filled, "--dry-run")
    assert ran.code == 0, ran.stderr
    lines = [line.strip() for line in ran.stdout.splitlines()]
    assert f"{ROW}: Moment der Wahrheit: nein → ja" in lines
    assert f"{ROW}: Kundenerwartung: „Eine ehrliche Lieferzeit und Bewertungen von echten " \
           "Käufern“ → „Ehrliche Lieferzeit“" in lines  # fmt: skip
    assert f"{ROW}: Zielwert CSAT %: 85 → 88" in lines
    assert "Sieht den Tisch auf Instagram: Zielwert CES: — → 5,5" in lines
    assert f"Chancen: „{CHANCE}“: Kundennutzen: 85 → 95" in lines
    assert f"Chancen: „{CHANCE}“: Status: in Arbeit → geplant" in lines
    assert f"Chancen: „{CHANCE}“: Fällig: 26.02.2027 → 15.03.2027" in lines
    assert not [line for line in lines if "'" in line or "{" in line or "True" in line]


def test_the_change_list_of_an_english_sheet_names_the_columns_too(tmp_path):
    journey, template = _template(tmp_path, "online-order", "de", "--lang", "en")
    filled = tmp_path / "filled.xlsx"
    _type(template, filled, {(6, "expectation"): "Honest delivery time", (6, "target:csat"): None,
                             (6, "proactive"): "yes"})  # fmt: skip
    _type_opportunities(filled, {(4, "status"): "planned", (4, "due"): None})
    ran = run_cli("import-xlsx", journey, filled, "--dry-run")
    assert ran.code == 0, ran.stderr
    lines = [line.strip() for line in ran.stdout.splitlines()]
    assert f"{ROW}: Proactive: no → yes" in lines
    assert f"{ROW}: Customer expectation: “Eine ehrliche Lieferzeit und Bewertungen von " \
           "echten Käufern” → “Honest delivery time”" in lines  # fmt: skip
    assert f"{ROW}: Target CSAT %: 85 → —" in lines
    assert f"Opportunities: “{CHANCE}”: Status: in progress → planned" in lines
    assert f"Opportunities: “{CHANCE}”: Due: 2027-02-26 → —" in lines


def test_a_german_sheet_refuses_opportunity_cells_in_german(tmp_path):
    """Text in a score cell, a decimal score or emotion, a date that is none: the German
    column titles, German quotes, the decimal comma, a German example date."""
    journey, template = _template(tmp_path, "online-order", "de")
    bad = tmp_path / "ausgefuellt.xlsx"
    _type(template, bad, {(5, "emotion"): 1.5})
    _type_opportunities(bad, {(4, "due"): "2027-13-45", (5, "customer_value"): "hoch",
                              (6, "customer_value"): 55.5})  # fmt: skip
    ran = run_cli("import-xlsx", journey, bad)
    assert ran.code == 1
    lines = ran.stderr.strip().splitlines()
    assert lines[:4] == [
        f"{bad}: Ausfüllen!H5: Emotion -2..+2: 1,5 ist keine ganze Zahl",
        f"{bad}: Chancen!I4: Fällig (Datum): „2027-13-45“ ist kein Datum; "
        "geben Sie eines wie 31.12.2026 ein",
        f"{bad}: Chancen!D5: Kundennutzen 0-100: „hoch“ ist Text, keine Zahl",
        f"{bad}: Chancen!D6: Kundennutzen 0-100: 55,5 ist keine ganze Zahl",
    ]


def test_german_due_dates_read_as_german_dates(tmp_path, german_book):
    """The due-date cells show 26.02.2027 in a German file, 2027-02-26 in an English one."""
    assert load_workbook(german_book)["Chancen"]["D2"].number_format == "DD.MM.YYYY"
    _, template = _template(tmp_path, "online-order", "de")
    assert load_workbook(template)["Chancen"]["I4"].number_format == "DD.MM.YYYY"
    _, english = _template(tmp_path, "online-order", "en")
    assert load_workbook(english)["Opportunities"]["I4"].number_format == "yyyy-mm-dd"


#: Words the German catalogue no longer uses, with the one it says instead: one word per
#: concept in the GUI and the files it writes.
REPLACED_WORDS = {
    "Kontaktpunkt": "Touchpoint",
    "Wetten": "Große Vorhaben (big bets)",
    "Bezieht sich auf": "Betrifft",
    r"\b(Einstieg|Ausstieg)\b(?!s)": "Einstiegspunkt, Ausstiegspunkt",
    "Erfassungsblatt": "Erfassungsbogen",
    "Quellname": "Quellenname",
    "Schmerzpunkt": "Pain Points",
    "Lückenfüller": "Kleinaufgaben",
    r"\bpp\b": "Pp.",
    r"\d x |\) x ": "×",
    "Umfrage-Import": "Befragungsimport",
    r"\w+ Antwort \{\}|\{\} Antwort": "CSAT-Antwort",
}


def test_the_german_catalogue_says_one_word_per_concept():
    """No German translation, in any context (GUI, workbook, messages; vanished ones too,
    which come back with their source), uses a word replaced by the team's term."""
    import xml.etree.ElementTree as ET

    from journeymap.words import TS_FILE

    source = Path(__file__).parents[1] / "journeymap" / "translations" / TS_FILE
    found = [
        f"{context.findtext('name')}: {text!r} ({REPLACED_WORDS[word]})"
        for context in ET.parse(source).getroot().iter("context")
        for text in (m.findtext("translation") or "" for m in context.iter("message"))
        for word in REPLACED_WORDS
        if re.search(word, text)
    ]
    assert not found, "replaced words in the German catalogue:\n" + "\n".join(found)


def test_german_percentage_points_read_pp(german_book):
    """The gap columns' number format and the map cards say "Pp." in German."""
    gaps = load_workbook(german_book)["Lücken"]
    formats = {c.number_format for c in gaps["J"][1:] if c.value is not None}
    assert any('" Pp."' in f for f in formats) and not any('" pp"' in f for f in formats)


def _width(ws, letter: str) -> float:
    return ws.column_dimensions[letter].width


def test_german_columns_are_wide_enough_for_german_words(tmp_path):
    """German words are longer: the report's stage and owner columns hold
    "Terminvereinbarung" and "Außendienst-Technik" unbroken, the scale of a title stays
    on its line ("Wichtigkeit 1-5"), the template's Betrifft rows show every line; the
    English widths stay as they were."""
    installation = find_sample("installation", "de").path
    gaps = load_workbook(export(tmp_path, installation, name="de.xlsx"))["Lücken"]
    assert _width(gaps, "C") >= len("Terminvereinbarung") + 1
    assert _width(gaps, "F") >= len("Außendienst-Technik") + 1
    english = load_workbook(export(tmp_path, installation, "--lang", "en", name="en.xlsx"))
    assert (_width(english["Gaps"], "C"), _width(english["Gaps"], "F")) == (16, 16)
    book = load_workbook(export(tmp_path, find_sample("online-order", "de").path))
    touchpoints = book["Touchpoints"]
    for cell in (touchpoints["J1"], touchpoints["K1"]):  # bold: 1.1 units a character
        assert _width(touchpoints, cell.column_letter) >= len(cell.value) * 1.1, cell.value
    _, template = _template(tmp_path, "online-order", "de")
    wb = load_workbook(template)
    chancen = wb["Chancen"]
    assert all(_width(chancen, c) >= len("Kundennutzen") * 1.1 for c in "DE")
    for row in range(4, chancen.max_row + 1):  # a line of 11-point text takes 15 points
        lines = chancen[f"C{row}"].value.count("\n") + 1
        assert chancen.row_dimensions[row].height >= 15 * lines, row
    fill_in = wb["Ausfüllen"]
    assert all(_width(fill_in, c) >= len(fill_in[f"{c}4"].value) * 1.1 for c in "GH")
    assert all(fill_in[f"{c}5"].alignment.wrap_text for c in "BCDEF")  # long names wrap
    _, english = _template(tmp_path, "online-order", "de", "--lang", "en")
    chances = load_workbook(english)["Opportunities"]
    assert [_width(chances, c) for c in "CDE"] == [30, 11, 11]


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_guides_name_the_sheets_and_cells_as_they_are(tmp_path, language):
    """The Overview's list of sheets names every other sheet of the workbook, and the
    Instructions' example of a refused cell names the column it quotes."""
    sample = find_sample("online-order", "de").path
    book = load_workbook(export(tmp_path, sample, "--lang", language))
    overview = book.worksheets[0]
    listed = {row[0] for row in overview.iter_rows(values_only=True)}
    assert set(book.sheetnames[1:]) <= listed
    _, template = _template(tmp_path, "online-order", "de", "--lang", language)
    wb = load_workbook(template)
    fill_in = wb.worksheets[0]
    example = next(cell.value for row in wb.worksheets[-1].iter_rows() for cell in row
                   if isinstance(cell.value, str) and "import-xlsx" in cell.value)  # fmt: skip
    where, column = re.search(rf"{fill_in.title}!([A-Z]+)\d+: ([^:]+):", example).groups()
    assert fill_in[f"{where}4"].value == column
