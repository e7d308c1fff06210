"""Working records shared by the quote finders, before speakers are linked to entities."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.models import QuoteKind


@dataclass(frozen=True)
class SpeakerRef:
    """Where the text names a speaker: the phrase as written and its head token.

    ``pronoun`` is the personal pronoun ("il", "elle"...) when the phrase is one; such a
    speaker is linked through the subjects that came before it.
    """

    start: int
    end: int
    head: int  # token index
    pronoun: str | None = None


@dataclass(frozen=True)
class Finding:
    """A reported statement found in one unit, its speaker not yet linked to an entity."""

    start: int
    end: int
    kind: QuoteKind
    speaker: SpeakerRef | None
    cue: str | None
    unit_start: int
    unit_end: int
    paragraph: int
    cue_token: int | None = None  # index of the cue verb, for the medium next to it
