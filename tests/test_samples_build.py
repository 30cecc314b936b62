"""The bundled samples are what their TOML sources say: the builder, run into a fresh
folder, writes every checked-in sample file byte for byte, and no other file. Their
personas come with a full card, as a training map needs."""

from __future__ import annotations

import json
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


def test_every_sample_persona_has_a_full_card():
    for path in sorted(SAMPLE_DIR.iterdir()):
        for persona in json.loads(path.read_text(encoding="utf-8"))["personas"]:
            where = f"{path.name}: {persona['name']}"
            assert persona["quote"] and "\n" not in persona["quote"], where
            for card_list in ("goals", "needs", "frustrations"):
                items = persona[card_list].split("\n")
                assert 2 <= len(items) <= 4 and all(items), f"{where}: {card_list}"
