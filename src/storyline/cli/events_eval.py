"""``storyline eval events DIR``: score the events stage against gold/events."""

from __future__ import annotations

from pathlib import Path

import typer

from storyline.cli.app import eval_app
from storyline.cli.common import JSON_OPTION, guarded
from storyline.cli.scores import show_scores
from storyline.evaluation.events import LEVELS, EventError, EventScores, evaluate_folder
from storyline.evaluation.quotes import Prf

LEVEL_NAMES = {"type": "type", "actors": "type + actors", "date": "type + actors + date"}


def _rows(scores: EventScores) -> list[tuple[str, Prf]]:
    return [(LEVEL_NAMES[level], scores.scores[level]) for level in LEVELS]


def _extra(scores: EventScores) -> dict[str, object]:
    return {"negation_accuracy": scores.negation_accuracy, "modality_accuracy": scores.modality_accuracy}


def _summary(scores: EventScores) -> str:
    return (f"negation accuracy {scores.negation_accuracy:.3f}, modality accuracy "
            f"{scores.modality_accuracy:.3f} (over {scores.compared} typed pairs)")


def _error_line(error: EventError) -> str:
    return (f"{error.document}\t{error.kind}\t{error.trigger!r}\t"
            f"expected: {error.expected}\tfound: {error.found}")


@eval_app.command("events")
def eval_events_command(
    folder: Path = typer.Argument(..., help="The gold/events folder (it holds documents.json)."),
    show_errors: bool = typer.Option(False, "--errors", help="List every disagreement too."),
    stand_in: bool = typer.Option(
        False, "--stand-in-entities",
        help="Name participants through spaCy's named entities instead of the entities stage."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score events: P/R/F1 on type, type + actors, type + actors + date."""
    with guarded():
        results = evaluate_folder(folder, stand_in=stand_in)
    show_scores(results, title=f"Events against {folder}", rows=_rows, extra=_extra, summary=_summary,
                error_line=_error_line, as_json=as_json, show_errors=show_errors)
