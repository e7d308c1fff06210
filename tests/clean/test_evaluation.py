"""The cleaning evaluation (library and ``storyline eval clean``), with floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.errors import EvaluationError
from storyline.evaluation.clean import evaluate_folder

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold" / "clean"


def test_scores_on_the_seeds_and_synthetic_dumps() -> None:
    scores = evaluate_folder(GOLD, ROOT)
    figures = scores.figures()
    assert figures["dumps"] >= 13 and figures["lines"] >= 270
    # floors: a little under what is measured (1.000 everywhere); floors only move up
    assert scores.recall >= 0.99  # body lines kept
    assert scores.precision >= 0.98  # kept lines that are body
    assert figures["body_lost"] == 0
    assert scores.metadata_accuracy >= 0.97


def test_seed_figures() -> None:
    scores = evaluate_folder(GOLD, ROOT)
    seeds = [d for d in scores.dumps if d.name[:3].isdigit()]
    assert len(seeds) == 5
    assert sum(d.noise_kept + d.body_lost for d in seeds) == 0
    assert all(d.metadata_wrong == () for d in seeds)


def test_malformed_gold_is_reported(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text(json.dumps({"path": "x.txt"}), encoding="utf-8")
    with pytest.raises(EvaluationError, match="not a cleaning gold file"):
        evaluate_folder(tmp_path, ROOT)
    with pytest.raises(EvaluationError, match="no gold"):
        evaluate_folder(tmp_path / "empty", ROOT)


def test_eval_clean_command() -> None:
    from typer.testing import CliRunner

    import storyline.cli.clean  # noqa: F401  (registers the command)
    from storyline.cli.app import app

    result = CliRunner().invoke(app, ["eval", "clean", str(GOLD), "--root", str(ROOT), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["body_lost"] == 0 and figures["recall"] >= 0.99
