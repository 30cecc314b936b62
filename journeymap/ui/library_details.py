"""A library document's details in the Team library dialog: its owner, the date it is to
be reviewed by and its tags. They describe the document, not its content, so changing
them makes no revision (storage/library/details.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from journeymap.storage.library import DocumentEntry

#: A new review-by date is this far ahead of today unless the document has one.
DEFAULT_REVIEW_MONTHS = 6


def tr(text: str) -> str:
    """Translate a user-visible text of the details dialog."""
    return QCoreApplication.translate("LibraryDetails", text)


class DetailsDialog(QDialog):
    """Owner, review-by date and tags of one document, to change in one go."""

    def __init__(self, entry: DocumentEntry, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Details of “{}”").format(entry.name))
        self.owner = QLineEdit(entry.owner)
        self.owner.setPlaceholderText(tr("a person or a department"))
        self.review = QCheckBox(tr("Review by"))
        self.review_date = QDateEdit()
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        if entry.review_by:
            self.review.setChecked(True)
            self.review_date.setDate(QDate.fromString(entry.review_by, "yyyy-MM-dd"))
        else:
            self.review_date.setDate(QDate.currentDate().addMonths(DEFAULT_REVIEW_MONTHS))
        self.review_date.setEnabled(self.review.isChecked())
        self.review.toggled.connect(self.review_date.setEnabled)
        self.tags = QLineEdit(", ".join(entry.tags))
        self.tags.setPlaceholderText(tr("onboarding, B2B, workshop 2026 (separated by commas)"))
        review_row = QHBoxLayout()
        review_row.addWidget(self.review)
        review_row.addWidget(self.review_date, 1)
        form = QFormLayout(self)
        form.addRow(tr("Owner:"), self.owner)
        form.addRow(review_row)
        form.addRow(tr("Tags:"), self.tags)
        form.addRow(QLabel(tr("Details make no revision: the history is the content's.")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, dt.date | str, list[str]]:
        """The owner, the review-by date ("none": no date) and the tags as given."""
        review: dt.date | str = "none"
        if self.review.isChecked():
            review = self.review_date.date().toPython()
        tags = [tag.strip() for tag in self.tags.text().split(",") if tag.strip()]
        return self.owner.text(), review, tags
