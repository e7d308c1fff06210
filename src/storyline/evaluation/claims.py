"""Score the numeric-claims stage against the gold of ``gold/claims``.

The gold names claims by their surface, not by offsets (the cleaner may move text): each
JSON Lines record gives a document, the sentence, the claim's ``text``, ``value``,
``noun``, ``qualifier`` and ``attributed_to`` (the source's name, a list of names for
the same source, or null). ``documents.json`` lists the annotated documents of each set,
so documents with no claim count too. A system claim matches a gold one of the same
document with the same value and the same head of the noun (:func:`noun_key`: the first
word that is not a pre-nominal adjective, lower case, plural s or x dropped); matching is one
to one. Figures: P/R/F1 on (value, noun), on (value, noun, qualifier), and the accuracy
of the attribution over the (value, noun) matches.

Attribution is judged by name: a system claim's source is named by its entity's name
and mention texts. When the entities stage gives a document no mentions, spaCy's named
entities stand in for them, so the claims stage can be judged alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from storyline.analysis.claim_lexicon import load_lexicon
from storyline.analysis.claims import FoundClaim, find_claims
from storyline.errors import EvaluationError, InputError
from storyline.models import Claim, Document, LocalEntity, Mention, RawDocument

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ErrorKind = Literal["missed", "spurious", "qualifier", "attribution"]
_ENT_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


@dataclass(frozen=True)
class GoldClaim:
    """One annotated claim."""

    document: str
    sentence: str
    text: str
    value: float
    noun: str
    qualifier: str | None = None
    unit: str | None = None
    upper: float | None = None
    attributed_to: tuple[str, ...] = ()  # names of the source; empty when unattributed


@dataclass(frozen=True)
class SystemClaim:
    """A claim the stage found, with the names of the entity it is attributed to."""

    document: str
    claim: Claim
    source_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimError:
    """One disagreement with the gold, for reading what goes wrong."""

    document: str
    kind: ErrorKind
    gold: GoldClaim | None
    system: SystemClaim | None


@dataclass(frozen=True)
class ClaimScores:
    """Figures for one set of documents."""

    documents: int
    gold: int
    system: int
    precision: float
    recall: float
    f1: float
    full_precision: float
    full_recall: float
    full_f1: float
    attribution_accuracy: float
    attributed_gold: int  # matched gold claims that have a source
    attributed_correct: int  # ... whose source the stage found
    errors: tuple[ClaimError, ...] = field(default=(), repr=False)

    def figures(self) -> dict[str, float | int]:
        """The numbers only (no errors), for tables and JSON."""
        return {k: v for k, v in self.__dict__.items() if k != "errors"}


@dataclass(frozen=True)
class GoldSet:
    """The texts and gold of one set (``documents.json`` entry)."""

    name: str
    texts: dict[str, str]
    gold: tuple[GoldClaim, ...]
    clean: bool = False


def noun_key(noun: str) -> str:
    """The head word of a noun phrase, lower case and singular: "jeunes filles" -> "fille"."""
    adjectives = load_lexicon().prenominal_adjectives
    words = [w for w in re.split(r"[\s'’]+", noun.lower()) if w]
    head = next((w for w in words if w not in adjectives), words[0] if words else "")
    if len(head) > 3 and (head.endswith(("aux", "eux", "oux")) or head.endswith("s")):
        head = head[:-1]
    return head


def _names(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _gold_claim(record: dict[str, Any]) -> GoldClaim:
    upper = record.get("upper")
    return GoldClaim(
        document=str(record["doc"]),
        sentence=str(record["sentence"]),
        text=str(record["text"]),
        value=float(record["value"]),
        noun=str(record["noun"]),
        qualifier=record.get("qualifier"),
        unit=record.get("unit"),
        upper=float(upper) if upper is not None else None,
        attributed_to=_names(record.get("attributed_to")),
    )


def read_gold(directory: Path) -> list[GoldSet]:
    """The sets of ``directory/documents.json`` with their texts and gold claims."""
    manifest = directory / "documents.json"
    try:
        sets = json.loads(manifest.read_text(encoding="utf-8"))["sets"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvaluationError(
            f"{manifest}: cannot read the list of gold sets ({exc}); give the gold/claims "
            "folder, which holds documents.json"
        ) from exc
    return [_read_set(directory, entry, manifest) for entry in sets]


def _read_set(directory: Path, entry: dict[str, Any], manifest: Path) -> GoldSet:
    try:
        name = str(entry["name"])
        folder = directory / entry["texts"]
        texts = {d: (folder / f"{d}.txt").read_text(encoding="utf-8") for d in entry["documents"]}
        gold_path = directory / entry["gold"]
        lines = gold_path.read_text(encoding="utf-8").splitlines()
    except (OSError, KeyError, TypeError) as exc:
        raise EvaluationError(
            f"{manifest}: a set cannot be read ({exc}); each set needs name, texts (a folder "
            "of <document>.txt), gold (a JSON Lines file) and documents"
        ) from exc
    gold = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{gold_path}:{number}"
        try:
            claim = _gold_claim(json.loads(line))
        except (ValueError, KeyError, TypeError) as exc:
            raise EvaluationError(
                f"{where}: unusable gold claim ({exc}); each line needs doc, sentence, text, "
                "value, noun, qualifier and attributed_to"
            ) from exc
        if claim.document not in texts:
            raise EvaluationError(
                f"{where}: document {claim.document!r} is not listed in {manifest}; add it "
                "to the set's documents"
            )
        if " ".join(claim.sentence.split()) not in " ".join(texts[claim.document].split()):
            raise EvaluationError(
                f"{where}: sentence {claim.sentence!r} is not in the text of "
                f"{claim.document}; copy it from the text"
            )
        gold.append(claim)
    return GoldSet(name=name, texts=texts, gold=tuple(gold), clean=bool(entry.get("clean")))


def _clean_text(name: str, text: str) -> str:
    from storyline.clean import clean

    try:
        return clean(RawDocument(source=name, body=text, kind="text")).text
    except InputError:
        return ""


def analyse_document(name: str, text: str, nlp: Language) -> list[SystemClaim]:
    """Run the entities and claims stages on one text and name each claim's source."""
    from storyline.analysis import entities as entities_stage
    from storyline.analysis.pipeline import AnalysisState

    doc = nlp(text)
    state = entities_stage.STAGE.run(AnalysisState(document=Document(name, name, text), doc=doc))
    mentions, entities = state.mentions, state.entities
    if not mentions:
        mentions, entities = _stand_in_mentions(doc)
    found = find_claims(doc, mentions, entities)
    return [SystemClaim(name, f.claim, _source_names(f, mentions, entities)) for f in found]


def _stand_in_mentions(doc: Doc) -> tuple[tuple[Mention, ...], tuple[LocalEntity, ...]]:
    """spaCy's named entities as one-mention entities, for documents without mentions."""
    mentions = []
    entities = []
    for number, ent in enumerate(doc.ents):
        key = f"S{number}"
        kind = _ENT_TYPES.get(ent.label_, "MISC")
        entities.append(LocalEntity(key=key, name=ent.text, type=kind))  # type: ignore[arg-type]
        mentions.append(Mention(ent.start_char, ent.end_char, ent.text, key))
    return tuple(mentions), tuple(entities)


def _source_names(
    found: FoundClaim, mentions: Sequence[Mention], entities: Sequence[LocalEntity]
) -> tuple[str, ...]:
    key = found.claim.attributed_to
    if key is None:
        return ()
    names = [e.name for e in entities if e.key == key]
    names += [m.text for m in mentions if m.entity == key]
    return tuple(dict.fromkeys(names))


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _match(
    gold: Sequence[GoldClaim], system: Sequence[SystemClaim], *, qualifier: bool
) -> list[tuple[GoldClaim, SystemClaim]]:
    """One-to-one pairs with the same value and noun head (and qualifier when asked)."""
    pairs = []
    used: set[int] = set()
    for expected in gold:
        for index, found in enumerate(system):
            if index in used or not _same_value(expected.value, found.claim.value):
                continue
            if noun_key(expected.noun) != noun_key(found.claim.noun):
                continue
            if qualifier and expected.qualifier != found.claim.qualifier:
                continue
            used.add(index)
            pairs.append((expected, found))
            break
    return pairs


def _attribution_right(gold: GoldClaim, system: SystemClaim) -> bool:
    if not gold.attributed_to:
        return not system.source_names
    wanted = [g.casefold() for g in gold.attributed_to]
    named = [n.casefold() for n in system.source_names if len(n) >= 3]
    return any(w in n or n in w for w in wanted for n in named)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(
    gold: Sequence[GoldClaim], system: Sequence[SystemClaim], documents: Sequence[str]
) -> ClaimScores:
    """Figures of ``system`` against ``gold`` over ``documents``."""
    pairs: list[tuple[GoldClaim, SystemClaim]] = []
    full = 0
    errors: list[ClaimError] = []
    for name in documents:
        expected = [g for g in gold if g.document == name]
        found = [s for s in system if s.document == name]
        matched = _match(expected, found, qualifier=False)
        full += len(_match(expected, found, qualifier=True))
        pairs += matched
        errors += _errors(name, expected, found, matched)
    p, r = _ratio(len(pairs), len(system)), _ratio(len(pairs), len(gold))
    fp, fr = _ratio(full, len(system)), _ratio(full, len(gold))
    attributed = [(g, s) for g, s in pairs if g.attributed_to]
    return ClaimScores(
        documents=len(documents), gold=len(gold), system=len(system),
        precision=p, recall=r, f1=_f1(p, r),
        full_precision=fp, full_recall=fr, full_f1=_f1(fp, fr),
        attribution_accuracy=_ratio(sum(_attribution_right(g, s) for g, s in pairs), len(pairs)),
        attributed_gold=len(attributed),
        attributed_correct=sum(_attribution_right(g, s) for g, s in attributed),
        errors=tuple(errors),
    )


def _errors(
    name: str,
    gold: Sequence[GoldClaim],
    system: Sequence[SystemClaim],
    pairs: Sequence[tuple[GoldClaim, SystemClaim]],
) -> list[ClaimError]:
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    errors = [ClaimError(name, "missed", g, None) for g in gold if id(g) not in matched_gold]
    errors += [ClaimError(name, "spurious", None, s) for s in system if id(s) not in matched_system]
    for g, s in pairs:
        if g.qualifier != s.claim.qualifier:
            errors.append(ClaimError(name, "qualifier", g, s))
        if not _attribution_right(g, s):
            errors.append(ClaimError(name, "attribution", g, s))
    return errors


def evaluate(directory: Path, nlp: Language | None = None) -> dict[str, ClaimScores]:
    """Scores per gold set of ``directory`` (``gold/claims``) and over all of them ("all")."""
    if nlp is None:
        from storyline.analysis.parse import load_nlp

        nlp = load_nlp()
    results: dict[str, ClaimScores] = {}
    every_gold: list[GoldClaim] = []
    every_system: list[SystemClaim] = []
    every_document: list[str] = []
    for gold_set in read_gold(directory):
        system: list[SystemClaim] = []
        for name, text in gold_set.texts.items():
            body = _clean_text(name, text) if gold_set.clean else text
            system += analyse_document(name, body, nlp)
        results[gold_set.name] = score(gold_set.gold, system, list(gold_set.texts))
        every_gold += gold_set.gold
        every_system += system
        every_document += list(gold_set.texts)
    results["all"] = score(every_gold, every_system, every_document)
    return results
