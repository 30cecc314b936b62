"""Running the ``journeymap`` command in this process, for speed (the fuzz and hostile
file tests run it hundreds of times); tests/test_cli.py runs it as a real process."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass

from journeymap.cli import main


@dataclass
class Ran:
    """What a command printed and its exit code."""

    code: int
    stdout: str
    stderr: str


def run_cli(*args: object) -> Ran:
    """Run ``journeymap ARGS`` in-process and capture what it prints."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as leaving:  # argparse's --help and usage errors
            code = leaving.code if isinstance(leaving.code, int) else 1
    return Ran(code, out.getvalue(), err.getvalue())


def assert_one_message_naming(ran: Ran, path: object) -> str:
    """The command was refused with exactly one message naming the file, and no traceback
    or internal error; returns the message."""
    assert ran.code != 0, ran
    lines = ran.stderr.strip().splitlines()
    assert len(lines) == 1, ran.stderr
    assert "internal error" not in ran.stderr and "Traceback" not in ran.stderr, ran.stderr
    assert str(path) in lines[0], ran.stderr
    return lines[0]
