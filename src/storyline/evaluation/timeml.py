"""Score the time-expression tagger on ISO-TimeML files, as TempEval-3 does.

Each ``.tml`` file gives a DCT (``<DCT><TIMEX3 value=...>``) and TIMEX3 tags inside
``<TEXT>``; character offsets are taken in the plain text of ``<TEXT>`` (tags removed).
The tagger runs on that plain text with that DCT. Extraction is scored strict (same span)
and relaxed (overlapping spans, matched one to one); type and value are scored over the
relaxed matches, as accuracy and as TempEval-3 attribute F1 (a true positive needs a
relaxed match with the right attribute; precision over the system's expressions, recall
over the gold ones).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from storyline.analysis.timex import publication_date, tag
from storyline.errors import EvaluationError
from storyline.models import Timex

Tagger = Callable[[str, dt.date | None], Sequence[Timex]]
ErrorKind = Literal["missed", "spurious", "type", "value"]


@dataclass(frozen=True)
class GoldTimex:
    """A TIMEX3 of a gold file, located in the plain text of its ``<TEXT>``."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    """One ``.tml`` file: its name, DCT, plain text and gold expressions."""

    name: str
    dct: dt.date | None
    text: str
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class TimexError:
    """One disagreement with the gold, for debugging: what was expected and what was found."""

    document: str
    kind: ErrorKind
    gold: GoldTimex | None
    system: Timex | None


@dataclass(frozen=True)
class TimexScores:
    """TempEval-3 style figures for one evaluation run."""

    documents: int
    gold: int
    system: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    type_accuracy: float
    value_accuracy: float
    type_f1: float
    value_precision: float
    value_recall: float
    value_f1: float
    errors: tuple[TimexError, ...] = ()

    def figures(self) -> dict[str, float | int]:
        """The numbers only (no errors), for tables and JSON."""
        return {k: v for k, v in self.__dict__.items() if k != "errors"}


def _flatten(element: ET.Element, parts: list[str], found: list[GoldTimex], offset: int) -> int:
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _flatten(child, parts, found, offset)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start:offset]
            found.append(
                GoldTimex(start, offset, text, child.get("type", ""), child.get("value", ""))
            )
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def read_tml(path: Path) -> TimeMLDocument:
    """Read one ISO-TimeML file; :class:`EvaluationError` when it cannot be used."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise EvaluationError(
            f"{path}: not a readable ISO-TimeML file ({exc}); fix or remove it"
        ) from exc
    body = root.find("TEXT")
    if body is None:
        raise EvaluationError(f"{path}: no <TEXT> element; every .tml file needs one")
    dct_tag = root.find("DCT/TIMEX3")
    dct = publication_date(dct_tag.get("value")) if dct_tag is not None else None
    parts: list[str] = []
    found: list[GoldTimex] = []
    _flatten(body, parts, found, 0)
    return TimeMLDocument(path.stem, dct, "".join(parts), tuple(found))


def read_folder(folder: Path) -> list[TimeMLDocument]:
    """Every ``.tml`` file of ``folder``, sorted by name."""
    if not folder.is_dir():
        raise EvaluationError(
            f"{folder}: no such folder; give the folder that holds the .tml gold files"
        )
    paths = sorted(folder.glob("*.tml"))
    if not paths:
        raise EvaluationError(
            f"{folder}: no .tml files in this folder; give a folder of ISO-TimeML files"
        )
    return [read_tml(path) for path in paths]


def _locate(text: str, items: list[dict[str, str]], where: str) -> tuple[GoldTimex, ...]:
    """Offsets of gold expressions given by text, each searched after the previous one."""
    flat = text.replace("\u00a0", " ").replace("\u202f", " ")
    found = []
    position = 0
    for item in items:
        words = item["text"]
        left = r"(?<!\d)" if words[:1].isdigit() else r"(?<!\w)"  # "News08/11/2024"
        pattern = left + re.escape(words) + r"(?!\w)"
        hit = re.compile(pattern).search(flat, position)
        if hit is None:
            raise EvaluationError(
                f"{where}: {item['text']!r} not found after offset {position}; list the "
                "expressions in the order of the text, spelled as in the text"
            )
        found.append(
            GoldTimex(hit.start(), hit.end(), text[hit.start() : hit.end()], item["type"],
                      item["value"])
        )
        position = hit.end()
    return tuple(found)


def read_seed_gold(path: Path, articles: Path) -> list[TimeMLDocument]:
    """Gold written as JSON Lines (``gold/timex/seeds.jsonl``): one article per line with
    its ``dct`` and its ``timexes`` (``text``, ``type``, ``value``) in text order."""
    if not path.is_file():
        raise EvaluationError(f"{path}: no such gold file; give a JSON Lines file of timexes")
    documents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            source = articles / record["article"]
            text = source.read_text(encoding="utf-8")
            dct = publication_date(record.get("dct"))
            timexes = _locate(text, record["timexes"], where)
        except (ValueError, KeyError, TypeError, OSError) as exc:
            raise EvaluationError(
                f"{where}: unusable gold record ({exc}); each line needs article, dct and "
                "timexes [{text, type, value}] for an article of the articles folder"
            ) from exc
        documents.append(TimeMLDocument(record["article"], dct, text, timexes))
    return documents


def _overlap(a: GoldTimex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(
    gold: Sequence[GoldTimex], system: Sequence[Timex]
) -> list[tuple[GoldTimex, Timex]]:
    """Relaxed one-to-one matching: each gold expression takes the free system expression
    that overlaps it most."""
    pairs = []
    used: set[int] = set()
    for expected in gold:
        best = max(
            (i for i, found in enumerate(system) if i not in used and _overlap(expected, found) > 0),
            key=lambda i: _overlap(expected, system[i]),
            default=None,
        )
        if best is not None:
            used.add(best)
            pairs.append((expected, system[best]))
    return pairs


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(results: Iterable[tuple[str, Sequence[GoldTimex], Sequence[Timex]]]) -> TimexScores:
    """Scores from ``(document name, gold, system)`` triples."""
    documents = n_gold = n_system = strict = relaxed = types = values = 0
    errors: list[TimexError] = []
    for name, gold, system in results:
        documents += 1
        n_gold += len(gold)
        n_system += len(system)
        spans = {(t.start, t.end) for t in system}
        strict += sum((g.start, g.end) in spans for g in gold)
        pairs = match(gold, system)
        relaxed += len(pairs)
        matched_gold = {id(g) for g, _ in pairs}
        matched_system = {id(s) for _, s in pairs}
        for expected, found in pairs:
            types += expected.type == found.type
            values += expected.value == found.value
            if expected.value != found.value:
                errors.append(TimexError(name, "value", expected, found))
            elif expected.type != found.type:
                errors.append(TimexError(name, "type", expected, found))
        errors.extend(TimexError(name, "missed", g, None) for g in gold if id(g) not in matched_gold)
        errors.extend(
            TimexError(name, "spurious", None, s) for s in system if id(s) not in matched_system
        )
    strict_p, strict_r = _ratio(strict, n_system), _ratio(strict, n_gold)
    relaxed_p, relaxed_r = _ratio(relaxed, n_system), _ratio(relaxed, n_gold)
    value_p, value_r = _ratio(values, n_system), _ratio(values, n_gold)
    return TimexScores(
        documents=documents,
        gold=n_gold,
        system=n_system,
        strict_precision=strict_p,
        strict_recall=strict_r,
        strict_f1=_f1(strict_p, strict_r),
        relaxed_precision=relaxed_p,
        relaxed_recall=relaxed_r,
        relaxed_f1=_f1(relaxed_p, relaxed_r),
        type_accuracy=_ratio(types, relaxed),
        value_accuracy=_ratio(values, relaxed),
        type_f1=_f1(_ratio(types, n_system), _ratio(types, n_gold)),
        value_precision=value_p,
        value_recall=value_r,
        value_f1=_f1(value_p, value_r),
        errors=tuple(errors),
    )


def evaluate_documents(
    documents: Iterable[TimeMLDocument], tagger: Tagger | None = None
) -> TimexScores:
    """Run ``tagger`` (default: :func:`storyline.analysis.timex.tag`, no parse) on each
    document's plain text with its DCT and score it against the gold."""
    run = tagger or tag
    return score((doc.name, doc.timexes, run(doc.text, doc.dct)) for doc in documents)


def evaluate(folder: Path, tagger: Tagger | None = None) -> TimexScores:
    """:func:`evaluate_documents` on every ``.tml`` file of ``folder``."""
    return evaluate_documents(read_folder(folder), tagger)


__all__ = [
    "GoldTimex", "Tagger", "TimeMLDocument", "TimexError", "TimexScores", "evaluate",
    "evaluate_documents", "match", "read_seed_gold",
    "read_folder", "read_tml", "score",
]
