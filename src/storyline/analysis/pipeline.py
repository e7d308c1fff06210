"""The per-document analysis: a list of stages, each declaring what it needs and adds."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storyline.errors import StorylineError
from storyline.models import (
    Analysis,
    Claim,
    Document,
    EventMention,
    LocalEntity,
    Mention,
    Quote,
    Timex,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ANALYSIS_VERSION = "1"


@dataclass(frozen=True)
class AnalysisState:
    """What the stages know about one document so far; each stage returns a new state."""

    document: Document
    doc: Doc
    entities: tuple[LocalEntity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[EventMention, ...] = ()

    def add(self, **fields: Any) -> AnalysisState:
        return dataclasses.replace(self, **fields)


@dataclass(frozen=True)
class Stage:
    """One analysis step: ``run(state)`` reads ``requires`` and fills ``assigns``."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[AnalysisState], AnalysisState]


def default_stages() -> list[Stage]:
    """The stages in running order. Each module exposes one ``STAGE``."""
    from storyline.analysis import claims, entities, events, quotes, timex

    return [m.STAGE for m in (entities, timex, claims, quotes, events)]


def check_order(stages: Sequence[Stage]) -> None:
    """Fail early when a stage needs something no earlier stage assigns."""
    known = {"document", "doc"}
    for stage in stages:
        missing = [r for r in stage.requires if r not in known]
        if missing:
            raise StorylineError(
                f"analysis stage {stage.name!r} needs {missing} but no earlier stage adds it; "
                "put the stage that assigns it first"
            )
        known.update(stage.assigns)


def run_stages(document: Document, doc: Doc, stages: Sequence[Stage]) -> Analysis:
    state = AnalysisState(document=document, doc=doc)
    for stage in stages:
        state = stage.run(state)
    return Analysis(
        document=document.id,
        entities=state.entities,
        mentions=state.mentions,
        timexes=state.timexes,
        quotes=state.quotes,
        claims=state.claims,
        events=state.events,
        version=ANALYSIS_VERSION,
    )


def analyse(
    documents: Iterable[Document],
    nlp: Language,
    *,
    stages: Sequence[Stage] | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[Analysis]:
    """Parse ``documents`` with spaCy and run every stage on each; yields in input order."""
    stages = list(stages) if stages is not None else default_stages()
    check_order(stages)
    docs = list(documents)
    parsed = nlp.pipe((d.text for d in docs), n_process=n_process, batch_size=batch_size)
    for document, doc in zip(docs, parsed, strict=True):
        yield run_stages(document, doc, stages)
