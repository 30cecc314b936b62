"""View ▸ High contrast and View ▸ Text size: the map made for a projector or for low
vision, remembered between runs (QSettings) and applied when the window opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from journeymap.ui.canvas.panel import CanvasPanel

HIGH_CONTRAST_KEY = "view/high_contrast"
TEXT_SIZE_KEY = "view/text_size"
#: The text sizes offered, in per cent, each with its menu text's accelerator.
TEXT_SIZES = {100: "&100 %", 125: "12&5 %", 150: "15&0 %", 200: "&200 %"}


def tr(text: str) -> str:
    """Translate a text of the reading menu entries."""
    return QCoreApplication.translate("ReadingMenu", text)


class ReadingChoices(QObject):
    """The View menu's High contrast action and Text size submenu, which keep the
    canvas's look and the settings in step."""

    def __init__(self, menu: QMenu, panel: CanvasPanel) -> None:
        super().__init__(menu)
        self.panel = panel
        settings = QSettings()
        self.act_high_contrast = QAction(tr("High con&trast"), menu)
        self.act_high_contrast.setCheckable(True)
        self.act_high_contrast.setStatusTip(
            tr("Black on white with thick borders and no pastel fills, for projectors")
        )
        self.act_high_contrast.setChecked(settings.value(HIGH_CONTRAST_KEY, False, type=bool))
        menu.addAction(self.act_high_contrast)
        sizes = menu.addMenu(tr("Text si&ze"))
        group = QActionGroup(sizes)
        stored = settings.value(TEXT_SIZE_KEY, 100, type=int)
        self.size_actions: dict[int, QAction] = {}
        for percent, text in TEXT_SIZES.items():
            action = QAction(text, sizes)
            action.setCheckable(True)
            action.setChecked(percent == (stored if stored in TEXT_SIZES else 100))
            group.addAction(action)
            sizes.addAction(action)
            self.size_actions[percent] = action
        self._apply()
        self.act_high_contrast.toggled.connect(self._choose)
        group.triggered.connect(self._choose)

    def text_percent(self) -> int:
        """The text size chosen, in per cent."""
        return next(p for p, action in self.size_actions.items() if action.isChecked())

    def _choose(self, *_: object) -> None:
        settings = QSettings()
        settings.setValue(HIGH_CONTRAST_KEY, self.act_high_contrast.isChecked())
        settings.setValue(TEXT_SIZE_KEY, self.text_percent())
        self._apply()

    def _apply(self) -> None:
        self.panel.set_reading(self.text_percent() / 100, self.act_high_contrast.isChecked())
