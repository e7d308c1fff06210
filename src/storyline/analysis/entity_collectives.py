"""People and bodies an article keeps talking about without naming them: "les mineurs de Lisieux".

A definite, demonstrative, possessive or counted noun phrase headed by a people noun ("les
mineurs de Lisieux", "quatre mineurs", "le handicapé", "les avocats de la défense") is an
entity of its own; later phrases with the same head noun and no other complement ("les
mineurs") are the same one. So is a definite phrase headed by a role, body or document noun
(or a camp noun after a plain article, no complement: "l'opposition", "la communauté
internationale") that the article's names and descriptions leave open ("le préfet", "l'accusation", "les
responsables catholiques et protestants", "le rapport en question") when it stands where a
participant does: subject, object, "par / à / avec X", "à la demande de X", "de la part de X";
one whose "de X" is a name ("le tribunal correctionnel de Belfort") belongs to that name, and
so do the later bare ones ("le tribunal"). An indefinite phrase ("un handicapé mental", "un
rapport d'évaluation") is the first mention of someone only when a definite one with the same
head noun follows ("le handicapé"); alone ("des tireurs", "un policier") it introduces no one,
unless it is a quantified plural subject headed by a people noun ("plusieurs manifestants ont
bloqué la route"). A people noun after a quantity noun ("des milliers de manifestants") is a
counted group. Organisation nouns of civil society ("les syndicats", "plusieurs ONG") give
unnamed ORG groups the same way, unless a name follows them ("l'ONG Amnesty International").
Such an entity has a lower-case name: it is known in its article only, and the corpus never
merges it with another article's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import (
    CONTRACTED,
    DETERMINERS_OF_REFERENCE,
    QUANTITY_NOUNS,
    EntityLexicon,
)
from storyline.analysis.entity_offices import open_office
from storyline.analysis.parse import text_of
from storyline.models import EntityType
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

COMPLEMENT_CASES = frozenset({"de", "du", "des", "d'", "d’"})
INDEFINITE = frozenset({"un", "une", "des"})
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl:agent"})
PARTICIPANT_CASES = frozenset({"par", "à", "au", "aux", "avec", "auprès"})
QUANTIFIERS = frozenset({"plusieurs", "quelques", "certains", "certaines"})
ON_BEHALF = frozenset({"demande", "part"})  # "à la demande de X", "de la part de X"


@dataclass(frozen=True)
class Collective:
    start: int
    end: int
    text: str
    head: str  # folded lemma of the head noun
    complement: str  # folded complement ("lisieux"), "" when the phrase has none
    definite: bool  # False for "un handicapé", "des tireurs"
    plural: bool
    type: EntityType  # PER for people and roles, ORG for bodies and documents


def find_collectives(doc: Doc, taken: set[int], lexicon: EntityLexicon,
                     held: tuple[str, ...] = ()) -> list[Collective]:
    """Every referring phrase headed by a people or organisation noun, or by a role, body or
    document noun in a participant's place, outside the tokens in ``taken`` (``held``: the
    folded roles stated for the article's people, see :func:`open_office`)."""
    found: list[Collective] = []
    named_heads: set[str] = set()  # "tribunal" after "le tribunal correctionnel de Belfort"
    for token in doc:
        if token.i in taken and token.pos_ == "NOUN":  # "le juge William Young", "le président russe"
            named_heads.add(fold(token.lemma_ or token.text))
        organisation = token.lower_ in lexicon.organisation_nouns
        if token.i in taken or token.pos_ != "NOUN" or not (token.text[:1].islower() or organisation):
            continue
        people = token.lower_ in lexicon.people_nouns or _starts_phrase(token, lexicon) \
            or _counted_nationals(token, lexicon)
        group = people or organisation
        kind: EntityType | None = "PER" if people else "ORG" if organisation \
            else _participant_type(token, lexicon)
        if kind is None or (organisation and _names_follow(doc, token, taken)):
            continue  # "l'ONG Amnesty International" is the name's
        quantity = _quantity(token) if group else None  # "des milliers de manifestants"
        definite = _refers(token) or (group and _quantified_subject(token)) or quantity is not None
        if not definite and not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children):
            continue
        span = _phrase(doc, token, taken)
        head = fold(token.lemma_ or token.text)
        complement = [t for t in span[1:] if t.pos_ in ("NOUN", "PROPN")]
        folded = " ".join(fold(t.text) for t in complement)
        if not group and (head in named_heads or any(t.i in taken for t in span)
                          or lexicon.fixed_phrase_at(doc, token.i) > token.i
                          or (definite and not _open_participant(token, lexicon)
                              and not (_participant_position(token) and open_office(token, lexicon, held)))):
            if not (definite and _open_phrase(token, lexicon) and not _participant_position(token)):
                named_heads.add(head)  # later phrases with this head belong to the same name
            continue  # "le chef de l'État" is someone the article names
        if not group and len(span) == 1 and "Number=Plur" in str(token.morph):
            continue  # "les joueurs", "les autorités" alone speak of a kind, not of someone
        first = quantity.i if quantity is not None else span.start
        found.append(Collective(first, span.end, doc[first:span.end].text, head, folded, definite,
                                "Number=Plur" in str(token.morph), kind))
    return [c for n, c in enumerate(found)
            if c.definite or any(d.definite and d.head == c.head for d in found[n + 1:])]


def _counted_nationals(noun: Token, lexicon: EntityLexicon) -> bool:
    """ "deux journalistes français", "trois chercheurs italiens": a counted plural of a role
    that acts for no state (the lexicon's ``civilian_roles``) with a nationality is a group of
    people of that country, not the country ("deux diplomates russes", "deux ministres
    italiens" act for theirs)."""
    word = noun.lower_
    singular = word[:-1] if word[-1:] in ("s", "x") else word
    if "Number=Plur" not in str(noun.morph) or singular not in lexicon.civilian_roles:
        return False
    counted = any(c.dep_ == "nummod" or (c.dep_ == "det" and c.pos_ == "NUM") for c in noun.children)
    return counted and any(c.dep_ == "amod" and c.pos_ == "ADJ" and lexicon.country_of(c.text)
                           for c in noun.children)


def _names_follow(doc: Doc, noun: Token, taken: set[int]) -> bool:
    """ "l'ONG Human Rights Watch", "le syndicat, Force ouvrière,": a name apposed to the noun."""
    i = noun.i + 1
    while i < len(doc) and (doc[i].pos_ == "ADJ" or doc[i].text == ",") and i not in taken:
        i += 1
    return i in taken and doc[i - 1].lower_ not in COMPLEMENT_CASES


def _quantity(noun: Token) -> Token | None:
    """ "des milliers de manifestants", "une centaine de syndicats": the quantity noun whose "de"
    complement ``noun`` is."""
    head = noun.head
    cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
    if noun.dep_ != "nmod" or head.i >= noun.i or not cases & {"de", "d'", "d’"}:
        return None
    return head if head.lower_ in QUANTITY_NOUNS else None


def _participant_type(noun: Token, lexicon: EntityLexicon) -> EntityType | None:
    """PER for a role noun ("le préfet"), ORG for a body ("l'accusation"), a camp ("l'opposition")
    or a document ("le rapport"), None for any other noun."""
    if lexicon.is_role(noun.text):
        return "PER"
    if lexicon.is_body(noun.text) or (noun.lower_ in lexicon.camp_nouns and _camp(noun)):
        return "ORG"
    return "ORG" if noun.lower_ in lexicon.document_nouns else None


def _camp(noun: Token) -> bool:
    """ "l'opposition", "la communauté internationale": a camp noun after a plain article, with
    no complement ("la majorité des électeurs", "l'opposition au projet", "son opposition" are
    a share or a stance)."""
    articles = [c for c in noun.children if c.dep_ == "det"]
    return len(articles) == 1 and articles[0].lower_.replace("’", "'") in ("le", "la", "l'") \
        and not any(c.dep_ == "nmod" for c in noun.children)


def _open_participant(noun: Token, lexicon: EntityLexicon) -> bool:
    """A definite phrase in a participant's place that nothing else names: not counted ("les
    deux dirigeants" are two people of the article), without a nationality ("le président
    serbe", "les forces de défense aérienne russes" name a country or its leader)."""
    return _open_phrase(noun, lexicon) and _participant_position(noun)


def _open_phrase(noun: Token, lexicon: EntityLexicon) -> bool:
    """Not counted ("les deux dirigeants") and without a nationality ("le président serbe")."""
    if any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in noun.children):
        return False
    return not any(t.pos_ == "ADJ" and lexicon.country_of(t.text) for t in noun.subtree)


def _participant_position(noun: Token) -> bool:
    """Subject, object, "par / à / avec X", "à la demande de X", "de la part de X" (or a
    conjunct of one of these)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in PARTICIPANT_DEPS:
        return True
    cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
    return bool(cases & PARTICIPANT_CASES) or (
        bool(cases & COMPLEMENT_CASES) and noun.head.lemma_.lower() in ON_BEHALF)


def _starts_phrase(token: Token, lexicon: EntityLexicon) -> bool:
    """A people noun of several words starting at ``token``: "les forces de l'ordre"."""
    phrases = lexicon.people_phrases.get(token.lower_, ())
    if not phrases:
        return False
    text = fold(text_of(token.doc)[token.idx:token.idx + 40])
    return any(text.startswith(phrase) and not text[len(phrase):len(phrase) + 1].isalpha()
               for phrase in phrases)


def _refers(noun: Token) -> bool:
    """A definite, demonstrative, possessive or counted noun phrase ("quatre mineurs"), the
    article contracted with its preposition too ("aux responsables"; "des" only on a noun's
    complement: "la demande des services", not "des pertes et des victimes")."""
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in DETERMINERS_OF_REFERENCE:
            return True
        if child.dep_ == "case" and child.pos_ == "ADP" and child.lower_ in CONTRACTED \
                and (child.lower_ != "des" or noun.dep_ == "nmod"):
            return True
        if child.dep_ == "nummod" or (child.dep_ == "det" and child.pos_ == "NUM"):
            return True
    return False


def _quantified_subject(noun: Token) -> bool:
    """ "Plusieurs manifestants ont bloqué …", "de nombreux otages ont été libérés": a plural
    subject with a quantifier is a group the article tells of (not a bare "des manifestants")."""
    if noun.dep_ not in ("nsubj", "nsubj:pass") or "Number=Plur" not in str(noun.morph):
        return False
    doc = noun.doc
    for child in noun.children:
        if child.i > noun.i:
            continue
        if child.dep_ == "det" and child.lower_ in QUANTIFIERS:
            return True
        if child.lower_ in ("nombreux", "nombreuses") and child.i > 0 \
                and doc[child.i - 1].lower_ in ("de", "d'", "d’"):
            return True
    return False


def _phrase(doc: Doc, head: Token, taken: set[int]) -> Span:
    """The head with its adjectives (coordinated ones too: 'responsables catholiques et
    protestants') and one "de X" complement with its own lower-case adjectives: 'avocats de la
    défense', 'services de sécurité olympiques'."""
    end = head.i + 1
    while end < len(doc) and end not in taken and doc[end].pos_ == "ADJ":
        end += 1
        if end + 1 < len(doc) and doc[end].lower_ in ("et", "ou") and doc[end + 1].pos_ == "ADJ" \
                and doc[end + 1].dep_ == "conj" and doc[end + 1].head.i == end - 1:
            end += 1
    if end + 1 < len(doc) and doc[end].lower_ in COMPLEMENT_CASES:
        after = end + 1
        while after < len(doc) and doc[after].pos_ == "DET":
            after += 1
        if after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN") and doc[after].head.i == head.i:
            end = after + 1
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1
            while end < len(doc) and end not in taken and doc[end].pos_ == "ADJ" \
                    and doc[end].text[:1].islower() and doc[end].head.i in (head.i, after):
                end += 1  # "les services de sécurité olympiques"
    return doc[head.i:end]
