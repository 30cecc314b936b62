"""discover.*: journey discovery from a contact log (CSV) against pandas on the same file.

The logs are generated once, untimed, into a temporary folder: cases that walk through
30 activities (mostly onwards, sometimes back or repeating) on 4 channels, hours to days
apart, written in the order of time as a contact centre exports them. discover.events_1m
has 1,000,000 events of 50,000 cases; discover.events_10m 10,000,000 events of 500,000.

Ours is `journeymap discover` run as a command (a fresh process: start, sandboxed child,
reading, counting, building and saving the journey). The reference does the core of it
with pandas in this process: read_csv, the timestamps, a sort by case and time, the
groupby-shift to the next activity and value_counts of the pairs. The peak memory of our
run is the largest total resident memory of the command's whole process tree (the command,
the sandbox's fork server and the child that reads the log), sampled every 10 ms from
/proc; pandas' peak is sampled the same way in a process of its own.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.harness import Result, compare

ACTIVITIES = 30
CHANNELS = ("phone", "email", "chat", "web")
_START = 1_767_225_600  # 2026-01-01, UTC
_COMMAND = ["-m", "journeymap", "discover"]
_COLUMNS = ["--case", "case_id", "--activity", "activity", "--time", "timestamp",
            "--channel", "channel", "--force"]  # fmt: skip
_PANDAS = """
import sys, pandas as pd
frame = pd.read_csv(sys.argv[1])
frame["timestamp"] = pd.to_datetime(frame["timestamp"], format="ISO8601", utc=True)
frame = frame.sort_values(["case_id", "timestamp"], kind="stable")
frame["next"] = frame.groupby("case_id")["activity"].shift(-1)
frame.value_counts(["activity", "next"])
"""


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


def _tree_rss(root: int) -> int:
    """The resident memory (bytes) of a process and all its descendants now."""
    children: dict[int, list[int]] = {}
    sizes: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            pages = int((entry / "statm").read_text().split()[1])
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
        sizes[int(entry.name)] = pages * 4096
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += sizes.get(pid, 0)
        todo += children.get(pid, [])
    return total


def timed_process(argv: list[str]) -> tuple[float, float]:
    """Run a command; its wall time (s) and the peak resident memory of its process tree
    (MB), sampled every 10 ms."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
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


def _median_run(argv: list[str], repeats: int) -> tuple[float, float]:
    runs = sorted(timed_process(argv) for _ in range(repeats))
    return runs[len(runs) // 2][0], max(peak for _, peak in runs)


def run() -> list[Result]:
    """Time discovery on the 1M and the 10M log against pandas; the logs (about 0.5 GB)
    are removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="jm-bench-discover-") as folder:
        return _run(Path(folder))


def _run(folder: Path) -> list[Result]:
    results = []
    for name, events, cases, repeats, budget in (
        ("discover.events_1m", 1_000_000, 50_000, 5, 2.0),
        ("discover.events_10m", 10_000_000, 500_000, 1, None),
    ):
        log = folder / f"{name}.csv"
        write_log(log, events, cases)
        ours, peak = _median_run(
            [sys.executable, *_COMMAND, str(log), str(folder / "out.jmap"), *_COLUMNS], repeats
        )
        theirs, their_peak = _median_run([sys.executable, "-c", _PANDAS, str(log)], repeats)
        result = compare(name, ours, "pandas read_csv, sort, groupby-shift, value_counts",
                         theirs, budget)  # fmt: skip
        result.peak_mb = round(peak, 1)
        result.reference_peak_mb = round(their_peak, 1)
        results.append(result)
        log.unlink()
    return results
