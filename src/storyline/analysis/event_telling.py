"""How an event is told: whether the text says it did not happen, and who reports it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_triggers import Trigger
from storyline.models import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

NEGATIONS = frozenset({"pas", "jamais", "guère", "nullement", "aucun", "aucune", "ni", "plus"})


def is_negated(trigger: Trigger, doc: Doc) -> bool:
    """ "n'a pas rencontré", "n'ont jamais discuté", "aucune attaque"."""
    head = doc[trigger.token]
    if trigger.kind == "noun":
        return any(c.dep_ == "det" and c.lower_ in ("aucun", "aucune", "nul", "nulle") for c in head.children)
    has_ne = any(c.lower_ in ("ne", "n'", "n’") for c in head.children)
    return has_ne and any(c.lower_ in NEGATIONS for c in head.children) or any(
        c.dep_ == "advmod" and c.lower_ in ("pas", "jamais") for c in head.children)


def attribution(start: int, quotes: tuple[Quote, ...]) -> str | None:
    """The speaker of the innermost quote (direct, indirect or "selon X") around ``start``."""
    around = [q for q in quotes if q.start <= start < q.end and q.speaker]
    if not around:
        return None
    return min(around, key=lambda q: q.end - q.start).speaker
