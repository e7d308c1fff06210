"""``storyline eval claims DIR``: score the numeric-claims stage against gold/claims."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from storyline.cli.app import eval_app
from storyline.cli.common import JSON_OPTION, console, guarded, print_json
from storyline.evaluation.claims import ClaimError, ClaimScores, evaluate


def _table(results: dict[str, ClaimScores], folder: Path) -> Table:
    table = Table(title=f"Numeric claims against {folder}")
    for column in ("set", "docs", "gold", "found", "P", "R", "F1", "F1+qual", "attrib.",
                   "sourced"):
        table.add_column(column, justify="left" if column == "set" else "right")
    for name, s in results.items():
        table.add_row(
            name, str(s.documents), str(s.gold), str(s.system),
            f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.full_f1:.3f}",
            f"{s.attribution_accuracy:.3f}", f"{s.attributed_correct}/{s.attributed_gold}",
        )
    return table


def _error_line(error: ClaimError) -> str:
    gold = "-"
    if error.gold is not None:
        g = error.gold
        gold = f"{g.text!r} {g.value:g} {g.noun!r} q={g.qualifier} src={list(g.attributed_to)}"
    found = "-"
    if error.system is not None:
        c = error.system.claim
        found = (f"{c.text!r} {c.value:g} {c.noun!r} q={c.qualifier} "
                 f"src={list(error.system.source_names)}")
    return f"{error.document}\t{error.kind}\tgold: {gold}\tsystem: {found}"


def _error_record(error: ClaimError) -> dict[str, object]:
    return {
        "document": error.document,
        "kind": error.kind,
        "gold": error.gold.__dict__ if error.gold else None,
        "system": ({**error.system.claim.__dict__, "source_names": error.system.source_names}
                   if error.system else None),
    }


@eval_app.command("claims")
def eval_claims_command(
    folder: Path = typer.Argument(..., help="The gold/claims folder (it holds documents.json)."),
    show_errors: bool = typer.Option(False, "--errors", help="List every disagreement too."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score numeric claims: P/R/F1 on (value, noun), with the qualifier, and attribution."""
    with guarded():
        results = evaluate(folder)
    if as_json:
        data: dict[str, object] = {name: s.figures() for name, s in results.items()}
        if show_errors:
            data["errors"] = [_error_record(e) for e in results["all"].errors]
        print_json(data)
        return
    console.print(_table(results, folder))
    if show_errors:
        for error in results["all"].errors:
            console.print(_error_line(error), highlight=False, soft_wrap=True)
