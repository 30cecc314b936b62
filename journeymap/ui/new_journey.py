"""File ▸ New: the stages a new journey starts with (none, or a template) and its lanes (a
lane set), the last choices remembered and preselected next time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.templates import (
    DEFAULT_LANE_SET,
    DEFAULT_TEMPLATE,
    LANE_SET_TITLES,
    STAGE_TEMPLATES,
    TEMPLATE_TITLES,
    template_stages,
)
from journeymap.model.vocabulary import LANE_SETS, lane_name

#: The settings key holding the template chosen last.
SETTINGS_KEY = "new/template"
#: The settings key holding the lane set chosen last.
LANES_KEY = "new/lanes"


@dataclass(frozen=True)
class NewJourneyChoice:
    """What a new journey starts with: a stage template and a lane set (their keys)."""

    template: str
    lanes: str


def tr(text: str) -> str:
    """Translate a user-visible text of the new-journey dialog."""
    return QCoreApplication.translate("NewJourney", text)


def stages_text(template: str, language: str) -> str:
    """The stages of a template as one line, or what to do when it has none."""
    stages = template_stages(template, language)
    if not stages:
        return tr("No stages: add them with Journey ▸ Add stage.")
    return " → ".join(stages)


def lanes_text(kind_set: str, language: str) -> str:
    """The lanes of a lane set, top to bottom, named in the journey's language."""
    return " · ".join(lane_name(kind, language) for kind in LANE_SETS[kind_set])


class TemplateDialog(QDialog):
    """A list of the stage templates with the chosen one's stages below it, and a choice
    of lane set with its lanes."""

    def __init__(
        self,
        language: str,
        preselected: str,
        parent: QWidget | None = None,
        preselected_lanes: str = DEFAULT_LANE_SET,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(tr("New journey"))
        self.choices = QListWidget()
        for key in STAGE_TEMPLATES:
            item = QListWidgetItem(tr(TEMPLATE_TITLES[key]))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(stages_text(key, language))
            self.choices.addItem(item)
            if key == preselected:
                self.choices.setCurrentItem(item)
        self.stage_list = QLabel()
        self.stage_list.setWordWrap(True)
        self.choices.currentItemChanged.connect(self._show_stages)
        self.choices.itemActivated.connect(self.accept)  # double-click or Enter
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.lane_sets = QComboBox()
        for key in LANE_SET_TITLES:
            self.lane_sets.addItem(tr(LANE_SET_TITLES[key]), key)
        self.lane_sets.setCurrentIndex(max(0, self.lane_sets.findData(preselected_lanes)))
        self.lane_list = QLabel()
        self.lane_list.setWordWrap(True)
        self.lane_sets.currentIndexChanged.connect(self._show_lanes)
        lanes = QFormLayout()
        lanes.addRow(tr("Lanes"), self.lane_sets)
        lanes.addRow("", self.lane_list)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Which stages should the new journey start with?")))
        layout.addWidget(self.choices)
        layout.addWidget(self.stage_list)
        layout.addLayout(lanes)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self._show_stages()
        self._show_lanes()
        self.choices.setFocus()

    def chosen_template(self) -> str:
        """The key of the template picked in the list."""
        item = self.choices.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else DEFAULT_TEMPLATE

    def chosen_lanes(self) -> str:
        """The key of the lane set picked."""
        return self.lane_sets.currentData() or DEFAULT_LANE_SET

    def _show_stages(self, *_: object) -> None:
        self.stage_list.setText(stages_text(self.chosen_template(), self.language))

    def _show_lanes(self, *_: object) -> None:
        self.lane_list.setText(lanes_text(self.chosen_lanes(), self.language))


def _stored(settings: QSettings, key: str, default: str, known: object) -> str:
    """A choice remembered in the settings, or the default when it is not (any longer) one
    of the known keys."""
    value = settings.value(key, default)
    return value if value in known else default


def ask_template(parent: QWidget, language: str, settings: QSettings) -> NewJourneyChoice | None:
    """Ask which stages and lanes the new journey starts with, preselecting the last
    choices, and remember the answer; None when the user cancels."""
    dialog = TemplateDialog(
        language,
        _stored(settings, SETTINGS_KEY, DEFAULT_TEMPLATE, STAGE_TEMPLATES),
        parent,
        _stored(settings, LANES_KEY, DEFAULT_LANE_SET, LANE_SETS),
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = NewJourneyChoice(dialog.chosen_template(), dialog.chosen_lanes())
    finally:
        dialog.deleteLater()
    settings.setValue(SETTINGS_KEY, chosen.template)
    settings.setValue(LANES_KEY, chosen.lanes)
    return chosen
