"""Mapping a participant phrase to the document's entities (LocalEntity keys).

Through the mention covering its head word (an apposed person's name first: "le Britannique
John Smith"), else the names inside it (coordinated ones under a "de": "les écuries de X et
Y"; a name the parser hung on the verb right after it: "l'administration Trump"), else the
quotes stage's linker (pronouns, "l'un d'eux", bodies that speak for someone; a plural subject
pronoun takes an unnamed group named just before instead of an entity named further back),
else the
countries of its nationality adjectives. Pronouns the linker leaves open, object clitics,
"celui-ci", a misparsed "qui" and definite descriptions naming no one ("le tribunal", "le
président serbe") go through :mod:`storyline.analysis.event_pronouns` and the stated roles.
:class:`storyline.analysis.event_participants.ParticipantFinder` builds on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.analysis.event_pronouns import (
    SUBJECT_PRONOUNS,
    description_antecedent,
    earlier_pronoun,
    pronoun_antecedent,
    pronoun_features,
    relative_antecedent,
)
from storyline.analysis.event_qualifiers import role_fits
from storyline.analysis.event_referents import Referents
from storyline.analysis.event_roles import (
    clause_subject,
    coordinated,
    is_plural,
    is_possessive,
    rootless_subject,
)
from storyline.analysis.event_words import case_of
from storyline.analysis.quote_lexicon import load_lexicon
from storyline.analysis.quote_speakers import SpeakerLinker
from storyline.analysis.quote_subjects import sentence_subjects
from storyline.analysis.quote_types import SpeakerRef
from storyline.analysis.quote_units import build_units
from storyline.models import LocalEntity, Mention
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "eux"})
CHAIN = 6  # pronouns a chain of pronouns goes back through
FIRST_PERSON = frozenset({"je", "j'", "j’", "nous", "moi"})
RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
CUT = frozenset({"conj", "cc", "acl", "acl:relcl", "parataxis", "advcl", "ccomp", "xcomp", "punct"})
MASCULINE = frozenset({"le", "un", "ce", "cet", "du", "au"})
FEMININE = frozenset({"la", "une", "cette"})
PARTITIVES = frozenset({"un", "une", "chacun", "chacune", "certains", "certaines", "plusieurs", "aucun"})
PHRASE_DEPS = frozenset({"amod", "nmod", "flat:name", "flat", "appos", "compound", "nummod", "det",
                         "fixed", "case"})

Speaker = Callable[[int], str | None]  # character offset -> speaker of the quote around it


class EntityLinks:
    """Entity keys for the participant phrases of one document."""

    def __init__(self, doc: Doc, entities: tuple[LocalEntity, ...], mentions: tuple[Mention, ...],
                 speaker: Speaker) -> None:
        self.doc = doc
        self.types = {e.key: e.type for e in entities}
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.speaker = speaker
        self.referents = Referents(entities, self.mentions)
        self.linker = SpeakerLinker(doc, entities, mentions, load_lexicon())
        self._units = build_units(doc)
        for unit in self._units:
            for ref in sentence_subjects(doc, unit.start, unit.end, unit.inside_quote):
                self.linker.add_subject(ref, unit.paragraph)

    def _names_someone(self, token: Token) -> bool:
        """A name, a pronoun or a mention of a person, body or place (not of a thing: "missiles
        Patriot")."""
        key = self._entity_at(token)
        if key is not None:  # a capitalised agent the model left unclassified: "par le Congrès"
            return self.types.get(key) != "MISC" or (token.dep_ == "obl:agent" and token.text[:1].isupper())
        return token.pos_ == "PRON" or is_possessive(token)

    def _keys(self, tokens: list[Token]) -> list[str]:
        keys: list[str] = []
        for token in tokens:
            for member in coordinated(token):
                for key in self._link(member):
                    if key not in keys:
                        keys.append(key)
        return keys

    def _phrase(self, token: Token) -> tuple[set[int], set[int]]:
        """The noun phrase of ``token`` without its clauses, adjectives' complements, a gloss in
        brackets ("un juge de Boston (Massachusetts)") and the
        complements of place ("à Moscou"), source ("selon") or purpose; and, apart, the tokens
        under a "de X" complement ("le secrétaire général de l'OTAN")."""
        kept = {token.i}
        genitive: set[int] = set()
        stack = [(c, False) for c in token.children if c.dep_ not in CUT]
        while stack:
            node, under_de = stack.pop()
            conjunct = under_de and node.dep_ == "conj"  # "les écuries de X et Y"
            if (node.dep_ not in PHRASE_DEPS and not conjunct) or (
                    node.dep_ == "nmod" and case_of(node) not in (None, "de")) or _bracketed(node):
                continue
            under_de = under_de or (node.dep_ == "nmod" and case_of(node) == "de")
            (genitive if under_de else kept).add(node.i)
            if node.pos_ != "ADJ":
                stack.extend((c, under_de) for c in node.children)
        return kept, genitive

    def _paragraph(self, position: int) -> int:
        """The paragraph number the quotes stage's units give ``position``."""
        number = 0
        for unit in self._units:
            if unit.start > position:
                break
            number = unit.paragraph
        return number

    def _plain(self, token: Token) -> list[str]:
        """Keys of a phrase without looking for antecedents (an antecedent's own link)."""
        return self._link(token, plain=True)

    def _person(self, token: Token, keys: list[str]) -> bool:
        """A person, or a name the entities stage left unclassified ("Bernard") as a subject."""
        kinds = {self.types.get(k) for k in keys}
        if token.pos_ == "NOUN" and is_plural(token) and self.referents.lexicon.is_body(token.text):
            return True  # "les unités ukrainiennes": a group acting for its country
        return "PER" in kinds or (kinds == {"MISC"} and token.pos_ == "PROPN" and token.dep_ == "nsubj")

    def _person_noun(self, token: Token) -> bool:
        words = self.linker.lexicon.person_nouns
        return token.pos_ == "PROPN" or token.lemma_.lower() in words or token.lower_ in words

    def _antecedent_keys(self, token: Token) -> list[str] | None:
        """Keys through the antecedent of a pronoun or "qui" (None: no antecedent found), or
        through the pronoun it repeats (a chain of "ils", at most CHAIN links back)."""
        for _ in range(CHAIN):
            found = relative_antecedent(token) or pronoun_antecedent(token, self._plain, self._person,
                                                                     self._person_noun)
            if found is not None:
                return self._plain(found)
            earlier = earlier_pronoun(token)
            if earlier is None:
                return None
            if pronoun_features(earlier) == ("subject", SUBJECT_PRONOUNS.get(earlier.lower_)):
                ref = SpeakerRef(earlier.idx, earlier.idx + len(earlier), earlier.i, pronoun=earlier.lower_)
                key = self.linker.link(ref, self._paragraph(earlier.idx))
                if key:
                    return [key]
            token = earlier
        return None

    def _link(self, token: Token, plain: bool = False) -> list[str]:
        low = token.lower_.lstrip("-")
        features = None if plain else pronoun_features(token)
        if features is not None and features[0] != "subject" or (not plain and low == "qui"
                                                                  and token.head.dep_ != "acl:relcl"):
            resolved = self._antecedent_keys(token)
            if resolved is not None or (features is not None and features[0] == "demonstrative"):
                return resolved or []
            if features is not None and features[0] == "object" and not features[1][1]:
                person = self._object_person(token, features[1][0])
                if person:  # "Le tribunal l'avait condamné": the man the article follows
                    return [person]
        if low in FIRST_PERSON or (token.dep_ == "det" and low in ("mon", "ma", "mes", "notre", "nos")):
            key = self.speaker(token.idx)
            return [key] if key else []
        if token.dep_ == "det":  # possessive "son", "sa", "leur"
            low = "ils" if low in ("leur", "leurs") else "il"
        if low in RELATIVES and token.head.dep_ == "acl:relcl":
            return self._link(token.head.head)
        if low in PRONOUNS or token.dep_ == "det":
            reported = self._reporter(token, low)
            if reported:
                return reported
            ref = SpeakerRef(token.idx, token.idx + len(token), token.i, pronoun=low)
            key = self.linker.link(ref, self._paragraph(token.idx))
            group = self._nearer_group(token, key) if low in ("ils", "elles") else None
            if group:
                return [group]
            if key:
                return [key]
            resolved = self._antecedent_keys(token) if features is not None else None
            return resolved or []
        covering = self._entity_at(token)
        if token.pos_ == "PRON" and covering is None:  # "l'un d'eux"; not a name the tagger
            part = [c for c in token.children if c.dep_ == "nmod" and case_of(c) == "de"]  # took for one
            return self._link(part[0]) if low in PARTITIVES and part else []
        person = self._appositive_person(token)
        if person and (covering is None or self.types.get(covering) != "PER"):
            return [person]
        members = self.referents.plural_members(token) if covering is None or self._unnamed(covering) else []
        if members:  # "les deux otages", an unnamed group the next sentence names
            return members
        if covering:
            return [covering]
        keys = self._phrase_keys(token)
        if keys or plain:
            return keys
        earlier = description_antecedent(token, self._plain)
        if earlier is not None:
            return self._plain(earlier)
        holder = self._role_holder(token)
        return [holder] if holder else []

    def _object_person(self, pronoun: Token, gender: str | None) -> str | None:
        """A singular object pronoun with no antecedent in reach: the latest singular person
        the quotes stage took as a subject or speaker, in its paragraph or the one before, when
        the gender agrees ("L'ancien ministre a démenti. … Ses avocats ont demandé … Le
        tribunal l'avait condamné"); not its own clause's subject."""
        paragraph = self._paragraph(pronoun.idx)
        verb = pronoun.head
        own = {k for s in clause_subject(verb) + rootless_subject(verb) for k in self._plain(s)}
        for cand in sorted(self.linker.candidates, key=lambda c: c.position, reverse=True):
            if cand.position >= pronoun.idx or cand.plural or not cand.person:
                continue
            if cand.paragraph < paragraph - 1 or (gender and cand.gender and cand.gender != gender):
                return None
            span = self.doc.char_span(cand.position, cand.position + 1, alignment_mode="expand")
            if span is None:
                return None
            head = span.root.head if span.root.dep_ == "det" else span.root  # "L'ancien député"
            keys = [cand.key] if cand.key else self._link(head)
            person = [k for k in keys if self.types.get(k) == "PER"]
            return person[0] if len(person) == 1 and len(keys) == 1 and person[0] not in own else None
        return None

    def _nearer_group(self, pronoun: Token, key: str | None) -> str | None:
        """ "… de deux des cinq représentants légaux. Mais ils n'ont pas demandé": a plural
        subject pronoun is the unnamed group named in its sentence or the one before, when the
        entity the linker found is not named there."""
        if not pronoun.dep_.startswith("nsubj"):
            return None
        sentence = pronoun.sent.start
        start = self.doc[self.doc[sentence - 1].sent.start if sentence else 0].idx
        recent = [m for m in self.mentions if start <= m.start < pronoun.idx]
        if any(m.entity == key for m in recent):
            return None
        groups = [m.entity for m in recent if m.kind == "description" and self._unnamed(m.entity)
                  and self._plural_mention(m)]
        return groups[-1] if groups else None

    def _plural_mention(self, mention: Mention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and is_plural(span.root)

    def _unnamed(self, key: str) -> bool:
        """An entity the article follows without naming it ("otages français")."""
        entity = self.referents.entities.get(key)
        return entity is not None and entity.type == "PER" and not entity.name[:1].isupper()

    def _role_holder(self, token: Token) -> str | None:
        """ "le président serbe" with no mention: the document's only person whose stated role
        has that head noun ("président yougoslave")."""
        if token.pos_ != "NOUN" or "Number=Plur" in str(token.morph) or not any(
                c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in token.children) \
                or not self.referents.lexicon.is_role(token.text):
            return None
        people = [e for e in self.referents.entities.values() if e.type == "PER"]
        adjectives = {fold(c.text) for c in token.children if c.dep_ == "amod" and c.pos_ == "ADJ"}
        qualified = [e.key for e in people if any(adjectives & set(fold(r).split()) for r in e.roles)]
        if qualified:  # "le dirigeant ukrainien": the one whose role says "ukrainien"
            return qualified[0] if len(qualified) == 1 else None
        head = fold(token.lemma_)
        holders = [e for e in people if any(fold(role).split()[:1] == [head] for role in e.roles)]
        if len(holders) != 1 or not role_fits(token, holders[0].roles, holders[0].country):
            return None
        said = {c for a in adjectives for c in self.referents.countries_of_word(a)}
        known = {c for r in holders[0].roles for w in r.split() for c in self.referents.countries_of_word(w)}
        if said and known and not said & known:  # "le dirigeant ukrainien" is not the "président russe"
            return None
        return holders[0].key

    def _phrase_keys(self, token: Token) -> list[str]:
        kept, genitive = self._phrase(token)
        starts = {self.doc[i].idx for i in kept}
        below = {self.doc[i].idx for i in genitive}  # a person's name there is misattached
        named = [m.entity for m in self.mentions if m.entity in self.types
                 and (m.start in starts or (m.start in below and self.types[m.entity] == "PER"))
                 and not self._after_de(m)]
        if named:
            return list(dict.fromkeys(named))
        stray = self._stray_name(max(kept))
        if stray:
            return [stray]
        if self.referents.lexicon.is_role(token.text) and "Number=Plur" not in str(token.morph):
            genitive = set()  # "l'ancien candidat de la LCR" is not the LCR
        starts |= {self.doc[i].idx for i in genitive}
        inside = [m for m in self.mentions if m.start in starts]
        first, last = min(kept | genitive), max(kept | genitive)
        start, end = self.doc[first].idx, self.doc[last].idx + len(self.doc[last])
        key = self.linker.entity_of(SpeakerRef(start, end, token.i))
        if key:
            return [key]
        group = self.referents.lexicon.is_body(token.text) or "Number=Plur" in str(token.morph)
        countries = self.referents.nationality_keys(token, deep=group)
        if countries:
            return countries
        return [inside[0].entity] if inside else []

    def _reporter(self, pronoun: Token, low: str) -> list[str]:
        """ "Le Pentagone a annoncé qu'il suspendait": the subject of the reporting clause."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or low not in ("il", "elle", "ils", "elles"):
            return []
        found = [s for s in clause_subject(clause.head) if s.pos_ != "PRON"]
        if not found or is_plural(found[0]) != low.startswith(("ils", "elles")):
            return []
        dets = {c.lower_ for c in found[0].children if c.dep_ == "det"}  # the article tells the gender
        if dets & (MASCULINE if low.startswith("elle") else FEMININE):
            return []
        return self._keys(found[:1])

    def _appositive_person(self, token: Token) -> str | None:
        """ "le Britannique Richard Reid", "Un ancien de la Gestapo, Alfons Goetzfrid,": the
        person the apposed name is."""
        if token.pos_ == "PROPN":
            return None
        for child in token.children:
            apposed = child.dep_ == "appos" or (child.dep_ == "nmod" and case_of(child) is None
                                                and self.doc[child.i - 1].lower_ == ",")
            key = self._entity_at(child) if apposed and child.pos_ == "PROPN" else None
            if key and self.types.get(key) == "PER" and any(
                    m.entity == key and m.kind == "name" and m.start == child.idx for m in self.mentions):
                return key
        return None

    def _stray_name(self, last: int) -> str | None:
        """ "l'administration Trump" with "Trump" hung on the verb: a name right after the phrase
        that is no argument of its own."""
        if last + 1 >= len(self.doc):
            return None
        after = self.doc[last + 1]
        if after.dep_ not in ("advmod", "amod", "dep") or after.head.i == last:
            return None
        named = [m for m in self.mentions
                 if m.start == after.idx and m.kind == "name" and m.entity in self.types]
        return named[0].entity if named and self.types[named[0].entity] != "MISC" else None

    def _entity_at(self, token: Token) -> str | None:
        covering = [m for m in self.mentions if m.start <= token.idx < m.end]
        return min(covering, key=lambda m: m.end - m.start).entity if covering else None

    def _after_de(self, mention: Mention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        k = span.start - 1
        if self.doc[k].pos_ == "DET" and k > 0:
            k -= 1
        return self.doc[k].lower_ in ("de", "d'", "d’", "du", "des")


def _bracketed(node: Token) -> bool:
    """ "Boston (Massachusetts)": a complement without preposition opened by a bracket is a
    gloss on the word before, not a part of the participant."""
    return node.dep_ in ("nmod", "appos") and case_of(node) is None and node.i > 0 \
        and node.doc[node.i - 1].text == "("
