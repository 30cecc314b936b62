"""Document files under real processes: two writers at once, and a disk that fills up."""

import resource
import signal
import subprocess
import sys

import pytest

from benchmarks.generate import build_large_document
from journeymap.storage import open_document, save_document
from tests.builders import small_document
from tests.test_survey_import import WIDE, write_csv


def _journeymap(*args, preexec=None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "journeymap", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec,
        **kwargs,
    )


def _metrics(path) -> set[str]:
    return {m.metric for m in open_document(path).journeys[0].measurements}


@pytest.mark.parametrize("suffix", [".jmap", ".json"])
def test_two_concurrent_imports_both_land_or_the_second_is_refused(tmp_path, suffix):
    data = write_csv(tmp_path / "export.csv", WIDE)
    for attempt in range(3):
        path = tmp_path / f"journey{attempt}{suffix}"
        save_document(small_document()[0], path)
        runs = [
            _journeymap("import-survey", path, data, "--metric", metric)
            for metric in ("csat", "ces")
        ]
        results = [(run.wait(60), *run.communicate()) for run in runs]
        saved = {metric for metric, (code, out, _) in zip(("csat", "ces"), results, strict=True)
                 if code == 0 and f"Saved {path}" in out}  # fmt: skip
        for code, _, err in results:
            assert "Traceback" not in err and "internal error" not in err
            if code != 0:  # refused: one message naming the file, nothing saved
                assert len(err.strip().splitlines()) == 1 and str(path) in err
        assert saved, results
        assert _metrics(path) == saved  # every "Saved" is in the file: none lost


def _fsize_limit(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails with EFBIG

    return apply


@pytest.mark.parametrize("out_name", ["big.jmap", "big.json", "report.xlsx"])
def test_a_full_disk_gives_one_message_and_keeps_the_old_file(tmp_path, out_name):
    source = tmp_path / "source.json"
    save_document(build_large_document()[0], source)
    out = tmp_path / out_name
    out.write_bytes(b"the previous version")
    if out_name.endswith(".xlsx"):
        args = ("export", source, "--xlsx", out)
    else:
        args = ("convert", source, out)
    run = _journeymap(*args, preexec=_fsize_limit(64 * 1024))
    code, (stdout, stderr) = run.wait(120), run.communicate()
    assert code == 1, stdout + stderr
    assert stderr.strip().splitlines() == [stderr.strip()], stderr  # one line
    assert f"journeymap: {out}: could not be " in stderr
    assert "File too large" in stderr or "disk is full" in stderr
    assert "Exception ignored" not in stderr and "Traceback" not in stderr
    assert out.read_bytes() == b"the previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["source.json", out_name])


def test_a_device_as_the_target_is_refused(tmp_path):
    source = tmp_path / "source.json"
    save_document(small_document()[0], source)
    out = tmp_path / "full.xlsx"
    out.symlink_to("/dev/full")
    run = _journeymap("export", source, "--xlsx", out)
    code, (_, stderr) = run.wait(60), run.communicate()
    assert code == 1 and stderr.strip() == (
        f"journeymap: {out}: is not a regular file, so it cannot be saved over"
    )
