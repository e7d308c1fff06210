"""Modality of an event, first that applies in the gold's order: hypothetical > future >
planned > reported > historical > asserted.

- hypothetical: a conditional (not a future in the past, below), a "si" clause, or a governing
  word of possibility, wish, intention or readiness ("pourrait", "souhaitait renforcer … en
  collaborant", "son intérêt pour aider", "rien ne justifie une action"), not of attempt: "ont
  tenté d'entrer" tells an act; also an event sought for ("une récompense pour l'arrestation
  de X", "en vue de son extradition") or that any one thing would lead to ("toute information
  menant à l'arrestation de X": a singular "tout", through a present participle);
- future: a future tense ("mettra", also when the tagger reads it as a present), "aller" +
  infinitive, what an infinitive or an "après / avant" phrase sets under a future verb ("sera à
  Marseille afin d'y manifester", "sera discutée après la signature"), and a conditional told
  as the future of a past report ("a promis que la Russie cesserait d'attaquer");
- future also: an event noun held by a verb of hosting (lexicon class ``host``) in the future
  or under "aller" + infinitive ("abritera un sommet", "va accueillir une réunion"), and what
  a pledge commits to (``modality.pledge``: "a promis de livrer", "s'est engagé à fournir");
- planned: under a planning word or "devoir" ("ont prévu une réunion", "doit s'ouvrir");
- reported: inside a quote, or the que-clause / infinitive of a reporting verb ("a annoncé
  qu'il suspendait", "affirmait accepter"); not a bare past participle describing a noun of an
  indirect report, outside guillemets ("a promis que …, au lieu du cessez-le-feu proposé par
  Washington": the proposal is a fact of its own);
- historical: dated in a calendar year before the publication's; a noun so dated is historical
  under any word but one of hypothesis ("prévoit de recevoir les victimes de l'attaque de 1999":
  a past event named as background);
- otherwise asserted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.analysis.event_lexicon import EventLexicon
from storyline.analysis.event_pledges import pledged
from storyline.analysis.event_triggers import Trigger
from storyline.analysis.event_words import has_auxiliary, is_purpose_clause, lemma_of
from storyline.analysis.quote_lexicon import feature
from storyline.models import Modality

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FUTURE_ENDS = ("a", "as", "ai", "ons", "ez", "ont")
FUTURE_FORMS = tuple("r" + end for end in FUTURE_ENDS)
CONDITIONAL_ENDS = ("ait", "aient", "ais", "ions", "iez")
MODAL_VERBS = frozenset({"pouvoir", "devoir", "vouloir", "falloir"})
FRAME_CASES = frozenset({"après", "avant", "afin", "pour", "dès"})
CHAIN_DEPS = ("xcomp", "advcl", "acl", "obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod",
              "nmod", "conj")
Reports = Callable[["Token"], bool]


def _stems(verb: Token) -> tuple[str, ...]:
    """The future stems of a regular verb: "cesser" → cesser, "mettre" → mettr."""
    lemma = lemma_of(verb)
    return (lemma[:-1],) if lemma.endswith("re") else (lemma,)


def _regular_form(verb: Token, ends: tuple[str, ...]) -> bool:
    """A finite form written as a regular future stem + one of ``ends``."""
    form = verb.lower_
    return feature(verb, "VerbForm") == "Fin" and any(
        form == stem + end for stem in _stems(verb) for end in ends)


def is_future(verb: Token) -> bool:
    """A future tense, also a regular form the tagger reads as a present ("mettra")."""
    return feature(verb, "Tense") == "Fut" or _regular_form(verb, FUTURE_ENDS)


def is_conditional(verb: Token) -> bool:
    """A conditional, also a regular form tagged as an imperfect ("continueraient")."""
    return feature(verb, "Mood") == "Cnd" or _regular_form(verb, CONDITIONAL_ENDS)


def _verbs(token: Token) -> list[Token]:
    return [token] + [c for c in token.children if c.dep_.startswith("aux")]


def purpose_governor(verb: Token) -> Token | None:
    """The predicate a present infinitive of purpose serves: "ira à Lyon pour y manifester",
    "sera à Lyon lundi afin d'y manifester", also when the parser cut the sentence before
    "afin"; not a past infinitive ("écroués pour avoir torturé" tells an earlier act)."""
    if feature(verb, "VerbForm") != "Inf" or has_auxiliary(verb):
        return None
    if is_purpose_clause(verb):
        return verb.head
    afin = verb.head
    if afin.lower_ != "afin" or afin.i == verb.i:
        return None
    if afin.head.i != afin.i:
        return afin.head
    start = afin.sent.start
    if afin.i == start and start > 0 and afin.text.islower() and verb.doc[start - 1].text not in ".!?":
        return verb.doc[start - 1].sent.root
    return None


def _governors(trigger: Trigger, doc: Doc) -> list[Token]:
    """The words above the trigger inside its clause: up through infinitives, gerunds, noun
    phrases and adverbial clauses to the first finite verb (included), at most five, leaving out
    the trigger's own words ("tentaient d'entrer"); not out of a relative clause, a participle or
    a finite adverbial clause ("la commission que Bush n'a pas bloquée", "le Britannique accusé
    de", "quand ils ont attaqué …, X souhaitait")."""
    node = doc[trigger.token]
    found: list[Token] = []
    purpose = purpose_governor(node)
    if purpose is not None:  # its predicate, or the copula of "sera à Lyon afin de"
        found.append(next((c for c in purpose.children if c.dep_ == "cop"), purpose))
        if feature(found[0], "VerbForm") == "Fin":
            return found
        node = purpose
    while node.head.i != node.i and len(found) < 5:
        if not node.dep_.startswith(CHAIN_DEPS) or (
                node.dep_.startswith("acl") and feature(node, "VerbForm") not in ("Inf", "")):
            break  # a relative clause or a participle tells a fact of its own
        if node.dep_ == "advcl" and _finite(node):
            break  # so does a finite adverbial clause ("il avait averti que …, il envisagerait")
        node = node.head
        if not trigger.start <= node.idx < trigger.end:
            found.append(node)
        if node.pos_ in ("VERB", "AUX") and feature(node, "VerbForm") == "Fin":
            break
        if node.pos_ == "ADJ" or (node.pos_ == "VERB" and node.dep_ == "ROOT"):
            break
    return found


def _sought(above: list[Token], lex: EventLexicon) -> bool:
    """ "en vue de l'arrestation", "toute information menant à l'arrestation", "une récompense
    pour toute information conduisant à …": a governing "en vue de", or, above a present
    participle that ends the climb, a noun under a singular "tout" or of the ``hypothetical``
    list, at most two nouns up."""
    if any(lemma_of(g) == "vue" and g.pos_ == "NOUN" and _case(g) == "en" for g in above):
        return True
    last = above[-1] if above else None
    if last is None or not last.dep_.startswith("acl") or feature(last, "VerbForm") != "Part" \
            or feature(last, "Tense") != "Pres":
        return False
    node = last.head
    hypothetical = lex.modality.get("hypothetical", frozenset())
    for _ in range(2):
        if node.pos_ != "NOUN":
            return False
        if lemma_of(node) in hypothetical or any(
                c.dep_ == "det" and lemma_of(c) == "tout" and feature(c, "Number") == "Sing"
                for c in node.children):
            return True
        if node.dep_ != "nmod":
            return False
        node = node.head
    return False


def _case(token: Token) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ == "case"), None)


def _finite(verb: Token) -> bool:
    """A finite form, or a participle with a finite auxiliary ("avait averti")."""
    return any(feature(v, "VerbForm") == "Fin" for v in _verbs(verb))


def _framing_noun(head: Token) -> Token | None:
    """The noun a "pour / de" infinitive completes though hung on the verb: "son intérêt pour
    aider"."""
    mark = next((c for c in head.children if c.dep_ in ("mark", "case") and c.i < head.i), None)
    if mark is None or mark.i == 0:
        return None
    before = head.doc[mark.i - 1]
    return before if before.pos_ == "NOUN" else None


def _future_in_past(head: Token, reports: Reports) -> bool:
    """A conditional of a non-modal verb in the que-clause of a reporting verb, no "si" in it:
    "a affirmé que son frère ne cèderait pas"."""
    if lemma_of(head) in MODAL_VERBS or head.dep_ != "ccomp" or not _told(head.head, reports):
        return False
    if feature(head.head, "Tense") == "Pres" and not has_auxiliary(head.head):
        return False  # "déclare que X cesserait": a conditional of the present
    return not any(c.dep_ == "mark" and c.lower_ in ("si", "s'") for c in head.children)


def _framed_by_future(head: Token, above: list[Token]) -> bool:
    """An infinitive, gerund or "après / avant" phrase under a future verb of the same clause."""
    first = next((g for g in above if g.pos_ in ("VERB", "AUX")), None)
    if first is None or not any(is_future(v) for v in _verbs(first)):
        return False
    if head.pos_ in ("VERB", "AUX"):
        return feature(head, "VerbForm") in ("Inf", "Part") and not has_auxiliary(head)
    node = head
    while node.dep_ in ("conj", "nmod"):
        node = node.head
    return any(c.dep_ == "case" and c.lower_ in FRAME_CASES for c in node.children)


def _hosted_later(noun: Token, lex: EventLexicon) -> bool:
    """An event noun held by a verb of hosting in the future, or under "aller" + infinitive:
    "X abritera un sommet", "va accueillir une réunion", "un sommet sera organisé"."""
    host = noun.head
    if noun.dep_ not in ("obj", "nsubj:pass") or host.i == noun.i or not lex.in_class(lemma_of(host), "host"):
        return False
    if any(is_future(v) and v.lower_.endswith(FUTURE_FORMS) for v in _verbs(host)):
        return True  # written as a future: the tagger reads "accueille" as one
    return host.dep_ == "xcomp" and feature(host, "VerbForm") == "Inf" and \
        lemma_of(host.head) in lex.modality.get("future", frozenset()) and _finite(host.head)


def modality_of(trigger: Trigger, doc: Doc, lex: EventLexicon, date: str | None,
                published: dt.date | None, reports: Reports, quoted: bool) -> Modality:
    """The modality of ``trigger`` (see the module's docstring): ``date`` is its date,
    ``published`` the publication date, ``reports`` tells reporting verbs, ``quoted`` whether
    it stands inside a quote."""
    head = doc[trigger.token]
    verbs = _verbs(head)
    above = _governors(trigger, doc)
    words = {lemma_of(g) for g in above}
    framing = _framing_noun(head)
    if framing is not None:
        words.add(lemma_of(framing))
    first = next((g for g in above if g.pos_ in ("VERB", "AUX")), None)
    conditional = any(is_conditional(v) for v in verbs)
    if conditional and _future_in_past(head, reports):
        return "future"
    if conditional or words & lex.modality.get("hypothetical", frozenset()) or _sought(above, lex):
        return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in ("si", "s'") for c in head.children):
        return "hypothetical"
    if first is not None and head.dep_ == "xcomp" and any(is_conditional(v) for v in _verbs(first)):
        if not _future_in_past(first, reports):
            return "hypothetical"
        return "future"
    earlier_year = bool(date and published and date[:4].isdigit() and int(date[:4]) < published.year)
    if earlier_year and trigger.kind == "noun":  # "prévoit de recevoir les victimes de l'attaque de 1999"
        return "historical"  # a past event named as background: neither to come nor what is reported
    if any(is_future(v) for v in verbs) or _framed_by_future(head, above) or (
            first is not None and lemma_of(first) in lex.modality.get("future", frozenset())
            and (head.dep_ == "xcomp" or any(c.dep_ == "xcomp" for c in first.children))):
        return "future"
    if (trigger.kind == "noun" and _hosted_later(head, lex)) or pledged(head, lex):
        return "future"
    if words & lex.modality.get("planned", frozenset()):
        return "planned"
    if (quoted and not _described_fact(head)) or _reported_clause(head, reports):
        return "reported"
    return "historical" if earlier_year else "asserted"


def in_guillemets(text: str, start: int, position: int) -> bool:
    """Whether ``position`` of ``text`` stands inside guillemets opened after ``start``."""
    before = text[start:position]
    return sum(before.count(c) for c in "«“") > sum(before.count(c) for c in "»”")


def _described_fact(head: Token) -> bool:
    """A bare past participle describing a noun of an indirect report, outside guillemets:
    "a promis que X cesserait …, au lieu d'un cessez-le-feu proposé par Washington" tells the
    proposal as a fact of its own, not as what is reported."""
    if not head.dep_.startswith("acl") or feature(head, "VerbForm") != "Part" or has_auxiliary(head):
        return False
    paragraph = head.doc.text.rfind("\n", 0, head.idx) + 1
    return not in_guillemets(head.doc.text, paragraph, head.idx)


def _told(verb: Token, reports: Reports) -> bool:
    """A reporting verb in a finite form or with its auxiliary, not a participle ("Considérant
    que …")."""
    finite = feature(verb, "VerbForm") == "Fin" or has_auxiliary(verb)
    return finite and reports(verb)


def _reported_clause(head: Token, reports: Reports) -> bool:
    """The que-clause or infinitive of a reporting verb ("a annoncé qu'il suspendait")."""
    node = head
    for _ in range(3):
        if node.head.i == node.i or node.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        if node.dep_ == "xcomp" and feature(node, "VerbForm") != "Inf":
            return False
        if node.dep_ != "conj" and _told(node.head, reports):
            return True
        node = node.head
    return False
