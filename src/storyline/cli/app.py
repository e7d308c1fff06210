"""The Typer applications every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="storyline",
    help="Turn news articles about a developing story into a source-attributed record.",
    no_args_is_help=True,
    add_completion=False,
)
eval_app = typer.Typer(help="Score a component against gold annotations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
