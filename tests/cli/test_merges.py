"""`storyline merges`: the merge log of a real build says why spelling variants were joined."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
runner = CliRunner()


def test_merge_log_names_the_variant_and_the_reason(tmp_path: Path) -> None:
    db = str(tmp_path / "merges.db")
    inputs = [str(SEEDS / "002_9abfb707a020ca86.txt"), str(SEEDS / "003_46a733fc1ef03ed7.txt")]
    assert runner.invoke(app, ["build", *inputs, "--db", db, "--quiet"]).exit_code == 0
    result = runner.invoke(app, ["merges", "--db", db, "--json"])
    assert result.exit_code == 0, result.stderr
    notes = json.loads(result.stdout)
    zelensky = [n for n in notes if "Zelenskiy" in n["merged"] and "Zelensky" in n["name"]]
    assert zelensky, notes
    assert all(n["reason"] for n in zelensky)
    entities = json.loads(runner.invoke(app, ["entities", "--db", db, "--json"]).stdout)
    ids = {e["id"] for e in entities if "Zelensk" in e["name"]}
    assert len(ids) == 1 and ids == {zelensky[0]["entity"]}
    table = runner.invoke(app, ["merges", "--db", db])
    assert "Zelenskiy" in table.stdout
