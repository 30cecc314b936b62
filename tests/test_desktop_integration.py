"""journeymap on the Linux desktop: `make install-desktop` puts the menu entry, the icons
and the .jmap type under $XDG_DATA_HOME, the desktop then names a .jmap file
application/x-journeymap and opens it with journeymap.desktop, whose Exec line really
opens the file (the double-click), and `make uninstall-desktop` takes it all away again.

Skipped when the desktop's tools are missing (PACKAGES below), unless
JOURNEYMAP_REQUIRE_DESKTOP=1 (as in .ci/run).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from journeymap.icon_files import ICON_SIZES
from journeymap.samples import find_sample
from tests.cli_runner import run_cli
from tests.test_x11_session import xvfb  # noqa: F401 (the fixture of a running Xvfb)

ROOT = Path(__file__).resolve().parents[1]
DESKTOP_FILE = ROOT / "packaging" / "linux" / "journeymap.desktop"
TOOLS = (
    "desktop-file-validate",
    "update-desktop-database",
    "update-mime-database",
    "gtk-update-icon-cache",
    "xdg-mime",
    "gio",
    "xprop",
)
#: Bounds for a hung tool or app, not timing checks.
TOOL_S = 60
APP_S = 120


#: The Debian packages that hold them.
PACKAGES = (
    "desktop-file-utils shared-mime-info xdg-utils libglib2.0-bin gtk-update-icon-cache x11-utils"
)


@pytest.fixture(scope="module", autouse=True)
def desktop_tools():
    """The desktop's own tools, which these tests drive."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and os.environ.get("JOURNEYMAP_REQUIRE_DESKTOP") == "1":
        pytest.fail(f"{', '.join(missing)} missing, and JOURNEYMAP_REQUIRE_DESKTOP=1 asks for them")
    if missing:
        pytest.skip(f"{', '.join(missing)} missing (apt-get install {PACKAGES})")


def desktop_env(home: Path) -> dict[str, str]:
    """A desktop session's environment with its own data and settings folders: a GNOME
    session (xdg-mime asks gio then), without the checkout on PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "XDG_DATA_DIRS")}
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CURRENT_DESKTOP="GNOME",
        QT_QPA_PLATFORM="offscreen",
        JOURNEYMAP_RECOVERY_DIR=str(home / "recovery"),
    )
    return env


def make(target: str, home: Path, *variables: str) -> str:
    """Run ``make TARGET [NAME=VALUE...]`` in the checkout for the desktop of ``home``;
    what it printed."""
    # -o: the suite runs in an installed venv; make must not reinstall it under itself
    ran = subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", target, *variables],
        cwd=ROOT, env=desktop_env(home), capture_output=True, text=True, timeout=TOOL_S,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return ran.stdout


def query(home: Path, *args: str) -> str:
    """What ``xdg-mime query ARGS`` answers in the desktop of ``home``."""
    ran = subprocess.run(
        ["xdg-mime", "query", *args],
        env=desktop_env(home), capture_output=True, text=True, timeout=TOOL_S, check=True,
    )  # fmt: skip
    return ran.stdout.strip()


def exec_arguments(value: str) -> list[str]:
    """A desktop entry's Exec value as its arguments, unquoted as the desktop entry spec
    says: first the string escapes, then double quotes, inside which a backslash escapes
    ``"``, `` ` ``, ``$`` and ``\\``; ``%%`` stands for ``%``."""
    unescaped, chars = "", iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            char = {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(following, following)
        unescaped += char
    arguments, current, quoted, chars = [], None, False, iter(unescaped)
    for char in chars:
        if quoted and char == "\\":
            char = next(chars)
        elif char == '"':
            quoted, current = not quoted, current or ""
            continue
        elif char == " " and not quoted:
            if current is not None:
                arguments.append(current)
            current = None
            continue
        current = (current or "") + char
    if current is not None:
        arguments.append(current)
    return [argument if argument == "%f" else argument.replace("%%", "%") for argument in arguments]


def entry_value(entry: Path, key: str) -> str:
    """The value of ``key`` in a desktop entry's main group."""
    (line,) = [x for x in entry.read_text(encoding="utf-8").splitlines() if x.startswith(key + "=")]
    return line.removeprefix(key + "=")


def validate(entry: Path) -> subprocess.CompletedProcess:
    """desktop-file-validate's verdict on a desktop entry."""
    return subprocess.run(
        ["desktop-file-validate", entry], capture_output=True, text=True, timeout=TOOL_S
    )


def sample_jmap(folder: Path, name: str) -> Path:
    """A copy of the installation sample as a .jmap file named ``name``."""
    path = folder / name
    ran = run_cli("convert", find_sample("installation", "en").path, path)
    assert ran.code == 0, ran.stderr
    return path


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A desktop's home folder with journeymap installed by `make install-desktop`."""
    home = tmp_path_factory.mktemp("desktop")
    make("install-desktop", home)
    return home


def test_the_desktop_entry_passes_desktop_file_validate():
    checked = validate(DESKTOP_FILE)
    assert checked.returncode == 0 and not checked.stdout, checked.stdout + checked.stderr


def test_install_desktop_puts_the_entry_the_icons_and_the_type_in_the_users_data(installed):
    data = installed / "data"
    entry = data / "applications" / "journeymap.desktop"
    checked = validate(entry)
    assert checked.returncode == 0 and not checked.stdout, checked.stdout + checked.stderr
    assert entry_value(entry, "Icon") == "journeymap"
    for size in ICON_SIZES:
        picture = QImage(
            str(data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "journeymap.png")
        )
        assert picture.width() == size
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "journeymap.svg").is_file()
    assert (data / "mime" / "packages" / "journeymap.xml").is_file()
    # the caches the desktop reads were refreshed
    assert "application/x-journeymap" in (data / "mime" / "globs2").read_text()
    assert "journeymap" in (data / "icons" / "hicolor" / "icon-theme.cache").read_bytes().decode(
        "latin-1"
    )


def test_the_desktop_names_a_jmap_file_and_opens_it_with_journeymap(installed, tmp_path):
    document = sample_jmap(tmp_path, "Kundenreise Süd.jmap")
    assert query(installed, "filetype", str(document)) == "application/x-journeymap"
    assert query(installed, "default", "application/x-journeymap") == "journeymap.desktop"


def test_a_sqlite_file_without_the_extension_is_told_apart_by_its_content(installed, tmp_path):
    """Qt's MIME database (KDE's file manager) reads the content: an extension-less .jmap
    is a journey map, another SQLite file stays a database."""
    sample_jmap(tmp_path, "map.jmap").rename(tmp_path / "no-extension")
    with sqlite3.connect(tmp_path / "other") as other:
        other.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        other.execute("INSERT INTO meta VALUES ('application', 'other')")
    script = (
        "from PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\n"
        "print(*(QMimeDatabase().mimeTypeForFile(n).name() for n in ('no-extension', 'other')))"
    )
    ran = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=desktop_env(installed),
        capture_output=True, text=True, timeout=TOOL_S, check=True,
    )  # fmt: skip
    assert ran.stdout.split() == ["application/x-journeymap", "application/vnd.sqlite3"]


def test_the_installed_exec_line_opens_the_double_clicked_file(installed, tmp_path):
    document = sample_jmap(tmp_path, "Kundenreise Süd.jmap")
    command = exec_arguments(
        entry_value(installed / "data/applications/journeymap.desktop", "Exec")
    )
    assert Path(command[0]).is_absolute() and os.access(command[0], os.X_OK)
    assert command[1:] == ["%f"]
    shot = tmp_path / "double-click.png"
    ran = subprocess.run(
        [command[0], str(document), "--screenshot", str(shot)],
        cwd=installed, env=desktop_env(installed), capture_output=True, text=True,
        timeout=APP_S,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr  # 1 when the file does not open
    picture = QImage(str(shot))
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7) for y in range(0, 400, 7)}
    assert len(colours) > 40
    # the editor opened it: it is now the first of File ▸ Recent files
    settings = QSettings(str(installed / "config/journeymap/journeymap.conf"), QSettings.IniFormat)
    assert settings.value("recent") in (str(document), [str(document)])


def test_uninstall_desktop_takes_it_all_away(tmp_path):
    make("install-desktop", tmp_path)
    make("uninstall-desktop", tmp_path)
    data = tmp_path / "data"
    left = [p for p in data.rglob("*") if p.is_file() and b"journeymap" in p.read_bytes()]
    assert left == []
    assert query(tmp_path, "default", "application/x-journeymap") == ""
    document = sample_jmap(tmp_path, "plan.jmap")
    assert query(tmp_path, "filetype", str(document)) != "application/x-journeymap"


def load_install_tool():
    """tools/install_desktop.py as a module."""
    path = ROOT / "tools" / "install_desktop.py"
    spec = importlib.util.spec_from_file_location("install_desktop", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "program",
    [
        "/opt/journeymap/journeymap",
        "/home/anna/Meine Programme/journeymap/journeymap",
        '/home/o\'brien/50% "off"/$HOME/back\\slash/`journeymap`',
    ],
)
def test_an_exec_line_starts_the_program_wherever_it_lies(tmp_path, program):
    """Spaces, quotes, % and backslashes in the program's path are quoted so that the
    desktop reads back the very path (and desktop-file-validate accepts the entry)."""
    entry = tmp_path / "journeymap.desktop"
    entry.write_text(load_install_tool().desktop_entry(Path(program)), encoding="utf-8")
    checked = validate(entry)
    assert checked.returncode == 0 and not checked.stdout, checked.stdout + checked.stderr
    assert exec_arguments(entry_value(entry, "Exec")) == [program, "%f"]


def test_the_entry_starts_the_bundle_once_it_is_built(tmp_path, monkeypatch):
    """With dist/journeymap/journeymap built, the menu entry starts it rather than the venv."""
    tool = load_install_tool()
    bundle = tmp_path / "dist" / "journeymap" / "journeymap"
    monkeypatch.setattr(tool, "BUNDLE_PROGRAM", bundle)
    assert tool.program() == Path(os.path.abspath(sys.executable)).parent / "journeymap"
    bundle.parent.mkdir(parents=True)
    bundle.write_text("#!/bin/sh\n")
    bundle.chmod(0o755)
    assert tool.program() == bundle


def test_a_copied_application_folder_gets_the_menu_entry_and_the_double_click(tmp_path):
    # the README says to copy the folder anywhere, e.g. ~/.local/opt/journeymap: the menu
    # entry could only start the checkout's dist/ (gone with `make clean`) or the venv
    copied = tmp_path / "Meine Programme" / "journeymap" / "journeymap"
    copied.parent.mkdir(parents=True)
    copied.write_text("#!/bin/sh\n")
    copied.chmod(0o755)
    said = make("install-desktop", tmp_path, f"PROGRAM={copied}")
    assert f"a double-click on a .jmap file now runs {copied}" in said
    entry = tmp_path / "data" / "applications" / "journeymap.desktop"
    assert exec_arguments(entry_value(entry, "Exec")) == [str(copied), "%f"]
    assert entry_value(entry, "TryExec") == str(copied)


def test_a_program_that_is_not_there_is_refused_by_name_and_installs_nothing(tmp_path):
    missing = tmp_path / "journeymap"
    ran = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "install_desktop.py"), "install",
         "--program", str(missing)],
        env=desktop_env(tmp_path), capture_output=True, text=True, timeout=TOOL_S,
    )  # fmt: skip
    assert ran.returncode != 0 and "Traceback" not in ran.stderr
    assert ran.stderr.strip() == f"install_desktop: {missing} is not an executable program"
    assert not (tmp_path / "data").exists()


#: Prints the X11 properties of the main window once it has painted, then quits.
WINDOW_PROPERTIES = """
import subprocess
from PySide6.QtCore import QEvent, QObject, QTimer
from journeymap.ui.app import make_app
from journeymap.ui.main_window import MainWindow


def report():
    app.sync()  # the window's properties have reached the X server
    wid = str(int(window.winId()))
    xprop = ["xprop", "-notype", "-id", wid, "WM_CLASS", "_NET_WM_ICON"]
    print(subprocess.run(xprop, capture_output=True, text=True, check=True).stdout)
    app.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


app = make_app()
window = MainWindow("en")
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""


def test_the_window_belongs_to_the_menu_entry_and_shows_the_icon(xvfb, tmp_path):  # noqa: F811
    """In a real X11 session the window's class is the entry's StartupWMClass (the task bar
    groups them) and the window carries the icon for the task bar and the window switcher."""
    env = desktop_env(tmp_path)
    env.update(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    ran = subprocess.run(
        [sys.executable, "-c", WINDOW_PROPERTIES],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=APP_S,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stdout + ran.stderr
    # WM_CLASS = "instance (the program's file name)", "class (the application's name)"
    (line,) = [x for x in ran.stdout.splitlines() if x.startswith("WM_CLASS = ")]
    assert line.split(", ")[-1] == f'"{entry_value(DESKTOP_FILE, "StartupWMClass")}"'
    shown = {int(size) for size in re.findall(r"Icon \((\d+) x \1\):", ran.stdout)}
    assert {16, 32, 48} <= shown
