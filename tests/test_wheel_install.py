"""The wheel installs like real software: in a fresh venv, run from outside the checkout,
it has its samples and its version. Offline: nothing is downloaded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

from journeymap import __version__
from journeymap.storage import open_document

ROOT = Path(__file__).resolve().parents[1]
#: What the wheel is built from.
PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE", "journeymap")
LANGUAGES = ("en", "de")
SAMPLE_NAMES = (
    "installation",
    "online-order",
    "cancellation",
    "omnichannel-support",
    "defect-recall",
)


def build_wheel(tmp_path: Path) -> tuple[Path, str]:
    """Build the wheel from a copy of the project (a build in the checkout would leave
    build/ and egg-info behind) with this venv's setuptools; the wheel and pip's log."""
    if int(version("setuptools").split(".")[0]) < 77:
        pytest.fail("setuptools>=77 is needed: reinstall the venv with pip install -e '.[test]'")
    source = tmp_path / "source"
    source.mkdir()
    for name in PROJECT_FILES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    dist = tmp_path / "dist"
    offline = ["--no-deps", "--no-build-isolation", "--no-index"]
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", source, *offline, "--verbose", "--wheel-dir", dist],
        capture_output=True,
        text=True,
        check=True,
    )
    (wheel,) = dist.glob("journeymap-*.whl")
    return wheel, build.stdout + build.stderr


def fresh_venv(tmp_path: Path) -> Path:
    """A venv without the checkout on its path. It sees the packages installed beside this
    interpreter (PySide6 and the rest) through a .pth file, so nothing is downloaded; a .pth
    line only extends sys.path, so the editable install's finder there never runs."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    site_packages = Path(sysconfig.get_path("purelib", "venv", {"base": venv, "platbase": venv}))
    installed = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")]
    (site_packages / "dependencies.pth").write_text("\n".join(installed) + "\n")
    return venv


def run_installed(venv: Path, cwd: Path, *args: str) -> str:
    """Run the installed ``journeymap`` command in ``cwd`` (outside the checkout, without
    PYTHONPATH); its standard output."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [venv / "bin" / "journeymap", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    """The project's wheel, built once for this module, and pip's log of the build."""
    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed."""
    venv = fresh_venv(tmp_path_factory.mktemp("install"))
    install = [sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install"]
    subprocess.run([*install, "--no-deps", "--no-index", "--quiet", built[0]], check=True)
    return venv


@pytest.mark.slow
def test_the_wheel_builds_without_warnings_and_packs_the_samples(built):
    wheel, log = built
    assert "Warning:" not in log  # e.g. setuptools' deprecation of the license table
    with zipfile.ZipFile(wheel) as archive:
        packed = set(archive.namelist())
    samples = {
        f"journeymap/sample_files/{name}.{lang}.json" for name in SAMPLE_NAMES for lang in LANGUAGES
    }
    assert samples <= packed


@pytest.mark.slow
def test_the_installed_command_prints_its_version(installed, tmp_path):
    assert run_installed(installed, tmp_path, "--version") == f"journeymap {__version__}\n"


@pytest.mark.slow
def test_the_installed_command_lists_all_ten_samples(installed, tmp_path):
    listing = run_installed(installed, tmp_path, "samples").splitlines()[2:]  # below the heading
    assert {tuple(row.split()[:2]) for row in listing} == {
        (name, language) for name in SAMPLE_NAMES for language in LANGUAGES
    }


@pytest.mark.slow
def test_the_installed_command_starts_a_german_journey_from_a_sample(installed, tmp_path):
    run_installed(installed, tmp_path, "new", "x.jmap", "--sample", "installation", "--lang", "de")
    journeys = open_document(tmp_path / "x.jmap").journeys
    assert [(journey.language, journey.name) for journey in journeys] == [
        ("de", "Installation Internet und Festnetz"),
        ("de", "Installation – Service Blueprint"),
    ]


@pytest.mark.slow
def test_the_installed_command_writes_a_german_workbook(installed, tmp_path):
    """The .ts is package data too: the workbook reads its German labels from it."""
    from openpyxl import load_workbook

    run_installed(installed, tmp_path, "new", "x.jmap", "--sample", "installation", "--lang", "de")
    run_installed(installed, tmp_path, "export", "x.jmap", "--xlsx", "x.xlsx")
    assert load_workbook(tmp_path / "x.xlsx").sheetnames[:2] == ["Übersicht", "Karte"]


GERMAN_MENUS = """
from PySide6.QtWidgets import QApplication
from journeymap.ui import i18n
from journeymap.ui.main_window import MainWindow
app = QApplication([])
i18n.install_translations(app, "de")
window = MainWindow("de")
print("|".join(a.text() for a in window.menuBar().actions()))
"""


@pytest.mark.slow
def test_the_installed_editor_shows_its_german_window(installed, tmp_path):
    """The .qm is package data: a German screenshot finds it, and the menus are German."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    sample = tmp_path / "plan.jmap"
    run_installed(installed, tmp_path, "new", str(sample), "--sample", "installation")
    shot = subprocess.run(
        [installed / "bin" / "journeymap", sample, "--lang", "de", "--screenshot", "de.png"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert shot.returncode == 0, shot.stderr
    assert "no translation" not in shot.stderr  # journeymap_de.qm was found in the package
    assert (tmp_path / "de.png").stat().st_size > 10_000
    menus = subprocess.run(
        [installed / "bin" / "python", "-c", GERMAN_MENUS],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=True,
    ).stdout.strip()  # fmt: skip
    assert menus.split("|")[:3] == ["&Datei", "&Bearbeiten", "&Journey"]


ICON_SIZES_SHOWN = """
from journeymap.ui.app import make_app
print(sorted(size.width() for size in make_app().windowIcon().availableSizes()))
"""


@pytest.mark.slow
def test_the_installed_editor_has_its_icon_in_every_size(installed, tmp_path):
    """The icon's PNGs are package data: the installed app's window icon finds them all."""
    from journeymap.icon_files import ICON_SIZES

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    sizes = subprocess.run(
        [installed / "bin" / "python", "-c", ICON_SIZES_SHOWN],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=True,
    ).stdout.strip()  # fmt: skip
    assert sizes == str(sorted(ICON_SIZES))
