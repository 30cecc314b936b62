"""The welcome page shows every sample's name whole, in a window of laptop size."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle

from journeymap.samples import list_samples
from tests.test_i18n import german_window  # noqa: F401


def cut_off_names(widget) -> list[str]:
    """The entries of a list whose text does not fit, wrapped, in the space shown."""
    viewport = widget.viewport()
    margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    metrics = widget.fontMetrics()
    cut = []
    for row in range(widget.count()):
        item = widget.item(row)
        rect = widget.visualItemRect(item)
        room = rect.width() - 2 * margin
        needed = metrics.boundingRect(
            QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, item.text()
        )
        inside = rect.left() >= 0 and rect.right() < viewport.width()
        if not inside or needed.width() > room or needed.height() > rect.height():
            cut.append(f"{item.text()!r}: needs {needed.size()}, shown in {rect}")
    return cut


@pytest.mark.parametrize("fixture", ["window", "german_window"])
def test_every_sample_name_is_shown_whole_at_1280x720(qtbot, request, fixture):
    win = request.getfixturevalue(fixture)
    win.resize(1280, 720)
    page = win.welcome
    assert win.pages.currentWidget() is page
    lists = page.samples
    for language, widget in lists.items():
        titles = [widget.item(r).text() for r in range(widget.count())]
        assert titles == [s.title for s in list_samples(language)]
        widest = max(widget.fontMetrics().horizontalAdvance(t) for t in titles)
        assert widget.viewport().width() < widest  # too narrow for every name on one line
        qtbot.waitUntil(lambda w=widget: not cut_off_names(w))
        for row in range(widget.count()):
            assert widget.item(row).text() in widget.item(row).toolTip()
