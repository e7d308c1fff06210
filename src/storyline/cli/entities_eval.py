"""``storyline eval entities DIR``: score the entities stage against gold/entities."""

from __future__ import annotations

from pathlib import Path

import typer

from storyline.cli.app import eval_app
from storyline.cli.common import JSON_OPTION, guarded
from storyline.cli.scores import show_scores
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


def _extra(scores: EntityScores) -> dict[str, object]:
    return {"country_accuracy": scores.country_accuracy,
            "country": f"{scores.country_correct}/{scores.country_total}"}


def _summary(scores: EntityScores) -> str:
    return f"country accuracy {scores.country_accuracy:.3f} ({scores.country_correct}/{scores.country_total})"


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
    show_scores(results, title=f"Entities against {folder} (relaxed = overlap >= 0.5; grouping = pairwise "
                "links)", rows=_rows, extra=_extra, summary=_summary, error_line=_error_line,
                as_json=as_json, show_errors=show_errors)
