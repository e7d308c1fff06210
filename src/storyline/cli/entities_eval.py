"""``storyline eval entities DIR``: score the entities stage against gold/entities."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from storyline.cli.app import eval_app
from storyline.cli.common import JSON_OPTION, console, guarded, print_json
from storyline.evaluation.entities import (
    GROUP_LEVELS,
    NAME_LEVELS,
    EntityError,
    EntityScores,
    evaluate_folder,
)
from storyline.evaluation.quotes import Prf


def _rows(scores: EntityScores) -> list[tuple[str, Prf]]:
    rows = [(f"names {level}", scores.names[level]) for level in NAME_LEVELS]
    rows.append(("descriptions", scores.descriptions))
    rows += [(f"grouping {level}", scores.groups[level]) for level in GROUP_LEVELS]
    rows.append(("roles", scores.roles))
    return rows


def _table(results: dict[str, EntityScores], folder: Path) -> Table:
    table = Table(title=f"Entities against {folder} (relaxed = overlap >= 0.5; grouping = pairwise links)")
    for column in ("set", "score", "gold", "found", "matched", "P", "R", "F1"):
        table.add_column(column, justify="left" if column in ("set", "score") else "right")
    for name, scores in results.items():
        for label, prf in _rows(scores):
            table.add_row(name, label, str(prf.gold), str(prf.predicted), str(prf.matched),
                          f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
    return table


def _figures(scores: EntityScores) -> dict[str, object]:
    data: dict[str, object] = {"documents": scores.documents}
    for label, prf in _rows(scores):
        data[label.replace(" ", "_")] = {"gold": prf.gold, "found": prf.predicted, "matched": prf.matched,
                                         "precision": prf.precision, "recall": prf.recall, "f1": prf.f1}
    data["country_accuracy"] = scores.country_accuracy
    data["country"] = f"{scores.country_correct}/{scores.country_total}"
    return data


def _error_line(error: EntityError) -> str:
    return (f"{error.document}\t{error.kind}\t{error.text[:100]!r}\t"
            f"expected: {error.expected}\tfound: {error.found}")


@eval_app.command("entities")
def eval_entities_command(
    folder: Path = typer.Argument(..., help="The gold/entities folder (it holds documents.json)."),
    show_errors: bool = typer.Option(False, "--errors", help="List every disagreement too."),
    stand_in: bool = typer.Option(
        False, "--stand-in", help="Score spaCy's named entities grouped by name (a baseline) instead."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score entities: name mentions, descriptions, grouping, roles (P/R/F1) and country accuracy."""
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
        console.print(f"{name}: country accuracy {scores.country_accuracy:.3f} "
                      f"({scores.country_correct}/{scores.country_total})", highlight=False)
    if show_errors:
        for error in every.errors:
            console.print(_error_line(error), highlight=False, soft_wrap=True)
