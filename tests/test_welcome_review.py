"""The welcome page's maps to review (issue 16): the documents of the recent team
libraries past their review-by date or unchanged for long are listed with the reason,
a double-click opens one from its library, and a library that cannot be reached is one
line instead of a dialog. On SQLite and PostgreSQL (tests/library_fixtures.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymap.storage.library import push, set_details, shown_url
from journeymap.ui.library_recent import remember_library
from tests.test_gui_curve_overlay import menu_action
from tests.test_library import _sample


def _show_welcome(window) -> None:
    """File ▸ Welcome page, as a person opens it."""
    menu_action(window, "&File", "Welcome page").trigger()


def _entries(window) -> list[str]:
    listing = window.welcome.to_review
    return [listing.item(row).text() for row in range(listing.count())]


def test_maps_past_review_are_listed_and_open_from_their_library(qtbot, window, library):
    yesterday = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
    for name in ("Onboarding", "Fresh map"):
        push(library, name, _sample(), author="ana")
    set_details(library, "Onboarding", review_by=yesterday, owner="Service team")
    remember_library(window.documents.settings, shown_url(library))
    _show_welcome(window)
    qtbot.waitUntil(lambda: any("Onboarding" in text for text in _entries(window)))
    [entry] = _entries(window)  # the fresh map wants no review
    assert f"review was due {yesterday}" in entry
    listing = window.welcome.to_review
    rect = listing.visualItemRect(listing.item(0))
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "Onboarding" in window.windowTitle())
    assert window.editor.doc.library_origin.name == "Onboarding"
    assert window.pages.currentWidget() is window.canvas


def test_a_recent_library_that_is_gone_is_one_line_and_no_dialog(qtbot, window, tmp_path):
    missing = tmp_path / "moved.jmaplib"
    remember_library(window.documents.settings, shown_url(str(missing)))
    _show_welcome(window)
    qtbot.waitUntil(lambda: any("does not exist" in text for text in _entries(window)))
    assert window.welcome.to_review.isVisible()
    assert QApplication.activeModalWidget() is None  # no dialog in the way of the page


def test_no_recent_library_shows_no_maps_to_review(window):
    _show_welcome(window)
    assert window.welcome.to_review.isHidden() and not _entries(window)
