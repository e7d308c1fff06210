"""Commands for the cleaner: ``storyline clean`` and ``storyline eval clean``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import typer
from rich.table import Table

from storyline.cli.app import app, eval_app
from storyline.cli.common import JSON_OPTION, console, guarded, print_json
from storyline.evaluation.clean import CleanScores, evaluate_folder
from storyline.models import RawDocument, to_dict


@app.command("clean")
def clean_command(
    path: Path = typer.Argument(..., help="A plain-text dump (.txt) or an HTML page (.html)."),
    lines: bool = typer.Option(False, "--lines", help="Show every line with its role instead."),
) -> None:
    """Clean one article and print its text and metadata as JSON."""
    from storyline.clean import clean
    from storyline.clean.text import classify

    if not path.is_file():
        raise typer.BadParameter(f"{path}: no such file; give a .txt dump or an .html page")
    body = path.read_text(encoding="utf-8", errors="replace")
    kind: Literal["text", "html"] = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    if lines and kind == "text":
        for verdict in classify(body).verdicts:
            numbers = ",".join(map(str, verdict.unit.lines))
            mark = "keep" if verdict.keep else "drop"
            typer.echo(f"{numbers}\t{mark}\t{verdict.role}\t{verdict.unit.text}")
        return
    with guarded():
        print_json(to_dict(clean(RawDocument(str(path), body, kind))))


def _table(scores: CleanScores, folder: Path) -> Table:
    table = Table(title=f"Cleaning evaluation of {folder}")
    for column in ("dump", "lines", "keep", "drop", "noise kept", "body lost", "metadata wrong"):
        table.add_column(column, justify="left" if column in ("dump", "metadata wrong") else "right")
    for d in scores.dumps:
        table.add_row(d.name, str(d.lines), str(d.kept), str(d.dropped), str(d.noise_kept),
                      str(d.body_lost), ", ".join(d.metadata_wrong) or "-")
    figures = scores.figures()
    table.add_row("all", str(figures["lines"]), str(figures["kept"]), str(figures["dropped"]),
                  str(figures["noise_kept"]), str(figures["body_lost"]),
                  f"{scores.metadata_accuracy:.3f} fields right")
    return table


@eval_app.command("clean")
def eval_clean_command(
    folder: Path = typer.Argument(Path("gold/clean"), help="Folder of cleaning gold .json files."),
    root: Path = typer.Option(Path("."), "--root", help="Folder the gold 'path' fields start from."),
    show_errors: bool = typer.Option(False, "--errors", help="List every wrong line too."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score the cleaner line by line (keep/drop) and its metadata on hand-labelled dumps."""
    with guarded():
        scores = evaluate_folder(folder, root)
    if as_json:
        data: dict[str, object] = dict(scores.figures())
        data["per_dump"] = [d.__dict__ for d in scores.dumps]
        if show_errors:
            data["errors"] = [e.__dict__ for e in scores.errors]
        print_json(data)
        return
    console.print(_table(scores, folder))
    console.print(f"precision {scores.precision:.3f}  recall {scores.recall:.3f}  "
                  f"F1 {scores.f1:.3f}  accuracy {scores.accuracy:.3f}", highlight=False)
    if show_errors:
        for e in scores.errors:
            label = "body lost" if e.gold_keep else "noise kept"
            console.print(f"{e.dump}:{e.line}\t{label}\t{e.text}", highlight=False, soft_wrap=True)
