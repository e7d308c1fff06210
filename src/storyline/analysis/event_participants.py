"""Who takes part in an event: actors, recipients and place, as LocalEntity keys.

Actors are the subject (with its coordinated subjects: "X et Y se sont entretenus"), the
agent of a passive ("a été reçu par X", "un cessez-le-feu proposé par X"), the subject shared
with a governing verb ("a accepté d'aider", "a défendu … et critiqué", "afin de") or with a
clause the parser did not hang the verb on (:mod:`storyline.analysis.event_elided`: "a dénoncé
une provocation et averti", ", tuant …"), the antecedent of a relative "qui"; a noun's roles are read by
:mod:`storyline.analysis.event_nouns` ("de X", "entre X et Y", the clause it is the setting
of). Recipients come from the slots the lexicon names (object, "à X", "avec X"…; an object
cut off after a time phrase in commas; a noun's "pour X" / "contre X" misattached to the
noun's governor; "avec X" hung on "jeudi" or "par téléphone":
:mod:`storyline.analysis.event_carriers`), the target of a threatened hostile act ("a menacé
de frapper X"), the partner a purpose infinitive's governing verb turns to ("s'est tourné vers
Y pour discuter"), or the owner of a rejected or praised thing ("a
rejeté une proposition de X", "son veto à une loi adoptée par X"). A participant phrase is
mapped to an entity through the mention covering its head word, else the names inside it, else
the quotes stage's linker (pronouns, bodies that speak for someone): see
:mod:`storyline.analysis.event_links`. Without a slot, a target-taking event gets what it acts
on (:mod:`storyline.analysis.event_targets`). Words around the trigger add more
(:mod:`storyline.analysis.event_frames`): who undergoes an event noun, "grâce au soutien de X",
"anti-X", a subject inverted after "auquel", the author of what a threatening subject resents;
the parties of a reciprocal passive without agent are its actors. A copula + fixed predicate
("X est d'accord avec Y / pour que Y …") has its parties read from the copula
(:mod:`storyline.analysis.event_copulas`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.event_adjuncts import bare_object
from storyline.analysis.event_carriers import agents, carried
from storyline.analysis.event_copulas import copula_at, copular_partners, copular_subjects
from storyline.analysis.event_elided import detached_participle_subject, shared_auxiliary_subject
from storyline.analysis.event_frames import (
    anti_targets,
    fronted_clitics,
    grievance_authors,
    helpers,
    inverted_subjects,
    protest_nouns,
    resumed_after,
    undergoers,
)
from storyline.analysis.event_lexicon import EventLexicon
from storyline.analysis.event_links import PRONOUNS, Speaker
from storyline.analysis.event_nouns import NounRoles
from storyline.analysis.event_raised import raised_subject
from storyline.analysis.event_roles import (
    adverb_complements,
    content_subjects,
    genitive_members,
    hyphenated,
    infinitive_objects,
    modified_noun,
    nominal_subtree,
    owners,
    partner_governor,
    rootless_subject,
    shared_subject,
    split_subject,
    time_phrases,
)
from storyline.analysis.event_targets import (
    ATTACK_TYPES,
    TARGET_TYPES,
    acted_on,
    antecedent,
    misplaced_subjects,
    origin,
    previous_holders,
    stray_adjectives,
)
from storyline.analysis.event_triggers import Trigger
from storyline.analysis.event_words import (
    ENTRY_CASES,
    PREPOSITIONAL,
    case_of,
    is_passive,
    lemma_of,
    noun_lemmas,
)
from storyline.models import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOCATION_CASES = frozenset({"à", "en", "dans"})
NEVER = frozenset({"selon", "comme"})  # "selon X": a source; "comme X": a role
VENUES = frozenset({"stade", "salle", "palais", "hôtel", "aéroport", "place", "rue", "siège", "bois"})
CONTENT_TYPES = frozenset({"THREATEN", "REQUEST"})  # "a prévenu que Moscou …": Moscou is warned
INFINITIVE_TYPES = frozenset({"AGREE", "REJECT"})  # "a accepté d'aider l'Ukraine"
OWNER_TYPES = frozenset({"REQUEST"})  # "a exigé le désarmement de l'IRA"
PARTNER_SLOTS = frozenset({"obj", "iobj", "obl:arg", "obl:mod"})
PARTNER_CASES = frozenset({None, "vers", "à", "auprès"})
GRIEVANCE_TYPES = frozenset({"THREATEN", "PROTEST"})  # answer the act their subject is angry about
THREAT_TYPES = frozenset({"THREATEN"})
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # acts a threat names
CARRIED_CASES = frozenset({"avec"})  # a partner the parser hangs on "jeudi" or "par téléphone"
REJECTED = frozenset({"REJECT"})  # "mettre son veto à une loi adoptée par X", as "rejeter"


@dataclass(frozen=True)
class Participants:
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    location: str | None = None


class ParticipantFinder(NounRoles):
    """Maps the participants of triggers of one document to entity keys."""

    def __init__(self, doc: Doc, entities: tuple[LocalEntity, ...], mentions: tuple[Mention, ...],
                 lex: EventLexicon, speaker: Speaker) -> None:
        super().__init__(doc, entities, mentions, speaker)
        self.lex = lex

    # ------------------------------------------------------------------ entry point

    def find(self, trigger: Trigger) -> Participants:
        head = self.doc[trigger.token]
        if trigger.kind == "noun":
            actor_keys, recipients = self._noun_roles(head, trigger)
            resumed = self._resumed(head, trigger) if not actor_keys and not recipients else None
            if resumed is not None:  # "X a rétabli l'aide à Y après un gel temporaire"
                actors, recipients = self._verb_roles(self.doc[resumed.token], resumed)
                actor_keys = self._keys(self._members(actors))
        elif (copula := copula_at(self.doc, trigger.start)) is not None:  # "X est d'accord avec Y"
            actors = copular_subjects(copula)
            recipients = [t for t in copular_partners(copula, trigger.end, trigger.entry.recipient)
                          if t not in actors]
            actor_keys = self._keys(self._members(actors))
        else:
            actors, recipients = self._verb_roles(head, trigger)
            actor_keys = self._keys(self._members(actors))
        places = self._entered_places(recipients, trigger)
        recipients = [t for t in recipients if t not in places]
        recipient_keys = [k for k in self._keys(self._members(recipients)) if k not in actor_keys]
        if not recipient_keys and trigger.kind != "noun" and trigger.entry.type in TARGET_TYPES:
            recipient_keys = [k for k in self._target_keys(head, trigger) if k not in actor_keys]
        entered = [k for k in self._keys(places) if self.types.get(k) == "LOC"]
        return Participants(tuple(actor_keys), tuple(recipient_keys),
                            entered[0] if entered else self._location(head))

    def keys_of(self, tokens: list[Token]) -> list[str]:
        """The entity keys the phrases headed by ``tokens`` name (pronouns resolved)."""
        return self._keys(tokens)

    def _members(self, tokens: list[Token]) -> list[Token]:
        """ "les écuries de X et Y": a plural noun no mention covers stands for the names
        coordinated in its "de" complement."""
        found: list[Token] = []
        for token in tokens:
            members = genitive_members(token) if self._entity_at(token) is None else []
            named = all(self._entity_at(m) is not None for m in members)
            found += members if members and named else [token]
        return found

    # ------------------------------------------------------------------ roles

    def _verb_roles(self, verb: Token, trigger: Trigger) -> tuple[list[Token], list[Token]]:
        passive = is_passive(verb) or _agent_participle(verb)
        actors: list[Token] = []
        recipients: list[Token] = []
        for child in verb.children:
            if case_of(child) in NEVER:
                continue
            if child.dep_ == "nsubj" or (child.dep_ == "nsubj:pass" and not passive) or (
                    child.dep_ == "expl:subj" and child.lower_ in PRONOUNS):  # "Il a prévenu", misparsed
                actors.append(child)
            elif child.dep_ == "nsubj:pass":
                recipients.append(child)
            elif child.dep_ == "obl:agent" and passive:
                actors.append(child)
        (recipients if passive else actors).extend(misplaced_subjects(verb))
        raised = raised_subject(verb)
        if raised is not None:  # "X doit être reçu par Y": X, the subject of "doit"
            recipients.append(raised)
        if passive and not any(c.dep_ == "obl:agent" for c in verb.children):
            actors += agents(verb)  # "reçu jeudi par X", "par X" parsed under "jeudi"
        inverted = inverted_subjects(verb)
        if inverted:  # "un projet auquel sont associés X et Y": not the pronoun, X and Y
            actors = [t for t in actors if "PronType=Rel" not in str(t.morph)]
            recipients = [t for t in recipients if "PronType=Rel" not in str(t.morph)]
            (recipients if passive else actors).extend(inverted)
            clitics = [] if passive else fronted_clitics(verb)  # "où les accueillera X": "les"
            actors = [t for t in actors if t not in clitics]
            recipients += [t for t in clitics if t not in recipients]
        if passive and trigger.entry.reciprocal and not any(c.dep_ == "obl:agent" for c in verb.children):
            parties = [t for t in recipients if self._party(t)]  # "X et Y sont associés": they act
            actors += parties
            recipients = [t for t in recipients if t not in parties]
        detached = detached_participle_subject(verb) if not actors and not passive else []
        patient = modified_noun(verb) if not detached else None
        if patient is not None:  # "Richard Reid, accusé de …": Reid is accused
            recipients.append(patient)
        elif not actors and not passive:  # "X a mené une opération contre un camp, tuant …": X
            actors = detached or shared_subject(verb) or shared_auxiliary_subject(verb) \
                or split_subject(verb) or rootless_subject(verb)
        exclude = {t.i for t in actors}
        recipients += self._slots(verb, trigger, exclude)
        entry = trigger.entry
        if not recipients and entry.type in INFINITIVE_TYPES:
            recipients = [t for t in infinitive_objects(verb) if self._names_someone(t)]
        if not recipients and entry.type in CONTENT_TYPES:
            recipients = [t for t in content_subjects(verb) if t.i not in exclude]
        if not recipients and entry.type in THREAT_TYPES:  # "a menacé de frapper X": X
            recipients = self._threatened(verb, exclude)
        if not recipients and entry.reciprocal and entry.type == "CONSULT":
            recipients = self._purpose_partner(verb)
        if not recipients and trigger.noun is not None:  # "décider de la peine que purgera X"
            recipients = [t for t in undergoers(self.doc[trigger.noun]) if t.i not in exclude]
        if not recipients:
            recipients = self._anti_targets(verb, trigger)
        if not recipients and entry.type in GRIEVANCE_TYPES:  # "X, mécontent des mesures de Y, a menacé"
            recipients = [t for t in grievance_authors(actors) if self._names_someone(t)]
        if not self._keys(actors):  # "… effectués par des moyens civils, grâce au soutien de X"
            actors = helpers(verb) or actors
        return actors, recipients

    def _resumed(self, noun: Token, trigger: Trigger) -> Trigger | None:
        """The act of aid a bare reversal of aid ("après un gel", "après une suspension")
        comes before, as the trigger of its verb, when the verb with its object means aid
        ("a rétabli l'aide", "a repris les livraisons"): the reversal had its parties."""
        found = resumed_after(noun) if trigger.entry.needs == "aid" else None
        entry = self.lex.verbs.get(lemma_of(found[0])) if found is not None else None
        if found is None or entry is None:
            return None
        verb, obj = found
        meaning = next((entry.merged(entry.objects[f]) for f in noun_lemmas(obj) if f in entry.objects), None)
        if meaning is None or meaning.type != "AID":
            return None
        return Trigger(verb.i, verb.idx, verb.idx + len(verb), lemma_of(verb), meaning, "verb", obj.i)

    def _threatened(self, verb: Token, exclude: set[int]) -> list[Token]:
        """ "X a menacé de frapper Y", "menace de lancer une offensive contre Y": who the hostile
        act an infinitive of the threat names would be done to (that act's own slots)."""
        found: list[Token] = []
        for act in verb.children:
            entry = self.lex.verbs.get(lemma_of(act)) if act.dep_ == "xcomp" and act.pos_ == "VERB" else None
            if entry is None or entry.type not in HOSTILE_TYPES:
                continue
            threatened = Trigger(act.i, act.idx, act.idx + len(act), lemma_of(act), entry, "verb")
            found += [t for t in self._slots(act, threatened, exclude) if self._names_someone(t)]
        return found

    def _party(self, token: Token) -> bool:
        """A participant named by its own word, a person or a body ("la Caf"), not a thing."""
        key = self._entity_at(token)
        return key is not None and self.types.get(key) in ("PER", "ORG")

    def _anti_targets(self, head: Token, trigger: Trigger) -> list[Token]:
        """ "a manifesté dans la manifestation anti-X", "une grève anti-X": what a protest is
        against (for entries whose recipient is "contre X"), on the trigger noun or on a noun of
        the same type the verb takes part in; a name written onto the word ("anti-Trump") is
        any mention of the document so written."""
        if "contre" not in trigger.entry.recipient:
            return []
        if trigger.kind == "noun":
            nouns = [head]
        else:
            same = frozenset(k for k, e in self.lex.nouns.items() if e.type == trigger.entry.type)
            nouns = protest_nouns(head, same)
        found: list[Token] = []
        for noun in nouns:
            tokens, written = anti_targets(noun)
            found += tokens
            for name in written:  # "anti-Trump": a mention "Trump", or of "Donald Trump"
                spans = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in self.mentions
                         if m.kind == "name" and (m.text == name or m.text.endswith(" " + name))]
                found += [span.root for span in spans if span is not None][:1]
        return found

    def _entered_places(self, recipients: list[Token], trigger: Trigger) -> list[Token]:
        """ "les forces tentaient d'entrer dans X", "renforcer son emprise sur X": the town or
        region a ground operation moves into or holds is where it happens, not whom it is
        against (a country so named stays the recipient: "entrer en Ukraine")."""
        if trigger.entry.mode != "ground":
            return []
        return [t for t in recipients if case_of(t) in ENTRY_CASES and t.pos_ == "PROPN"
                and not self.referents.lexicon.is_country(t.text)]

    def _purpose_partner(self, verb: Token) -> list[Token]:
        """ "X s'est tourné vers Y pour discuter", "X a invité Y afin de négocier", "X s'est
        engagé auprès de Y dans des efforts visant à négocier": the person or body the
        governing verb turns to is the partner of the purpose infinitive ("auprès de" names
        one, whatever its name: "auprès de Kiev")."""
        governor = partner_governor(verb)
        if governor is None:
            return []
        return [c for c in governor.children if c.i < verb.i and c.dep_ in PARTNER_SLOTS
                and case_of(c) in PARTNER_CASES and self._keys([c])
                and all(self.types.get(k) in ("PER", "ORG") for k in self._keys([c]))] + [
            c for c in adverb_complements(governor) if c.i < verb.i]

    def _slots(self, head: Token, trigger: Trigger, exclude: set[int],
               extra: tuple[Token, ...] = ()) -> list[Token]:
        entry = trigger.entry
        found: list[Token] = []
        holders = [head, *extra] + ([self.doc[trigger.noun]] if trigger.noun is not None else [])
        if trigger.noun is not None:  # "livraisons d'armes à l'Ukraine", "l'aide et le partage … avec"
            noun = self.doc[trigger.noun]
            holders += [c for c in noun.children if c.dep_ in ("nmod", "conj")]
        holders += hyphenated(head) + time_phrases(head)
        for holder in holders:
            for child in holder.children:
                if child.i in exclude or child.i == trigger.noun or self._not_participant(child):
                    continue
                case = case_of(child)
                if case == "en" and child.pos_ == "PRON" and child.i + 1 == holder.i:
                    case = None  # "en lui demandant": the gerund's "en" hung on the clitic
                misparsed = child.dep_ == "obl:agent" and case != "par"  # "critiqué l'ancien président"
                slot = "obj" if misparsed else child.dep_
                if slot in ("obj", "iobj") and case not in (None, "de"):  # "s'en prendre aux joueurs"
                    slot = "obl"
                if slot in ("obj", "iobj") and case is None:
                    if slot in entry.recipient or (slot == "iobj" and "à" in entry.recipient):
                        found.append(child)
                elif slot in PREPOSITIONAL and case in entry.recipient and slot != "obl:agent":
                    found.append(child)
        mediums = self.lex.modes.get(entry.type or "", {})  # "jeudi par téléphone avec X"
        found += [t for t in carried(head, mediums, CARRIED_CASES & set(entry.recipient))
                  if t.i not in exclude and t not in found]
        bare = bare_object(head)  # "a arrêté mardi douze militants"
        if bare is not None and "obj" in entry.recipient and bare.i not in exclude and bare not in found:
            found.append(bare)
        cut = trigger.cut_object  # "a reçu à Moscou, le soir du 13 mars, l'envoyé spécial X"
        if cut is not None and "obj" in entry.recipient and cut not in exclude:
            found.append(self.doc[cut])
        if entry.owner or entry.type in REJECTED or (entry.type in OWNER_TYPES and trigger.noun is None):
            things = [c for c in head.children if c.dep_ == "obj"] + [t for t in found if case_of(t)]
            for thing in things:  # "a rejeté la proposition de X", "son veto à une loi adoptée par X"
                if thing.pos_ == "NOUN" and not self._entity_at(thing):
                    found += [o for o in owners(thing) if self._names_someone(o) and o not in found]
        return found

    def _not_participant(self, token: Token) -> bool:
        """A source ("selon X"), a role ("comme membre") or a venue ("au stade de la Mosson")."""
        case = case_of(token)
        if case in NEVER:
            return True
        return case in LOCATION_CASES and token.pos_ == "NOUN" and (
            lemma_of(token) in VENUES or self.lex.in_class(lemma_of(token), "place"))

    def _target_keys(self, verb: Token, trigger: Trigger) -> list[str]:
        """What a target-taking event acts on, when no slot names it: who held what an attack
        takes ("a repris Y, un village contrôlé par Z"), the owner of the thing
        (or of its antecedent: "rejeté ces conditions"), a mention inside it ("les lacunes de
        la défense ukrainienne"), its nationality ("les infrastructures ukrainiennes")."""
        attack = trigger.entry.type in ATTACK_TYPES
        held = self._keys(previous_holders(verb)) if attack else []
        if held:
            return held
        objects, places = acted_on(verb, attack)
        objects = [t for t in objects if not self.lex.in_class(lemma_of(t), "weapon")]
        keys: list[str] = []
        for thing in objects:
            own = self._entity_at(thing)
            if own is not None:
                keys += [own] if self._names_someone(thing) and self.types.get(own) != "LOC" else []
                continue
            before = antecedent(thing)
            found = self._keys([o for o in origin(before or thing) if self._names_someone(o)])
            if not found:
                deep = [self._entity_at(t) for t in nominal_subtree(thing) if case_of(t) in (None, "de")]
                found = [k for k in deep if k is not None and self.types.get(k) in ("ORG", "LOC")]
            keys += found or self.referents.nationality_keys(thing, deep=False)
        for place in places:
            if self._entity_at(place) is None:
                keys += self.referents.nationality_keys(place, deep=False)
        for adjective in stray_adjectives(verb, objects + places):
            keys += [k for c in self.referents.countries_of_word(adjective.text)
                     if (k := self.referents.country_key(c)) is not None]
        return list(dict.fromkeys(keys))

    def _location(self, head: Token) -> str | None:
        for child in head.children:
            if child.dep_ in PREPOSITIONAL and case_of(child) in LOCATION_CASES:
                key = self._entity_at(child)
                if key and self.types.get(key) == "LOC":
                    return key
        return None


def _agent_participle(verb: Token) -> bool:
    """ "un cessez-le-feu proposé par Washington": a participle on a noun, with its agent."""
    return verb.dep_ == "acl" and "VerbForm=Part" in str(verb.morph) and any(
        c.dep_ == "obl:agent" and case_of(c) == "par" for c in verb.children)
