"""When and how an event is reported: its date, negation, modality and source.

Date: the time expression attached to the trigger (or to the noun of a light verb), else one
attached to a verb the trigger depends on inside its sentence ("a annoncé le 14 mars avoir
repris"); TimeML values are cut to a calendar day, month or year. Modality: "planned" under a
planning verb ("ont prévu une réunion"), "hypothetical" for a conditional or under "pouvoir",
"vouloir", "prêt à" or a "si" clause, "future" for a future tense or "aller" + infinitive,
"historical" when the date lies more than a year before publication.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.event_lexicon import EventLexicon
from storyline.analysis.event_triggers import Trigger, lemma_of
from storyline.analysis.quote_lexicon import load_lexicon
from storyline.models import Modality, Precision, Quote, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NEGATIONS = frozenset({"pas", "jamais", "guère", "nullement", "aucun", "aucune", "ni", "plus"})
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)")
_YEAR = re.compile(r"^(\d{4})")
HISTORICAL_DAYS = 365


@dataclass(frozen=True)
class When:
    date: str | None = None
    precision: Precision | None = None


def reduce_value(value: str) -> When:
    """A TimeML value as an ISO date cut to its precision ("2025-W11" -> the month of its
    Thursday; "2025-03-18TEV" -> "2025-03-18"; "XXXX-03-18" or "PRESENT_REF" -> nothing)."""
    day = _DAY.match(value)
    if day:
        try:
            dt.date(int(day[1]), int(day[2]), int(day[3]))
        except ValueError:
            return When()
        return When(day.group(0), "day")
    month = _MONTH.match(value)
    if month and 1 <= int(month[2]) <= 12:
        return When(value, "month")
    week = _WEEK.match(value)
    if week:
        try:
            thursday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 4)
        except ValueError:
            return When(week[1], "year")
        return When(thursday.isoformat()[:7], "month")
    year = _YEAR.match(value)
    if year:
        return When(year[1], "year")
    return When()


class DateFinder:
    """Dates of triggers from the timexes of one document."""

    def __init__(self, doc: Doc, timexes: tuple[Timex, ...]) -> None:
        self.doc = doc
        self.quote_cues = load_lexicon()
        self.by_root: dict[int, Timex] = {}
        for timex in timexes:
            if timex.type not in ("DATE", "TIME") or not reduce_value(timex.value).date:
                continue
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None:
                continue
            self.by_root[span.root.i] = timex

    def date_of(self, trigger: Trigger) -> When:
        """The date of the timex on the trigger (or inside a noun trigger's phrase: "leur
        avancée … en août dernier"), else on the verb a noun trigger is an argument of, else up
        the chain of infinitives it depends on ("a décidé hier de suspendre", "une réunion doit
        s'ouvrir aujourd'hui"), else on the "lors de" setting of that clause. The date of a
        report is not the date of what it reports ("a annoncé le 14 mars avoir repris" leaves
        the taking undated), and no date is borrowed from another sentence."""
        head = self.doc[trigger.token]
        nodes = [head] + ([self.doc[trigger.noun]] if trigger.noun is not None else [])
        chain = nodes + self._governors(head)
        governed = self._attached(head.sent)
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
            if attach.head.i in clause and attach.dep_.startswith("obl") and _is_setting(attach):
                return reduce_value(self.by_root[timex_root].value)
        return When()

    def _governors(self, head: Token) -> list[Token]:
        """Verbs whose date the trigger shares: the verb a noun is an argument of, and the
        verbs above an infinitive or a verb chain, stopping at a reporting verb."""
        found: list[Token] = []
        node = head
        if head.pos_ == "NOUN" and _is_setting(head):  # "le 19 mars, lors de l'appel, X a …"
            verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return [verb] if verb is not None and not self._reports(verb) else []
        while node.head.i != node.i and len(found) < 4:
            relation, parent = node.dep_, node.head
            if node.pos_ == "NOUN" and not found and relation.startswith(("nsubj", "obj", "obl")):
                pass
            elif relation != "xcomp":
                break
            if parent.pos_ not in ("VERB", "AUX") or self._reports(parent):
                break
            found.append(parent)
            found += [c for c in parent.children if c.dep_ == "xcomp" and c.i != node.i]
            node = parent
        return found

    def _reports(self, verb: Token) -> bool:
        """A verb of statement (déclarer, annoncer, affirmer, nier…), not of praise or request."""
        cue = self.quote_cues.cue_lemma(verb)
        return cue is not None and self.quote_cues.takes_infinitive(cue)

    def _attached(self, sentence: Span) -> list[tuple[int, Token]]:
        """(timex root, the verb or noun it hangs on) for each timex of ``sentence``."""
        out = []
        for root in self.by_root:
            if not sentence.start <= root < sentence.end:
                continue
            node = self.doc[root].head
            while node.pos_ not in ("VERB", "AUX", "NOUN") and node.head.i != node.i:
                node = node.head
            out.append((root, node))
        return out


def _is_setting(noun: Token) -> bool:
    """A noun introduced as the time frame of a clause: "lors de", "pendant", "au cours de"."""
    words = {t.lower_ for t in noun.doc[max(0, noun.left_edge.i - 2): noun.i]}
    return bool(words & {"lors", "pendant", "durant", "cours", "depuis"})


def is_negated(trigger: Trigger, doc: Doc) -> bool:
    """ "n'a pas rencontré", "n'ont jamais discuté", "aucune attaque"."""
    head = doc[trigger.token]
    if trigger.kind == "noun":
        return any(c.dep_ == "det" and c.lower_ in ("aucun", "aucune", "nul", "nulle") for c in head.children)
    has_ne = any(c.lower_ in ("ne", "n'", "n’") for c in head.children)
    return has_ne and any(c.lower_ in NEGATIONS for c in head.children) or any(
        c.dep_ == "advmod" and c.lower_ in ("pas", "jamais") for c in head.children)


def _morph(token: Token, name: str) -> str:
    values = token.morph.get(name, [])
    return str(values[0]) if values else ""


def modality_of(trigger: Trigger, doc: Doc, lex: EventLexicon, when: When,
                published: dt.date | None) -> Modality:
    head = doc[trigger.token]
    verbs = [head] + [c for c in head.children if c.dep_.startswith("aux")]
    chain = [head, *list(head.ancestors)[:3]]
    governors = chain[1:]
    if any(lemma_of(g) in lex.modality.get("planned", frozenset()) for g in governors[:2]):
        return "planned"
    if any(_morph(v, "Mood") == "Cnd" for v in verbs) or any(
            lemma_of(g) in lex.modality.get("hypothetical", frozenset()) for g in governors[:2]):
        return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in ("si", "s'") for c in head.children):
        return "hypothetical"
    if any(g.pos_ in ("VERB", "AUX") and _morph(g, "Mood") == "Cnd" for g in governors[:1]) and \
            head.dep_ == "xcomp":
        return "hypothetical"
    if any(_morph(v, "Tense") == "Fut" for v in verbs) or any(
            lemma_of(g) in lex.modality.get("future", frozenset()) and head.dep_ == "xcomp"
            for g in governors[:1]):
        return "future"
    if when.date and published is not None:
        start = _start_of(when.date)
        if start is not None and (published - start).days > HISTORICAL_DAYS:
            return "historical"
    return "asserted"


def _start_of(date: str) -> dt.date | None:
    try:
        if len(date) == 10:
            return dt.date.fromisoformat(date)
        if len(date) == 7:
            return dt.date(int(date[:4]), int(date[5:7]), 28)
        return dt.date(int(date[:4]), 12, 31)
    except ValueError:
        return None


def attribution(start: int, quotes: tuple[Quote, ...]) -> str | None:
    """The speaker of the innermost quote (direct, indirect or "selon X") around ``start``."""
    around = [q for q in quotes if q.start <= start < q.end and q.speaker]
    if not around:
        return None
    return min(around, key=lambda q: q.end - q.start).speaker
