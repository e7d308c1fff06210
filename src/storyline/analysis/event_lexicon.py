"""The French event lexicon (``data/event_lexicon.json``), optionally extended by a user file.

A user lexicon has the same shape; its entries are added to the shipped ones and replace
those with the same lemma (see docs/events.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.errors import ModelError
from storyline.models import PLOVER_TYPES
from storyline.spelling import fold

LEXICON_FILE = "event_lexicon.json"
_MERGED_KEYS = ("verbs", "nouns", "light_verbs", "classes", "modes", "modality", "continued")


@dataclass(frozen=True)
class Entry:
    """What a trigger lemma means: a PLOVER type and mode, and hints on its arguments."""

    type: str | None = None
    mode: str | None = None
    reflexive: bool = False  # only with "se"/"s'" ("s'entretenir")
    plain: bool = False  # only without "se"/"s'" ("demander", not "se demander")
    reciprocal: bool = False  # coordinated subjects are all actors ("X et Y se sont entretenus")
    recipient: tuple[str, ...] = ()  # "obj", "iobj" or the preposition that introduces it
    owner: bool = False  # "a rejeté une proposition de X": X is the recipient
    needs: str | None = None  # a condition on the arguments: see event_needs.py
    after: dict[str, Entry] = field(default_factory=dict)  # next word -> other meaning
    objects: dict[str, Entry] = field(default_factory=dict)  # object noun (or @class) -> meaning
    complements: dict[str, Entry] = field(default_factory=dict)  # preposition -> meaning ("condamné à")
    unless: tuple[str, ...] = ()  # object nouns that make it no event ("fournir des informations")
    outcome: bool = False  # the result of a linked event of its type ("tuant", "tués dans une attaque")
    agent: bool = False  # only with a subject able to act ("ce projet a demandé un travail": required)
    otherwise: Entry | None = None  # meaning when ``needs`` fails ("se rendre" without a place)
    sense: str | None = None  # a sense the sentence must show ("protest"): see event_senses.py
    passive: Entry | None = None  # meaning in the passive ("X sont poursuivis": prosecuted)
    patient: bool = False  # a noun whose "de X" undergoes it ("l'arrestation de X")

    def merged(self, other: Entry) -> Entry:
        """``other`` (an object or "after" entry) with this entry's hints where it has none; the
        mode only where it keeps the type ("appeler à la grève" is a request, no phone call)."""
        same = other.type is None or other.type == self.type
        return Entry(
            type=other.type or self.type, mode=other.mode or (self.mode if same else None),
            reflexive=self.reflexive, plain=self.plain,
            reciprocal=other.reciprocal or self.reciprocal,
            recipient=other.recipient or self.recipient, owner=other.owner or self.owner,
            needs=other.needs, outcome=other.outcome, agent=other.agent or self.agent,
            otherwise=other.otherwise, sense=other.sense or self.sense,
        )


@dataclass(frozen=True)
class EventLexicon:
    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    light_verbs: dict[str, frozenset[str]]  # verb lemma -> nouns it turns into a predicate
    classes: dict[str, frozenset[str]]  # weapon, place, aid -> noun lemmas
    modes: dict[str, dict[str, str]]  # type -> word -> mode
    modality: dict[str, frozenset[str]]  # planned/hypothetical/future -> governing lemmas
    demonstratives: frozenset[str]
    generic: frozenset[str] = frozenset()  # governing words under which nothing happened ("capable")
    aims: frozenset[str] = frozenset()  # governing words of an aim: no agreement reached ("visant à")
    again: frozenset[str] = frozenset()  # light verbs of a new act ("renouveler les tortures")
    fixed: tuple[str, ...] = ()  # fixed phrases whose words are no trigger ("force de frappe")
    continued: dict[str, Entry] = field(default_factory=dict)  # harm going on with an assault ("tatouer")

    def in_class(self, lemma: str, name: str) -> bool:
        return lemma in self.classes.get(name, frozenset())

    @cached_property
    def folded_verbs(self) -> dict[str, Entry]:
        """``verbs`` keyed by their folded lemma (no accents), built once."""
        return {fold(lemma): entry for lemma, entry in self.verbs.items()}


def _entry(raw: dict[str, Any], where: str) -> Entry:
    kind = raw.get("type")
    if kind is not None and kind not in PLOVER_TYPES:
        raise ModelError(f"event lexicon: {where} has type {kind!r}, not a PLOVER type "
                         f"({', '.join(PLOVER_TYPES)})")
    recipient = raw.get("recipient", [])
    return Entry(
        type=kind, mode=raw.get("mode"), reflexive=bool(raw.get("reflexive")),
        plain=bool(raw.get("plain")), reciprocal=bool(raw.get("reciprocal")),
        recipient=tuple(recipient), owner=bool(raw.get("owner")), needs=raw.get("needs"),
        after={k: _entry(v, f"{where}.after.{k}") for k, v in raw.get("after", {}).items()},
        objects={k: _entry(v, f"{where}.objects.{k}") for k, v in raw.get("objects", {}).items()},
        complements={k: _entry(v, f"{where}.complements.{k}")
                     for k, v in raw.get("complements", {}).items()},
        unless=tuple(raw.get("unless", [])), outcome=bool(raw.get("outcome")), agent=bool(raw.get("agent")),
        otherwise=_entry(raw["otherwise"], f"{where}.otherwise") if "otherwise" in raw else None,
        sense=raw.get("sense"),
        passive=_entry(raw["passive"], f"{where}.passive") if "passive" in raw else None,
        patient=bool(raw.get("patient")),
    )


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key in _MERGED_KEYS:
        if key in extra:
            merged[key] = {**base.get(key, {}), **extra[key]}
    for key in ("demonstratives", "generic", "aims", "again", "fixed"):
        if key in extra:
            merged[key] = [*base.get(key, []), *extra[key]]
    return merged


def _build(raw: dict[str, Any]) -> EventLexicon:
    return EventLexicon(
        verbs={k: _entry(v, f"verbs.{k}") for k, v in raw["verbs"].items()},
        nouns={k: _entry(v, f"nouns.{k}") for k, v in raw["nouns"].items()},
        light_verbs={k: frozenset(v) for k, v in raw["light_verbs"].items()},
        classes={k: frozenset(v) for k, v in raw["classes"].items()},
        modes={k: dict(v) for k, v in raw["modes"].items()},
        modality={k: frozenset(v) for k, v in raw["modality"].items()},
        demonstratives=frozenset(raw.get("demonstratives", [])),
        generic=frozenset(raw.get("generic", [])),
        aims=frozenset(raw.get("aims", [])),
        again=frozenset(raw.get("again", [])),
        fixed=tuple(dict.fromkeys(raw.get("fixed", []))),
        continued={k: _entry(v, f"continued.{k}") for k, v in raw.get("continued", {}).items()},
    )


@lru_cache(maxsize=4)
def load_event_lexicon(user_file: str | None = None) -> EventLexicon:
    """The shipped lexicon, extended by the JSON file at ``user_file`` when given."""
    try:
        raw: dict[str, Any] = json.loads(
            resources.files("storyline.data").joinpath(LEXICON_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"the event lexicon storyline/data/{LEXICON_FILE} is missing or malformed "
                         f"({exc}); reinstall Storyline or restore the file from the repository") from exc
    if user_file is not None:
        try:
            raw = _merge(raw, json.loads(Path(user_file).read_text(encoding="utf-8")))
        except (OSError, ValueError, AttributeError) as exc:
            raise ModelError(f"the user event lexicon {user_file} cannot be read ({exc}); it must be "
                             "a JSON object shaped like storyline/data/event_lexicon.json") from exc
    try:
        return _build(raw)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"event lexicon: malformed ({exc}); see docs/events.md for the format") from exc
