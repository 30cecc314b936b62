"""Where the application icon's pictures are: PNGs in the usual hicolor sizes inside the
package (journeymap/icons/hicolor/NxN/apps/journeymap.png), so the wheel and the bundle
carry them. tools/render_icons.py draws them from packaging/icons/journeymap.svg."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

#: The icon's name in the desktop's icon theme, the .desktop file and the MIME type.
ICON_NAME = "journeymap"
#: The sizes desktops ask a hicolor theme for, in pixels.
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
#: The hicolor tree inside the installed package (wheels install unzipped: a real folder).
HICOLOR_DIR = Path(str(files("journeymap") / "icons" / "hicolor"))


def icon_png(size: int) -> Path:
    """The application icon's PNG of ``size`` × ``size`` pixels."""
    return HICOLOR_DIR / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
