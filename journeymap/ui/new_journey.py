"""File ▸ New: the stages a new journey starts with (none, or a template), the last choice
remembered and preselected next time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.templates import (
    DEFAULT_TEMPLATE,
    STAGE_TEMPLATES,
    TEMPLATE_TITLES,
    template_stages,
)

#: The settings key holding the template chosen last.
SETTINGS_KEY = "new/template"


def tr(text: str) -> str:
    """Translate a user-visible text of the new-journey dialog."""
    return QCoreApplication.translate("NewJourney", text)


def stages_text(template: str, language: str) -> str:
    """The stages of a template as one line, or what to do when it has none."""
    stages = template_stages(template, language)
    if not stages:
        return tr("No stages: add them with Journey ▸ Add stage.")
    return " → ".join(stages)


class TemplateDialog(QDialog):
    """A list of the stage templates with the chosen one's stages below it."""

    def __init__(self, language: str, preselected: str, parent: QWidget | None = None) -> None:
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
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Which stages should the new journey start with?")))
        layout.addWidget(self.choices)
        layout.addWidget(self.stage_list)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self._show_stages()
        self.choices.setFocus()

    def chosen_template(self) -> str:
        """The key of the template picked in the list."""
        item = self.choices.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else DEFAULT_TEMPLATE

    def _show_stages(self, *_: object) -> None:
        self.stage_list.setText(stages_text(self.chosen_template(), self.language))


def ask_template(parent: QWidget, language: str, settings: QSettings) -> str | None:
    """Ask which stages the new journey starts with, preselecting the last choice, and
    remember the answer; None when the user cancels."""
    stored = settings.value(SETTINGS_KEY, DEFAULT_TEMPLATE)
    dialog = TemplateDialog(language, stored if stored in STAGE_TEMPLATES else DEFAULT_TEMPLATE,
                            parent)  # fmt: skip
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen_template()
    finally:
        dialog.deleteLater()
    settings.setValue(SETTINGS_KEY, chosen)
    return chosen
