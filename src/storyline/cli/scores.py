"""How the ``storyline eval`` commands print scores: one table of P/R/F1, summary lines, errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

from rich.table import Table

from storyline.cli.common import console, print_json
from storyline.evaluation.quotes import Prf


class Scored(Protocol):
    """What every evaluation's scores have (frozen dataclasses: read-only attributes)."""

    @property
    def documents(self) -> int: ...

    @property
    def errors(self) -> tuple[Any, ...]: ...


S = TypeVar("S", bound=Scored)


def prf_figures(prf: Prf) -> dict[str, object]:
    return {"gold": prf.gold, "found": prf.predicted, "matched": prf.matched,
            "precision": prf.precision, "recall": prf.recall, "f1": prf.f1}


def show_scores(
    results: Mapping[str, S],
    *,
    title: str,
    rows: Callable[[S], Iterable[tuple[str, Prf]]],
    extra: Callable[[S], dict[str, object]],
    summary: Callable[[S], str],
    error_line: Callable[[Any], str],
    as_json: bool,
    show_errors: bool,
) -> None:
    """Print ``results`` (set name -> scores, "all" last) as a table or as JSON.

    ``rows`` gives the labelled P/R/F1 of one set, ``extra`` its other figures for JSON,
    ``summary`` its one-line accuracies, ``error_line`` one disagreement for reading.
    """
    every = results["all"]
    if as_json:
        data: dict[str, object] = {}
        for name, scores in results.items():
            figures: dict[str, object] = {"documents": scores.documents}
            figures.update({label.replace(" + ", "_").replace(" ", "_"): prf_figures(prf)
                            for label, prf in rows(scores)})
            figures.update(extra(scores))
            data[name] = figures
        if show_errors:
            data["errors"] = [e.__dict__ for e in every.errors]
        print_json(data)
        return
    table = Table(title=title)
    for column in ("set", "score", "gold", "found", "matched", "P", "R", "F1"):
        table.add_column(column, justify="left" if column in ("set", "score") else "right")
    for name, scores in results.items():
        for label, prf in rows(scores):
            table.add_row(name, label, str(prf.gold), str(prf.predicted), str(prf.matched),
                          f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
    console.print(table)
    for name, scores in results.items():
        console.print(f"{name}: {summary(scores)}", highlight=False)
    if show_errors:
        for error in every.errors:
            console.print(error_line(error), highlight=False, soft_wrap=True)
