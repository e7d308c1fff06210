"""Which triggers are part of another event rather than events of their own.

- The content of a coded predicate: the clause it governs ("a demandé … de fournir",
  "ont convenu de collaborer", "cesserait d'attaquer", "accusé d'avoir tenté"), the event noun
  a request verb takes as its object ("a réclamé de nouvelles sanctions"), and the topic
  of a consultation ("discuter des efforts … face aux attaques", "au sujet du cessez-le-feu"),
  not the object of a verb that consults only with a person ("a accueilli les résultats des
  discussions à Genève"), and what an agreement noun signs or concludes ("la signature de
  pourparlers de paix", "la conclusion de négociations": its "de" complement).
  A reason ("écroués pour avoir torturé") is an adverbial clause and stays an event, and so
  does a refusal told by a relative on the offered noun that the parser hung as a clause of
  the offer ("a proposé une rencontre, que X a refusée").
- Anything under a generic or capability word of the lexicon ("capable d'abattre",
  "sa capacité à se défendre contre les frappes", "a exprimé sa crainte qu'une interruption").
- An agreement under a word of aim (lexicon ``aims``: "les efforts visant à conclure un
  accord"): aimed at, not reached; the efforts themselves are told ("visant à négocier").
- The image of a comparison ("comparant le conflit à une bagarre entre enfants qui refusent").
- What a denial is about ("a démenti les informations selon lesquelles elle serait encerclée").
- A noun naming a kind of event ("de telles offensives") or judged as a topic ("une attaque
  est peu probable").
- A conjunct without auxiliary or subject of its own, of the type and mode of the trigger it
  is coordinated with ("ont franchi la frontière et pénétré"): the same act.
- An outcome (lexicon ``outcome``: "tuant ses occupants", "tués dans une attaque") linked to
  another trigger of its type in the sentence: the attack is the event.

See gold/events/README.md (guidelines) and docs/events.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_refusals import REFUSAL_TYPES, antecedent
from storyline.analysis.event_triggers import Trigger
from storyline.analysis.event_words import QUE, case_of, is_person, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.analysis.event_lexicon import EventLexicon

CLAUSAL = frozenset({"xcomp", "ccomp"})
# types whose clause is their content ("a demandé de", "ont convenu de", "cesser de", "accusé d'")
GOVERNING = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT", "ACCUSE", "RETREAT", "CONSULT"})
TOPIC_DEPS = frozenset({"obj", "obl:arg"})
DEMANDING = frozenset({"REQUEST"})  # "a réclamé des sanctions": the object noun is what is asked
TOPIC_CASES = frozenset({"sur", "concernant", "quant"})
TOPIC_NOUNS = frozenset({"sujet", "propos", "question"})
KIND_WORDS = frozenset({"tel", "certain", "quelque"})  # "de telles offensives": a kind, not one event
COMPARISON_VERBS = frozenset({"comparer", "assimiler"})  # "comparer X à Y": Y is an image
COMPARISON_CASES = frozenset({"à", "avec"})
FOCUS_WORDS = frozenset({"notamment", "surtout", "même", "seulement", "également"})  # "notamment que"
DENIAL_VERBS = frozenset({"démentir", "nier"})  # "a démenti les informations selon lesquelles"
DENIED_DEPS = frozenset({"obj", "ccomp", "xcomp", "acl:relcl", "acl", "nmod"})


def part_of_another(doc: Doc, triggers: list[Trigger], lex: EventLexicon) -> set[int]:
    """Indices (in ``triggers``) of the triggers that are not events of their own."""
    heads: dict[int, Trigger] = {}
    for trigger in triggers:
        heads.setdefault(trigger.token, trigger)
        if trigger.noun is not None:
            heads.setdefault(trigger.noun, trigger)
    dropped = set()
    for n, trigger in enumerate(triggers):
        token = doc[trigger.token]
        if (_under_generic(token, lex) or _aimed_agreement(token, trigger, lex)
                or _not_an_occurrence(token, trigger) or _figurative(token)
                or _denied(token)
                or _content_of(token, trigger, heads, lex)
                or (trigger.entry.outcome and _linked_same_type(token, trigger, heads))
                or _coordinated_again(token, trigger, heads)):
            dropped.add(n)
    return dropped


def signed_contents(doc: Doc, triggers: list[Trigger]) -> set[int]:
    """Indices of the noun triggers that an agreement noun signs ("la signature de pourparlers
    de paix"): part of the agreement, yet events a later noun may name again ("au moment des
    négociations")."""
    nouns = {t.token: t for t in triggers if t.kind == "noun"}
    return {n for n, t in enumerate(triggers) if t.kind == "noun" and doc[t.token].head.i in nouns
            and _signed(nouns[doc[t.token].head.i], doc[t.token])}


def _ancestors(token: Token) -> list[tuple[Token, Token]]:
    """(child on the path, ancestor) pairs from ``token`` up to its sentence root, at most 12."""
    pairs: list[tuple[Token, Token]] = []
    child = token
    while child.head.i != child.i and len(pairs) < 12:
        pairs.append((child, child.head))
        child = child.head
    return pairs


def _under_generic(token: Token, lex: EventLexicon) -> bool:
    """Under a generic word, or in the clause of a verb whose object is one ("a exprimé sa
    crainte qu'une interruption des livraisons puisse nuire") — not through an adverbial clause,
    a fact of its own ("renforcer sa capacité à protéger son ciel en collaborant avec X")."""
    for child, ancestor in _ancestors(token):
        clause = child.dep_ in CLAUSAL or _que_clause(child)
        if clause and any(c.dep_ == "obj" and lemma_of(c) in lex.generic for c in ancestor.children):
            return True
        if child.dep_ == "advcl" or _gerund(child):
            return False
        if lemma_of(ancestor) in lex.generic:
            return True
    return False


def _aimed_agreement(token: Token, trigger: Trigger, lex: EventLexicon) -> bool:
    """An agreement in the clause of a word of aim ("des efforts visant à conclure un accord de
    paix"): the outcome aimed at has not been reached."""
    if trigger.entry.type != "AGREE":
        return False
    for child, ancestor in _ancestors(token):
        if child.dep_ in CLAUSAL and lemma_of(ancestor) in lex.aims:
            return True
        if child.dep_ not in CLAUSAL and child is not token:
            return False
    return False


def _figurative(token: Token) -> bool:
    """The image of a comparison: "comparant le conflit à une bagarre entre enfants qui refusent
    de s'arrêter" — what the conflict is compared to did not happen (the conflict did)."""
    for child, ancestor in _ancestors(token):
        if lemma_of(ancestor) in COMPARISON_VERBS and child.dep_.startswith("obl") \
                and case_of(child) in COMPARISON_CASES:
            return True
    return False


def _denied(token: Token) -> bool:
    """What a denial is about: "a démenti les informations selon lesquelles elle serait
    encerclée", "nie avoir tiré" — its object, clause, or a relative or complement of its object
    (not an adverbial clause: "a démenti, ajoutant que ses unités avaient avancé")."""
    for child, ancestor in _ancestors(token):
        if child.dep_ not in DENIED_DEPS:
            return False
        if lemma_of(ancestor) in DENIAL_VERBS and child.dep_ in ("obj", "ccomp", "xcomp"):
            return True
    return False


def _gerund(token: Token) -> bool:
    """ "en collaborant": a means, however the parser attaches it."""
    return token.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "en" for c in token.children)


def _not_an_occurrence(token: Token, trigger: Trigger) -> bool:
    """A noun naming a kind of event, not one that happened: "de telles offensives",
    "certaines propositions"; or the subject of an attribute ("une attaque est peu probable",
    "l'accord serait caduc"): what is judged is a topic, not a fact told."""
    if trigger.kind != "noun":
        return False
    if any(c.dep_ in ("det", "amod") and lemma_of(c) in KIND_WORDS for c in token.children):
        return True
    head = token.head
    return token.dep_ == "nsubj" and (head.pos_ == "ADJ" or any(c.dep_ == "cop" for c in head.children))


def _content_of(token: Token, trigger: Trigger, heads: dict[int, Trigger], lex: EventLexicon) -> bool:
    """Whether the nearest trigger above ``token`` governs it as its clause or topic ("se sont
    entretenus afin de discuter des attaques": the purpose of a consultation is its topic)."""
    for child, ancestor in _ancestors(token):
        governor = heads.get(ancestor.i)
        if governor is None and _consult_verb(ancestor, lex) and child.dep_ in TOPIC_DEPS \
                and not _thing_received(ancestor, child, lex):
            return True  # "afin de discuter des efforts … face aux attaques"
        if governor is None or governor is trigger:
            continue
        if _signed(governor, child):
            return True  # "après la signature de pourparlers de paix"
        consult = governor.entry.type == "CONSULT"
        clause = (child.dep_ in CLAUSAL or _que_clause(child)) and not (
            trigger.entry.type in REFUSAL_TYPES and child is token and antecedent(token) is not None)
        return (clause and ancestor.pos_ in ("VERB", "AUX", "ADJ") and (
            governor.entry.type in GOVERNING or governor.entry.type == trigger.entry.type)) or (
            consult and _topic(child)) or (consult and child.dep_ == "advcl" and _consult_verb(child, lex)) \
            or _demanded(token, trigger, governor, child)
    return False


def _demanded(token: Token, trigger: Trigger, governor: Trigger, child: Token) -> bool:
    """The event noun a request verb takes as its object ("a réclamé de nouvelles sanctions
    contre X", "exige le retrait des troupes", the partitive "de" the parser may take for a
    preposition): what is asked for, part of the request."""
    return governor.entry.type in DEMANDING and governor.kind == "verb" and trigger.kind == "noun" \
        and child is token and token.dep_ in TOPIC_DEPS and case_of(token) in (None, "de")  # partitive


def _signed(governor: Trigger, child: Token) -> bool:
    """The "de" complement of an agreement noun is what is signed or concluded: part of the
    agreement ("la signature de pourparlers de paix entre X et Y")."""
    return governor.kind == "noun" and governor.entry.type == "AGREE" and child.dep_ == "nmod" \
        and case_of(child) == "de"


def _que_clause(child: Token) -> bool:
    """A completive the parser hung as an adverbial ("a proposé des conditions, notamment que
    l'Ukraine retire ses troupes"): introduced by a bare "que", not "alors que", "pour que"."""
    if child.dep_ != "advcl":
        return False
    first = min(child.subtree, key=lambda t: t.i)  # "qu'" may hang on the clause's subject
    marks = [c for c in child.children if c.dep_ == "mark"] or ([first] if first.dep_ == "mark" else [])
    bare = [m for m in marks if m.lower_ in QUE and not any(f.dep_ == "fixed" for f in m.children)]
    return bool(bare) and all(m in bare or m.lower_ in FOCUS_WORDS for m in marks)


def _consult_verb(token: Token, lex: EventLexicon) -> bool:
    """A verb of talks; not one needing a pair ("a évoqué son entretien avec X": a mention)."""
    entry = lex.verbs.get(lemma_of(token))
    return entry is not None and entry.type == "CONSULT" and entry.needs != "pair"


def _thing_received(verb: Token, child: Token, lex: EventLexicon) -> bool:
    """ "a accueilli avec prudence les résultats des discussions": a verb that is a consultation
    only with a person as object (recevoir, accueillir) has a thing as object, no topic."""
    entry = lex.verbs.get(lemma_of(verb))
    return entry is not None and entry.needs == "person" and not is_person(child, lex)


def _topic(child: Token) -> bool:
    """ "au sujet de X", "sur X", "discuter de X": what a consultation is about."""
    if not child.dep_.startswith(("obl", "nmod")):
        return False
    case = case_of(child)
    return case in TOPIC_CASES or lemma_of(child) in TOPIC_NOUNS or (
        case == "de" and child.head.pos_ == "VERB")


def _coordinated_again(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """A conjunct sharing the auxiliary and subject of a trigger of its type and mode: one act
    told twice ("ont franchi la frontière et pénétré en territoire ukrainien")."""
    first = heads.get(token.head.i)
    if trigger.kind != "verb" or token.dep_ != "conj" or first is None or first is trigger:
        return False
    if any(c.dep_.startswith(("aux", "nsubj")) for c in token.children):
        return False
    return first.entry.type == trigger.entry.type and first.entry.mode == trigger.entry.mode


def _linked_same_type(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """Another trigger of the same type is the head or a dependent of ``token``."""
    near = [token.head, *token.children]
    return any(t.i in heads and heads[t.i] is not trigger and heads[t.i].entry.type == trigger.entry.type
               for t in near)
