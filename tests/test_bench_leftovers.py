"""Benchmarks leave nothing behind: bench_vault once left plaintext SQLite files in the temp dir."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

BENCH = Path(__file__).parents[1] / "benchmarks" / "bench_vault.py"


def test_bench_vault_leaves_no_files_in_the_temp_folder(fast_kdf, tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_vault", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    result = bench.measure(40)
    assert result["rows"] == 40 and result["save_ms"] > 0  # it really ran
    assert list(scratch.iterdir()) == []
