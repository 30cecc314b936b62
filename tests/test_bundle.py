"""The app bundle's parts that can be checked without building it (building takes minutes;
.ci/run builds it and tools/smoke_bundle.sh runs it): the spec carries files that exist,
the frozen entry point runs the command line, and a machine without fonts still gets
letters and the map's symbols from the DejaVu Sans journeymap registers."""

from __future__ import annotations

import ast
import glob
import os
import subprocess
import sys
from pathlib import Path

from journeymap import __version__
from journeymap.icon_files import ICON_SIZES, icon_png
from journeymap.ui.canvas.items import CHANNEL_GLYPHS
from journeymap.ui.fonts import FONT_FILES, font_files

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "journeymap.spec"
ENTRY = ROOT / "packaging" / "journeymap_entry.py"
#: What the map and the workbook draw besides letters: badges, marks, channels.
SYMBOLS = "✕!✓–▶■★" + "".join(CHANNEL_GLYPHS.values())


def spec_data() -> list[tuple[str, str]]:
    """The spec's DATA list, evaluated as PyInstaller would (ROOT and PACKAGE included)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    names = {"Path": Path, "SPECPATH": str(SPEC.parent), "ICON_SIZES": ICON_SIZES}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else None
        if isinstance(target, ast.Name) and target.id in ("ROOT", "PACKAGE", "DATA"):
            names[target.id] = eval(ast.unparse(node.value), names)
    return names["DATA"]


def test_the_spec_carries_every_sample_translation_and_icon_to_where_the_package_reads_them():
    carried: dict[str, set[str]] = {}
    for pattern, folder in spec_data():
        matches = glob.glob(pattern)
        assert matches, f"{pattern} names no file"
        carried.setdefault(folder, set()).update(Path(m).name for m in matches)
    for folder in ("sample_files", "translations"):
        shipped = {p.name for p in (ROOT / "journeymap" / folder).iterdir() if p.is_file()}
        assert carried[f"journeymap/{folder}"] == shipped
    for size in ICON_SIZES:
        folder = icon_png(size).parent.relative_to(ROOT).as_posix()
        assert carried[folder] == {icon_png(size).name}
    assert carried["licenses"] == {"LICENSE", "DejaVu-fonts.txt"}
    assert f'"{ENTRY.name}"' in SPEC.read_text(encoding="utf-8")


def run(code_or_script: list[str], env: dict[str, str] | None = None) -> str:
    """Run this venv's Python with the checkout on its path; what it printed."""
    ran = subprocess.run(
        [sys.executable, *code_or_script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    return ran.stdout


def test_the_bundles_entry_point_runs_the_command_line():
    assert run([str(ENTRY), "--version"]) == f"journeymap {__version__}\n"
    assert "installation" in run([str(ENTRY), "samples"])


def test_the_fonts_journeymap_registers_are_there():
    assert [path.name for path in font_files()] == list(FONT_FILES)


#: Prints the characters of argv[2] that the application's font draws as the box Qt
#: draws for a character no font has (U+E000, private use): what a user sees as boxes.
#: (QFontMetrics.inFont does not tell: with no fontconfig setup it denies even the
#: umlauts a registered font draws.)
BOXES = """
import sys
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from journeymap.ui.app import make_app
app = make_app() if sys.argv[1] == "journeymap" else QApplication(sys.argv[:1])

def picture(character):
    image = QImage(48, 48, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    painter.setFont(app.font())
    painter.drawText(8, 36, character)
    painter.end()
    return bytes(image.constBits())

box = picture("\\ue000")
print("".join(c for c in sys.argv[2] if picture(c) == box))
"""


def test_without_system_fonts_letters_and_symbols_still_have_glyphs(tmp_path: Path):
    conf = tmp_path / "fonts.conf"  # fontconfig finds no font at all
    conf.write_text(f"<fontconfig><cachedir>{tmp_path}</cachedir></fontconfig>\n")
    env = {"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    text = "AaÄäÖöÜüß€" + SYMBOLS
    # plain Qt draws every one of them as an empty box here...
    missing = run(["-c", BOXES, "qt", text], env).strip()
    assert missing == text
    # ...journeymap's application has them all
    assert run(["-c", BOXES, "journeymap", text], env).strip() == ""
