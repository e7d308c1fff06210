"""Who a reporting cue names as its speaker: the phrase as written, from the parse and the text.

The subject can stand before the cue ("Le Kremlin a déclaré"), after it ("a déclaré Leavitt",
"a-t-il ajouté", "a déclaré de son côté le secrétaire d'Etat"), behind a relative pronoun
("Peskov, qui a déclaré"), or on the verb a participle hangs from ("..., ajoutant que").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.analysis.parse import text_of
from storyline.analysis.quote_lexicon import Lexicon, feature, load_lexicon
from storyline.analysis.quote_types import SpeakerRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
CUT_DEPS = ("acl", "acl:relcl", "advcl", "parataxis", "ccomp", "xcomp", "dislocated", "case", "mark")
RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
PERSONAL = frozenset({"il", "elle", "ils", "elles"})
STRESSED = frozenset({"lui", "elle", "eux", "elles"})
NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
OF = frozenset({"de", "d'", "d’", "du", "des"})
TIME_WORDS = frozenset({
    "hier", "aujourd'hui", "demain", "soir", "matin", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "récemment", "également", "aussi", "ensuite", "encore",
    "toutefois", "cependant", "alors", "enfin", "déjà", "pourtant", "notamment",
})


def subject_of(verb: Token, *, depth: int = 0) -> SpeakerRef | None:
    """The speaker phrase of reporting ``verb``, or None when the text names nobody."""
    clitic = _inverted_clitic(verb)
    if clitic is not None:
        return _pronoun(clitic)
    subjects = [c for c in verb.children if _is_subject(c) and same_paragraph(c, verb)]
    if not subjects:  # "Le rapport, remis à M. X, dresse …": the parser hung it on the participle
        subjects = [s for c in verb.children if c.dep_ in ("advcl", "acl") and c.i < verb.i
                    for s in c.children if _is_subject(s) and s.i < c.i and same_paragraph(s, verb)]
    if subjects:
        return _extend_apposition(_from_subject(subjects[0], verb), subjects[1:])
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and same_paragraph(verb, verb.head):
        if _speaks(verb.head):
            return dependency_phrase(verb.head)  # "des déclarations ... qualifiant", "Peskov, soulignant"
        if feature(verb, "VerbForm") == "Fin" and verb.head.i < verb.i:
            return dependency_phrase(verb.head, limit=verb.idx)  # "Hervé Martin, …, confirme."
    participle = feature(verb, "VerbForm") == "Part" and feature(verb, "Tense") == "Pres"
    if (participle or verb.dep_ in ("conj", "advcl", "xcomp", "acl")) and depth < 3:
        governor = _governing_verb(verb)
        if governor is not None:
            return subject_of(governor, depth=depth + 1)
        return None
    if depth > 0 and lexicon_of_cue(verb) is None:
        return _preceding_phrase(verb)  # the object after "dresse" is no inverted subject
    return inverted_subject(verb) or _preceding_phrase(verb)


def same_paragraph(a: Token, b: Token) -> bool:
    """No line break between the two tokens (the parser sometimes links across paragraphs)."""
    low, high = sorted((a.idx, b.idx))
    return "\n" not in text_of(a.doc)[low:high]


def _passive(verb: Token) -> bool:
    return feature(verb, "Voice") == "Pass" or any(c.dep_ == "aux:pass" for c in verb.children)


def _speaks(noun: Token) -> bool:
    """A noun a participle can describe as speaking: a subject, or a statement ("des
    déclarations … qualifiant"), not any noun the participle happens to follow."""
    if noun.dep_ in SUBJECT_DEPS or noun.dep_ in ("appos", "flat:name") and noun.head.dep_ in SUBJECT_DEPS:
        return True
    lexicon = load_lexicon()
    lemma = noun.lemma_.lower()
    return lemma in lexicon.office_nouns and lemma not in lexicon.person_nouns


def lexicon_of_cue(verb: Token) -> str | None:
    return load_lexicon().cue_lemma(verb)


def _preceding_phrase(verb: Token) -> SpeakerRef | None:
    """A subject the parser attached elsewhere: the noun phrase right before the verb
    ("…, Mike Waltz, a déclaré que")."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].pos_ in ("AUX", "ADV", "SPACE", "ADJ") or doc[i].text == ","
                      or doc[i].lower_ in ("se", "s'", "s’")
                      or (doc[i].pos_ == "ADP" and i + 1 < verb.i and doc[i + 1].pos_ == "ADV")):
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN") or not same_paragraph(doc[i], verb):
        return None
    root = doc[i]
    while root.head.i < root.i and root.head.pos_ in ("NOUN", "PROPN") and root.dep_ in (
            "appos", "flat:name", "nmod", "amod", "conj", "compound", "flat"):
        if root.dep_ == "conj" and "," in text_of(doc)[root.head.idx:root.idx]:
            break
        root = root.head
    return dependency_phrase(root, limit=verb.idx)


def _is_subject(token: Token) -> bool:
    if token.dep_ in SUBJECT_DEPS:
        return token.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ")
    return token.dep_ == "expl:subj" and token.lower_ in PERSONAL


def _governing_verb(verb: Token) -> Token | None:
    """The verb a subjectless one leans on: the nearest reporting verb among its ancestors
    ("mais a déclaré" after "a reconnu"), else its own head."""
    lexicon = load_lexicon()
    verbs = []
    for ancestor in verb.ancestors:
        if not same_paragraph(ancestor, verb):
            break
        if ancestor.i < verb.i and lexicon.cue_lemma(ancestor) is not None:
            return ancestor
        if ancestor.i < verb.i and ancestor.pos_ in ("VERB", "AUX"):
            verbs.append(ancestor)
    return verbs[0] if verbs else None


def _extend_apposition(ref: SpeakerRef | None, others: list[Token]) -> SpeakerRef | None:
    """"Le secrétaire général de l'OTAN, Mark Rutte," parsed as two subjects: one phrase."""
    if ref is None or ref.pronoun:
        return ref
    for other in others:
        doc = other.doc
        between = text_of(doc)[ref.end:other.idx].strip()
        if between in (",", "") and other.pos_ == "PROPN":
            last = max(t.i for t in other.subtree if t.dep_ not in CUT_DEPS or t.i == other.i)
            ref = SpeakerRef(ref.start, doc[last].idx + len(doc[last]), ref.head)
    return ref


def inverted_subject(verb: Token) -> SpeakerRef | None:
    """The noun phrase after a cue in inverted order: "», a déclaré hier Kofi Annan"."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and _skippable_after_cue(doc, i):
        i = _skip_group(doc, i)
    if i < len(doc) and doc[i].lower_ in PERSONAL:
        return _pronoun(doc[i])
    return noun_phrase(doc, i)


def noun_phrase(doc: Doc, i: int) -> SpeakerRef | None:
    """The noun phrase starting at token ``i``: names, titles, "de X" complements, an apposition
    between commas, a coordinated second phrase ("M. Trump et M. Zelensky")."""
    if i >= len(doc) or not (doc[i].pos_ in NP_POS or doc[i].lower_ in ("l'", "l’", "un", "une")):
        return None
    end = i
    j = i
    while j < len(doc):
        token = doc[j]
        if token.pos_ == "SPACE":
            j += 1
        elif token.pos_ in NP_POS or token.text in ("-", "'", "’") or (
                token.pos_ == "PRON" and (j == i or doc[j - 1].pos_ == "DET" or doc[j - 1].lower_ in OF)):
            end = j + 1
            j += 1
        elif token.lower_ in OF and j + 1 < len(doc) and doc[j + 1].pos_ in NP_POS | {"PRON"}:
            j += 1
        elif token.lower_ in ("à", "au", "aux") and _title_before(doc, j) and j + 1 < len(doc) and (
                doc[j + 1].pos_ in NP_POS or doc[j + 1].lower_ in ("l'", "l’")):
            j += 1  # "la secrétaire à l'Intérieur", "le conseiller à la sécurité nationale"
        elif token.text == "(" and _parenthesis_closes(doc, j):
            j = _parenthesis_closes(doc, j)
        elif (token.lower_ == "et" and j + 1 < len(doc) and doc[j + 1].pos_ in ("DET", "PROPN")) or (
                token.text == "," and _apposition_follows(doc, j + 1)):
            j += 1  # "M. Trump et M. Zelensky", "Sean Parnell, porte-parole du Pentagone,"
        else:
            break
    head = next((t.i for t in doc[i:end] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if head is None:
        return None
    return SpeakerRef(start=doc[i].idx, end=doc[end - 1].idx + len(doc[end - 1]), head=head)


def dependency_phrase(token: Token, *, limit: int | None = None) -> SpeakerRef:
    """``token`` with its modifiers, relative clauses and participle phrases left out (and
    nothing from character ``limit`` on)."""
    cut = {t.i for child in token.children if child.dep_ in CUT_DEPS for t in child.subtree}
    if limit is not None:
        cut |= {t.i for t in token.subtree if t.idx >= limit and t.i != token.i}
    kept = [t for t in token.subtree if t.i not in cut]
    first = kept[0].i
    last = token.i
    for t in kept:
        if t.i > last and all(k not in cut for k in range(last + 1, t.i)):
            last = t.i
    while last > first and token.doc[last].is_punct:
        last -= 1
    while first < last and (token.doc[first].is_punct or token.doc[first].pos_ == "CCONJ"):
        first += 1
    doc = token.doc
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    start = max(start, text_of(doc).rfind("\n", 0, token.idx) + 1)
    line_end = text_of(doc).find("\n", token.idx)
    end = min(end, line_end) if line_end >= 0 else end
    return SpeakerRef(start=start, end=end, head=token.i)


def _from_subject(subject: Token, verb: Token) -> SpeakerRef | None:
    lower = subject.lower_
    if lower == "on":
        return None
    if lower in RELATIVES and verb.dep_ == "acl:relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return dependency_phrase(verb.head)
    if lower in PERSONAL or lower in RELATIVES:
        return _pronoun(subject)
    if subject.i > verb.i:
        return noun_phrase(subject.doc, _phrase_start(subject)) or dependency_phrase(subject)
    return dependency_phrase(subject)


def _phrase_start(token: Token) -> int:
    """First token of the phrase ``token`` heads (its determiner, its title)."""
    return min(t.i for t in token.subtree if t.i <= token.i and t.dep_ not in CUT_DEPS)


def _pronoun(token: Token) -> SpeakerRef:
    text = token.text.lstrip("-").lower()
    return SpeakerRef(start=token.idx, end=token.idx + len(token), head=token.i, pronoun=text)


def _inverted_clitic(verb: Token) -> Token | None:
    """"-t-il" / "-elle" right after the verb or its auxiliary ("a-t-il déclaré", "dit-elle")."""
    doc = verb.doc
    window = [doc[k] for k in range(max(0, verb.i - 3), min(len(doc), verb.i + 3)) if k != verb.i]
    for token in window:
        if token.text.startswith("-") and token.text.lstrip("-").lower() in PERSONAL | {"on"}:
            return token if token.text.lstrip("-").lower() != "on" else None
    return None


def _skippable_after_cue(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.lower_ in TIME_WORDS or token.pos_ == "ADV" or token.text.startswith("-"):
        return True
    if token.pos_ == "PRON" and token.lower_ in ("se", "s'", "s’"):
        return True
    return token.pos_ == "ADP" and token.lower_ in ("de", "d'", "d’") and _is_side_phrase(doc, i)


def _skip_group(doc: Doc, i: int) -> int:
    """Index after the adverb or adverbial group ("de son côté") that starts at ``i``."""
    return i + 3 if doc[i].pos_ == "ADP" else i + 1


def _is_side_phrase(doc: Doc, i: int) -> bool:
    """"de son côté", "de leur côté": an adverbial after the cue, not a complement."""
    return i + 2 < len(doc) and doc[i + 1].pos_ == "DET" and doc[i + 2].lower_ == "côté"


def _title_before(doc: Doc, j: int) -> bool:
    return j > 0 and doc[j - 1].lemma_.lower() in load_lexicon().person_nouns


def _parenthesis_closes(doc: Doc, j: int) -> int:
    """Index after a short parenthesis of noun-phrase words opened at ``j``, or 0."""
    for k in range(j + 1, min(len(doc), j + 6)):
        if doc[k].text == ")":
            return k + 1
        if doc[k].pos_ not in NP_POS and doc[k].lower_ not in OF:
            return 0
    return 0


def _apposition_follows(doc: Doc, i: int) -> bool:
    """After a comma: a name or a title phrase closed by another comma or the sentence end."""
    j = i
    while j < len(doc) and (doc[j].pos_ in NP_POS | {"SPACE"} or doc[j].lower_ in OF | {"l'", "l’", "-"}):
        j += 1
    if j == i or not any(t.pos_ in ("PROPN", "NOUN") for t in doc[i:j]):
        return False
    return j >= len(doc) or doc[j].text in (",", ".", ";") or bool(doc[j].is_sent_end)


def attribution_phrase(doc: Doc, i: int, lexicon: Lexicon) -> SpeakerRef | None:
    """The source after "selon"/"d'après" at token ``i``, when it names one ("selon Kiev",
    "selon un porte-parole", "selon lui"), and None for "selon la tradition"."""
    j = i + 1
    if j >= len(doc):
        return None
    if doc[j].lower_ in STRESSED:
        return _pronoun(doc[j])
    ref = noun_phrase(doc, j)
    if ref is None:
        return None
    words = [t for t in doc.char_span(doc[j].idx, ref.end, alignment_mode="expand") or () if t.i >= j]
    head = doc[ref.head]
    if any(t.pos_ == "PROPN" for t in words) or head.ent_type_:
        return ref
    nouns = [t for t in words if t.pos_ == "NOUN"]  # "les premiers éléments de l'enquête"
    if any(t.lower_ in lexicon.source_nouns or t.lemma_.lower() in lexicon.source_nouns for t in nouns):
        return ref
    return None


def sentence_subjects(doc: Doc, start: int, end: int, quoted: Callable[[int], bool]) -> list[SpeakerRef]:
    """Subjects of the main clauses between characters ``start`` and ``end`` (outside quotations,
    ``quoted`` says which characters are quoted), with passive agents and a "Quant à X" topic:
    the antecedents a later pronoun may take."""
    refs: list[SpeakerRef] = []
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = [t for t in span or () if not quoted(t.idx)]
    for n, token in enumerate(tokens):
        if token.lower_ == "quant" and n + 2 < len(tokens) and tokens[n + 1].lower_ in ("à", "au", "aux"):
            ref = noun_phrase(doc, tokens[n + 2].i if tokens[n + 1].lower_ == "à" else tokens[n + 1].i + 1)
            if ref is not None:
                refs.append(ref)
        head = token.head
        main = head.dep_ in ("ROOT", "conj") or token.dep_ == "obl:agent"
        if not main or quoted(head.idx) or not same_paragraph(token, head):
            continue
        if token.dep_ in SUBJECT_DEPS and token.i < head.i:  # after the verb: an object misparsed
            ref = _from_subject(token, head)
        elif token.dep_ == "obl:agent" and any(_passive(v) for v in [head, *list(head.ancestors)[:3]]):
            ref = dependency_phrase(token)
        else:
            continue
        if ref is not None:
            refs.append(ref)
    return refs
