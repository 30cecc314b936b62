"""Install journeymap into the current user's desktop, or take it out again.

    .venv/bin/python tools/install_desktop.py install     # make install-desktop
    .venv/bin/python tools/install_desktop.py install --program ~/.local/opt/journeymap/journeymap
    .venv/bin/python tools/install_desktop.py uninstall   # make uninstall-desktop

Under ${XDG_DATA_HOME:-~/.local/share} it puts

* applications/journeymap.desktop (from packaging/linux/), whose Exec starts the program
  --program names (an application folder copied elsewhere), else the bundle
  (dist/journeymap/journeymap) when it has been built, else this venv's journeymap script,
  each by its absolute path, so the menu entry works whatever the desktop's PATH is;
* icons/hicolor/NxN/apps/journeymap.png in every size, and the SVG as scalable/apps/;
* mime/packages/journeymap.xml, the .jmap document type;

then refreshes the MIME database, the desktop entries' MIME cache and the icon cache
with update-mime-database, update-desktop-database and gtk-update-icon-cache, each when
it is installed. journeymap.desktop is then the only, so the default, program for .jmap
files: a double-click opens one in journeymap. Uninstalling removes these files and
refreshes the same caches. Only the standard library and journeymap.icon_files are used.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's icons, not those of another install

from journeymap.icon_files import ICON_NAME, ICON_SIZES, icon_png  # noqa: E402

DESKTOP_FILE = ROOT / "packaging" / "linux" / "journeymap.desktop"
MIME_PACKAGE = ROOT / "packaging" / "linux" / "journeymap.xml"
ICON_SVG = ROOT / "packaging" / "icons" / "journeymap.svg"
BUNDLE_PROGRAM = ROOT / "dist" / "journeymap" / "journeymap"
#: Characters that make the desktop entry spec ask for an Exec argument in double quotes.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    """The user's data folder: $XDG_DATA_HOME, or ~/.local/share when it is unset or empty."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if configured else Path.home() / ".local" / "share"


def program(chosen: Path | None = None) -> Path:
    """The journeymap program the menu entry starts: ``chosen`` (--program) if given, else
    the bundle when built, else the venv's script beside this interpreter (not resolved:
    a venv's python links to the system's)."""
    if chosen is not None:
        chosen = Path(os.path.abspath(chosen.expanduser()))
        if not (chosen.is_file() and os.access(chosen, os.X_OK)):
            raise SystemExit(f"install_desktop: {chosen} is not an executable program")
        return chosen
    if os.access(BUNDLE_PROGRAM, os.X_OK):
        return BUNDLE_PROGRAM
    script = Path(os.path.abspath(sys.executable)).parent / "journeymap"
    if os.access(script, os.X_OK):
        return script
    raise SystemExit(
        f"install_desktop: found neither {BUNDLE_PROGRAM} nor {script}: "
        "build the bundle (make bundle) or install the venv (make run) first"
    )


def exec_argument(path: Path) -> str:
    """``path`` as one argument of a desktop entry's Exec: in double quotes with ``"``,
    `` ` ``, ``$`` and ``\\`` escaped when it has a reserved character, ``%`` doubled; then
    with backslashes doubled, because Exec is also a string value, which has escapes."""
    text = str(path).replace("%", "%%")
    if _RESERVED & set(text):
        for char in '\\"`$':
            text = text.replace(char, "\\" + char)
        text = f'"{text}"'
    return text.replace("\\", "\\\\")


def desktop_entry(start: Path) -> str:
    """packaging/linux/journeymap.desktop with Exec and TryExec naming ``start``, without
    the template's comments."""
    lines = []
    for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("Exec="):
            line = f"Exec={exec_argument(start)} %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + str(start).replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(home: Path) -> dict[Path, Path | None]:
    """Each file this tool installs under ``home``, with its source (None: the desktop
    entry, which is written rather than copied)."""
    hicolor = home / "icons" / "hicolor"
    files: dict[Path, Path | None] = {home / "applications" / f"{ICON_NAME}.desktop": None}
    for size in ICON_SIZES:
        files[hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"] = icon_png(size)
    files[hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"] = ICON_SVG
    files[home / "mime" / "packages" / f"{ICON_NAME}.xml"] = MIME_PACKAGE
    return files


def cache_sources(home: Path) -> tuple[Path, Path, Path]:
    """The folders the MIME database, the desktop entries' MIME cache and the icon cache
    are made from."""
    return home / "mime" / "packages", home / "applications", home / "icons" / "hicolor"


def refresh_caches(home: Path) -> None:
    """Let the desktop see what changed: the MIME database, the MIME types of the desktop
    entries (the default program of a type) and the icon cache, each tool when there."""
    packages, applications, hicolor = cache_sources(home)
    for folder in cache_sources(home):
        folder.mkdir(parents=True, exist_ok=True)
    commands = (
        ["update-mime-database", str(packages.parent)],
        ["update-desktop-database", "--quiet", str(applications)],
        # -t: the user's hicolor folder has no index.theme of its own
        ["gtk-update-icon-cache", "--force", "--quiet", "-t", str(hicolor)],
    )
    for command in commands:
        if not shutil.which(command[0]):
            print(f"skipped {command[0]} (not installed)")
        elif subprocess.run(command).returncode != 0:
            raise SystemExit(f"install_desktop: {' '.join(command)} failed (see above)")


def install(home: Path, chosen: Path | None = None) -> None:
    """Install the desktop entry (starting ``chosen``, else the bundle or the venv's
    script), the icons and the MIME type under ``home``."""
    start = program(chosen)
    for target, source in installed_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(start), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        print(f"installed {target}")
    refresh_caches(home)
    print(f"a double-click on a .jmap file now runs {start}")


def uninstall(home: Path) -> None:
    """Remove what install() put under ``home``, and the folders that became empty, but
    for those the caches are made from: refreshed, they forget journeymap."""
    keep = {home, *cache_sources(home)}
    removed = False
    for target in installed_files(home):
        if target.exists():
            target.unlink()
            removed = True
            print(f"removed {target}")
        folder = target.parent
        while folder not in keep and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    if removed:
        refresh_caches(home)
    else:
        print(f"journeymap is not installed under {home}")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument(
        "--program",
        type=Path,
        help="the journeymap executable the menu entry starts, for an application folder "
        "copied elsewhere (default: dist/journeymap/journeymap when built, else the venv's)",
    )
    args = parser.parse_args(argv)
    if args.action == "install":
        install(data_home(), args.program)
    else:
        uninstall(data_home())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
