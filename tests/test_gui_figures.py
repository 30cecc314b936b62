"""The map follows the segment and survey chosen in the gap table: badges, heat map,
inspector, charts and exports count the same respondents, each once (issue 12)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from journeymap.model import Document, Journey, Measurement, Stage, Touchpoint
from journeymap.model.commands import replace_measurements
from journeymap.model.figures import FigureView
from journeymap.model.report import gap_report
from journeymap.storage import save_document
from journeymap.ui.numbers import signed
from tests.test_gui_legend import svg_texts


def survey_document(tmp_path):
    """A journey whose hotline survey was split by customer type (Business, Private and
    blank cells), a second survey wave of the hotline, and an app measured without a
    target."""
    stage = Stage("Use")
    hotline = Touchpoint(stage.id, "Hotline", channel="phone", targets={"csat": 80.0})
    app = Touchpoint(stage.id, "App", channel="app", y=130.0)
    measurements = [
        Measurement(hotline.id, "csat", {1: 20, 4: 30, 5: 10}, "Business", "wave1.csv"),
        Measurement(hotline.id, "csat", {2: 10, 5: 50}, "Private", "wave1.csv"),
        Measurement(hotline.id, "csat", {3: 5, 5: 5}, "", "wave1.csv", segmented=True),
        Measurement(hotline.id, "csat", {4: 40}, "", "wave2.csv"),
        Measurement(app.id, "csat", {3: 9, 4: 30, 5: 11}, "", "wave1.csv"),
    ]
    journey = Journey("Support", stages=[stage], touchpoints=[hotline, app],
                      measurements=measurements)  # fmt: skip
    path = tmp_path / "support.jmap"
    save_document(Document([], [journey]), path)
    return path, hotline, app


def badge(window, tp_id: str) -> str:
    return window.canvas.scene.cards[tp_id].look.rating_text


def choose(qtbot, window, combo, text: str) -> None:
    """Pick an entry of one of the gap table's choice boxes the way a person does: open
    its list and click the entry."""
    combo.showPopup()
    listing = combo.view()
    qtbot.waitUntil(listing.isVisible)
    index = combo.model().index(combo.findText(text), 0)
    with qtbot.waitSignal(window.editor.settled):
        QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                         pos=listing.visualRect(index).center())  # fmt: skip
    assert combo.currentText() == text


def test_the_map_badges_follow_the_segment_chosen_in_the_gap_table(qtbot, window, tmp_path):
    path, hotline, app = survey_document(tmp_path)
    with qtbot.waitSignal(window.editor.settled):
        assert window.open_path(path)
    journey = window.editor.journey
    dock = window.gap_table
    overall = next(r for r in gap_report(journey) if r.touchpoint_id == hotline.id)
    # every respondent once: 60 + 60 + 10 of wave 1, 40 of wave 2
    assert overall.n == 170
    assert badge(window, hotline.id) == f"CSAT {signed(overall.gap)}"
    assert badge(window, app.id) == "CSAT 82.0 %"  # measured, no target: the figure itself

    choose(qtbot, window, dock.segment, "Business")
    business = next(r for r in dock.model.rows if r.touchpoint_id == hotline.id)
    assert (business.n, round(business.measured, 6)) == (60, round(40 / 60 * 100, 6))
    assert badge(window, hotline.id) == f"CSAT {signed(business.gap)}"
    assert badge(window, app.id) == ""  # no Business answers for the app
    assert window.canvas.map_options().view == FigureView("Business")
    assert window.exporter.svg(tmp_path / "business.svg")
    texts = svg_texts(tmp_path / "business.svg")
    assert "Segment: Business" in texts and f"CSAT {signed(business.gap)}" in texts
    assert window.canvas.view.legend.texts()[0] == "Segment: Business"  # and in the window

    choose(qtbot, window, dock.segment, "Segment unknown")
    unknown = next(r for r in dock.model.rows if r.touchpoint_id == hotline.id)
    assert unknown.n == 10

    choose(qtbot, window, dock.segment, "All respondents")
    assert badge(window, hotline.id) == f"CSAT {signed(overall.gap)}"


def test_two_surveys_are_pooled_and_each_can_be_chosen(qtbot, window, tmp_path):
    path, hotline, _ = survey_document(tmp_path)
    with qtbot.waitSignal(window.editor.settled):
        assert window.open_path(path)
    dock = window.gap_table
    assert not dock.source.isHidden()  # two surveys: there is one to choose
    assert "2 surveys pooled" in dock.summary.text()
    choose(qtbot, window, dock.source, "wave2.csv")
    (row,) = [r for r in dock.model.rows if r.touchpoint_id == hotline.id]
    assert (row.n, row.measured, row.gap) == (40, 100.0, 20.0)
    assert badge(window, hotline.id) == "CSAT +20.0"
    assert "surveys pooled" not in dock.summary.text()


def test_the_inspector_names_each_survey_and_what_the_figure_counts(qtbot, window, tmp_path):
    path, hotline, _ = survey_document(tmp_path)
    with qtbot.waitSignal(window.editor.settled):
        assert window.open_path(path)
    card = window.canvas.scene.cards[hotline.id]
    view = window.canvas.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(card.sceneBoundingRect().center()))  # fmt: skip
    assert window.editor.selection == [hotline.id]
    page = window.inspector.stack.currentWidget()
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "n = 170" in texts and "2 surveys" in texts
    assert "wave1.csv" in texts and "Segment unknown" in texts and "Private" in texts


def test_another_document_counts_every_respondent_again(qtbot, window, tmp_path):
    path, hotline, _ = survey_document(tmp_path)
    with qtbot.waitSignal(window.editor.settled):
        assert window.open_path(path)
    choose(qtbot, window, window.gap_table.segment, "Business")
    with qtbot.waitSignal(window.editor.settled):
        assert window.open_path(path)
    assert window.gap_table.segment.currentText() == "All respondents"
    assert window.canvas.view.legend.texts()[0] == "Badge: gap to target"
    assert next(r for r in window.gap_table.model.rows if r.touchpoint_id == hotline.id).n == 170


def test_a_survey_offers_only_its_own_segments(qtbot, window, tmp_path):
    path, hotline, _ = survey_document(tmp_path)
    with qtbot.waitSignal(window.editor.settled):
        assert window.open_path(path)
    dock = window.gap_table
    choose(qtbot, window, dock.segment, "Business")
    choose(qtbot, window, dock.source, "wave2.csv")  # wave 2 was not split by segment
    assert window.editor.figure_view == FigureView(None, "wave2.csv")
    assert [dock.segment.itemText(i) for i in range(dock.segment.count())] == ["All respondents"]
    assert next(r for r in dock.model.rows if r.touchpoint_id == hotline.id).n == 40


def test_undoing_the_import_of_the_chosen_segment_counts_everyone_again(qtbot, window, tmp_path):
    path, hotline, _ = survey_document(tmp_path)
    with qtbot.waitSignal(window.editor.settled):
        assert window.open_path(path)
    journey = window.editor.journey
    extra = Measurement(hotline.id, "csat", {5: 7}, "Students", "wave3.csv")
    with qtbot.waitSignal(window.editor.settled):
        window.editor.push(replace_measurements(window.editor.doc, journey.id, [extra]))
    choose(qtbot, window, window.gap_table.segment, "Students")
    with qtbot.waitSignal(window.editor.figure_view_changed):
        window.editor.undo_stack.undo()
    assert window.editor.figure_view == FigureView()
    qtbot.waitUntil(lambda: window.gap_table.segment.currentText() == "All respondents")
    assert badge(window, hotline.id).startswith("CSAT")
