"""Lanes and notes in the workbooks: the Map sheet's lane rows, the Notes sheet, and new
notes typed into the fill-in template's Notes sheet and read back by import-xlsx."""

import copy
import datetime as dt
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.chart import LineChart

from journeymap.excel.fillin import plan_xlsx_import
from journeymap.excel.formats import LIGHT_FILLS
from journeymap.excel.template import FIRST_ROW, export_template
from journeymap.excel.workbook import export_workbook
from journeymap.model import (
    AddObject,
    CommandStack,
    Journey,
    Lane,
    Measurement,
    Note,
    SetFields,
    Stage,
)
from tests.builders import small_document

TODAY = dt.date(2026, 3, 14)


def laned_document():
    """small_document with a lane of most kinds, top to bottom, and a few notes."""
    doc, stack, ids = small_document()
    journey = ids["journey"]
    kinds = ("actions", "touchpoints", "emotion", "metrics", "line_of_interaction",
             "pain_points", "opportunities", "backstage")  # fmt: skip
    lanes = {kind: Lane(kind, "") for kind in kinds}
    lanes["pain_points"].name = "Pain points"
    lanes["backstage"].visible = False
    for lane in lanes.values():
        stack.push(AddObject(lane, journey))
    book, visit = ids["booking"], ids["visit"]
    notes = [
        Note(lanes["pain_points"].id, book, "Nobody answers", votes=1),
        Note(
            lanes["pain_points"].id,
            book,
            "Waits 20 minutes",
            votes=3,
            colour="#f4a7a7",
            touchpoint_ids=[ids["call"], ids["mail"]],
        ),
        Note(lanes["actions"].id, book, "Calls the hotline"),
        Note(lanes["actions"].id, visit, "=Lets the technician in"),
        Note(lanes["opportunities"].id, visit, "SMS with the arrival window", votes=5),
        Note(lanes["backstage"].id, visit, "Dispatch plans the route"),
    ]
    for note in notes:
        stack.push(AddObject(note, journey))
    ids.update({f"lane:{kind}": lane.id for kind, lane in lanes.items()})
    return doc, stack, ids


def map_rows(ws):
    """The Map sheet's rows as {label in column A: (row number, values of B..)}."""
    rows = {}
    for row in ws.iter_rows(min_row=1):
        label = row[0].value
        if label is not None and label not in rows:
            rows[label] = (row[0].row, [c.value for c in row[1:3]])
    return rows


@pytest.fixture
def book(tmp_path):
    doc, _, ids = laned_document()
    path = tmp_path / "lanes.xlsx"
    export_workbook(doc, path, today=TODAY)
    return load_workbook(path), ids


def test_the_map_draws_the_visible_lanes_in_their_order_under_the_stages(book):
    wb, _ = book
    ws = wb["Map"]
    rows = map_rows(ws)
    labels = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value]
    assert labels[:3] == ["Installation (as-is)", "Card colours", "Stage"]
    assert labels[3:] == [
        "Customer actions",
        "Touchpoints",
        "Emotion curve\n(-2..+2)",
        "Figures: CSAT %",
        "Line of interaction",
        "Pain points",
        "Opportunities",
    ]  # the hidden backstage lane is left out, with its note
    assert rows["Customer actions"][1] == ["• Calls the hotline", "• =Lets the technician in"]
    assert ws.cell(rows["Customer actions"][0], 3).quotePrefix is False  # "•" leads
    pains = rows["Pain points"]
    assert pains[1] == ["• Nobody answers (1 vote)\n• Waits 20 minutes (3 votes)", None]
    assert ws.cell(pains[0], 2).alignment.wrap_text
    assert ws.row_dimensions[pains[0]].height >= 30  # both notes show
    assert rows["Opportunities"][1] == [None, "• SMS with the arrival window (5 votes)"]
    # the cards are today's, in the touchpoint lane's row
    assert rows["Touchpoints"][1][0].startswith("Call hotline")
    assert "Dispatch plans the route" not in str([c.value for r in ws.iter_rows() for c in r])


def test_the_emotion_lane_has_its_values_and_a_line_chart_beneath_its_stage_columns(book):
    wb, _ = book
    ws = wb["Map"]
    row, values = map_rows(ws)["Emotion curve\n(-2..+2)"]
    assert values == [0, 0]
    (chart,) = ws._charts
    assert isinstance(chart, LineChart)
    anchor = chart.anchor
    # from column A (the scale's labels) to the end of the last stage's column, right
    # under the values; its plot area starts where column A ends
    assert (anchor._from.col, anchor._from.row) == (0, row)
    assert anchor.to.col == 3 and anchor.to.row > row + 4
    inner = chart.layout.manualLayout
    width_a, width_stage = ws.column_dimensions["A"].width, ws.column_dimensions["B"].width
    share = (width_a * 7 + 5) / (width_a * 7 + 5 + 2 * (width_stage * 7 + 5))
    assert inner.x == pytest.approx(share) and inner.x + inner.w == pytest.approx(1)
    (series,) = chart.series
    assert series.val.numRef.f == f"'Map'!$B${row}:$C${row}"
    below = map_rows(ws)["Figures: CSAT %"][0]
    assert below > anchor.to.row  # the next lane starts below the chart


def test_the_metrics_lane_shows_each_stages_weighted_figures_in_traffic_lights(tmp_path):
    doc, stack, ids = laned_document()
    # Booking: the hotline (CSAT 76.7 of target 80, volume 300) and the confirmation
    # (CSAT 40 of target 80, volume 100): weighted 67.6, gap -12.4, red
    stack.push(SetFields(ids["call"], {"volume": 300}))
    stack.push(SetFields(ids["mail"], {"volume": 100, "targets": {"csat": 80.0}}))
    stack.push(AddObject(Measurement(ids["mail"], "csat", {2: 6, 4: 4}), ids["journey"]))
    stack.push(SetFields(ids["tech"], {"targets": {"csat": 90.0}}))  # not measured yet
    path = tmp_path / "figures.xlsx"
    export_workbook(doc, path, today=TODAY)
    ws = load_workbook(path)["Map"]
    row, (booking, visit) = map_rows(ws)["Figures: CSAT %"]
    hotline, confirmation = 33 / 43 * 100, 40.0
    weighted = (hotline * 300 + confirmation * 100) / 400
    assert booking == f"✕ {weighted:.1f}\nn 53 · gap {weighted - 80:+.1f} pp"  # far below
    assert ws.cell(row, 2).fill.start_color.rgb == "00" + LIGHT_FILLS["red"]
    assert visit == "– no data"
    assert ws.cell(row, 3).fill.start_color.rgb == "00" + LIGHT_FILLS["grey"]
    assert "Figures: NPS" not in map_rows(ws)  # no NPS anywhere in the journey


def test_a_blueprint_line_is_a_labelled_ruled_row(book):
    wb, _ = book
    ws = wb["Map"]
    row, values = map_rows(ws)["Line of interaction"]
    assert values == [None, None]
    for column in (1, 2, 3):
        assert ws.cell(row, column).border.bottom.style == "mediumDashed"


def test_the_notes_sheet_lists_every_note_as_a_table_by_lane_stage_and_votes(book):
    wb, _ = book
    assert wb.sheetnames[:4] == ["Overview", "Map", "Touchpoints", "Notes"]
    ws = wb["Notes"]
    (table,) = ws.tables.values()
    assert table.ref == f"A1:G{ws.max_row}"
    header = [c.value for c in ws[1]]
    assert header == ["Lane", "Stage", "Note", "Votes", "Colour", "Touchpoints", "ID"]
    rows = [[c.value for c in row[:6]] for row in ws.iter_rows(min_row=2)]
    assert rows == [
        ["Customer actions", "Booking", "Calls the hotline", 0, None, None],
        ["Customer actions", "Installation", "=Lets the technician in", 0, None, None],
        ["Pain points", "Booking", "Waits 20 minutes", 3, "#f4a7a7",
         "Call hotline, Confirmation"],
        ["Pain points", "Booking", "Nobody answers", 1, None, None],
        ["Opportunities", "Installation", "SMS with the arrival window", 5, None, None],
        ["Backstage", "Installation", "Dispatch plans the route", 0, None, None],
    ]  # fmt: skip
    text = ws["C3"]
    assert text.data_type == "s" and text.quotePrefix  # stays text when edited
    assert ws["E4"].fill.start_color.rgb == "00F4A7A7"


def test_the_notes_sheet_names_the_journey_when_several_share_it(tmp_path):
    doc, stack, _ = laned_document()
    other = Journey("Second")
    stack.push(AddObject(other))
    path = tmp_path / "two.xlsx"
    export_workbook(doc, path, today=TODAY)
    ws = load_workbook(path)["Notes"]
    assert [c.value for c in ws[1]][:2] == ["Journey", "Lane"]
    assert {row[0].value for row in ws.iter_rows(min_row=2)} == {"Installation"}


def test_a_journey_without_lanes_keeps_todays_map_and_no_notes_sheet(tmp_path):
    doc, _, _ = small_document()
    path = tmp_path / "plain.xlsx"
    export_workbook(doc, path, today=TODAY)
    wb = load_workbook(path)
    assert "Notes" not in wb.sheetnames
    ws = wb["Map"]
    labels = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value]
    assert labels == ["Installation (as-is)", "Card colours", "Stage", "Touchpoints",
                      "Emotion (-2..+2)", "Satisfaction (mean)"]  # fmt: skip
    assert not ws._charts


# ---- the fill-in template's Notes sheet, and reading new notes back ----


def note_template(tmp_path, doc):
    path = tmp_path / "fill.xlsx"
    export_template(doc, path)
    return path


def note_rows_by_place(ws):
    """Row numbers of the Notes sheet by (lane id, stage id), the hidden columns A, B."""
    return {(ws.cell(r, 1).value, ws.cell(r, 2).value): r for r in range(4, ws.max_row + 1)}


def type_notes(path, typed, fill_in=None):
    """Type into the Notes sheet as a stakeholder would: {(lane id, stage id): text} into
    the input column, or {cell reference: value} for any other cell; and into the
    Fill-in sheet {(touchpoint id, key): value}."""
    wb = load_workbook(path)
    ws = wb["Notes"]
    at = {c.value: c.column_letter for c in ws[1] if c.value}
    rows = note_rows_by_place(ws)
    for place, value in typed.items():
        ref = place if isinstance(place, str) else f"{at['new']}{rows[place]}"
        ws[ref] = value
    sheet = wb["Fill-in"]
    keys = {c.value: c.column for c in sheet[1] if c.value}
    tps = {sheet.cell(r, 1).value: r for r in range(FIRST_ROW, sheet.max_row + 1)}
    for (tp_id, key), value in (fill_in or {}).items():
        sheet.cell(tps[tp_id], keys[key]).value = value
    out = path.with_name("filled.xlsx")
    wb.save(out)
    return out


def test_the_fill_in_template_has_a_notes_sheet_of_lane_by_stage(tmp_path):
    doc, _, ids = laned_document()
    wb = load_workbook(note_template(tmp_path, doc))
    assert wb.sheetnames == ["Fill-in", "Notes", "Instructions"]
    ws = wb["Notes"]
    assert ws.row_dimensions[1].hidden and ws.column_dimensions["A"].hidden
    assert [c.value for c in ws[3]][2:] == ["Lane", "Stage", "Notes so far",
                                           "New notes (one per line)"]  # fmt: skip
    rows = note_rows_by_place(ws)
    note_lanes = ["actions", "pain_points", "opportunities", "backstage"]
    assert list(rows) == [(ids[f"lane:{k}"], s) for k in note_lanes
                          for s in (ids["booking"], ids["visit"])]  # fmt: skip
    pains = rows[ids["lane:pain_points"], ids["booking"]]
    assert [c.value for c in ws[pains]][2:] == [
        "Pain points", "Booking", "• Nobody answers (1 vote)\n• Waits 20 minutes (3 votes)", None
    ]  # fmt: skip
    assert ws.protection.sheet
    assert not ws.cell(pains, 6).protection.locked and ws.cell(pains, 5).protection.locked
    instructions = " ".join(str(r[0]) for r in wb["Instructions"].iter_rows(values_only=True))
    assert "one note per line" in instructions


def test_a_template_without_lanes_of_notes_has_no_notes_sheet(tmp_path):
    doc, _, _ = small_document()
    wb = load_workbook(note_template(tmp_path, doc))
    assert wb.sheetnames == ["Fill-in", "Instructions"]
    instructions = " ".join(str(r[0]) for r in wb["Instructions"].iter_rows(values_only=True))
    assert "Notes sheet" not in instructions


def test_new_notes_come_back_as_one_undo_step_with_the_other_edits(tmp_path):
    doc, _, ids = laned_document()
    before = copy.deepcopy(doc)
    pains, book = ids["lane:pain_points"], ids["booking"]
    opportunities, visit = ids["lane:opportunities"], ids["visit"]
    typed = {
        (pains, book): "Hold music too loud\n\n  =1+1 is not a formula  \n",
        (opportunities, visit): "Call back instead of waiting",
    }
    path = type_notes(note_template(tmp_path, doc), typed, fill_in={(ids["call"], "importance"): 5})
    command, errors, summary = plan_xlsx_import(doc, path, today=TODAY)
    assert errors == [] and command is not None
    assert doc == before  # planning changes nothing
    assert summary.notes_added == 3
    assert str(summary).endswith("; 3 new notes added")
    assert "Pain points, Booking: new note “Hold music too loud”" in summary.changes
    stack = CommandStack(doc)
    stack.push(command)
    assert stack.texts() == ["Import filled.xlsx"]
    journey = doc.journey(ids["journey"])
    assert [(n.text, n.votes) for n in journey.notes if n.lane_id == pains] == [
        ("Nobody answers", 1), ("Waits 20 minutes", 3),
        ("Hold music too loud", 0), ("=1+1 is not a formula", 0),
    ]  # fmt: skip
    added = journey.notes[-1]
    assert (added.lane_id, added.stage_id) == (opportunities, visit)
    assert added.text == "Call back instead of waiting"
    assert doc.get(ids["call"]).importance == 5
    stack.undo()
    assert doc == before


def test_notes_alone_are_an_import_too(tmp_path):
    doc, _, ids = laned_document()
    path = type_notes(note_template(tmp_path, doc), {(ids["lane:actions"], ids["visit"]): "Waits"})
    command, errors, summary = plan_xlsx_import(doc, path)
    assert errors == [] and command is not None
    assert str(summary) == "filled.xlsx: 3 touchpoint rows read; 1 new note added"


def test_bad_note_cells_are_each_named_and_nothing_is_applied(tmp_path):
    doc, _, ids = laned_document()
    before = copy.deepcopy(doc)
    template = note_template(tmp_path, doc)
    rows = note_rows_by_place(load_workbook(template)["Notes"])
    actions = rows[ids["lane:actions"], ids["booking"]]
    pains = rows[ids["lane:pain_points"], ids["booking"]]
    chances = rows[ids["lane:opportunities"], ids["visit"]]
    typed = {
        # the hidden lane id changed to the emotion lane's, which holds no notes
        f"A{actions}": ids["lane:emotion"],
        f"F{actions}": "A note",
        f"A{pains}": "no-such-lane",
        f"F{pains}": "Another",
        f"B{chances}": ids["booking"] + "x",
        f"F{chances}": "A third",
        (ids["lane:backstage"], ids["visit"]): "Fine on its own",
    }
    path = type_notes(template, typed, fill_in={(ids["call"], "importance"): 5})
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None
    by_cell = {e.cell: str(e.reason) for e in errors if e.sheet == "Notes"}
    assert by_cell[f"A{actions}"] == (
        "“Emotion curve” is not a lane of notes; type notes into a notes lane"
    )
    assert by_cell[f"A{pains}"] == "unknown lane id “no-such-lane” (from another journey file?)"
    assert by_cell[f"B{chances}"].startswith("unknown stage id")
    assert len(by_cell) == 3
    assert doc == before


def test_a_template_written_before_notes_still_reads(tmp_path):
    doc, _, _ = laned_document()
    wb = load_workbook(note_template(tmp_path, doc))
    del wb["Notes"]  # as the template was before this sheet
    wb["Fill-in"]["F5"] = 1  # the importance of the first touchpoint
    path = tmp_path / "old.xlsx"
    wb.save(path)
    command, errors, summary = plan_xlsx_import(doc, path)
    assert errors == [] and command is not None
    assert summary.notes_added == 0 and summary.cells_changed == 1


def test_merged_note_cells_are_refused_rather_than_read_blank(tmp_path):
    doc, _, _ = laned_document()
    path = type_notes(note_template(tmp_path, doc), {})
    wb = load_workbook(path)
    wb["Notes"].protection.sheet = False
    wb["Notes"].merge_cells("E5:F6")  # only E5 keeps its value: F5 would read blank
    wb.save(path)
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None
    assert [(e.sheet, e.cell, str(e.reason)) for e in errors] == [
        ("Notes", "E5:F6", "merged cells: only the first keeps its value, unmerge them")
    ]


def test_several_journeys_share_the_notes_sheet_with_a_journey_column(tmp_path):
    doc, stack, _ = laned_document()
    other = Journey("Second")
    stack.push(AddObject(other))
    stack.push(AddObject(Stage("Only stage"), other.id))
    stack.push(AddObject(Lane("thoughts", "Thoughts"), other.id))
    ws = load_workbook(note_template(tmp_path, doc))["Notes"]
    assert [c.value for c in ws[1]][2] == "journey"
    last = [c.value for c in ws[ws.max_row]][2:6]
    assert last == ["Second", "Thoughts", "Only stage", None]


_TYPED = st.one_of(
    st.none(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
    st.sampled_from(["a\nb", "\n\n", "=1+1", "  ", "_x000D_", "x" * 200]),
)


@pytest.fixture(scope="module")
def notes_template_bytes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("notes-fuzz")
    doc, _, _ = laned_document()
    path = folder / "base.xlsx"
    export_template(doc, path)
    return doc, path.read_bytes(), folder


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 8), st.integers(0, 5), _TYPED), max_size=8))
def test_whatever_is_typed_into_the_notes_sheet_gives_cell_errors_or_notes(
    notes_template_bytes, edits
):
    doc, data, folder = notes_template_bytes
    doc = copy.deepcopy(doc)
    wb = load_workbook(io.BytesIO(data))
    ws = wb["Notes"]
    for row, column, value in edits:
        ws.cell(4 + row, 1 + column).value = value
    path = folder / "typed.xlsx"
    wb.save(path)
    before = copy.deepcopy(doc)
    command, errors, summary = plan_xlsx_import(doc, path)
    assert doc == before
    if errors:
        assert command is None
        assert all(str(e).startswith("Notes!") for e in errors)
        return
    assert (command is None) == (summary.notes_added == 0)
    if command is not None:
        stack = CommandStack(doc)
        stack.push(command)  # the model takes every note the reader let through
        assert len(doc.journey(doc.journeys[0].id).notes) == len(before.journeys[0].notes) + (
            summary.notes_added
        )
        stack.undo()
        assert doc == before
