"""Analysis stage placeholder: events (assigns nothing yet)."""

from __future__ import annotations

from storyline.analysis.pipeline import AnalysisState, Stage


def _run(state: AnalysisState) -> AnalysisState:
    return state


STAGE = Stage(name="events", requires=("doc",), assigns=(), run=_run)
