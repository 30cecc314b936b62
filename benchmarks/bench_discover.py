"""discover.*: journey discovery from a contact log (CSV) against pandas on the same file.

The logs are generated once, untimed, into a temporary folder: cases that walk through
30 activities (mostly onwards, sometimes back or repeating) on 4 channels, hours to days
apart, written in the order of time as a contact centre exports them. discover.events_1m
has 1,000,000 events of 50,000 cases; discover.events_10m 10,000,000 events of 500,000.

discover.events_1m times `discover_log` in this process, as the GUI calls it: the sandboxed
child that reads and counts the log, and the journey built from its facts. As the discover
dialog does once a log is chosen, the child is started (untimed) before each run with its
code imported (prepare_reading); the reference has pandas imported too. The reference is
the core of it done with pandas in this process: read_csv, the timestamps, a sort by case
and time, the groupby-shift to the next activity and value_counts of the pairs.
discover.events_10m runs `journeymap discover` as a command (a fresh process that also
saves the journey) against the same pandas code in a process of its own, once each, and
records the peak memory of each: the largest memory of the whole process tree (the
command, the sandbox's fork server and the child that reads the log: the sum of their
proportional set sizes, so the libraries the child shares with the fork server count
once), sampled every 10 ms from /proc.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.harness import Result, compare, median_time

ACTIVITIES = 30
CHANNELS = ("phone", "email", "chat", "web")
_START = 1_767_225_600  # 2026-01-01, UTC
_COMMAND = ["-m", "journeymap", "discover"]
_COLUMNS = ["--case", "case_id", "--activity", "activity", "--time", "timestamp",
            "--channel", "channel", "--force"]  # fmt: skip
_PANDAS = "import sys; from benchmarks.bench_discover import pandas_reference as r; r(sys.argv[1])"
_ROOT = Path(__file__).resolve().parent.parent


def pandas_reference(log: str | Path) -> object:
    """The core of discovery done with pandas: read, timestamps, sort, next activity,
    pair counts."""
    import pandas as pd

    frame = pd.read_csv(log)
    frame["timestamp"] = pd.to_datetime(frame["timestamp"], format="ISO8601", utc=True)
    frame = frame.sort_values(["case_id", "timestamp"], kind="stable")
    frame["next"] = frame.groupby("case_id")["activity"].shift(-1)
    return frame.value_counts(["activity", "next"])


def write_log(path: Path, events: int, cases: int, seed: int = 20261201) -> None:
    """A contact log of ``events`` rows over ``cases`` cases, in time order."""
    import numpy as np
    import polars as pl

    rng = np.random.default_rng(seed)
    case = np.repeat(np.arange(cases), events // cases)
    first = np.repeat(rng.integers(0, 3, cases), events // cases)
    steps = rng.choice([0, 1, 1, 1, 1, 2, 3, -1], size=case.size)
    steps[np.arange(0, case.size, events // cases)] = 0  # each case starts at its first
    walk = np.cumsum(steps)
    walk -= np.repeat(walk[:: events // cases], events // cases)
    activity = np.clip(first + walk, 0, ACTIVITIES - 1)
    gaps = rng.exponential(6 * 3600, size=case.size).astype(np.int64)
    gaps[np.arange(0, case.size, events // cases)] = 0
    offset = np.cumsum(gaps)
    offset -= np.repeat(offset[:: events // cases], events // cases)
    start = np.repeat(rng.integers(0, 180 * 86400, cases), events // cases)
    frame = pl.DataFrame({
        "case_id": case, "activity": activity, "time": _START + start + offset,
        "channel": rng.choice(len(CHANNELS), size=case.size, p=[0.4, 0.3, 0.2, 0.1]),
    }).sort("time")  # fmt: skip
    frame.select(
        pl.format("T{}", pl.col("case_id")).alias("case_id"),
        pl.format("Activity {}", pl.col("activity") + 1).alias("activity"),
        pl.from_epoch("time").dt.strftime("%Y-%m-%dT%H:%M:%S").alias("timestamp"),
        pl.col("channel").replace_strict(dict(enumerate(CHANNELS)), return_dtype=pl.String),
    ).write_csv(path)


def _proportional(entry: Path) -> int:
    """A process's proportional set size (bytes): its own pages, and its share of the
    pages it shares (the sandbox's child shares the fork server's libraries)."""
    for line in (entry / "smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


def _tree_memory(root: int) -> int:
    """The memory (bytes) a process and all its descendants use now: the sum of their
    proportional set sizes, so that pages they share count once."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        with contextlib.suppress(OSError):  # gone meanwhile
            total += _proportional(Path("/proc") / str(pid))
        todo += children.get(pid, [])
    return total


def timed_process(argv: list[str]) -> tuple[float, float]:
    """Run a command; its wall time (s) and the peak resident memory of its process tree
    (MB), sampled every 10 ms."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=_ROOT)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_memory(process.pid))
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, error = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode:
        raise RuntimeError(f"{argv[:4]} failed: {error.decode(errors='replace')[-500:]}")
    return seconds, peak / 1024**2


def run() -> list[Result]:
    """Time discovery on the 1M and the 10M log against pandas; the logs (about 0.5 GB)
    are removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="jm-bench-discover-") as folder:
        return _run(Path(folder))


def _run(folder: Path) -> list[Result]:
    from journeymap.discovery import DiscoveryOptions, LogColumns, discover_log, prepare_reading

    reference = "pandas read_csv, sort, groupby-shift, value_counts"
    log = folder / "events_1m.csv"
    write_log(log, 1_000_000, 50_000)
    columns = LogColumns("case_id", "activity", "timestamp", channel="channel")
    options = DiscoveryOptions(by_channel=True)

    def chosen() -> None:  # as in the dialog: the child starts while the options are set
        prepare_reading()
        time.sleep(1.0)  # the second a person takes to look at the preview, at least

    ours = median_time(lambda: discover_log(log, columns, options), setup=chosen)
    theirs = median_time(lambda: pandas_reference(log))
    results = [compare("discover.events_1m", ours, reference, theirs, budget=2.0)]
    log.unlink()

    log = folder / "events_10m.csv"
    write_log(log, 10_000_000, 500_000)
    ours, peak = timed_process(
        [sys.executable, *_COMMAND, str(log), str(folder / "out.jmap"), *_COLUMNS]
    )
    theirs, their_peak = timed_process([sys.executable, "-c", _PANDAS, str(log)])
    result = compare("discover.events_10m", ours, reference + " (each a fresh process)", theirs)
    result.peak_mb, result.reference_peak_mb = round(peak, 1), round(their_peak, 1)
    results.append(result)
    log.unlink()
    return results
