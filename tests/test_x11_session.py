"""One short workshop in a real X11 window under Xvfb (tests/x11_driver.py): fails on a
crash, a failed step or any Qt warning, which the offscreen platform can hide.

Skipped when Xvfb is not installed, unless JOURNEYMAP_REQUIRE_X11=1 (as in .ci/run)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Bounds for a hung server or driver, not timing checks.
XVFB_START_S = 20
DRIVER_S = 90
#: What PySide6 prints for a broken override or a deleted item, even where Qt says nothing.
BAD_SIGNS = ("already deleted", "Error calling Python override", "Traceback")


@pytest.fixture
def xvfb(tmp_path):
    """A running Xvfb on a free display; its DISPLAY value. Xvfb picks the number itself
    (-displayfd) and writes it once it accepts connections."""
    if shutil.which("Xvfb") is None:
        if os.environ.get("JOURNEYMAP_REQUIRE_X11") == "1":
            pytest.fail("Xvfb is not installed, and JOURNEYMAP_REQUIRE_X11=1 asks for it")
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp",
         "-noreset"],
        pass_fds=[write], stdout=subprocess.DEVNULL, stderr=open(tmp_path / "xvfb.log", "w"),  # noqa: SIM115
    )  # fmt: skip
    os.close(write)
    try:
        number = _read_display(read, server)
        socket = Path(f"/tmp/.X11-unix/X{number}")
        assert socket.exists(), f"Xvfb says :{number} but made no {socket}"
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _read_display(fd: int, server: subprocess.Popen) -> int:
    """The display number Xvfb writes to ``fd`` when it is ready."""
    import select

    ready, _, _ = select.select([fd], [], [], XVFB_START_S)
    text = os.read(fd, 64).decode().strip() if ready else ""
    if not text.isdigit():
        pytest.fail(f"Xvfb did not start (exit code {server.poll()})")
    return int(text)


def test_a_short_workshop_in_a_real_x11_window(xvfb, tmp_path):
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)  # Qt warns when XDG_RUNTIME_DIR is missing or open to others
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
    env.update(
        DISPLAY=xvfb,
        QT_QPA_PLATFORM="xcb",
        XDG_RUNTIME_DIR=str(runtime),
        JOURNEYMAP_RECOVERY_DIR=str(tmp_path / "recovery"),
        PYTHONFAULTHANDLER="1",  # a crash prints where it happened
    )
    try:
        run = subprocess.run(
            [sys.executable, "-m", "tests.x11_driver", str(tmp_path)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=DRIVER_S,
        )  # fmt: skip
    except subprocess.TimeoutExpired as hung:
        pytest.fail(f"the driver hung:\n{hung.stdout}\n{hung.stderr}")
    output = run.stdout + run.stderr
    if run.returncode < 0:
        pytest.fail(f"the app crashed ({signal.Signals(-run.returncode).name}):\n{output}")
    assert run.returncode == 0, f"the driver exited with {run.returncode}:\n{output}"
    assert "PLATFORM xcb" in run.stdout  # a real X11 window, not offscreen
    assert "DONE 6 of 6 steps passed, 0 warnings or errors" in run.stdout, output
    signs = [sign for sign in BAD_SIGNS if sign in output]
    assert not signs, f"{signs} in the output:\n{output}"
