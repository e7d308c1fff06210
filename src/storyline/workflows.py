"""Build, add and rebuild: the operations the CLI, the API and the web UI all call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.clean import boilerplate_lines, clean
from storyline.errors import InputError
from storyline.ingest import Skipped, read_inputs
from storyline.models import Document, RawDocument
from storyline.settings import Settings
from storyline.store import Store

Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass(frozen=True)
class BuildReport:
    """What one build did."""

    added: tuple[str, ...] = ()
    unchanged: int = 0
    skipped: tuple[Skipped, ...] = ()
    stored: int = 0
    entities: int = 0
    quotes: int = 0
    events: int = 0
    claims: int = 0
    stories: int = 0
    notes: tuple[str, ...] = field(default=())


def _no_progress(_phase: str, _done: int, _total: int) -> None:
    return None


def read_and_clean(
    paths: Sequence[str | Path], settings: Settings, known: set[str]
) -> tuple[list[Document], int, list[Skipped]]:
    """Read inputs, drop what is stored already, clean the rest."""
    raws: list[RawDocument] = []
    skipped: list[Skipped] = []
    for item in read_inputs(paths, max_bytes=settings.max_bytes):
        (skipped if isinstance(item, Skipped) else raws).append(item)  # type: ignore[arg-type]
    boilerplate = boilerplate_lines(r.body for r in raws if r.kind == "text")
    documents: list[Document] = []
    unchanged = 0
    seen = set(known)
    for raw in raws:
        if raw.id in seen:
            unchanged += 1
            continue
        seen.add(raw.id)
        try:
            documents.append(clean(raw, boilerplate=boilerplate))
        except InputError as exc:
            skipped.append(Skipped(exc.source, exc.reason))
    return documents, unchanged, skipped


def build(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    progress: Progress = _no_progress,
) -> BuildReport:
    """Ingest, clean, analyse and store new articles, then resolve the whole corpus again.

    Each article is stored with its analysis in one transaction, so an interrupted build
    loses nothing already stored and the next build picks up where it stopped.
    """
    from storyline.analysis.parse import load_nlp  # spaCy loads only when a build needs it
    from storyline.analysis.pipeline import check_order, default_stages, run_stages

    with Store(settings.db) as store:
        documents, unchanged, skipped = read_and_clean(paths, settings, store.known_ids())
        added: list[str] = []
        if documents:
            stages = default_stages()
            check_order(stages)
            nlp = load_nlp(settings.model)
            progress("analyse", 0, len(documents))
            parsed = nlp.pipe((d.text for d in documents), n_process=settings.processes,
                              batch_size=16)
            for number, (document, doc) in enumerate(zip(documents, parsed, strict=True), 1):
                try:
                    analysis = run_stages(document, doc, stages)
                except Exception as exc:  # one bad article never stops the batch
                    skipped.append(Skipped(document.source, (
                        f"analysis failed ({exc.__class__.__name__}: {exc}); "
                        "the article was not stored, please report it")))
                    continue
                if store.add(document, analysis):
                    added.append(document.id)
                progress("analyse", number, len(documents))
        progress("resolve", 0, 1)
        report = resolve_store(store, settings)
        progress("resolve", 1, 1)
        return BuildReport(
            added=tuple(added), unchanged=unchanged, skipped=tuple(skipped),
            stored=len(store.known_ids()), entities=report[0], quotes=report[1],
            events=report[2], claims=report[3], stories=report[4],
        )


def resolve_store(store: Store, settings: Settings) -> tuple[int, int, int, int, int]:
    """Resolve every stored analysis into the corpus record and store it."""
    from storyline.resolve import load_aliases, resolve

    aliases = load_aliases(Path(settings.aliases)) if settings.aliases else None
    result = resolve(store.documents(), store.analyses(), aliases=aliases)
    store.replace_resolution(result.documents, result.entities, result.quotes, result.events,
                             result.claims, result.stories, result.merge_log)
    return (len(result.entities), len(result.quotes), len(result.events), len(result.claims),
            len(result.stories))
