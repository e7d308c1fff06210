"""When an event happened (:class:`DateFinder`); how it is told is
:mod:`storyline.analysis.event_telling`'s and :mod:`storyline.analysis.event_modality`'s.

Date: the time expression attached to the trigger (or to the noun of a light verb), else one
attached to a verb the trigger depends on inside its sentence ("a annoncé le 14 mars avoir
repris"), else the "c'était …" of a "la dernière fois que" clause, else the year an ordinal
anniversary marks, else, for an act told as following at once ("aussitôt"), the last date of
the sentence before ("Puis …": of the three before), for an undated statement of a pronoun
speaker, the date of the latest dated statement, for a verdict, the date of the hearing told
before it, else the day of the lead's scene (:mod:`storyline.analysis.event_lead`); TimeML
values are cut to a calendar day, month or year, and "il y a une semaine" takes the day
written out near it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.analysis.event_lead import lead_scene
from storyline.analysis.event_lexicon import EventLexicon, load_event_lexicon
from storyline.analysis.event_modality import is_conditional, purpose_governor
from storyline.analysis.event_pledges import is_pledge
from storyline.analysis.event_triggers import Trigger
from storyline.analysis.event_when import When, reduce_value
from storyline.analysis.event_words import case_of, has_auxiliary, lemma_of
from storyline.analysis.quote_lexicon import feature, load_lexicon
from storyline.models import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_ORDINAL = re.compile(r"^(\d+)(?:e|è|ème|eme)$")
CONDITIONAL_ENDS = ("rait", "raient", "rais", "rions", "riez", "ront")
PLACE_WORDS = frozenset({"à", "au", "en", "dans"})
FRAME_MARKS = frozenset({"après", "avant", "en", "sans"})
HEARINGS = frozenset({"comparaître", "audience", "procès"})
VERDICTS = frozenset({"condamner", "relaxer", "acquitter"})
IMMEDIATELY = frozenset({"aussitôt", "immédiatement", "sitôt", "aussi-tôt"})
SEQUENCE = frozenset({"puis", "ensuite"})
SPEECH = frozenset({"promettre", "prévenir"})  # statements the quote lexicon reads as taking no infinitive


class DateFinder:
    """Dates of triggers from the timexes of one document. ``nouns``: the token indices of the
    noun triggers, which a time expression next to them may belong to ("la réunion … à Djeddah
    le 11 mars" hung by the parser on the verb). ``lexicon``: the event lexicon in use (its
    hypothetical words lend no date), the bundled one by default."""

    def __init__(self, doc: Doc, timexes: tuple[Timex, ...], nouns: frozenset[int],
                 published: dt.date | None = None, lexicon: EventLexicon | None = None) -> None:
        self.doc = doc
        self.nouns = nouns
        self.published = published
        self.quote_cues = load_lexicon()
        self.lexicon = lexicon or load_event_lexicon()
        self.hypothetical = self.lexicon.modality.get("hypothetical", frozenset())
        self.by_root: dict[int, Timex] = {}
        self.durations: set[int] = set()
        ranges: set[int] = set()  # one token holding two dates ("saison 2002/2003"): no one date
        for timex in timexes:
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None:
                continue
            if timex.type == "DURATION":
                self.durations.add(span.root.i)
            if timex.type not in ("DATE", "TIME") or not reduce_value(timex.value).date or _deadline(span):
                continue
            if span.root.i in self.by_root and self.by_root[span.root.i].value != timex.value:
                ranges.add(span.root.i)
            self.by_root[span.root.i] = timex
        for root in ranges:
            del self.by_root[root]
        self._make_exact()

    def _make_exact(self) -> None:
        """ "il y a une semaine" … "Le 24 mars": a date counted in weeks back takes the one day
        written out in full that the article gives within three days of it."""
        written = {t.value[:10] for t in self.by_root.values()
                   if _DAY.match(t.value) and any(c.isdigit() for c in t.text)}
        for root, timex in self.by_root.items():
            words = timex.text.lower()
            if not (words.startswith("il y a") and "semaine" in words and _DAY.match(timex.value)):
                continue
            counted = dt.date.fromisoformat(timex.value[:10])
            near = [d for d in written if abs((dt.date.fromisoformat(d) - counted).days) <= 3]
            if len(near) == 1:
                self.by_root[root] = replace(timex, value=near[0])

    def date_of(self, trigger: Trigger) -> When:
        """The date of the timex on the trigger (or inside a noun trigger's phrase: "leur
        avancée … en août dernier"), else on the verb a noun trigger is an argument of, else up
        the chain of infinitives it depends on ("a décidé hier de suspendre", "une réunion doit
        s'ouvrir aujourd'hui") or the predicate a purpose infinitive serves ("sera à Lyon lundi afin
        d'y manifester"), else on the "lors de" setting of that clause. The date of a
        report is not the date of what it reports ("a annoncé le 14 mars avoir repris" leaves
        the taking undated), and no date is borrowed from another sentence but that of an act
        told as following it at once ("aussitôt") or next ("Puis …"), of a statement's speaker
        and of a verdict's hearing."""
        head = self.doc[trigger.token]
        nodes = [head] + ([self.doc[trigger.noun]] if trigger.noun is not None else [])
        if head.pos_ not in ("VERB", "AUX", "NOUN") and head.head.pos_ in ("VERB", "AUX"):
            nodes.append(head.head)  # "d'accord" of a copula trigger, hung off the verb before it
        chain = nodes + self._governors(head) + [i for n in nodes for i in self._incise(n)]
        sentences = {node.sent.start: node.sent for node in chain}  # a purpose split off its verb
        governed = [pair for sentence in sentences.values() for pair in self._attached(sentence)]
        for node in chain:
            for timex_root, attach in governed:
                if attach.i == node.i:
                    return reduce_value(self.by_root[timex_root].value)
            if node.pos_ == "NOUN" and node in nodes:
                inside = [r for r, _ in governed if node.left_edge.i <= r <= node.right_edge.i]
                if inside:
                    return reduce_value(self.by_root[inside[0]].value)
        clause = {node.i for node in chain}
        for timex_root, attach in governed:  # on the noun of a "lors de" setting of the clause
            if attach.pos_ == "NOUN" and _is_setting(attach) and _setting_verb(attach) in clause:
                return reduce_value(self.by_root[timex_root].value)
        cleft = self._cleft(head)
        if cleft.date:
            return cleft
        anniversary = self._anniversary(head)
        if anniversary.date:
            return anniversary
        right_after = self._right_after(chain + [head.head])
        if right_after.date:
            return right_after
        statement = self._statement(chain[-1])
        found = statement if statement.date else self._hearing(head)
        if found.date:
            return found
        lead = lead_scene(self.doc, head, self.by_root, _parts, self.published, self._states)
        return When(lead, "day") if lead else found

    def _statement(self, verb: Token) -> When:
        """ "X a estimé hier que … « … », a-t-il déclaré lors d'une conférence": an undated
        statement in the past with a pronoun subject goes on the latest dated one before it."""
        if not self._states(verb) or not has_auxiliary(verb) or not any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
            return When()
        for root in sorted((r for r in self.by_root if r < verb.sent.start), reverse=True):
            holder = self._holder(self.doc[root])
            if self._states(holder) and has_auxiliary(holder):
                return reduce_value(self.by_root[root].value)
        return When()

    def _hearing(self, head: Token) -> When:
        """ "X comparaissait hier devant le tribunal … le tribunal a condamné X": a verdict told
        in the past takes the date of the latest hearing the article dates before it."""
        if lemma_of(head) not in VERDICTS or not has_auxiliary(head):
            return When()
        for root in sorted((r for r in self.by_root if r < head.i), reverse=True):
            if lemma_of(self._holder(self.doc[root])) in HEARINGS:
                return reduce_value(self.by_root[root].value)
        return When()

    def _right_after(self, chain: list[Token]) -> When:
        """ "X a nommé hier Y. Celui-ci s'est aussitôt lancé dans les consultations": an act told
        as following at once (on the trigger, a verb of ``chain`` or the trigger's head) the last
        dated one of the sentence before takes its date; a compound past in a sentence opening
        on "Puis" / "Ensuite" takes the last date of the three sentences before."""
        marks = {c.lower_ for node in chain for c in node.children if c.dep_ == "advmod"}
        then = chain[0].sent[0].lower_ in SEQUENCE and has_auxiliary(chain[0])
        if not marks & IMMEDIATELY and not then:
            return When()
        start = chain[0].sent.start
        for _ in range(3 if then else 1):  # "Puis ils ont …" goes on the scene last dated
            if start == 0:
                return When()
            before = self.doc[start - 1].sent
            roots = [r for r in self.by_root if before.start <= r < before.end]
            if roots:
                return reduce_value(self.by_root[max(roots)].value)
            start = before.start
        return When()

    def _anniversary(self, head: Token) -> When:
        """ "le 54e anniversaire des bombes": what an anniversary marks happened that many years
        before the publication."""
        if self.published is None or head.pos_ != "NOUN" or lemma_of(head.head) != "anniversaire":
            return When()
        for child in head.head.children:
            number = _ORDINAL.match(child.lower_)
            if child.dep_ in ("amod", "nummod") and number and int(number[1]) <= self.published.year:
                return When(str(self.published.year - int(number[1])).zfill(4), "year")
        return When()

    def _cleft(self, head: Token) -> When:
        """ "La dernière fois que X s'est entretenu avec Y, c'était en février 2022": the time
        told by the "c'était" clause of the "fois que" the trigger belongs to."""
        if not head.dep_.startswith("acl") or head.head.lemma_ != "fois":
            return When()
        for root in sorted(self.by_root):
            if head.i < root < head.sent.end and any(
                    t.lemma_ == "être" for t in self.doc[max(head.i, self.doc[root].left_edge.i - 2):root]):
                return reduce_value(self.by_root[root].value)
        return When()

    def _governors(self, head: Token) -> list[Token]:
        """Verbs whose date the trigger shares: the verb a noun is an argument of ("deux jours
        de négociations": of the duration's verb), the verbs above an infinitive or a verb chain,
        the verb an "après"/"avant de"/gerund clause hangs on; a reporting verb only for what it
        tells as simultaneous ("affirmait hier accepter", "a annoncé qu'il suspendait"), not for
        what came before ("a annoncé avoir repris", "ont confirmé que X avait rétabli")."""
        found: list[Token] = []
        node = head
        purpose = purpose_governor(head)  # "sera à Lyon lundi afin d'y manifester"
        if purpose is not None:
            found.append(purpose)
            node = purpose
        if head.pos_ == "NOUN" and _is_setting(head):  # "le 19 mars, lors de l'appel, X a …"
            verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return [verb] if verb is not None and not self._states(verb) else []
        if head.pos_ == "NOUN" and head.dep_ == "nmod" and _closes(head.head, self.durations):
            node = head.head
        while node.head.i != node.i and len(found) < 4:
            relation, parent = node.dep_, node.head
            argument = node.pos_ == "NOUN" and not found and relation.startswith(("nsubj", "obj", "obl"))
            framed = relation == "advcl" and _framed(node)
            if not argument and not framed and relation not in ("xcomp", "ccomp"):
                break
            if parent.pos_ not in ("VERB", "AUX") or self._supposes(parent):
                break
            if self._states(parent) or relation == "ccomp":
                if relation in ("xcomp", "ccomp") and self._states(parent) and _simultaneous(node) \
                        or relation == "obl:mod":  # the setting of a statement, not its content
                    found.append(parent)
                break
            found.append(parent)
            found += [c for c in parent.children if c.dep_ == "xcomp" and c.i != node.i]
            node = parent
        return found

    def _supposes(self, verb: Token) -> bool:
        """A conditional, a verb of possibility, wish or justification ("pourrait", "rien ne
        justifie une action") or a pledge ("s'est engagé jeudi à livrer"): what it governs is
        hypothetical or to come and has no date of its own, its date is the judgement's."""
        return is_conditional(verb) or lemma_of(verb) in self.hypothetical or is_pledge(verb, self.lexicon)

    def _incise(self, head: Token) -> list[Token]:
        """The reporting verb of an incise after what it reports ("X «accepte …», a indiqué
        hier un communiqué"), when the report is told as simultaneous."""
        if head.pos_ not in ("VERB", "AUX") or not _simultaneous(head, moods=("Ind", "Sub")):
            return []
        return [c for c in head.children if c.dep_ in ("conj", "parataxis") and c.i > head.i
                and self._states(c) and any(s.dep_ == "nsubj" and s.i > c.i for s in c.children)]

    def reports(self, verb: Token) -> bool:
        """A verb that reports, for modality: a statement (:meth:`_states`), or ``SPEECH``
        (promettre, prévenir), never a request."""
        return self._states(verb) or self.quote_cues.cue_lemma(verb) in SPEECH

    def _states(self, verb: Token) -> bool:
        """A verb of statement (déclarer, annoncer, affirmer, nier…), not of praise or request:
        its date is not the date of what it reports."""
        cue = self.quote_cues.cue_lemma(verb)
        return cue is not None and self.quote_cues.takes_infinitive(cue)

    def _attached(self, sentence: Span) -> list[tuple[int, Token]]:
        """(timex root, the verb or noun it hangs on) for each timex of ``sentence``: the
        parser's head, or the noun trigger it follows ("l'appel téléphonique d'hier", "un gel
        temporaire au début du mois", "la prise d'otages de l'OPEP en 1975")."""
        out: list[tuple[int, Token]] = []
        for root in sorted(self.by_root):
            if not sentence.start <= root < sentence.end:
                continue
            node = self._holder(self.doc[root])
            if any(n.i == node.i and self.by_root[r].value != self.by_root[root].value for r, n in out):
                node = _clause_before(self.doc[root], node)
            out.append((root, self._neighbour(self.doc[root], node) or node))
        return out

    @staticmethod
    def _holder(root: Token) -> Token:
        """The verb or noun the parser hangs a timex on."""
        node = root.head
        while node.pos_ not in ("VERB", "AUX", "NOUN") and node.head.i != node.i:
            node = node.head
        return node

    def _neighbour(self, root: Token, attach: Token) -> Token | None:
        """The noun trigger right before the timex whose phrase it closes: introduced by a
        preposition, inside the phrase of the parser's head, or the timex is a "de" complement
        ("d'hier", "du 5 juin")."""
        before = _skip_place(self.doc, root.left_edge.i - 1)
        if before < 0:
            return None
        near = self.doc[before]
        owners = [self.doc[n] for n in sorted(self.nouns)
                  if self.doc[n].left_edge.i <= near.i <= self.doc[n].right_edge.i and n != attach.i]
        owners = [n for n in owners if n.right_edge.i == near.i or near.i >= n.i]
        if not owners:
            return None
        noun = min(owners, key=lambda n: n.right_edge.i - n.left_edge.i)
        if case_of(root) == "de" and near.i in (noun.i, noun.i + 1):
            return noun
        inside = attach in noun.ancestors
        return noun if inside and case_of(noun) is not None and noun.right_edge.i == near.i else None


def _parts(value: str) -> tuple[str | None, str | None]:
    """A TimeML value as (date, precision)."""
    when = reduce_value(value)
    return when.date, when.precision


def _closes(noun: Token, durations: set[int]) -> bool:
    """A noun whose "de X" ends at its time: "a déclaré à l'issue d'une réunion", "deux jours de
    négociations" (not "libérés hier après douze jours de captivité")."""
    if lemma_of(noun) == "issue":
        return noun.dep_.startswith("obl")
    return noun.i in durations and case_of(noun) is None


def _clause_before(root: Token, verb: Token) -> Token:
    """A second, different date of ``verb`` right after one of its infinitive or adverbial
    clauses is that clause's: "ont été écroués samedi pour avoir torturé X il y a une semaine"."""
    before = root.left_edge.i - 1
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                 and c.i < root.left_edge.i and c.right_edge.i == before), verb)


def _skip_place(doc: Doc, before: int) -> int:
    """The token before a parenthesis and a place name ("à Djeddah (Arabie saoudite)"); a name
    after another word ("la prise d'otages de l'OPEP en 1975") is kept."""
    if before >= 0 and doc[before].text == ")":
        opening = next((i for i in range(before - 1, max(-1, before - 12), -1) if doc[i].text == "("), None)
        before = opening - 1 if opening is not None else before
    while before >= 0 and doc[before].text in ")]»":
        before -= 1
    name = before
    while name >= 0 and doc[name].pos_ == "PROPN":
        name -= 1
    if name < before and name >= 0 and doc[name].lower_ in PLACE_WORDS:  # not "de l'OPEP"
        return name - 1
    return before


def _deadline(span: Span) -> bool:
    """ "jusqu'au 30 juin", "d'ici mardi": a time limit, not when it happened."""
    doc = span.doc
    words = [t.lower_.replace("’", "'") for t in doc[max(0, span.start - 2):span.start + 1]]
    return any(w.startswith("jusqu") for w in words) or "ici" in words[-2:]


def _framed(clause: Token) -> bool:
    """An adverbial clause told in the time of its governor: "après l'avoir tabassé", "avant de
    s'en prendre", a gerund ("en arrivant")."""
    return any(c.dep_ == "mark" and c.lower_ in FRAME_MARKS for c in clause.children)


def _simultaneous(verb: Token, moods: tuple[str, ...] = ("Ind",)) -> bool:
    """A present infinitive or a present / imperfect finite verb: at the time of the report."""
    if has_auxiliary(verb):
        return False
    tense = feature(verb, "Tense")
    if verb.lower_.endswith(CONDITIONAL_ENDS):  # "continueraient", tagged as a present at times
        return False
    return (feature(verb, "VerbForm") == "Inf" and not tense) or (
        tense in ("Pres", "Imp") and feature(verb, "Mood") in moods)


def _setting_verb(noun: Token) -> int | None:
    """The verb a "lors de" noun is the setting of (through "lors", which may hang elsewhere)."""
    return next((a.i for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _is_setting(noun: Token) -> bool:
    """A noun introduced as the time frame of a clause: "lors de", "pendant", "au cours de"."""
    words = {t.lower_ for t in noun.doc[max(0, noun.left_edge.i - 2): noun.i]}
    return bool(words & {"lors", "pendant", "durant", "cours", "depuis"})
