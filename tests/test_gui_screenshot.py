"""Screenshots of the real window: saved to tests/artifacts/ for people to look at."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from journeymap.samples import find_sample

ARTIFACTS = Path(__file__).with_name("artifacts")


def distinct_colours(image: QImage, step: int = 7) -> int:
    """How many different colours a grid of sample points finds: a blank window has 1-3."""
    seen = set()
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_main_window_with_a_sample_is_drawn_not_blank(window):
    ARTIFACTS.mkdir(exist_ok=True)
    window.open_sample(find_sample("installation", "en").path)
    window.editor.select([window.editor.journey.touchpoints[4].id])
    out = ARTIFACTS / "main-window.png"
    assert window.grab().save(str(out))
    image = QImage(str(out))
    assert image.width() >= 1000 and distinct_colours(image) > 40
    # the canvas area itself shows cards, not only the chrome around it
    canvas = window.canvas.view.viewport().grab().toImage()
    assert distinct_colours(canvas) > 20


def test_screenshot_option_saves_a_png_and_exits_0_offscreen(tmp_path):
    out = tmp_path / "shot.png"
    sample = find_sample("online-order", "de").path
    result = subprocess.run(
        [sys.executable, "-m", "journeymap", str(sample), "--screenshot", str(out), "--lang", "de"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull() and distinct_colours(image) > 40


def test_screenshot_of_a_bad_file_fails_with_one_message(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    result = subprocess.run(
        [sys.executable, "-m", "journeymap", str(bad), "--screenshot", str(tmp_path / "x.png")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert not (tmp_path / "x.png").exists()
