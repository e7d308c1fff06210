"""Link speaker phrases to the document's entities: names, titles, bodies, pronouns.

A phrase is linked through the entity mention that covers its head; failing that, through a
person named inside it ("la porte-parole de la Maison Blanche, Karoline Leavitt"), then, for
a body that speaks for someone ("le bureau de M. Zelensky", "un porte-parole du Kremlin"),
through the first mention inside it. A pronoun ("il", "-t-elle") takes the entity of the most
recent compatible subject before it: a speaker already found, or a sentence subject.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.parse import text_of
from storyline.analysis.quote_lexicon import Lexicon, feature
from storyline.analysis.quote_types import SpeakerRef
from storyline.models import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUN_WINDOW = 3  # paragraphs a pronoun may look back
FEMININE_MARKS = frozenset({"la", "une", "cette", "mme", "madame", "l'avocate", "sa"})
MASCULINE_MARKS = frozenset({"le", "un", "ce", "cet", "m.", "monsieur", "du", "au"})
OF = frozenset({"de", "d'", "d’", "du", "des"})
TITLES = frozenset({"m", "mme", "mlle", "me", "dr", "monsieur", "madame"})


@dataclass(frozen=True)
class Candidate:
    """A possible antecedent for a later pronoun."""

    position: int
    paragraph: int
    key: str | None
    gender: str | None  # "Masc", "Fem" or None when the text does not say
    plural: bool
    person: bool


class SpeakerLinker:
    """Links speaker phrases of one document to its LocalEntity keys."""

    def __init__(
        self,
        doc: Doc,
        entities: tuple[LocalEntity, ...],
        mentions: tuple[Mention, ...],
        lexicon: Lexicon,
    ) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.types = {e.key: e.type for e in entities}
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        self.candidates: list[Candidate] = []

    def text_of(self, ref: SpeakerRef) -> str:
        """The speaker phrase as written ("il" for "-t-il")."""
        return text_of(self.doc)[ref.start:ref.end].lstrip("-")

    def add_subject(self, ref: SpeakerRef, paragraph: int) -> None:
        """Record a subject or speaker (in reading order) as a later pronoun's antecedent."""
        if ref.pronoun:
            resolved = self._antecedent(ref, paragraph)
            if resolved is not None:
                self.candidates.append(Candidate(ref.start, paragraph, resolved.key, resolved.gender,
                                                 resolved.plural, resolved.person))
            return
        head = self.doc[ref.head]
        key = self.entity_of(ref)
        plural = feature(head, "Number") == "Plur" or self._coordinated(ref)
        self.candidates.append(
            Candidate(ref.start, paragraph, key, self._gender(ref), plural, self._is_person(head, key))
        )

    def link(self, ref: SpeakerRef, paragraph: int) -> str | None:
        """LocalEntity key of the speaker ``ref`` names, or None."""
        if ref.pronoun:
            covering = self._covering(ref.start)
            if covering is not None:
                return covering.entity
            resolved = self._antecedent(ref, paragraph)
            return resolved.key if resolved else None
        return self.entity_of(ref)

    def entity_of(self, ref: SpeakerRef) -> str | None:
        """Entity of a written phrase: its head, a person inside it, or the body it speaks for."""
        head = self.doc[ref.head]
        covering = self._covering(head.idx)
        if covering is not None and self.types.get(covering.entity) == "PER":
            return covering.entity
        inside = [m for m in self.mentions if ref.start <= m.start and m.end <= ref.end]
        people = [m for m in inside if self.types.get(m.entity) == "PER"]
        named = [m for m in people if not self._after_of(m)]  # "l'avocate de Bernard, Alexandra Michel"
        if named:
            return named[0].entity
        if covering is not None:
            return covering.entity
        if head.lemma_.lower() in self.lexicon.office_nouns:  # "le bureau de M. Zelensky"
            return (people or inside)[0].entity if inside else None
        return None

    def _antecedent(self, ref: SpeakerRef, paragraph: int) -> Candidate | None:
        gender, number = self.lexicon.pronouns.get(ref.pronoun or "", (None, None))
        plural = number == "Plur"
        for cand in sorted(self.candidates, key=lambda c: c.position, reverse=True):
            if cand.position >= ref.start:
                continue
            if cand.paragraph < paragraph - PRONOUN_WINDOW:
                break
            if cand.plural != plural:
                continue
            if not plural and (not cand.person or (cand.gender and gender and cand.gender != gender)):
                continue
            return cand
        return None

    def _covering(self, position: int) -> Mention | None:
        index = bisect_right(self.starts, position)
        for mention in reversed(self.mentions[:index]):
            if mention.start <= position < mention.end:
                return mention
            if mention.end <= position and mention.start < position - 200:
                break
        return None

    def _after_of(self, mention: Mention) -> bool:
        """True when the mention follows "de" ("l'avocate de Bernard"): a complement, not the
        speaker — unless the "de" belongs to the name ("M. de Villepin", "Dominique de Villepin")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start < 1 or self.doc[span.start - 1].lower_ not in OF:
            return False
        previous = self.doc[span.start - 2] if span.start >= 2 else None
        if previous is None:
            return True
        return not (previous.pos_ == "PROPN" or previous.lower_.rstrip(".") in TITLES)

    def _gender(self, ref: SpeakerRef) -> str | None:
        head = self.doc[ref.head]
        for token in self.doc[head.i - 2 if head.i >= 2 else 0: head.i]:
            if token.idx >= ref.start and token.lower_ in FEMININE_MARKS:
                return "Fem"
            if token.idx >= ref.start and token.lower_ in MASCULINE_MARKS:
                return "Masc"
        if head.pos_ == "NOUN":
            return feature(head, "Gender") or None
        return None

    def _coordinated(self, ref: SpeakerRef) -> bool:
        return any(t.lower_ == "et" for t in self.doc.char_span(ref.start, ref.end, "expand") or ())

    def _is_person(self, head: Token, key: str | None) -> bool:
        if key is not None and key in self.types:
            return self.types[key] == "PER"
        if head.ent_type_:
            return head.ent_type_ == "PER"
        if head.pos_ == "PROPN":
            return True
        return head.lemma_.lower() in self.lexicon.person_nouns or head.lower_ in self.lexicon.person_nouns
