"""The bundled samples are what their TOML sources say: the builder, run into a fresh
folder, writes every checked-in sample file byte for byte, and no other file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "journeymap" / "sample_files"


def test_the_builder_writes_the_checked_in_samples(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    builder = [sys.executable, ROOT / "tools" / "make_samples.py", tmp_path]
    subprocess.run(builder, env=env, check=True, capture_output=True, timeout=60)
    built = sorted(path.name for path in tmp_path.iterdir())
    assert built == sorted(path.name for path in SAMPLE_DIR.iterdir())
    assert len(built) == 10  # five samples, each in English and German
    for name in built:
        assert (tmp_path / name).read_bytes() == (SAMPLE_DIR / name).read_bytes(), name
