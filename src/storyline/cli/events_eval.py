"""``storyline eval events DIR``: score the events stage against gold/events."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from storyline.cli.app import eval_app
from storyline.cli.common import JSON_OPTION, console, guarded, print_json
from storyline.evaluation.events import LEVELS, EventError, EventScores, evaluate_folder

LEVEL_NAMES = {"type": "type", "actors": "type + actors", "date": "type + actors + date"}


def _table(results: dict[str, EventScores], folder: Path) -> Table:
    table = Table(title=f"Events against {folder}")
    for column in ("set", "level", "gold", "found", "matched", "P", "R", "F1"):
        table.add_column(column, justify="left" if column in ("set", "level") else "right")
    for name, scores in results.items():
        for level in LEVELS:
            prf = scores.scores[level]
            table.add_row(name, LEVEL_NAMES[level], str(prf.gold), str(prf.predicted), str(prf.matched),
                          f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
    return table


def _figures(scores: EventScores) -> dict[str, object]:
    data: dict[str, object] = {"documents": scores.documents}
    for level, prf in scores.scores.items():
        data[level] = {"gold": prf.gold, "found": prf.predicted, "matched": prf.matched,
                       "precision": prf.precision, "recall": prf.recall, "f1": prf.f1}
    data["negation_accuracy"] = scores.negation_accuracy
    data["modality_accuracy"] = scores.modality_accuracy
    return data


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
    every = results["all"]
    if as_json:
        data: dict[str, object] = {name: _figures(s) for name, s in results.items()}
        if show_errors:
            data["errors"] = [e.__dict__ for e in every.errors]
        print_json(data)
        return
    console.print(_table(results, folder))
    for name, scores in results.items():
        console.print(f"{name}: negation accuracy {scores.negation_accuracy:.3f}, modality accuracy "
                      f"{scores.modality_accuracy:.3f} (over {scores.compared} typed pairs)", highlight=False)
    if show_errors:
        for error in every.errors:
            console.print(_error_line(error), highlight=False, soft_wrap=True)
