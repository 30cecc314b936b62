"""The application icon: the committed PNGs are what tools/render_icons.py draws from
packaging/icons/journeymap.svg now (so they cannot go stale), each of its size and not
blank; the .ico and .icns hold exactly those PNGs and open as icons of every size; and the
editor's window carries the icon."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

from journeymap.icon_files import ICON_SIZES, icon_png

ROOT = Path(__file__).resolve().parents[1]
#: How far a channel may differ from a fresh render: the raster engine's SIMD paths round
#: the antialiased edges a little differently on different processors (and premultiplied
#: pixels round their half-transparent edges).
ROUNDING = 3


def load_render_tool():
    """tools/render_icons.py as a module."""
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "tools" / "render_icons.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool(qapp):
    """The render tool, loaded once (QPainter needs the application)."""
    return load_render_tool()


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of any channel of any pixel between two images of one size."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    return max(abs(x - y) for x, y in zip(bytes(a.constBits()), bytes(b.constBits()), strict=True))


def opaque_colours(image: QImage) -> int:
    """How many different colours the icon's opaque pixels have."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return len(
        {
            image.pixel(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        }
    )


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_committed_png_is_the_svg_rendered_now_at_its_size(tool, size):
    committed = QImage(str(icon_png(size)))
    assert (committed.width(), committed.height()) == (size, size)
    difference = largest_difference(committed, tool.render(size))
    assert difference <= ROUNDING, (
        f"{icon_png(size).relative_to(ROOT)} is stale: run tools/render_icons.py"
    )
    # not blank: the tile, the white line and the red and yellow stages
    assert opaque_colours(committed) >= 4


def test_the_small_icon_still_shows_the_red_and_the_yellow_stage():
    icon = QImage(str(icon_png(16)))
    hues = {icon.pixelColor(x, y).name() for x in range(16) for y in range(16)}
    reddish = [h for h in hues if int(h[1:3], 16) > 150 and int(h[3:5], 16) < 110]
    yellowish = [h for h in hues if int(h[1:3], 16) > 180 and int(h[3:5], 16) > 130]
    assert reddish and yellowish


def test_the_ico_and_icns_pack_exactly_the_committed_pngs(tool):
    pngs = {size: icon_png(size).read_bytes() for size in ICON_SIZES}
    for path, data in tool.packed_icons(pngs).items():
        assert path.read_bytes() == data, f"{path.relative_to(ROOT)} is stale: run the tool"


@pytest.mark.parametrize(
    ("name", "sizes"),
    [
        ("journeymap.ico", [16, 24, 32, 48, 64, 128, 256]),
        ("journeymap.icns", [32, 64, 128, 256, 256, 512, 512]),
    ],
)
def test_the_windows_and_mac_icons_open_with_a_picture_of_each_size(qapp, name, sizes):
    reader = QImageReader(str(ROOT / "packaging" / "icons" / name))
    pictures = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        pictures.append(reader.read())
    assert [picture.width() for picture in pictures] == sizes
    assert all(opaque_colours(picture) >= 4 for picture in pictures)


def test_the_main_window_shows_the_journeymap_icon(window):
    icon = window.windowIcon()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)
    # the task bar's small picture is the drawn 16 px one, not a large one scaled down
    small = icon.pixmap(16, 16).toImage()  # premultiplied: it rounds a little
    assert largest_difference(small, QImage(str(icon_png(16)))) <= ROUNDING
