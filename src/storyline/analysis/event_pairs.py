"""Talks that need two parties (lexicon need ``pair``) stand only when their participants, once
found, name two: "les deux hommes évoqueront la situation", "X a évoqué avec Y", not "le
ministre a évoqué la situation", nor an infinitive of purpose ("se sont entretenus afin de
discuter des efforts": the talks it serves are the event)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.analysis.event_modality import purpose_governor

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from storyline.analysis.event_participants import Participants
    from storyline.analysis.event_triggers import Trigger

PAIR = "pair"


def drop_unpaired(doc: Doc, triggers: list[Trigger],
                  find: Callable[[Trigger], Participants]) -> list[Trigger]:
    """``triggers`` of ``doc`` without those needing a pair that serve a purpose or whose
    participants (by ``find``) are not two actors or an actor and a recipient."""
    return [t for t in triggers if t.entry.needs != PAIR
            or (purpose_governor(doc[t.token]) is None and _paired(find(t)))]


def _paired(who: Participants) -> bool:
    parties = set(who.actors) | set(who.recipients)
    return len(parties) >= 2 and (len(who.actors) >= 2 or bool(who.actors and who.recipients))
