"""``storyline eval quotes DIR``: score the quotes stage against gold/quotes."""

from __future__ import annotations

from pathlib import Path

import typer

from storyline.cli.app import eval_app
from storyline.cli.common import JSON_OPTION, guarded
from storyline.cli.scores import show_scores
from storyline.evaluation.quotes import GROUPS, THRESHOLDS, Prf, QuoteError, QuoteScores, evaluate_folder


def _rows(scores: QuoteScores) -> list[tuple[str, Prf]]:
    return [(f"{group}@{threshold}", scores.scores[(group, threshold)])
            for group in GROUPS for threshold in THRESHOLDS]


def _extra(scores: QuoteScores) -> dict[str, object]:
    return {"speaker_accuracy": scores.speaker_accuracy,
            "speaker": f"{scores.speaker_correct}/{scores.speaker_total}",
            "kind_accuracy": scores.kind_accuracy}


def _summary(scores: QuoteScores) -> str:
    return (f"speaker accuracy {scores.speaker_accuracy:.3f} ({scores.speaker_correct}/"
            f"{scores.speaker_total}), kind accuracy {scores.kind_accuracy:.3f}")


def _error_line(error: QuoteError) -> str:
    return (f"{error.document}\t{error.kind}\t{error.text[:100]!r}\t"
            f"expected: {error.expected}\tfound: {error.found}")


@eval_app.command("quotes")
def eval_quotes_command(
    folder: Path = typer.Argument(..., help="The gold/quotes folder (it holds documents.json)."),
    show_errors: bool = typer.Option(False, "--errors", help="List every disagreement too."),
    stand_in: bool = typer.Option(
        False, "--stand-in-entities",
        help="Link speakers through spaCy's named entities instead of the entities stage."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score quotes: P/R/F1 at overlap 0.3 and 0.8 (direct, quoted, all kinds) and speaker accuracy."""
    with guarded():
        results = evaluate_folder(folder, stand_in=stand_in)
    show_scores(results, title=f"Quotes against {folder} (direct|quoted|all @ overlap: shared chars / "
                "longer span)", rows=_rows, extra=_extra, summary=_summary, error_line=_error_line,
                as_json=as_json, show_errors=show_errors)
