"""Render journeymap's application icon from its hand-drawn SVG source.

    .venv/bin/python tools/render_icons.py

reads packaging/icons/journeymap.svg and writes

* journeymap/icons/hicolor/NxN/apps/journeymap.png in the hicolor sizes (shipped in the
  package: the window icon and `make install-desktop` use them);
* packaging/icons/journeymap.ico (Windows) and packaging/icons/journeymap.icns (macOS) for
  the PyInstaller bundle, each packing PNGs.

The .ico and .icns are written by hand rather than through Qt's image plugins, which
store one picture per file; both formats may hold PNG data as it is. Running the tool twice
changes nothing; tests/test_icons.py checks the committed PNGs are what it renders now
and the .ico and .icns pack exactly those PNGs.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from journeymap.icon_files import ICON_SIZES, icon_png  # noqa: E402

SOURCE = ROOT / "packaging" / "icons" / "journeymap.svg"
ICO = ROOT / "packaging" / "icons" / "journeymap.ico"
ICNS = ROOT / "packaging" / "icons" / "journeymap.icns"
#: Windows shows 16 to 256 px; 256 is the largest an .ico entry can say.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The .icns chunk types that hold a PNG, with the pixel size each holds (ic11 to ic14 are
#: the 2x pictures of 16, 32, 128 and 256 points; macOS scales 512 up for 512@2x).
ICNS_TYPES = (
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
)


def render(size: int) -> QImage:
    """The icon drawn at ``size`` × ``size`` pixels on a transparent background."""
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding each PNG (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(chunks: list[tuple[bytes, bytes]]) -> bytes:
    """A macOS icon family holding each (chunk type, PNG) pair."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def packed_icons(pngs: dict[int, bytes]) -> dict[Path, bytes]:
    """The .ico and the .icns, by path, holding the given PNGs (by their size)."""
    return {
        ICO: ico_bytes({size: pngs[size] for size in ICO_SIZES}),
        ICNS: icns_bytes([(kind, pngs[size]) for kind, size in ICNS_TYPES]),
    }


def write_if_changed(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` unless it holds them already (a second run changes
    nothing, not even a file's time)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")


def main() -> int:
    """Write the icon files; return the exit code."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter needs one
    pngs = {size: png_bytes(render(size)) for size in ICON_SIZES}
    for size, data in pngs.items():
        write_if_changed(icon_png(size), data)
    for path, data in packed_icons(pngs).items():
        write_if_changed(path, data)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
