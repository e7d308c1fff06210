"""Analysis stage: quotes and speakers — who said what in one document.

Finds direct quotations, quoted fragments, indirect speech ("X a déclaré que …") and
attributions ("selon X, …"); names each speaker as written and links it to a LocalEntity of
the entities stage (through its mentions); records the reporting verb, its class and the
medium ("dans un communiqué", "sur Truth Social"). See docs/quotes.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.parse import text_of
from storyline.analysis.pipeline import AnalysisState, Stage
from storyline.analysis.quote_direct import find_quoted
from storyline.analysis.quote_indirect import find_reported
from storyline.analysis.quote_lexicon import Lexicon, load_lexicon
from storyline.analysis.quote_media import medium_of
from storyline.analysis.quote_speakers import SpeakerLinker
from storyline.analysis.quote_subjects import sentence_subjects
from storyline.analysis.quote_types import Finding, SpeakerRef
from storyline.analysis.quote_units import Unit, build_units
from storyline.models import LocalEntity, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

ATTRIBUTION_CUES = frozenset({"selon", "d'après"})


def extract_quotes(
    doc: Doc,
    entities: tuple[LocalEntity, ...] = (),
    mentions: tuple[Mention, ...] = (),
    *,
    lexicon: Lexicon | None = None,
) -> tuple[Quote, ...]:
    """Every quote of the parsed document ``doc``, in reading order.

    ``entities`` and ``mentions`` come from the entities stage; without them speakers stay
    unlinked (``speaker`` is None) but ``speaker_text`` still names them.
    """
    return _extract(doc, entities, mentions, lexicon or load_lexicon())


def _extract(doc: Doc, entities: tuple[LocalEntity, ...], mentions: tuple[Mention, ...],
             lexicon: Lexicon) -> tuple[Quote, ...]:
    units = build_units(doc)
    findings: list[Finding] = []
    previous: Unit | None = None
    for unit in units:
        here = find_quoted(doc, unit, lexicon, previous, findings) + find_reported(doc, unit, lexicon)
        findings.extend(sorted(here, key=lambda f: f.start))
        previous = unit
    linker = SpeakerLinker(doc, entities, mentions, lexicon)
    _collect_antecedents(doc, units, findings, linker)
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for finding in findings:
        if (finding.start, finding.end) in seen:
            continue
        seen.add((finding.start, finding.end))
        quotes.append(_quote(doc, finding, linker, lexicon))
    return tuple(sorted(quotes, key=lambda q: (q.start, q.end)))


def _collect_antecedents(doc: Doc, units: list[Unit], findings: list[Finding], linker: SpeakerLinker) -> None:
    """Feed the linker every sentence subject and speaker, in reading order."""
    refs: dict[tuple[int, int], tuple[SpeakerRef, int]] = {}
    for unit in units:
        for ref in sentence_subjects(doc, unit.start, unit.end, unit.inside_quote):
            refs.setdefault((ref.start, ref.end), (ref, unit.paragraph))
    for finding in findings:
        speaker = finding.speaker
        if speaker is not None:
            refs.setdefault((speaker.start, speaker.end), (speaker, finding.paragraph))
    for ref, paragraph in sorted(refs.values(), key=lambda pair: pair[0].start):
        linker.add_subject(ref, paragraph)


def _quote(doc: Doc, finding: Finding, linker: SpeakerLinker, lexicon: Lexicon) -> Quote:
    ref = finding.speaker
    medium = medium_of(doc, (finding.unit_start, finding.unit_end), (finding.start, finding.end),
                       finding.cue_token, lexicon)
    return Quote(
        start=finding.start,
        end=finding.end,
        text=text_of(doc)[finding.start:finding.end],
        kind=finding.kind,
        speaker=linker.link(ref, finding.paragraph) if ref else None,
        speaker_text=linker.text_of(ref) if ref else None,
        cue=finding.cue,
        cue_class=_cue_class(finding.cue, lexicon),
        medium=medium,
    )


def _cue_class(cue: str | None, lexicon: Lexicon) -> str | None:
    if cue in ATTRIBUTION_CUES:
        return "attribution"
    return lexicon.cue_class(cue)


def _run(state: AnalysisState) -> AnalysisState:
    return state.add(quotes=extract_quotes(state.doc, state.entities, state.mentions))


STAGE = Stage(name="quotes", requires=("doc", "entities", "mentions"), assigns=("quotes",), run=_run)
