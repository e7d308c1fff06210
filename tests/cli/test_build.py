"""`storyline build` end to end on real files, with SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from storyline.cli import app

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"

SCHEMA = json.loads((ROOT / "src/storyline/data/export.schema.json").read_text(encoding="utf-8"))
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def export(db: str) -> dict:
    code, out, err = run("export", "--db", db, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    return data


def test_build_seeds_then_rebuild_is_a_no_op(db_target):
    code, out, err = run("build", str(SEEDS), "--db", db_target, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert len(report["added"]) == 5 and report["skipped"] == []
    first = export(db_target)
    assert len(first["documents"]) == 5
    assert all(d["text"] and d["language"] == "fr" for d in first["documents"])

    code, out, _ = run("build", str(SEEDS), "--db", db_target, "--json")
    assert code == 0
    again = json.loads(out)
    assert again["added"] == [] and again["unchanged"] == 5
    assert export(db_target)["documents"] == first["documents"]


def test_build_adds_only_new_files(tmp_path):
    db = str(tmp_path / "s.db")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "000_a02933fc097f034d.txt", folder)
    assert run("build", str(folder), "--db", db, "--quiet")[0] == 0
    shutil.copy(SEEDS / "003_46a733fc1ef03ed7.txt", folder)
    code, out, _ = run("build", str(folder), "--db", db, "--json")
    assert code == 0
    report = json.loads(out)
    assert len(report["added"]) == 1 and report["unchanged"] == 1 and report["stored"] == 2


def test_bad_inputs_are_skipped_with_a_reason_and_exit_code(tmp_path):
    db = str(tmp_path / "s.db")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "000_a02933fc097f034d.txt", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "bad.jsonl").write_text('{"title": "x", "maintext": \n', encoding="utf-8")
    code, out, err = run("build", str(folder), "--db", db, "--json")
    assert code == 1
    report = json.loads(out)
    sources = {Path(s["source"].split(":")[0]).name for s in report["skipped"]}
    assert {"empty.txt", "binary.txt", "bad.jsonl"} <= sources
    assert len(report["added"]) == 1
    assert "empty.txt" in err


def test_documents_lists_what_is_stored(tmp_path):
    db = str(tmp_path / "s.db")
    run("build", str(SEEDS / "003_46a733fc1ef03ed7.txt"), "--db", db, "--quiet")
    code, out, _ = run("documents", "--db", db, "--json")
    assert code == 0
    [row] = json.loads(out)
    assert row["published"] == "2024-11-08" and "Poutine" in row["title"]


def test_unreachable_database_is_one_clear_line(tmp_path):
    code, _, err = run("documents", "--db", "postgresql://nobody@127.0.0.1:1/x")
    assert code == 2
    assert "cannot open the database" in err


def test_killed_build_resumes_and_completes(tmp_path):
    """Kill a build while it stores articles; the next build stores the rest, nothing torn."""
    folder = tmp_path / "in"
    folder.mkdir()
    body = (SEEDS / "001_f20b75c96bb59876.txt").read_text(encoding="utf-8")
    for number in range(12):
        (folder / f"copy{number:02d}.txt").write_text(f"{body}\n\nVariante {number}.", "utf-8")
    db = tmp_path / "k.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "storyline", "build", str(folder), "--db", str(db), "--quiet"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                stored = sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
            if stored >= 1:
                break
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the build finished before it could be interrupted")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(db)
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    analysed = conn.execute("SELECT count(*) FROM analyses").fetchone()[0]
    conn.close()
    assert docs == analysed and docs < 12  # every stored article has its analysis
    code, out, err = run("build", str(folder), "--db", str(db), "--json")
    assert code == 0, err
    assert json.loads(out)["stored"] == 12
