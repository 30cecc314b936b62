"""The gap-report workbook, reopened with openpyxl and checked as its reader would."""

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from openpyxl import load_workbook
from openpyxl.chart import BarChart, LineChart

from journeymap.cli import build_parser
from journeymap.cli.excel import ExportFormat, add_parsers
from journeymap.excel.cells import FORMULA_STARTS, clean_text
from journeymap.excel.formats import LIGHT_FILLS, light, light_name
from journeymap.excel.workbook import export_workbook
from journeymap.model import (
    AddObject,
    Journey,
    Measurement,
    SetFields,
    Stage,
    Touchpoint,
    Transition,
)
from journeymap.model.commands import replace_measurements
from journeymap.model.figures import FigureView
from journeymap.model.report import gap_report
from journeymap.samples import list_samples
from journeymap.storage import save_document
from tests.builders import small_document
from tests.strategies import documents

SHEETS = ["Overview", "Map", "Touchpoints", "Gaps", "Handoffs & channel breaks", "Paths", "Charts"]
NASTY = ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]
TODAY = dt.date(2026, 3, 14)


def rich_document():
    """small_document plus a stage with an app touchpoint (NPS and CES measured, a
    loop back from the hotline) and CSAT on the technician visit."""
    doc, stack, ids = small_document()
    journey = doc.journey(ids["journey"])
    use = Stage("Use & support")
    stack.push(AddObject(use, journey.id))
    app = Touchpoint(
        use.id,
        name="App",
        channel="app",
        owner="IT",
        emotion=-2,
        importance=4,
        volume=1200,
        targets={"nps": 20.0, "ces": 5.5},
        moment_of_truth=True,
    )
    hotline = Touchpoint(use.id, name="Hotline again", channel="phone", owner="Service team",
                         emotion=-1, volume=300, targets={"csat": 85.0})  # fmt: skip
    for tp in (app, hotline):
        stack.push(AddObject(tp, journey.id))
    for source, target in ((ids["tech"], app.id), (app.id, hotline.id), (hotline.id, app.id)):
        stack.push(AddObject(Transition(source, target), journey.id))
    stack.push(SetFields(ids["tech"], {"targets": {"csat": 90.0}, "volume": 800}))
    stack.push(SetFields(ids["call"], {"volume": 2000, "emotion": -1}))
    stack.push(
        replace_measurements(doc, journey.id, [
            Measurement(app.id, "nps", {0: 5, 3: 10, 6: 20, 7: 10, 8: 10, 9: 15, 10: 10}),
            Measurement(app.id, "ces", {2: 5, 4: 10, 5: 10, 6: 3}),
            Measurement(hotline.id, "csat", {1: 3, 2: 4, 3: 5, 4: 4, 5: 2}, segment="Business"),
            Measurement(ids["tech"], "csat", {3: 2, 4: 40, 5: 60}),
        ])
    )  # fmt: skip
    ids.update(app=app.id, hotline=hotline.id, use=use.id)
    return doc, stack, ids


@pytest.fixture
def rich(tmp_path):
    doc, _, ids = rich_document()
    path = tmp_path / "report.xlsx"
    export_workbook(doc, path, today=TODAY)
    return doc, ids, load_workbook(path)


def rows_of(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def column(ws, title):
    """The 1-based column whose header (row 1) is title."""
    return next(c.column for c in ws[1] if c.value == title)


def test_the_sheets_come_in_reading_order(rich):
    _, _, wb = rich
    assert wb.sheetnames == SHEETS


def test_overview_states_the_headline_figures_and_the_legend(rich):
    doc, ids, wb = rich
    ws = wb["Overview"]
    figures = {}
    for label, value, *_ in rows_of(ws):
        figures.setdefault(label, value)  # the figures come before the guide to the sheets
    journey = doc.journey(ids["journey"])
    report = gap_report(journey)
    assert figures["Journey"] == "Installation"
    assert figures["Persona"] == "Private customer"
    assert figures["State"] == "as-is" and figures["Date"] == "2026-03-14"
    assert figures["Touchpoints"] == 5 and figures["Measured touchpoints"] == 4
    assert figures["Negative gaps"] == sum(1 for r in report if r.gap is not None and r.gap < 0)
    assert figures["Total priority"] == pytest.approx(sum(r.priority for r in report))
    csat = [r.measured for r in report if r.metric == "csat" and r.measured is not None]
    assert figures["Mean CSAT %"] == pytest.approx(sum(csat) / len(csat))
    labels = [r[0] for r in rows_of(ws)]
    assert ws.cell(labels.index("Mean CSAT %") + 1, 2).number_format == '0.0" %"'

    for name in ("red", "amber", "green", "grey"):
        row = labels.index(light_name(name)) + 1  # "✕ far below target", ...
        assert ws.cell(row, 1).fill.fgColor.rgb.endswith(LIGHT_FILLS[name])
        assert ws.cell(row, 2).value  # the meaning is written beside it
    texts = " ".join(str(v) for r in rows_of(ws) for v in r if v)
    assert "-10 % of the metric's scale" in texts and "Priority" in texts


def test_map_colours_each_card_by_its_worst_gap_and_prints_landscape(rich):
    _, _, wb = rich
    ws = wb["Map"]
    cards = {
        c.value.split("\n")[-3].lstrip("★ "): c
        for row in ws.iter_rows(min_row=4)
        for c in row[1:]
        if isinstance(c.value, str) and c.value.count("\n") == 2
    }
    expected = {"Call hotline": "amber", "Confirmation": "grey", "Technician visit": "green",
                "App": "red", "Hotline again": "red"}  # fmt: skip
    for name, colour in expected.items():
        assert cards[name].fill.fgColor.rgb.endswith(LIGHT_FILLS[colour]), name
    assert "CSAT % -3.3 pp" in cards["Call hotline"].value
    stage_row = next(r for r in ws.iter_rows() if r[0].value == "Stage")
    assert [c.value for c in stage_row[1:4]] == ["Booking", "Installation", "Use & support"]
    emotion = next(r for r in ws.iter_rows() if r[0].value == "Emotion (-2..+2)")
    assert [c.value for c in emotion[1:4]] == [-0.5, 0, -1.5]
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage


def test_touchpoints_sheet_is_a_filterable_table_with_every_attribute(rich):
    _, ids, wb = rich
    ws = wb["Touchpoints"]
    assert ws.freeze_panes == "A2"
    (table,) = ws.tables.values()
    assert table.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}6"
    assert table.autoFilter is not None
    header = [c.value for c in ws[1]]
    assert "Journey" not in header  # one journey: no column repeating its name
    for title in ("Stage", "Touchpoint", "Channel", "Owner", "Customer goal", "Expectation",
                  "Pain points", "Opportunities", "Emotion -2..+2", "Importance 1-5",
                  "Volume / month", "Proactive", "Moment of truth", "Entry", "Exit",
                  "Target CSAT", "Target NPS", "Target CES", "Notes", "ID"):  # fmt: skip
        assert title in header
    records = [dict(zip(header, row, strict=True)) for row in rows_of(ws)[1:]]
    record = next(r for r in records if r["ID"] == ids["app"])
    assert record["Touchpoint"] == "App" and record["Stage"] == "Use & support"
    assert record["Channel"] == "App" and record["Importance 1-5"] == 4
    assert record["Moment of truth"] == "yes" and record["Volume / month"] == 1200
    assert record["Target NPS"] == 20 and record["Target CES"] == 5.5
    assert record["Target CSAT"] is None
    app_row = 2 + [r["ID"] for r in records].index(ids["app"])
    assert ws.cell(app_row, column(ws, "Target CES")).number_format == "0.00"
    assert ws.cell(app_row, column(ws, "Volume / month")).number_format == "#,##0"
    assert all(c.font.b for c in ws[1])


def test_gaps_are_ranked_with_live_formulas_and_traffic_light_rules(rich):
    doc, ids, wb = rich
    ws = wb["Gaps"]
    report = gap_report(doc.journey(ids["journey"]))
    header = [c.value for c in ws[1]]
    rows = rows_of(ws)[1:]
    assert [(r[header.index("Touchpoint")], r[header.index("Metric")].split()[0].lower())
            for r in rows] == [(g.touchpoint, g.metric) for g in report]  # fmt: skip
    at = {t: ws.cell(1, column(ws, t)).column_letter for t in header}
    target, measured, gap, share = at["Target"], at["Measured"], at["Gap"], at["Gap % of scale"]
    for n, g in enumerate(report, 2):
        assert ws[f"{gap}{n}"].value == (
            f'=IF(AND(ISNUMBER({measured}{n}),ISNUMBER({target}{n})),{measured}{n}-{target}{n},"")'
        )
        assert ws[f"{at['Priority']}{n}"].value.startswith(f"=IF(ISNUMBER({share}{n}),ROUND(")
        assert ws[f"{at['n']}{n}"].value == g.n
        assert ws[f"{at['Low n (<30)']}{n}"].value == ("yes" if g.low_confidence else "no")
        if g.measured is not None:
            assert ws[f"{measured}{n}"].value == pytest.approx(g.measured)
    first = report[0]
    assert ws[f"{gap}2"].number_format == {"csat": '+0.0" pp";-0.0" pp";0.0" pp"',
                                           "nps": "+0.0;-0.0;0.0",
                                           "ces": "+0.00;-0.00;0.00"}[first.metric]  # fmt: skip
    rules = {str(rng.sqref): [r.type for r in rng.rules] for rng in ws.conditional_formatting}
    last = len(report) + 1
    assert rules[f"{gap}2:{gap}{last}"] == ["expression"] * 4
    assert rules[f"{share}2:{share}{last}"] == ["iconSet"]
    assert rules[f"{at['Priority']}2:{at['Priority']}{last}"] == ["dataBar"]
    formulas = [r.formula[0] for rng in ws.conditional_formatting for r in rng.rules if r.formula]
    assert f"AND(ISNUMBER(${share}2),${share}2<-0.1)" in formulas  # red
    assert ws.freeze_panes == "A2" and "Gaps" in ws.tables


def test_the_priority_formula_computes_what_the_model_computes(rich):
    """Evaluate the exported formulas by hand for each row: same numbers as the model."""
    doc, ids, wb = rich
    ws = wb["Gaps"]
    header = [c.value for c in ws[1]]
    widths = {"CSAT %": 100, "NPS": 200, "CES": 6}
    for row, g in zip(rows_of(ws)[1:], gap_report(doc.journey(ids["journey"])), strict=True):
        record = dict(zip(header, row, strict=True))
        if record["Target"] is None or record["Measured"] is None:
            assert g.priority == 0
            continue
        share = (record["Measured"] - record["Target"]) / widths[record["Metric"]]
        expected = round(max(0, -share) * 100 * record["Importance"] * record["Volume weight"], 2)
        assert expected == pytest.approx(g.priority)


def test_crossings_and_paths_name_the_touchpoints(rich):
    _, _, wb = rich
    crossings = rows_of(wb["Handoffs & channel breaks"])
    kinds = {r[0] for r in crossings[1:]}
    assert kinds == {"Handoff", "Channel break"}
    assert ["Handoff", "Confirmation", "Technician visit", "Service team", "Field technicians"] \
        in [r[:5] for r in crossings]  # fmt: skip
    paths = rows_of(wb["Paths"])
    kinds = [r[0] for r in paths[1:]]
    assert kinds[0] == "Worst path (lowest mean satisfaction)" and "Path 1" in kinds
    assert "Loop (repeat contact)" in kinds
    loop = paths[kinds.index("Loop (repeat contact)") + 1]
    assert loop[-1] == "App → Hotline again"
    assert "Call hotline → Confirmation → Technician visit" in paths[1][-1]


def test_charts_sheet_holds_a_bar_chart_of_gaps_and_a_line_chart_of_emotions(rich):
    _, _, wb = rich
    ws = wb["Charts"]
    kinds = sorted(type(c).__name__ for c in ws._charts)
    assert kinds == ["BarChart", "LineChart"]
    bar = next(c for c in ws._charts if isinstance(c, BarChart))
    line = next(c for c in ws._charts if isinstance(c, LineChart))
    assert bar.type == "bar" and len(bar.series[0].dPt) == 4  # one coloured bar each
    assert line.y_axis.scaling.min == -2 and line.y_axis.scaling.max == 2
    data = rows_of(ws)
    assert data[1][:3] == ["Touchpoint", "Gap (% of scale)", "Metric"]
    assert data[2][0] == "Hotline again" and data[2][1] == pytest.approx(-0.5167, abs=1e-3)
    assert [r[4] for r in data[2:5]] == ["Booking", "Installation", "Use & support"]


def test_user_text_is_never_a_formula(tmp_path):
    """Names, owners and notes starting with =, +, -, @, a tab or a CR stay text
    everywhere, with the quote prefix that keeps them text when edited."""
    doc, stack, ids = small_document()
    for tp_id, nasty in zip((ids["call"], ids["mail"], ids["tech"]), NASTY, strict=False):
        stack.push(SetFields(tp_id, {"name": nasty, "owner": nasty, "notes": nasty}))
    stack.push(SetFields(ids["journey"], {"name": NASTY[3]}))
    stack.push(SetFields(ids["booking"], {"name": NASTY[4]}))
    stack.push(SetFields(ids["persona"], {"name": NASTY[5]}))
    path = tmp_path / "nasty.xlsx"
    export_workbook(doc, path)
    wb = load_workbook(path)
    expected = {clean_text(n) for n in NASTY}  # a CR reads back as a line break
    found = set()
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert ws.title == "Gaps", (ws.title, cell.coordinate, cell.value)
                    continue
                if isinstance(cell.value, str) and cell.value in expected:
                    assert cell.data_type == "s", cell.coordinate
                    assert cell.quotePrefix == cell.value.startswith(FORMULA_STARTS)
                    found.add(cell.value)
    assert found == expected


def test_several_journeys_share_the_sheets_with_a_journey_column(tmp_path):
    doc, stack, _ = rich_document()
    second = Journey("Cancellation", state="to-be")
    stack.push(AddObject(second))
    stage = Stage("Leave")
    stack.push(AddObject(stage, second.id))
    stack.push(AddObject(Touchpoint(stage.id, name="Cancel online", targets={"csat": 70.0}),
                         second.id))  # fmt: skip
    path = tmp_path / "both.xlsx"
    export_workbook(doc, path)
    wb = load_workbook(path)
    overview = rows_of(wb["Overview"])
    assert overview[3][:3] == ["Journey", "Installation", "Cancellation"]
    for title in ("Touchpoints", "Gaps", "Handoffs & channel breaks", "Paths"):
        assert "Journey" in [c.value for c in wb[title][1]], title
    tps = wb["Touchpoints"]
    journeys = [r[0] for r in rows_of(tps)[1:]]
    assert journeys.count("Installation") == 5 and journeys.count("Cancellation") == 1
    titles = [r[0] for r in rows_of(wb["Map"])]
    assert "Installation (as-is)" in titles and "Cancellation (to-be)" in titles
    # each journey's map starts a new printed page
    assert [b.id for b in wb["Map"].row_breaks.brk] == [titles.index("Cancellation (to-be)")]
    assert len(wb["Charts"]._charts) == 3  # the new journey has no gaps to chart yet
    export_workbook(doc, tmp_path / "one.xlsx", journeys=[second])
    one = load_workbook(tmp_path / "one.xlsx")
    assert [r[1] for r in rows_of(one["Touchpoints"])[1:]] == ["Cancel online"]


def test_a_segment_keeps_only_its_measurements(tmp_path):
    doc, _, _ = rich_document()
    export_workbook(doc, tmp_path / "b.xlsx", view=FigureView("Business"))
    ws = load_workbook(tmp_path / "b.xlsx")["Gaps"]
    header = [c.value for c in ws[1]]
    measured = {r[header.index("Touchpoint")]: r[header.index("n")] for r in rows_of(ws)[1:]}
    assert measured["Hotline again"] == 18 and measured["Technician visit"] == 0
    overview = {r[0]: r[1] for r in rows_of(load_workbook(tmp_path / "b.xlsx")["Overview"])}
    assert overview["Segment"] == "Business"


def test_traffic_light_thresholds():
    assert [light(s) for s in (None, -0.2, -0.1, -0.05, 0.0, 0.3)] == [
        "grey", "red", "amber", "amber", "green", "green"
    ]  # fmt: skip


@settings(max_examples=25)
@given(documents())
def test_any_document_exports_and_reopens(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("any") / "any.xlsx"
    export_workbook(doc, path, language="en")  # German journeys write German sheet names
    wb = load_workbook(path)
    notes = ["Notes"] if any(j.lanes for j in doc.journeys) else []  # after Touchpoints
    assert wb.sheetnames == [*SHEETS[:3], *notes, *SHEETS[3:]]
    texts = {clean_text(n.text) for j in doc.journeys for n in j.notes if n.lane_id} - {""}
    if notes:
        ws = wb["Notes"]
        assert texts <= {c.value for c in ws[ws.cell(1, column(ws, "Note")).column_letter][1:]}
    names = {clean_text(tp.name) for j in doc.journeys for tp in j.touchpoints} - {""}
    ws = wb["Touchpoints"]
    written = {c.value for c in ws[ws.cell(1, column(ws, "Touchpoint")).column_letter][1:]}
    assert names <= written


@pytest.mark.parametrize("sample", list_samples(), ids=lambda s: f"{s.name}.{s.language}")
def test_every_sample_exports(tmp_path, sample):
    from journeymap.storage import open_document

    doc = open_document(sample.path)
    export_workbook(doc, tmp_path / "sample.xlsx")
    wb = load_workbook(tmp_path / "sample.xlsx")
    gaps = sum(len(gap_report(j)) for j in doc.journeys)
    gaps_sheet = {"en": "Gaps", "de": "Lücken"}[sample.language]
    assert wb[gaps_sheet].max_row == max(gaps, 1) + 1


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "journeymap", *map(str, args)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_cli_export_writes_the_workbook_and_explains_mistakes(tmp_path):
    doc, _, _ = rich_document()
    source = tmp_path / "journey.jmap"
    save_document(doc, source)
    out = tmp_path / "report.xlsx"
    result = run_cli("export", source, "--xlsx", out, "--journey", "installation")
    assert result.returncode == 0, result.stderr
    assert f"Wrote {out}" in result.stdout
    assert load_workbook(out).sheetnames == SHEETS
    for args, message in (
        ((), "nothing to export: add --xlsx OUT.xlsx or --template OUT.xlsx"),
        (("--xlsx", tmp_path / "r.xlsx", "--journey", "nope"), "no journey called “nope”"),
        (("--xlsx", tmp_path / "r.csv"), "--xlsx writes .xlsx files"),
        (("--xlsx", tmp_path / "r.xlsx", "--segment", "Nobody"), "no segment called “Nobody”"),
    ):
        result = run_cli("export", source, *args)
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


def test_other_export_formats_plug_into_the_same_command(tmp_path, capsys):
    written = []

    def write_png(doc, journeys, out, args):
        written.append((out.name, [j.name for j in journeys]))

    import argparse

    parser = argparse.ArgumentParser(prog="journeymap")
    sub = parser.add_subparsers()
    add_parsers(sub, [ExportFormat("--png", "OUT.png", "the map as a picture", write_png)])
    doc, _, _ = small_document()
    source = tmp_path / "j.json"
    save_document(doc, source)
    args = parser.parse_args(["export", str(source), "--png", str(tmp_path / "map.png")])
    assert args.run(args) == 0
    assert written == [("map.png", ["Installation"])]
    assert "--png" not in build_parser().format_help()  # the real parser is unchanged
