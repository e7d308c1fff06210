"""``storyline eval quotes DIR``: score the quotes stage against gold/quotes."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from storyline.cli.app import eval_app
from storyline.cli.common import JSON_OPTION, console, guarded, print_json
from storyline.evaluation.quotes import GROUPS, THRESHOLDS, QuoteError, QuoteScores, evaluate_folder


def _table(results: dict[str, QuoteScores], folder: Path) -> Table:
    table = Table(title=f"Quotes against {folder} (overlap = shared chars / longer span)")
    for column in ("set", "quotes", "overlap", "gold", "found", "P", "R", "F1"):
        table.add_column(column, justify="left" if column in ("set", "quotes") else "right")
    for name, scores in results.items():
        for group in GROUPS:
            for threshold in THRESHOLDS:
                prf = scores.scores[(group, threshold)]
                table.add_row(name, group, f"{threshold:.1f}", str(prf.gold), str(prf.predicted),
                              f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
    return table


def _figures(scores: QuoteScores) -> dict[str, object]:
    data: dict[str, object] = {"documents": scores.documents}
    for (group, threshold), prf in scores.scores.items():
        data[f"{group}@{threshold}"] = {"gold": prf.gold, "found": prf.predicted, "matched": prf.matched,
                                        "precision": prf.precision, "recall": prf.recall, "f1": prf.f1}
    data["speaker_accuracy"] = scores.speaker_accuracy
    data["speaker"] = f"{scores.speaker_correct}/{scores.speaker_total}"
    data["kind_accuracy"] = scores.kind_accuracy
    return data


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
    every = results["all"]
    if as_json:
        data: dict[str, object] = {name: _figures(s) for name, s in results.items()}
        if show_errors:
            data["errors"] = [e.__dict__ for e in every.errors]
        print_json(data)
        return
    console.print(_table(results, folder))
    for name, scores in results.items():
        console.print(f"{name}: speaker accuracy {scores.speaker_accuracy:.3f} "
                      f"({scores.speaker_correct}/{scores.speaker_total}), "
                      f"kind accuracy {scores.kind_accuracy:.3f}", highlight=False)
    if show_errors:
        for error in every.errors:
            console.print(_error_line(error), highlight=False, soft_wrap=True)
