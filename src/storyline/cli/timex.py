"""Commands for time expressions: ``storyline timex`` and ``storyline eval timeml``."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from storyline.cli.app import app, eval_app
from storyline.cli.common import JSON_OPTION, console, guarded, print_json
from storyline.evaluation.timeml import Tagger, TimexScores, evaluate_documents, read_folder

PARSE_OPTION = typer.Option(
    True, "--parse/--no-parse", help="Parse with spaCy so verb tenses pick years and weeks."
)


def _dct(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: write it as YYYY-MM-DD") from None


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise typer.BadParameter(f"{source}: no such file; give a text file or '-' for stdin")
    return path.read_text(encoding="utf-8", errors="replace")


def _tagger(parse: bool) -> Tagger:
    from storyline.analysis.timex import spacy_tagger, tag

    if not parse:
        return tag
    from storyline.analysis.parse import load_nlp

    return spacy_tagger(load_nlp())


@app.command("timex")
def timex_command(
    source: str = typer.Argument("-", help="A text file, or '-' to read stdin."),
    dct: str = typer.Option(None, "--dct", help="Publication date YYYY-MM-DD for relative dates."),
    parse: bool = PARSE_OPTION,
) -> None:
    """Print the time expressions of a text, one JSON object per line, TimeML values."""
    text = _read(source)
    with guarded():
        found = _tagger(parse)(text, _dct(dct))
    for timex in found:
        record = {"start": timex.start, "end": timex.end, "text": timex.text,
                  "type": timex.type, "value": timex.value}
        typer.echo(json.dumps(record, ensure_ascii=False))


def _table(scores: TimexScores, folder: Path) -> Table:
    table = Table(title=f"TimeML evaluation of {folder} ({scores.documents} documents)")
    table.add_column("measure")
    table.add_column("precision", justify="right")
    table.add_column("recall", justify="right")
    table.add_column("F1 / accuracy", justify="right")
    for label, p, r, f in (
        ("extraction, strict", scores.strict_precision, scores.strict_recall, scores.strict_f1),
        ("extraction, relaxed", scores.relaxed_precision, scores.relaxed_recall,
         scores.relaxed_f1),
        ("value (TempEval-3 F1)", scores.value_precision, scores.value_recall, scores.value_f1),
    ):
        table.add_row(label, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}")
    table.add_row("type accuracy", "", "", f"{scores.type_accuracy:.3f}")
    table.add_row("value accuracy", "", "", f"{scores.value_accuracy:.3f}")
    table.add_row("gold / system expressions", "", "", f"{scores.gold} / {scores.system}")
    return table


@eval_app.command("timeml")
def eval_timeml_command(
    folder: Path = typer.Argument(..., help="Folder of ISO-TimeML .tml gold files."),
    parse: bool = PARSE_OPTION,
    show_errors: bool = typer.Option(False, "--errors", help="List every disagreement too."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score the time-expression tagger on TimeML files (TempEval-3 measures)."""
    with guarded():
        documents = read_folder(folder)
        scores = evaluate_documents(documents, _tagger(parse))
    if as_json:
        data: dict[str, object] = dict(scores.figures())
        if show_errors:
            data["errors"] = [
                {"document": e.document, "kind": e.kind,
                 "gold": e.gold.__dict__ if e.gold else None,
                 "system": e.system.__dict__ if e.system else None}
                for e in scores.errors
            ]
        print_json(data)
        return
    console.print(_table(scores, folder))
    if show_errors:
        for error in scores.errors:
            gold = f"{error.gold.text!r} {error.gold.value}" if error.gold else "-"
            found = f"{error.system.text!r} {error.system.value}" if error.system else "-"
            console.print(f"{error.document}\t{error.kind}\tgold: {gold}\tsystem: {found}",
                          highlight=False, soft_wrap=True)
