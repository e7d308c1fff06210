"""Commands that fill and show the corpus: build, documents, export, search."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from storyline.cli.app import app
from storyline.cli.common import (
    DB_OPTION,
    EXIT_SKIPPED,
    JSON_OPTION,
    console,
    errors,
    guarded,
    print_json,
    settings_with,
    with_store,
)
from storyline.export import FORMATS, write_export
from storyline.models import to_dict
from storyline.workflows import BuildReport, build


def _summary(report: BuildReport) -> None:
    table = Table(title="Storyline build", show_header=False)
    for label, value in (
        ("new articles stored", len(report.added)), ("already stored", report.unchanged),
        ("skipped inputs", len(report.skipped)), ("articles in the store", report.stored),
        ("entities", report.entities), ("quotes", report.quotes), ("events", report.events),
        ("numeric claims", report.claims), ("stories", report.stories),
    ):
        table.add_row(label, str(value))
    console.print(table)


@app.command("build")
def build_command(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles; '-' reads stdin."),
    db: str = DB_OPTION,
    max_bytes: int = typer.Option(None, "--max-bytes", help="Skip inputs larger than this."),
    processes: int = typer.Option(None, "--processes", "-j", help="spaCy worker processes."),
    aliases: str = typer.Option(None, "--aliases", help="Alias file for canonical actors."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only problems."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Ingest, clean, analyse and store articles; running it again adds only new ones."""
    settings = settings_with(db, max_bytes=max_bytes, processes=processes, aliases=aliases)
    show_bar = not quiet and not as_json and console.is_terminal
    with guarded(), Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TimeElapsedColumn(), console=console, disable=not show_bar) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(phase, total=total)
            bar.update(tasks[phase], completed=done, total=total)

        report = build([str(p) for p in paths], settings, progress=progress)
    for skipped in report.skipped:
        errors.print(f"[yellow]skipped[/yellow] {skipped.source}: {skipped.reason}",
                     highlight=False, soft_wrap=True)
    if as_json:
        print_json(to_dict(report))
    elif not quiet:
        _summary(report)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("documents")
def documents_command(db: str = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """List stored articles: id, outlet, date, title."""
    documents = with_store(db, lambda s: s.documents())
    if as_json:
        print_json([{"id": d.id, "outlet": d.outlet, "published": d.published, "title": d.title}
                    for d in documents])
        return
    table = Table("id", "outlet", "published", "title")
    for d in documents:
        table.add_row(d.id, d.outlet or "", d.published or "", d.title)
    console.print(table)


@app.command("export")
def export_command(
    db: str = DB_OPTION,
    fmt: str = typer.Option("json", "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    output: Path = typer.Option(None, "--output", "-o", help="Write to this file, not stdout."),
) -> None:
    """Export the stored record (JSON follows the contract in storyline/data/export.schema.json)."""
    if fmt not in FORMATS:
        errors.print(f"[red]error:[/red] unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    text = with_store(db, lambda s: write_export(s, fmt))
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@app.command("search")
def search_command(query: str, db: str = DB_OPTION, limit: int = 20) -> None:
    """Full-text search over stored articles (ids and titles)."""

    def run(store):  # type: ignore[no-untyped-def]
        return [store.document(i) for i in store.search(query, limit)]

    for document in with_store(db, run):
        if document is not None:
            typer.echo(f"{document.id}\t{document.published or ''}\t{document.title}")
