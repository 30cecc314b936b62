"""Untrusted files are parsed in a child process: whatever the parser does (abort,
segfault, eat memory, spin, flood), the caller gets one message naming the file and
goes on; errors the parser raises itself come back as they were."""

import sys
import time
from pathlib import Path

import pytest

from journeymap.errors import DocumentFileError
from journeymap.safety import sandbox
from journeymap.safety.sandbox import Cancelled, Limits, run_untrusted
from tests import sandbox_targets as targets

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="resource limits are Linux's")


def refused(target, *args, **options) -> str:
    """The message the sandbox gives for a target that goes wrong."""
    with pytest.raises(DocumentFileError) as caught:
        run_untrusted(target, "answers.xlsx", args, **options)
    assert caught.value.path == "answers.xlsx"
    return caught.value.problem


def test_the_result_and_the_progress_come_back():
    seen = []
    value = {"rows": [(1, "Ja", 4.5, None)], "name": "Café"}
    assert run_untrusted(targets.echo, "a.csv", (value,), progress=seen.append) == value
    assert seen == [1, 2]


def test_an_aborting_reader_is_named_and_the_caller_lives_on():
    assert refused(targets.abort) == "could not be read: the spreadsheet reader crashed (SIGABRT)"
    assert refused(targets.segfault, reader="CSV reader") == (
        "could not be read: the CSV reader crashed (SIGSEGV)"
    )
    assert run_untrusted(targets.echo, "a.csv", (1,)) == 1  # and the next file reads fine


@linux_only
def test_a_reader_that_needs_too_much_memory_is_stopped():
    problem = refused(targets.hog_memory, limits=Limits(memory_bytes=512 * 1024**2))
    assert problem == "could not be read: the spreadsheet reader needed more than 512 MB of memory"


@linux_only
def test_calamine_aborting_on_a_sparse_sheet_is_a_message_not_a_dead_editor():
    """The real thing, with the checks before it skipped: A1 and XFD1048576 make calamine
    ask for 549 GB, and a failed allocation in Rust aborts the process."""
    sparse = Path(__file__).parent / "fixtures" / "survey" / "sparse.xlsx"
    with pytest.raises(DocumentFileError) as caught:
        run_untrusted(targets.calamine_unchecked, sparse, (str(sparse),))
    assert str(caught.value) == (
        f"{sparse}: could not be read: the spreadsheet reader needed more than 1 GB of memory"
    )


@linux_only
def test_a_reader_that_spins_is_stopped_by_its_cpu_limit():
    """The CPU limit stops it, not the clock (which would say 30 s)."""
    problem = refused(targets.spin, limits=Limits(cpu_seconds=1, wall_seconds=30))
    assert problem == "could not be read: the spreadsheet reader took more than 1 s"


def test_a_reader_that_hangs_is_stopped_by_the_clock():
    """The only limit where the system has no setrlimit (Windows)."""
    problem = refused(targets.spin, limits=Limits(cpu_seconds=30, wall_seconds=1))
    assert problem == "could not be read: the spreadsheet reader took more than 1 s"


def test_the_documented_limits():
    assert Limits() == Limits(1024**3, 60, 60, 256 * 1024**2)
    assert sandbox.MEMORY_LIMIT == 1024**3 and sandbox.TIME_LIMIT == 60


def test_a_flood_of_output_is_cut_off():
    problem = refused(targets.flood, limits=Limits(output_bytes=1024**2))
    assert problem == "could not be read: the spreadsheet reader sent more than 1 MB"


def test_a_result_that_would_build_other_objects_is_refused():
    """A child taken over by a hostile file must not run code in the parent by pickle."""
    problem = refused(targets.smuggle)
    assert problem.startswith("could not be read: the spreadsheet reader sent back unexpected")
    assert "system is not expected" in problem


def test_errors_the_reader_raises_come_back_as_they_were():
    assert refused(targets.refuse, "answers.xlsx") == "is not a survey export"
    assert (
        refused(targets.fail)
        == "could not be read: the spreadsheet reader failed (KeyError: 'surprise')"
    )


def test_cancelling_stops_the_child_at_once():
    """Cancelled, not stopped by the clock a minute later (the default wall limit)."""
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_untrusted(targets.spin, "a.csv", (), cancelled=lambda: time.monotonic() > started + 0.2)


def test_a_child_started_ahead_has_its_modules_imported_and_serves_one_job():
    warm = ("tests.sandbox_targets", "colorsys")
    assert not run_untrusted(targets.imported, "a.csv", ("colorsys",))  # a plain child
    sandbox.prepare_child(warm)
    assert run_untrusted(targets.imported, "a.csv", ("colorsys",), warm=warm)
    assert warm not in sandbox._READY  # used once
    # without one ready, a child is started at once, and still imports them first
    assert run_untrusted(targets.imported, "a.csv", ("colorsys",), warm=warm)


def test_a_child_started_ahead_that_died_is_replaced():
    warm = ("tests.sandbox_targets",)
    sandbox.prepare_child(warm)
    sandbox._READY[warm].process.kill()
    sandbox._READY[warm].process.join()
    assert run_untrusted(targets.echo, "a.csv", (7,), warm=warm) == 7
